"""The draft follows an answer framework, and one of that framework's sections is absent or empty.

## What it does
Fires once per draft that declares a framework in its front matter
(`framework: star-l`) or clearly follows one (two or more of its headings,
matched forgivingly: "S — Situation", "Lessons learned", "### 2. Why it
happened"), when a section of that framework is missing, or is there but
empty: no prose at all, only an HTML comment, only its scaffold prompt, or
a "TODO". The message names the framework and every missing section. Drafts
with no framework headings, or with a single one, are judged on their prose
by the other structure rules, and never fire here.

## Why it matters to an interviewer
A framework is a promise to the listener about the shape of the story. A
STAR answer that stops at the Result, or a reflection with no improvement,
ends exactly where the interviewer was waiting for the point. The empty
section is usually the one that was hardest to write, and so the one that
matters most.

## Example
```markdown
---
framework: star-l
---
### Situation
I ran the night shift at a parcel hub during peak.
### Task
Every parcel had to make the 5 a.m. trailers.
### Action
I moved two pickers onto returns to clear a backlog.
### Result
We missed the trailer by forty minutes and 300 parcels went a day late.
```

## Use instead
```markdown
…
### Learned
Backlogs can wait; trailers cannot. I now protect the trailer pick first,
and we have made every trailer on my shifts since.
```

## Fix
Inserts each absent section with its heading and a one-line prompt, where
the framework's order puts it and at the level of the draft's other
sections. An empty section is left for the writer to fill.
"""

from answerlint.finding import Edit, Fix, Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs
from answerlint.scaffold import insert_section, line_ending

from answerlint_rules.parts import empty

META = RuleMeta(
    code="AL405",
    name="missing-section",
    family="structure",
    kind="document",
    severity=Severity.WARNING,
    summary="The draft follows an answer framework and one of its sections is absent or empty.",
    message="A section of your framework is missing or empty: add it, or drop the framework's headings.",
    docs=rule_docs(__doc__),
    safe_fix=True,  # it only inserts headings and prompts: `answerlint check --fix` applies it
)

# What to write in each built-in section, for the message; other sections fall back on their first part.
_ADVICE = {
    "situation": "add where you were and what was at stake",
    "task": "add what you were responsible for",
    "action": "add what you decided and did",
    "result": "add what happened, in numbers",
    "learned": "add what you learned and do differently",
    "what i learned": "add what you learned and do differently",
    "what happened": "add what went wrong, and how big it was",
    "failure": "add what went wrong, and how big it was",
    "why it happened": "add which decision of yours caused it",
    "what i did": "add what you did when it surfaced",
    "reflection": "add why it happened and your part in it",
    "improvement": "add what you changed and how the next time went",
    "growth": "add what you did and what it taught you",
    "gain": "add the lasting practice or result it gave you",
    "persistence": "add why it failed and what you did next",
    "breakthrough": "add what worked in the end, in numbers",
}
_ADVICE_BY_PART = {
    "context": "add where you were and what was at stake",
    "failure": "add what went wrong, and how big it was",
    "cause": "add which decision of yours caused it",
    "action": "add what you did when it surfaced",
    "result": "add what happened, in numbers",
    "learning": "add what you learned and do differently",
    "change": "add what you do differently since",
}


def check(draft, context: RuleContext):
    framework = draft.framework
    if framework is None or not (draft.sections or draft.framework_declared):
        return
    absent, blank = [], []
    for wanted in framework.sections:
        present = [s for s in draft.sections if s.framework_section is wanted]
        if not present:
            absent.append(wanted)
        elif all(empty(draft, s) for s in present):
            blank.append(wanted)
    if not absent and not blank:
        return
    yield META.finding(*draft.anchor(), _message(framework, absent, blank), _insert_all(draft, framework, absent))


def _name(framework) -> str:
    """ "STAR-L" from "STAR-L (Situation, …)"; "What-Why-Did-Learned" where the title is a list of sections."""
    name = framework.title.split(" (")[0].strip()
    if len(name) > 24 or "," in name:
        name = "-".join(word.capitalize() for word in framework.id.split("-"))
    return name


def _advice(section) -> str:
    key = " ".join(section.title.casefold().split())
    if key in _ADVICE:
        return _ADVICE[key]
    return _ADVICE_BY_PART.get(section.parts[0] if section.parts else "", "add what this part of the story needs")


def _quoted(sections) -> str:
    names = [f"'{s.title}'" for s in sections]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def _message(framework, absent, blank) -> str:
    name = _name(framework)
    if len(absent) + len(blank) == 1:
        section = (absent or blank)[0]
        if absent:
            return f"{name} draft has no '{section.title}' section: {_advice(section)}."
        return f"{name} draft's '{section.title}' section is empty: {_advice(section)}."
    empty_ones = f"{_quoted(blank).replace(' or ', ' and ')} section{'s are' if len(blank) > 1 else ' is'} empty" if blank else ""
    if not absent:
        return f"{name} draft's {empty_ones}: add what each heading asks for."
    missing = f"has no {_quoted(absent)} section{'s' if len(absent) > 1 else ''}"
    both = f" and its {empty_ones}" if blank else ""
    return f"{name} draft {missing}{both}: add what each heading asks for."


def _insert_all(draft, framework, sections) -> Fix | None:
    """One fix that inserts every absent section; two landing at one place go in the framework's order."""
    if not sections:
        return None
    edits: dict[int, Edit] = {}
    for section in sections:
        (edit,) = insert_section(draft, framework, section).edits
        earlier = edits.get(edit.start)
        if earlier is None:
            edits[edit.start] = edit
        else:
            joined = earlier.new_text.rstrip("\r\n") + line_ending(draft.text) * 2 + edit.new_text.lstrip("\r\n")
            edits[edit.start] = Edit(edit.start, edit.end, joined)
    titles = _quoted(sections).replace(" or ", " and ")
    title = f"Insert the {titles} section{'s' if len(sections) > 1 else ''}"
    return Fix(title, tuple(edits[k] for k in sorted(edits)))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
