"""Generate a synthetic corpus of "tell me about a time you failed" drafts.

Usage::

    python -m bench.corpus [OUT_DIR] [--drafts 1000] [--seed 1]
    python -m bench.corpus --words 50000 --single FILE [--seed 1]

The drafts are built from this module's own sentence templates and
vocabularies: many professions and names (accented, CJK, emoji now and then),
figures of every kind, and both good phrasing (ownership, metrics, lessons)
and bad (blame, vague phrasing, integrity slips, no lesson, filler openers).
The Markdown varies the way real drafts do: STAR-L headings, other
frameworks' headings, plain prose, bullet lists, YAML front matter, a fenced
code block now and then, block quotes, links, suppression comments, and some
files with CRLF line endings.

Output is deterministic for a seed: every draft has its own random stream
seeded from ``(seed, index)``, so draft 17 is the same whatever ``--drafts``
says. Nothing here touches answerlint itself; the corpus lives under
``bench/.corpus/`` (gitignored) unless told otherwise.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

GENERATOR_VERSION = 1
DEFAULT_ROOT = Path(__file__).resolve().parent / ".corpus"
MARKER = ".answerlint-bench-corpus"  # hidden, not Markdown: written last, says the folder is complete


# -- vocabularies ------------------------------------------------------------------------


@dataclass(frozen=True)
class Profession:
    slug: str
    role: str
    orgs: tuple[str, ...]
    projects: tuple[str, ...]
    deliverables: tuple[str, ...]
    others: tuple[str, ...]  # people or groups the story can blame or thank
    checks: tuple[str, ...]  # the check the writer skipped
    units: tuple[str, ...]  # what the figures count
    technical: bool = False


PROFESSIONS: tuple[Profession, ...] = (
    Profession(
        "backend-engineer", "backend engineer",
        ("a payments start-up", "a logistics company", "a bank's digital team", "an online grocer"),
        ("the payment API migration", "the move to the new database", "the checkout rewrite", "the billing service split"),
        ("the release", "the cut-over", "the migration", "the rollout"),
        ("the platform team", "the QA team", "the vendor", "the offshore team", "my manager"),
        ("load testing", "a rollback plan", "a dry run on production data", "the feature flag"),
        ("customers", "orders", "requests", "tickets"),
        technical=True,
    ),
    Profession(
        "frontend-developer", "front-end developer",
        ("a travel site", "a media company", "an agency in Lisbon", "a fintech app"),
        ("the booking flow redesign", "the accessibility overhaul", "the new onboarding screens", "the design-system upgrade"),
        ("the launch", "the release", "the redesign"),
        ("the design team", "the product team", "the agency", "the testers"),
        ("testing on real devices", "a screen-reader check", "the staging review", "browser testing"),
        ("users", "sessions", "pages", "bookings"),
        technical=True,
    ),
    Profession(
        "data-analyst", "data analyst",
        ("a retail chain", "a health insurer", "a city council", "a streaming service"),
        ("the quarterly churn report", "the pricing model", "the store-performance dashboard", "the forecast for the board"),
        ("the report", "the dashboard", "the forecast"),
        ("the finance team", "the data engineers", "my manager", "the stakeholders"),
        ("a reconciliation against the ledger", "a second pair of eyes", "the data-quality checks", "a sample audit"),
        ("stores", "accounts", "rows", "customers"),
        technical=True,
    ),
    Profession(
        "nurse", "ward nurse",
        ("a busy surgical ward", "a children's hospital", "a community clinic", "an intensive care unit"),
        ("the new handover checklist", "the night-shift medication round", "the discharge process", "the falls-prevention plan"),
        ("the handover", "the round", "the new process"),
        ("the doctors", "the night staff", "the pharmacy", "the ward manager"),
        ("the double-check with a colleague", "the written handover", "the allergy confirmation", "the bed-rail check"),
        ("patients", "beds", "shifts", "doses"),
    ),
    Profession(
        "teacher", "secondary-school teacher",
        ("a comprehensive school", "an international school in Madrid", "a sixth-form college", "a village primary"),
        ("the end-of-term exam schedule", "the Year 10 coursework plan", "the school trip", "the new reading programme"),
        ("the exams", "the coursework deadline", "the trip", "the programme"),
        ("the exams office", "the head of department", "the parents", "the teaching assistants"),
        ("a moderation meeting", "the risk assessment", "a practice run", "the mark-scheme review"),
        ("students", "classes", "papers", "parents"),
    ),
    Profession(
        "chef", "sous-chef",
        ("a seafood restaurant", "a hotel kitchen", "a busy bistro", "a catering company"),
        ("the new autumn menu", "the wedding banquet", "the switch to a new supplier", "the Sunday brunch service"),
        ("the menu launch", "the banquet", "the service"),
        ("the supplier", "the front-of-house team", "the head chef", "the kitchen porters"),
        ("a tasting with the team", "the allergen sheet", "a stock count", "the prep list"),
        ("covers", "plates", "guests", "orders"),
    ),
    Profession(
        "accountant", "management accountant",
        ("a manufacturing firm", "a charity", "an accounting practice", "a hotel group"),
        ("the month-end close", "the annual budget", "the audit preparation", "the switch to the new ledger"),
        ("the close", "the budget", "the audit pack"),
        ("the auditors", "the sales team", "the finance director", "the payroll provider"),
        ("a variance review", "the bank reconciliation", "a second review", "the cut-off check"),
        ("invoices", "accounts", "entries", "days"),
    ),
    Profession(
        "product-manager", "product manager",
        ("a SaaS company", "a mobile-games studio", "a marketplace start-up", "a telecoms operator"),
        ("the pricing change", "the new onboarding flow", "the mobile app relaunch", "the enterprise tier"),
        ("the launch", "the pricing change", "the beta"),
        ("the engineers", "the sales team", "leadership", "the design team", "the client"),
        ("user interviews", "a staged rollout", "an A/B test", "a pre-mortem"),
        ("users", "sign-ups", "accounts", "customers"),
    ),
    Profession(
        "civil-engineer", "site engineer",
        ("a construction contractor", "a rail project", "a water utility", "a bridge-building firm"),
        ("the foundation pour", "the station refurbishment", "the pipeline replacement", "the temporary works design"),
        ("the pour", "the handover to the client", "the phase"),
        ("the subcontractors", "the client", "the surveyors", "the concrete supplier"),
        ("the ground survey", "a design check", "the weather contingency", "the permit review"),
        ("metres", "days", "crews", "loads"),
    ),
    Profession(
        "marketing-manager", "marketing manager",
        ("a cosmetics brand", "a B2B software firm", "a football club", "a publishing house"),
        ("the spring campaign", "the product launch event", "the newsletter relaunch", "the rebrand"),
        ("the campaign", "the event", "the launch"),
        ("the agency", "the sales team", "the printers", "the influencers"),
        ("a test send", "the legal review", "a soft launch", "the budget sign-off"),
        ("leads", "subscribers", "tickets", "visitors"),
    ),
    Profession(
        "sales-rep", "account executive",
        ("a software reseller", "a medical-devices company", "a recruitment agency", "a freight forwarder"),
        ("the renewal with our largest client", "the territory plan", "the new-logo push", "the tender response"),
        ("the renewal", "the pitch", "the tender"),
        ("the client", "the pre-sales engineers", "my manager", "the legal team"),
        ("a call with the decision-maker", "the pricing approval", "a reference check", "the contract review"),
        ("deals", "accounts", "meetings", "licences"),
    ),
    Profession(
        "logistics-coordinator", "logistics coordinator",
        ("a freight company", "an e-commerce warehouse", "a humanitarian NGO", "a car manufacturer"),
        ("the peak-season schedule", "the warehouse move", "the new carrier contract", "the cross-border shipments"),
        ("the shipments", "the move", "the schedule"),
        ("the carrier", "the warehouse team", "customs", "the drivers"),
        ("the capacity check", "a call to the carrier", "the customs paperwork review", "a buffer day"),
        ("pallets", "shipments", "orders", "trucks"),
    ),
    Profession(
        "ux-designer", "UX designer",
        ("a banking app", "a public-sector service", "an e-learning platform", "a design studio"),
        ("the account-settings redesign", "the checkout usability study", "the new navigation", "the design handoff"),
        ("the redesign", "the study", "the handoff"),
        ("the developers", "the research team", "the client", "the product owner"),
        ("usability testing", "a check with the developers", "the accessibility review", "a pilot with real users"),
        ("participants", "screens", "users", "tasks"),
    ),
    Profession(
        "pharmacist", "hospital pharmacist",
        ("a teaching hospital", "a chain of pharmacies", "a rural health centre"),
        ("the new dispensing system", "the stock-control change", "the vaccination clinic"),
        ("the go-live", "the clinic", "the change"),
        ("the wholesaler", "the IT department", "the technicians", "the ward nurses"),
        ("the expiry-date check", "a parallel run", "the stock audit", "a test with the ward"),
        ("prescriptions", "patients", "items", "doses"),
    ),
    Profession(
        "paralegal", "paralegal",
        ("a law firm", "an in-house legal team", "a legal-aid centre"),
        ("the disclosure bundle", "the contract database", "the filing for a property case"),
        ("the filing", "the bundle", "the submission"),
        ("the partner", "opposing counsel", "the court clerk", "the client"),
        ("the deadline diary", "a second proofread", "the index check", "a call to the registry"),
        ("documents", "pages", "cases", "days"),
    ),
    Profession(
        "research-student", "PhD student",
        ("a university lab", "a research institute", "a joint industry programme"),
        ("my first conference paper", "the field survey", "the lab's shared dataset", "the grant application"),
        ("the paper", "the submission", "the survey"),
        ("my supervisor", "the co-authors", "the lab technicians", "the reviewers"),
        ("a pilot study", "a replication of the baseline", "the power calculation", "a read-through by a peer"),
        ("participants", "samples", "experiments", "pages"),
    ),
    Profession(
        "journalist", "reporter",
        ("a regional newspaper", "a news website", "a radio station", "a trade magazine"),
        ("the investigation into council spending", "the election-night coverage", "the long-read on housing"),
        ("the story", "the piece", "the coverage"),
        ("the editor", "the sources", "the subeditors", "the photographers"),
        ("a second source", "the legal read", "a fact-check call", "the right of reply"),
        ("readers", "sources", "words", "articles"),
    ),
    Profession(
        "hr-partner", "HR business partner",
        ("a retailer", "a hospital trust", "a software company", "a manufacturing plant"),
        ("the graduate hiring round", "the new performance-review cycle", "the office relocation", "the payroll change"),
        ("the hiring round", "the cycle", "the rollout"),
        ("the hiring managers", "the recruiters", "the payroll provider", "the works council"),
        ("a pilot with one team", "the policy review", "a briefing for managers", "the data check"),
        ("candidates", "employees", "offers", "managers"),
    ),
    Profession(
        "architect", "project architect",
        ("an architecture practice", "a housing association", "a design-and-build firm"),
        ("the school extension", "the planning application", "the library refurbishment"),
        ("the drawings", "the application", "the tender package"),
        ("the structural engineers", "the planners", "the client", "the contractor"),
        ("the fire-strategy review", "a coordination meeting", "the site visit", "the drawing audit"),
        ("drawings", "units", "weeks", "revisions"),
    ),
    Profession(
        "support-lead", "customer-support team lead",
        ("a broadband provider", "an airline", "a software company", "a utility"),
        ("the move to the new ticketing tool", "the holiday rota", "the chatbot launch", "the refund backlog"),
        ("the switch-over", "the rota", "the launch"),
        ("the engineers", "the tool vendor", "the night shift", "the billing team"),
        ("a trial week", "the macro review", "the staffing forecast", "a test with real tickets"),
        ("tickets", "calls", "agents", "customers"),
    ),
)

FIRST_NAMES = (
    "Maria", "James", "Aisha", "Tom", "Priya", "Liam", "Sofia", "Chen", "Fatima", "Lukas", "Emma", "Kwame",
    "José", "Zoë", "Søren", "Chloé", "Björn", "Anaïs", "İlkay", "Siobhán", "Ólafur", "Małgorzata", "Nguyễn Thị Lan",
    "王芳", "佐藤健", "김민준", "Дмитрий", "Αλέξανδρος", "Renée", "François", "Joaquín", "Ayşe",
)
SURNAMES = ("García", "Smith", "Okafor", "Novak", "Müller", "Patel", "O'Brien", "Kowalski", "Nakamura", "Haddad", "Ferreira", "Lindqvist")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
CURRENCIES = ("$", "€", "£")
EMOJI = ("😅", "🙂", "🚀", "📉", "🤦", "✅", "💡")


# -- sentence templates --------------------------------------------------------------------
#
# {role} {org} {project} {deliverable} {other} {check} {unit} {name} {name2} {n} {nw} {big} {pct} {money}
# {month} {year}. Pools marked "q" hold a figure; "plain" pools hold none, so a draft meant to
# have no metrics can be built from them alone.

SITUATION_Q = (
    "In {year} I was a {role} at {org}, and I was responsible for {project}.",
    "I had been a {role} at {org} for {nw} months when I was asked to lead {project}.",
    "Our team of {n} at {org} owned {project}, which touched about {big} {unit}.",
    "Back in {month} {year}, {project} was the biggest thing on my plate at {org}.",
    "I joined {org} as a {role} in {year}, and within {nw} weeks I was running {project}.",
)
SITUATION_PLAIN = (
    "I was working as a {role} at {org}, and {project} was mine to run.",
    "At {org} I was the {role} in charge of {project}.",
    "This was at {org}, where I worked as a {role} and looked after {project}.",
    "I'll talk about {project}, which I led as a {role} at {org}.",
    "When I was a {role} at {org}, I volunteered to take on {project}.",
)
TASK_Q = (
    "My job was to deliver {deliverable} by the end of {month}, with no more than {pct}% of {unit} affected.",
    "Success meant finishing {project} in {nw} weeks and within a budget of {money}.",
    "I had promised {other} that {deliverable} would be ready by {month} {n}.",
    "The target was {big} {unit} handled without a single complaint.",
)
TASK_PLAIN = (
    "My task was to get {deliverable} done on time and keep {other} informed.",
    "I was accountable for the plan, the schedule and the sign-off on {deliverable}.",
    "Everyone was counting on me to make {deliverable} go smoothly.",
    "I had to bring {other} along and make sure nothing was missed.",
)
OWNED_CAUSE = (
    "I decided to skip {check} because I was confident in my own estimate.",
    "I assumed {name2} had already done {check}, and I never asked.",
    "I committed to the date without checking with {other} first, which was my mistake.",
    "The call to go ahead without {check} was mine.",
    "I underestimated how long {check} would take and cut it to save time.",
    "I should have raised the risk with {other} much earlier, but I wanted to look in control.",
    "I took on too much myself instead of asking {name2} for help.",
    "I misread the brief and planned {project} around the wrong priority.",
    "I treated {check} as a formality and signed off on it without reading the details.",
    "I let the schedule drive the decisions instead of the risks, and that was on me.",
    "I didn't push back when the scope grew, because I wanted to be seen as a yes-person.",
    "I chose the plan I liked rather than the one the evidence pointed to.",
)
BLAME = (
    "The launch failed because my manager was late with the budget.",
    "{other_cap} changed the requirements twice, so the plan never had a chance.",
    "Honestly, {other} dropped the ball on {check}.",
    "The delay was entirely due to the vendor, who missed every deadline.",
    "It was bad luck more than anything else.",
    "My team didn't deliver their part on time.",
    "The project slipped because of the offshore team.",
    "{name2} was completely unreliable and ruined the schedule.",
    "They never told us about the change until it was too late.",
    "The market turned against us halfway through.",
)
VAGUE = (
    "Things didn't go as planned.",
    "There were some issues with {deliverable}.",
    "I made some mistakes along the way.",
    "It just didn't work out.",
    "Eventually it got fixed.",
    "It all worked out in the end.",
    "Things went a bit sideways after that.",
    "We ran into some challenges.",
)
ETHICS = (
    "To make the numbers look better, I backdated two invoices.",
    "I padded my timesheet that week to cover the overtime.",
    "I lied to the client about how far along we were.",
    "I quietly covered up the mistake so nobody would notice.",
    "I took credit for a colleague's analysis in the review.",
)
RESULT_Q = (
    "{deliverable_cap} went out {nw} days late, and {pct}% of {unit} saw errors in the first week.",
    "It cost us {money} in refunds and {n} weekend shifts to recover.",
    "We lost {n} {unit} and missed the {month} target by {nw} weeks.",
    "About {big} {unit} were affected before we caught it.",
    "The client held back {pct}% of the fee until we fixed it.",
    "{name2} and I spent {n} evenings fixing what I had rushed.",
)
RESULT_PLAIN = (
    "The client was unhappy and {deliverable} was late.",
    "It was a difficult time for everyone involved.",
    "We had to redo most of the work, and trust took a hit.",
    "{other_cap} had to escalate it, which was embarrassing for me.",
    "I had to stand in front of the team and explain what had gone wrong.",
)
RECOVERY = (
    "I called {other} the same day, explained my part and proposed a new plan.",
    "I wrote up a timeline of my decisions and shared it with the team.",
    "I stayed on it with {name2} until {deliverable} was stable.",
    "I set up a short daily check-in so problems surfaced early.",
    "I apologised to {other} and asked what they needed from me.",
    "I split the remaining work with {name2} and took the riskiest part myself.",
    "I told {other} plainly what had gone wrong and what I was doing about it.",
    "I went back through {check} step by step and found where I had cut the corner.",
    "I asked {name2} to review every change before it went out.",
)
RECOVERY_Q = (
    "Within {n} days I had rebuilt the plan with a {nw}-day buffer and agreed it with {other}.",
    "I fixed the {big} broken {unit} myself over {n} days.",
    "I ran {check} on every change for the next {nw} weeks.",
)
LEARNING = (
    "What I learned is that {check} is never the step to skip.",
    "It taught me to ask for help before a problem becomes a crisis.",
    "Since then I always agree dates with {other} before I commit to them.",
    "Looking back, I should have said no to the date instead of hoping for the best.",
    "The lesson was that confidence is not a plan.",
    "Now I always write down my assumptions and check the riskiest one first.",
    "Next time I would bring {other} in at the start, not at the end.",
    "I realised that staying quiet about a risk is a decision too.",
    "These days I share bad news early, while there is still time to act on it.",
    "I learned to separate what I hope will happen from what the plan can support.",
    "My takeaway was simple: if I own the plan, I own its weakest step.",
    "I now run a short pre-mortem with {other} before any deadline I set.",
)
LEARNING_Q = (
    "Since then I have run {check} on all {n} projects I've led, and none has slipped.",
    "I now plan with a {nw}-day buffer, and I have hit {n} deadlines in a row.",
    "On the next {project_short}, I caught the same problem {nw} weeks early.",
)
NO_LEARNING = (
    "In the end we moved on to the next project.",
    "After that things went back to normal.",
    "It's not something I think about much any more.",
)
COLOUR = (
    "I still remember the call with {other}.",
    "{name2} stayed late with me more than once.",
    "It was a humbling moment.",
    "Looking at it now, the warning signs were there.",
    "I felt the pressure of it every morning.",
    "Nobody on the team had done anything like it before.",
    "The atmosphere in the office changed that week.",
    "I knew it mattered to {other}, and to me.",
    "Part of me wanted to pretend it would sort itself out.",
    "My first instinct was to work harder, not smarter.",
    "{name2}, who sat next to me, noticed before I did.",
    "I kept telling myself that one more push would close the gap.",
    "I was proud of the plan, which made it harder to see its holes.",
    "The worst part was knowing I had seen the risk and said nothing.",
    "I had never had to deliver bad news to {other} before.",
    "It was the kind of job I had wanted since I started.",
    "I wanted to prove I could handle it on my own.",
    "Nobody blamed me out loud, but I knew where it started.",
    "I went home that night and wrote down everything I would change.",
    "I still use that week as a reference point.",
)
# Colour sentences built from two halves, for variety: "{time}, {event}."
TIME_PLAIN = (
    "On the Monday", "That afternoon", "Later that month", "At the weekly review", "During the retrospective",
    "Over the next few days", "By the time I noticed", "Halfway through", "The morning of the deadline", "In hindsight",
)
TIME_Q = ("Two days before the deadline", "By the second week", "Three weeks in", "At 11 p.m. on the Thursday", "After 48 hours")
EVENT = (
    "{name2} asked me whether {check} was done",
    "{other} asked for an update I couldn't give",
    "I realised the plan had no slack left",
    "I noticed the first signs of trouble in {deliverable}",
    "I still told everyone we were on track",
    "I spent the evening rereading the plan",
    "the gap between the plan and reality became obvious",
    "I finally admitted to myself that we were behind",
    "we held a tense meeting with {other}",
    "I drafted an email to {other} and then deleted it",
    "I asked {name2} to look over my assumptions",
    "I stopped pretending that {deliverable} was fine",
)
COLOUR_Q = (
    "I was working {n}-hour days by then.",
    "There were {nw} of us on the team, and I was the most junior.",
    "The first warning came on a Tuesday, {nw} weeks before the deadline.",
    "We had {n} open risks on the board and I had rated all of them low.",
    "By {month} the backlog had grown to {big} {unit}.",
)
CLICHE_OPENERS = (
    "Great question! ", "That's a great question. ", "Honestly, ", "So basically ", "Well, ",
)
QUOTES = (
    "> “We can't ship this,” {name2} told me the night before.",
    "> Feedback from {other}: *“We needed to hear about this weeks ago.”*",
)
SUPPRESSIONS = (
    "<!-- answerlint-disable-next-line vague-failure -->",
    "<!-- answerlint-disable-file no-metrics -->",
    "<!-- note to self: cut this to two minutes -->",
)
CODE_BLOCKS = (
    "```sql\n-- the query I ran without a WHERE clause\nUPDATE orders SET status = 'shipped';\n```",
    "```bash\n# what the deploy script did\n./deploy.sh --env production --skip-checks\n```",
    "```text\nMon  plan agreed\nWed  first warning\nFri  missed the deadline\n```",
    "```python\n# the off-by-one that dropped the last row\nfor i in range(len(rows) - 1):\n    export(rows[i])\n```",
)


# -- forms: headings and which pools each section draws on ---------------------------------

# (heading, [core pool names in order], colour/extra pool name for padding)
FORMS: dict[str, tuple[str | None, list[tuple[tuple[str, ...], list[str]]]]] = {
    "star-l": ("star-l", [
        (("Situation", "Context", "The situation"), ["situation"]),
        (("Task", "My task", "Goal"), ["task"]),
        (("Action", "What I did", "Actions"), ["cause", "bad", "recovery"]),
        (("Result", "Outcome", "Results"), ["result"]),
        (("Learned", "Lessons learned", "What I learned", "Takeaways"), ["learning"]),
    ]),
    "what-why-did-learned": ("what-why-did-learned", [
        (("What happened",), ["situation", "result"]),
        (("Why it happened", "Root cause"), ["cause", "bad"]),
        (("What I did", "My response"), ["recovery"]),
        (("What I learned", "What I'd do differently"), ["learning"]),
    ]),
    "failure-reflection-improvement": ("failure-reflection-improvement", [
        (("Failure", "The failure"), ["situation", "result", "bad"]),
        (("Reflection",), ["cause"]),
        (("Improvement", "What I changed"), ["recovery", "learning"]),
    ]),
    "failure-growth-gain": ("failure-growth-gain", [
        (("Failure",), ["situation", "task", "result"]),
        (("Growth",), ["cause", "bad", "recovery"]),
        (("Gain",), ["learning"]),
    ]),
    "bold-labels": (None, [  # STAR-L written as bold labels, not headings
        (("**Situation:**",), ["situation", "task"]),
        (("**Action:**",), ["cause", "bad", "recovery"]),
        (("**Result:**",), ["result"]),
        (("**Learning:**",), ["learning"]),
    ]),
    "prose": (None, [
        ((None,), ["situation", "task", "cause", "bad", "result", "recovery", "learning"]),
    ]),
    "bullets": (None, [
        (("Situation", "Context"), ["situation", "task"]),
        (("What went wrong",), ["cause", "bad", "result"]),
        (("What I did", "Recovery"), ["recovery"]),
        (("Lessons", "Takeaways"), ["learning"]),
    ]),
    "no-learning": (None, [  # ends at the fix: missing-learning should fire
        (("Situation",), ["situation", "task"]),
        (("What happened",), ["cause", "bad", "result"]),
        (("Afterwards",), ["recovery", "nolearning"]),
    ]),
}
FORM_WEIGHTS = {
    "star-l": 30, "what-why-did-learned": 12, "failure-reflection-improvement": 10, "failure-growth-gain": 6,
    "bold-labels": 8, "prose": 18, "bullets": 10, "no-learning": 6,
}
TITLES = (
    "# Tell me about a time you failed",
    "# A time I failed: {project_short}",
    "# Failure story — {project_short}",
    "# Interview prep: failure question",
    "# {project_short_cap}",
)


@dataclass
class Profile:
    blame: bool
    vague: bool
    ethics: bool
    metrics: bool
    cliche: bool
    emoji: bool
    curly: bool


@dataclass
class Story:
    rng: random.Random
    profession: Profession
    slots: dict[str, str]
    profile: Profile
    used: set[str] = field(default_factory=set)

    def fill(self, template: str) -> str:
        rng = self.rng
        values = dict(self.slots)
        values.update(
            n=str(rng.randint(2, 12)),
            nw=rng.choice(NUMBER_WORDS),
            big=f"{rng.choice((40, 120, 350, 800, 1200, 2500, 4000, 12000)) + rng.randint(0, 30):,}",
            pct=str(rng.choice((5, 8, 12, 15, 20, 25, 30, 40, 60))),
            money=f"{rng.choice(CURRENCIES)}{rng.choice((1.5, 3, 8, 12, 25, 40, 90)) * 1000:,.0f}",
            year=str(rng.randint(2014, 2024)),
            month=rng.choice(MONTHS),
            check=rng.choice(self.profession.checks),
            other=rng.choice(self.profession.others),
            unit=rng.choice(self.profession.units),
            deliverable=rng.choice(self.profession.deliverables),
        )
        values["other_cap"] = _cap(values["other"])
        values["deliverable_cap"] = _cap(values["deliverable"])
        text = template.format(**values)
        if self.profile.curly:
            text = text.replace("'", "’")
        return text

    def pick(self, pool: tuple[str, ...]) -> str:
        """A template from ``pool``, preferring one this draft has not used yet."""
        fresh = [t for t in pool if t not in self.used]
        template = self.rng.choice(fresh or pool)
        self.used.add(template)
        return self.fill(template)

    def colour(self) -> str:
        times = TIME_PLAIN + (TIME_Q if self.profile.metrics else ())
        if self.rng.random() < 0.45:
            template = f"{self.rng.choice(times)}, {self.rng.choice(EVENT)}."
            if template not in self.used:
                self.used.add(template)
                return self.fill(template)
        return self.pick(COLOUR + (COLOUR_Q if self.profile.metrics else ()))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _words(text: str) -> int:
    return len(text.split())


def _person(rng: random.Random) -> str:
    first = rng.choice(FIRST_NAMES)
    if any(ord(c) > 0x2E80 for c in first) or rng.random() < 0.5:
        return first
    return f"{first} {rng.choice(SURNAMES)}"


def _profile(rng: random.Random) -> Profile:
    return Profile(
        blame=rng.random() < 0.35,
        vague=rng.random() < 0.35,
        ethics=rng.random() < 0.06,
        metrics=rng.random() < 0.7,
        cliche=rng.random() < 0.15,
        emoji=rng.random() < 0.12,
        curly=rng.random() < 0.2,
    )


def _pool_sentences(story: Story, pool: str) -> list[str]:
    """The core sentences one section draws from one pool."""
    rng, p = story.rng, story.profile
    q = p.metrics
    if pool == "situation":
        return [story.pick(SITUATION_Q if q and rng.random() < 0.6 else SITUATION_PLAIN)]
    if pool == "task":
        return [story.pick(TASK_Q if q and rng.random() < 0.6 else TASK_PLAIN)]
    if pool == "cause":
        return [story.pick(OWNED_CAUSE) for _ in range(rng.randint(1, 2))]
    if pool == "bad":
        out = []
        if p.blame:
            out.append(story.pick(BLAME))
        if p.vague:
            out.append(story.pick(VAGUE))
        if p.ethics:
            out.append(story.pick(ETHICS))
        return out
    if pool == "result":
        out = [story.pick(RESULT_Q if q else RESULT_PLAIN)]
        if p.vague and rng.random() < 0.5:
            out.append(story.pick(VAGUE))
        return out
    if pool == "recovery":
        return [story.pick(RECOVERY_Q if q and rng.random() < 0.5 else RECOVERY)]
    if pool == "learning":
        out = [story.pick(LEARNING)]
        if q and rng.random() < 0.6:
            out.append(story.pick(LEARNING_Q))
        return out
    if pool == "nolearning":
        return [story.pick(NO_LEARNING)]
    raise ValueError(pool)


def _padding(story: Story, pool: str) -> str:
    """A further sentence in keeping with a section, to reach the word target."""
    rng, q = story.rng, story.profile.metrics
    themed = {
        "cause": OWNED_CAUSE, "bad": OWNED_CAUSE, "recovery": RECOVERY + (RECOVERY_Q if q else ()),
        "learning": LEARNING + (LEARNING_Q if q else ()), "result": RESULT_Q if q else RESULT_PLAIN,
    }.get(pool)
    if themed and rng.random() < 0.4:
        sentence = story.pick(themed)
    else:
        sentence = story.colour()
    if story.profile.emoji and rng.random() < 0.15:
        sentence += " " + rng.choice(EMOJI)
    return sentence


def _paragraphs(rng: random.Random, sentences: list[str]) -> list[str]:
    out, i = [], 0
    while i < len(sentences):
        size = rng.randint(2, 4)
        out.append(" ".join(sentences[i : i + size]))
        i += size
    return out


def _decorate(rng: random.Random, sentence: str, story: Story) -> str:
    """Inline Markdown now and then: emphasis, inline code, a link."""
    roll = rng.random()
    if roll < 0.05:
        words = sentence.split()
        long = [k for k, w in enumerate(words) if len(w) > 5 and w.isalpha()]
        if long:
            k = rng.choice(long)
            words[k] = rng.choice(("**{}**", "*{}*", "_{}_")).format(words[k])
            return " ".join(words)
    elif roll < 0.08 and story.profession.technical:
        return sentence + " (The change was `" + rng.choice(("config.yaml", "main", "v2.3.1", "--force")) + "`.)"
    elif roll < 0.10:
        return sentence + " ([notes](https://example.com/notes))"
    return sentence


def draft_text(seed: int, index: int, min_words: int = 250, max_words: int = 450) -> tuple[str, str]:
    """One draft: (file-name slug, Markdown text with LF line endings)."""
    rng = random.Random(f"answerlint-bench:{GENERATOR_VERSION}:{seed}:{index}")
    profession = rng.choice(PROFESSIONS)
    project = rng.choice(profession.projects)
    slots = {
        "role": profession.role,
        "org": rng.choice(profession.orgs),
        "project": project,
        "project_short": project.removeprefix("the ").removeprefix("my "),
        "name": _person(rng),
        "name2": _person(rng),
    }
    slots["project_short_cap"] = _cap(slots["project_short"])
    story = Story(rng, profession, slots, _profile(rng))
    form_name = rng.choices(list(FORM_WEIGHTS), weights=list(FORM_WEIGHTS.values()))[0]
    framework_id, sections = FORMS[form_name]
    target = rng.randint(min_words, max_words)

    # Core sentences per section, then padding spread over the sections until the target.
    bodies: list[list[str]] = []
    for _, pools in sections:
        body: list[str] = []
        for pool in pools:
            body.extend(_pool_sentences(story, pool))
        bodies.append(body)
    if story.profile.cliche:
        first = bodies[0][0]
        opener = rng.choice(CLICHE_OPENERS)
        keep = opener.endswith((". ", "! ")) or first.startswith(("I ", "I'", "I’"))
        bodies[0][0] = opener + (first if keep else first[:1].lower() + first[1:])
    count = sum(_words(s) for body in bodies for s in body)
    while count < target:
        k = rng.randrange(len(bodies))
        pools = sections[k][1]
        sentence = _padding(story, rng.choice(pools))
        position = rng.randint(1, len(bodies[k])) if bodies[k] else 0
        bodies[k].insert(position, sentence)
        count += _words(sentence)

    out: list[str] = []
    if rng.random() < 0.25:
        out.append("---")
        if framework_id and rng.random() < 0.7:
            out.append(f"framework: {framework_id}")
        out.append(f"role: {_cap(profession.role)} at {slots['org']}")
        out.append('question: "Tell me about a time you failed"')
        if rng.random() < 0.2:
            out.append("answerlint: {ignore: [no-metrics]}")
        if rng.random() < 0.3:
            out.append("tags: [interview, " + profession.slug + "]")
        out.append("---")
        out.append("")
    titled = rng.random() < 0.6 and form_name != "bold-labels"
    if titled:
        out.append(rng.choice(TITLES).format(**slots))
        out.append("")
    level = "##" if titled else rng.choice(("##", "#"))
    code_at = rng.randrange(len(sections)) if rng.random() < (0.2 if profession.technical else 0.04) else -1
    quote_at = rng.randrange(len(sections)) if rng.random() < 0.08 else -1
    if rng.random() < 0.06:
        out.append(rng.choice(SUPPRESSIONS))
        out.append("")
    for k, ((headings, _), body) in enumerate(zip(sections, bodies)):
        heading = rng.choice(headings)
        body = [_decorate(rng, s, story) for s in body]
        if heading is not None and not heading.startswith("**"):
            out.append(f"{level} {heading}")
            out.append("")
        if form_name == "bullets" and k > 0:
            marker = rng.choice(("-", "*", "1."))
            for sentence in body:
                out.append(f"{marker} {sentence}")
            out.append("")
        elif heading is not None and heading.startswith("**"):
            paragraphs = _paragraphs(rng, body)
            out.append(f"{heading} {paragraphs[0]}")
            out.append("")
            for paragraph in paragraphs[1:]:
                out.extend((paragraph, ""))
        else:
            for paragraph in _paragraphs(rng, body):
                out.extend((paragraph, ""))
        if k == code_at:
            out.extend((rng.choice(CODE_BLOCKS), ""))
        if k == quote_at:
            out.extend((story.fill(rng.choice(QUOTES)), ""))
    text = "\n".join(out).rstrip("\n") + "\n"
    return f"{index:04d}-{profession.slug}", text


_OWN_NAME = re.compile(r"\d{4,}-[a-z-]+\.md")


def _crlf(seed: int, index: int) -> bool:
    return random.Random(f"crlf:{seed}:{index}").random() < 0.1


def _write(path: Path, text: str, crlf: bool) -> None:
    data = text.replace("\n", "\r\n") if crlf else text
    path.write_bytes(data.encode("utf-8"))


def generate(out_dir: str | Path, drafts: int = 1000, seed: int = 1) -> list[Path]:
    """Write ``drafts`` Markdown drafts into ``out_dir``; return their paths.

    Deterministic for ``seed``. A hidden marker file records the parameters
    once every draft is written, so a caller can tell a complete corpus from
    an interrupted one (see :func:`is_complete`).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    marker = out / MARKER
    if marker.exists():
        marker.unlink()
    for stale in out.glob("*.md"):  # an earlier corpus with another seed or size; only our own names
        if _OWN_NAME.fullmatch(stale.name):
            stale.unlink()
    paths = []
    for index in range(1, drafts + 1):
        slug, text = draft_text(seed, index)
        path = out / f"{slug}.md"
        _write(path, text, _crlf(seed, index))
        paths.append(path)
    marker.write_text(json.dumps(_params(drafts=drafts, seed=seed)) + "\n", encoding="utf-8")
    return paths


def single_text(words: int, seed: int = 1) -> str:
    """One long document of about ``words`` words: many stories, each its own section."""
    parts = ["---", "title: Failure stories, collected", 'question: "Tell me about a time you failed"', "---", "", "# Failure stories, collected", ""]
    total, index = 0, 1
    while total < words:
        _, text = draft_text(seed, 100_000 + index)
        text = re.sub(r"\A---\n.*?\n---\n\n?", "", text, flags=re.S)  # one front matter block, at the top
        body = []
        for line in text.splitlines():
            if re.match(r"#{1,5} ", line):  # one level down: the document's own title is the only h1
                line = "#" + line
            body.append(line)
        if not any(line.startswith("## ") for line in body):
            body.insert(0, f"## Story {index}\n")
        parts.append("\n".join(body).rstrip("\n"))
        parts.append("")
        total += sum(_words(line) for line in body if not line.startswith(("#", "```", "---", "<!--")))
        index += 1
    return "\n".join(parts)


def write_single(path: str | Path, words: int, seed: int = 1) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(path, single_text(words, seed), crlf=False)
    (path.parent / f".{path.name}.json").write_text(json.dumps(_params(words=words, seed=seed)) + "\n", encoding="utf-8")
    return path


def _params(**kwargs: int) -> dict[str, int]:
    return {"generator": GENERATOR_VERSION, **kwargs}


def is_complete(out_dir: str | Path, drafts: int, seed: int) -> bool:
    marker = Path(out_dir) / MARKER
    try:
        return json.loads(marker.read_text(encoding="utf-8")) == _params(drafts=drafts, seed=seed)
    except (OSError, ValueError):
        return False


def single_is_current(path: str | Path, words: int, seed: int) -> bool:
    path = Path(path)
    marker = path.parent / f".{path.name}.json"
    try:
        return path.is_file() and json.loads(marker.read_text(encoding="utf-8")) == _params(words=words, seed=seed)
    except (OSError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", nargs="?", type=Path, help="folder for the drafts (default: bench/.corpus/drafts-N)")
    parser.add_argument("--drafts", type=int, default=1000, help="how many drafts (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--words", type=int, help="with --single: the length of the one long document")
    parser.add_argument("--single", type=Path, metavar="FILE", help="write one long document of --words words to FILE")
    args = parser.parse_args(argv)
    if args.single is not None or args.words is not None:
        if args.single is None or args.words is None:
            parser.error("--words and --single go together")
        if args.words <= 0:
            parser.error("--words must be positive")
        path = write_single(args.single, args.words, args.seed)
        print(f"wrote {path} ({args.words:,}+ words, seed {args.seed})")
        return 0
    if args.drafts <= 0:
        parser.error("--drafts must be positive")
    out_dir = args.out_dir or DEFAULT_ROOT / f"drafts-{args.drafts}"
    paths = generate(out_dir, args.drafts, args.seed)
    print(f"wrote {len(paths)} drafts to {out_dir} (seed {args.seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
