"""No part of the draft says what the writer did when the failure surfaced.

## What it does
Fires once per draft when no sentence tells the writer's response once the
problem came to light: owning up ("I told my supervisor within the hour",
"I admitted it straight away"), limiting the damage ("I rolled the change
back", "I stopped all work at height"), putting it right ("I rang her that
evening to apologise", "we reprinted the insert at cost"). A response verb
only counts once the failure is out, where the sentence says it surfaced
("when finance raised it, I…", "by week three it was clear, so I…"), or
later in the sentence that first tells it, so the decision that caused the
failure is not mistaken for the recovery. Remedies ("we refunded three
tables", "I apologised", "we ran a correction") and owning up ("I said
straight out that I hadn't been there") are a response wherever they are
told. A section meant for the response ("What I
did", "Growth", "Improvement", "Persistence") counts when it says what the
writer did. Other people's responses ("my manager sorted it out"), passive
ones ("it all got sorted out") and wishes ("I should have called") do not.

## Why it matters to an interviewer
The moment a mistake surfaces shows how you will behave on their team: do
you tell people early, contain the damage and fix it, or wait for someone
else to notice? Leaving it out invites the worst guess, and it skips the
part of the story that shows your judgement under pressure.

## Example
```markdown
I set up the stocktake without a system for the stockroom, so shelves were
counted twice and others skipped. Eventually it all got sorted out.
I learned to give every counter a written zone map.
```

## Use instead
```markdown
…so shelves were counted twice and others skipped. When the area office
queried the figures, I told my manager it was my plan, and we recounted the
stockroom that weekend with a zone map. …
```

## Fix
Inserts the framework's section for the response ("What I did", "Growth",
"Improvement", "Persistence") with a one-line prompt. Where the framework
has no such section (STAR-L's "Action" also tells the failure), where that
section is already written, or where the draft has no framework, it adds a
"How I responded" section after the story instead. A section that is there
but empty gets the prompt written under its heading; one that holds only its prompt gets its own message ("The 'What I did'
section has no answer yet: …") and no edit: only the writer can answer it.
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleMeta, rule_docs

from answerlint_rules.parts import missing_part_check

META = RuleMeta(
    code="AL403",
    name="missing-action",
    family="structure",
    kind="document",
    severity=Severity.WARNING,
    summary="No part says what the writer did when the failure surfaced.",
    message="No response: say what you did when it came to light, who you told and how you limited the damage.",
    docs=rule_docs(__doc__),
    phrases=True,
)


@hookimpl
def answerlint_rules():
    return [Rule(META, missing_part_check(META, "action"))]
