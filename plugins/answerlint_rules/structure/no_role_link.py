"""The front matter names a target role, and nothing ties the lesson to that kind of work.

## What it does
Runs only when the front matter has a `role:` ("Community pharmacist",
"Junior project coordinator"). It reads the lesson: the sentences that say
what the writer learned or changed, and everything after the first of them.
The draft is tied to the role when, from the lesson on, it names the role
as a role ("as a charge nurse I would…", "for a senior ecologist, …") or addresses the new job ("in this
role", "your team", "when I join", "which matters here because…"), or when
a sentence that itself states the lesson or the change speaks of the role
or its field ("every report I build now…" for a data analyst), as does the
sentence right after it that applies it ("In a classroom that means…").
Field words in the rest of the story do not count, and neither does having done the same job
before: a story told as a buyer still has to carry its lesson into the
buying job. Otherwise it fires once per draft.

## Why it matters to an interviewer
The interviewer is hiring for one job. A lesson from a different world is
fine, but only if you carry it across for them: say where it will show up in
the work they are hiring for. Left implicit, the story can sound like an
answer prepared for somebody else.

## Example
```markdown
---
role: Logistics coordinator
---
As a sous chef I over-ordered fish for a cancelled event. I learned to
confirm numbers the day before.
```

## Use instead
```markdown
…I learned to confirm numbers the day before. As a logistics coordinator I
would confirm every collection with the carrier the day before it is due.
```
"""

import functools

import regex

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import plain
from answerlint_rules.parts import FLAGS, answer_parts, compile_words

META = RuleMeta(
    code="AL408",
    name="no-role-link",
    family="structure",
    kind="document",
    severity=Severity.INFO,
    summary="The front matter names a target role and nothing ties the lesson to that kind of work.",
    message="Tie the lesson to the role you want: say where you would use it in that job.",
    docs=rule_docs(__doc__),
)

# Words of a role that say nothing about its field.
_PLAIN = {
    "senior", "junior", "lead", "chief", "head", "graduate", "trainee", "assistant", "associate", "deputy", "entry", "level",
    "intern", "newly", "qualified", "experienced", "the", "a", "an", "of", "and", "for", "in", "at", "to", "with", "career",
    "change", "changer", "remote", "part", "full", "time", "contract", "temporary", "locum", "band", "grade", "staff",
    "global", "regional", "community", "primary", "secondary", "principal", "general", "front", "office", "charge", "i", "ii",
    "iii", "iv", "manager", "officer", "coordinator", "co", "ordinator", "specialist", "consultant", "executive", "director",
    "administrator", "adviser", "advisor", "representative", "rep", "partner", "supervisor", "worker", "operative", "agent",
    "member", "professional", "team", "role", "position", "job", "new", "first", "level",
}
_ROLE_WORD = regex.compile(r"[\p{L}\p{N}&]+(?:[-'][\p{L}\p{N}]+)*")
_SUFFIXES = ("ists", "ist", "ers", "er", "ors", "or", "ians", "ian", "ing", "ies", "y", "es", "s", "e")

# The new job addressed directly.
_DIRECT = compile_words(
    r"""
      this\s+(?:role|job|position|post|team|company|organi[sz]ation) | the\s+role | (?:a|any)\s+role\s+like\s+(?:this|yours|this\s+one)
    | the\s+(?:job|position|post|role)\s+(?:I'm|I\s+am)\s+applying | (?:when|if|once)\s+I\s+join | here\s+at
    | your\s+(?:team|teams|company|organi[sz]ation|business|firm|school|ward|clients|customers|patients|practice|department|store|site|
        kitchen|users|students|pupils|office|lab|hotel|restaurant|readers|members|residents)
    | (?:in|for)\s+(?:a|my|the)\s+(?:new|next|future)\s+(?:role|job|position|career|field)
    | (?:in|for|into)\s+(?:a\s+)?(?:role|job|position)s?\s+like\s+(?:this|yours|this\s+one|the\s+one) | as\s+your\s+(?:new\s+|next\s+)?\p{L}+
    | (?:matters|applies|counts|carries\s+over|translates|transfers)\s+(?:directly\s+|just\s+as\s+much\s+)?(?:here|to\s+(?:this|the\s+(?:role|job|work)|your|a\s+role))
    | (?:the|a)\s+(?:team|company|role|job)\s+I(?:'d|\s+would|'m|\s+am)\s+(?:join|joining|applying|be\s+joining)
    | I(?:'d|\s+would|'ll|\s+will)\s+bring\s+(?:that|this|it|the\s+same)
    """
)

# A role's field and the words its work is done in. A role that names the first gets the second.
_FIELDS = [
    (r"nurs|midwi|carer|care\s+(?:assistant|worker)|clinical|ward|paramedic|doctor|physician|\bGP\b|medic|health|hospital|therap",
     r"patients?|wards?|clinical|bedside|nursing|nurses?|medications?|medicines?|doses?|handovers?|care\s+plans?|hospital|clinic|ICU|triage|discharges?|safeguarding"),
    (r"pharmac|dispens",
     r"prescriptions?|dispens\p{L}*|patients?|medicines?|doses?|pharmac\p{L}*|tablets?"),
    (r"teach|tutor|lecturer|educat|school|classroom|SENCO|instructor|trainer",
     r"pupils?|students?|classes|classroom|my\s+class|the\s+class|lesson\s+plans?|teaching|curriculum|marking|homework|parents|learners?|school"),
    (r"software|develop|engineer|programm|devops|\bSRE\b|reliability|back-?end|front-?end|full-?stack|\bweb\b|platform|\bIT\b|tech",
     r"code|codebase|releases?|deploy\p{L}*|production|migrations?|code\s+reviews?|schemas?|servers?|outages?|pull\s+requests?|commits?|rollbacks?|config\p{L}*|APIs?|bugs?|on-?call|sprints?|staging"),
    (r"data|analy|\bBI\b|insight|statistic|machine\s+learning|\bML\b",
     r"data|datasets?|reports?|reporting|dashboards?|pipelines?|tables?|quer(?:y|ies)|SQL|metrics?|models?|analys[ie]s|spreadsheets?|features?"),
    (r"research|scien|\bUX\b|user\s+experience|\blab\b|academic|PhD|postdoc",
     r"research\p{L}*|experiments?|stud(?:y|ies)|participants?|interviews?|usability|users?|prototypes?|hypothes[ie]s|samples?|findings|labs?|protocols?"),
    (r"design|creative|art\s+director|illustrat|brand|copywrit",
     r"designs?|designing|briefs?|proofs?|print\p{L}*|fonts?|layouts?|artwork|mock-?ups?|prototypes?|brand\p{L}*"),
    (r"project|programme|program\b|product|delivery|\bPMO\b|scrum|agile",
     r"projects?|deadlines?|milestones?|timelines?|schedules?|stakeholders?|deliverables?|scope|roadmaps?|dependenc(?:y|ies)"),
    (r"logistic|supply|warehouse|freight|shipping|procurement|operations|dispatch|fleet|transport|purchas|buyer",
     r"shipments?|deliver(?:y|ies)|freight|warehouse|stock|inventory|suppliers?|carriers?|couriers?|routes?|dispatch|customs|trailers?|lead\s+times?|bookings?|collections?"),
    (r"sales|account\s+(?:manager|executive|director)|business\s+development|\bBDR\b|\bSDR\b",
     r"deals?|pipeline|forecasts?|customers?|clients?|quotas?|prospects?|accounts?|pitch(?:es)?|renewals?"),
    (r"marketing|social\s+media|communications|comms|content|\bPR\b|campaign",
     r"campaigns?|audiences?|creators?|influencers?|posts?|content|brand|engagement|conversions?|channels?|launch(?:es)?"),
    (r"financ|accountan|accounting|audit|FP&A|bookkeep|payroll|\btax|controller|treasury|actuar",
     r"returns?|ledgers?|reconcil\p{L}*|accounts?|forecasts?|budgets?|invoices?|claims?|tax|audits?|payroll|month-?end|year-?end|sign-?off"),
    (r"legal|\blaw|solicitor|lawyer|paralegal|barrister|attorney|counsel|compliance",
     r"matters?|court|filings?|contracts?|limitation|compliance|case\s+files?|deadlines?"),
    (r"construct|\bsite\b|civil|structural|building|estimat|surveyor|electric|plumb|carpent|joiner|trades?\b|apprentic|architect",
     r"sites?|crews?|scaffold\p{L}*|work\s+at\s+height|drawings?|tenders?|subcontractors?|contractors?|circuits?|installations?|inspections?|snagging"),
    (r"chef|cook|kitchen|restaurant|hotel|hospitality|front\s+office|barista|caf[eé]|\bbar\b|retail|shop|store|front\s+of\s+house|guest|events?",
     r"guests?|customers?|kitchen|service|rotas?|stock|front\s+office|reception|bookings?|menus?|covers"),
    (r"customer\s+(?:service|support|success)|support|call\s+cent|contact\s+cent|helpdesk|service\s+desk|complaints",
     r"customers?|complaints?|calls?|tickets?|queries|callers?|queues?|backlogs?|helpdesk|service\s+desk|SLAs?"),
    (r"social\s+work|social\s+care|child(?:ren)?['’]?s?\s+services|safeguarding|care\s+worker|support\s+worker|youth\s+work|family\s+support|probation",
     r"child(?:ren)?|famil(?:y|ies)|cases?|caseloads?|visits?|safeguarding|child\s+protection|care\s+plans?|service\s+users?|placements?|assessments?|clients?|risk"),
    (r"buy(?:er|ing)|merchandis|retail|fashion|womenswear|menswear|category\s+manag",
     r"ranges?|buys?|buying|orders?|suppliers?|stock|seasons?|sell-?through|margins?|samples?|ranges?|lines?|collections?|markdowns?"),
    (r"\bHR\b|human\s+resources|recruit|talent|people\s+(?:partner|team)",
     r"candidates?|hires?|hiring|interviews?|employees?|onboarding"),
    (r"policy|public|civil\s+serv|government|council|local\s+authority",
     r"polic(?:y|ies)|ministers?|briefings?|councillors?|consultations?|residents?|the\s+public"),
    (r"manager|\blead\b|head\s+of|director|supervisor|team\s+leader|founder",
     r"my\s+team|the\s+team|direct\s+reports|delegat\p{L}*|people\s+I\s+manage|my\s+staff"),
]
_FIELD_TRIGGERS = [(regex.compile(trigger, FLAGS), compile_words(vocabulary)) for trigger, vocabulary in _FIELDS]


def check(draft, context: RuleContext):
    role = _role(draft.front_matter.get("role"))
    if not role or not draft.sentences:
        return
    text = plain(draft)
    terms = _role_terms(role)
    field = _field(role)
    for start, end, states_lesson in _lesson_spans(draft):
        if _DIRECT.search(text, start, end):
            return
        tokens = _TOKEN.findall(text[start:end].casefold())
        if _names_role(tokens, terms, anywhere=states_lesson):
            return
        if states_lesson and any(pattern.search(text, start, end) for pattern in field):
            return
    yield META.finding(*draft.anchor())


# Words that put a role word to work as a role: "as a", "for a senior ecologist", "any good buyer".
_AS_ROLE = frozenset({"as", "for", "like", "any", "every", "good", "being"})
_TOKEN = regex.compile(r"[\p{L}\p{N}&]+")


def _names_role(tokens: list[str], terms: tuple[tuple[str, ...], tuple[str, ...]], anywhere: bool) -> bool:
    """Whether ``tokens`` speak of the role: its full name anywhere ("charge nurse"), or one of its words where
    ``anywhere`` (a sentence that states or applies the lesson), else only named as a role ("for a senior ecologist")."""
    stems, phrase = terms
    if len(phrase) > 1:
        for i in range(len(tokens) - len(phrase) + 1):
            if all(_is(tokens[i + k], phrase[k], exact=k < len(phrase) - 1) for k in range(len(phrase))):
                return True
    for i, token in enumerate(tokens):
        if any(_is(token, stem) for stem in stems) and (anywhere or not _AS_ROLE.isdisjoint(tokens[max(0, i - 4) : i])):
            return True
    return False


def _is(token: str, stem: str, exact: bool = False) -> bool:
    if exact:
        return token == stem
    return token.startswith(stem) and len(token) - len(stem) <= 5


@functools.lru_cache(maxsize=256)
def _field(role: str) -> tuple[regex.Pattern, ...]:
    """The vocabulary of the role's field, compiled once at import."""
    return tuple(vocabulary for trigger, vocabulary in _FIELD_TRIGGERS if trigger.search(role))


def _role(value) -> str:
    if isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    if not isinstance(value, str):
        return ""
    return " ".join(regex.sub(r"\([^)]*\)", " ", value).split())


@functools.lru_cache(maxsize=256)
def _role_terms(role: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The stems of the role's distinctive words ("pharmac"), and the role itself as words ("charge", "nurse")."""
    tokens = [t.casefold() for t in _ROLE_WORD.findall(role)]
    stems = tuple(_stem(t) for t in tokens if t not in _PLAIN and len(t) >= 2)
    kept = tuple(t for t in tokens if t not in {"senior", "junior", "graduate", "trainee", "lead", "chief", "deputy", "newly", "qualified"})
    return stems, kept


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# A sentence carrying the lesson somewhere else: "that means", "I'd", "would do", "the same", not "would have laughed".
_APPLYING = compile_words(r"(?:that|this|which|it)\s+means | I(?:'d|\s+would|'ll|\s+will)(?!\s+have\b) | would\s+(?!have\b)\p{L}+ | apply | the\s+same")


def _lesson_spans(draft) -> list[tuple[int, int, bool]]:
    """From the first sentence that says what was learned or changed on: each sentence, and whether it says so or applies it."""
    spans, started, previous = [], False, None
    for classified in answer_parts(draft).sentences:
        states_lesson = bool(classified.parts & {"learning", "change"})
        # the sentence right after a lesson, in its paragraph, often applies it: "In a classroom that means…"
        applies = (
            previous is not None
            and previous.parts & {"learning", "change"}
            and previous.sentence.block == classified.sentence.block
            and _APPLYING.search(classified.sentence.text) is not None
        )
        if started or states_lesson:
            started = True
            spans.append((classified.sentence.start, classified.sentence.end, bool(states_lesson or applies)))
        previous = classified
    return spans


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
