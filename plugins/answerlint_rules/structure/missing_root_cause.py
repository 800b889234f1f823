"""No part of the draft explains why the failure happened in terms of the writer's own decisions.

## What it does
Fires once per draft when no sentence traces the failure back to something
the writer decided, assumed, skipped or put off: "the cause was mine", "that
was my call", "I assumed the timing would scale", "I took the quote at face
value", "my costing ignored the price rise", "I muted it, thinking it was the
sensor", "to save time I…", "I didn't ask anyone to review it", "…but never
once asked him", "I should have…", "I put speed ahead of…". Omissions count
when they are of the care that prevents failures (checking, asking, telling,
planning, testing, recording), not of the task itself: "I forgot to order the
valve" is the failure, not its cause. A section meant for the cause ("Why it
happened") counts when it talks about the writer in the past. Causes that sit only with other people, luck or the
market ("the vendor was late", "it was just bad luck"), a negated or quoted
cause, and someone else's view of it ("my manager said the timetable was to
blame") do not count. A cause framed as a virtue ("I tried to take on every
request") is still a decision of the writer's, so it counts. Works on drafts
with or without headings.

## Why it matters to an interviewer
The interviewer wants to see that you can find your own part in a bad
outcome, because that is the only part you can change. A story with no cause,
or with the cause placed on others, sounds like something that happened to
you, and the lesson that follows has nothing to stand on.

## Example
```markdown
The March payroll went out with the overtime file loaded twice and 47 carers
were overpaid. I wrote to each of them that week and agreed a repayment plan.
Since then I reconcile every file against the rota before I submit.
```

## Use instead
```markdown
…47 carers were overpaid. The cause was mine: I re-ran the import after a
time-out without checking whether the first run had gone through. …
```

## Fix
Inserts the framework's section for the cause ("Why it happened" or
"Reflection") with a one-line prompt. Where the framework has no such
section (STAR-L's "Action" also tells the failure), where that section is
already written, or where the draft has no framework, it adds a "Why it
happened" section after the story. A section that is there but empty gets
the prompt written under its heading; one that holds only its prompt gets its own message ("The 'Why it happened' section
has no answer yet: …") and no edit: only the writer can answer it.
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleMeta, rule_docs

from answerlint_rules.parts import missing_part_check

META = RuleMeta(
    code="AL402",
    name="missing-root-cause",
    family="structure",
    kind="document",
    severity=Severity.WARNING,
    summary="No part explains why the failure happened in terms of the writer's own decisions.",
    message="No cause of your own: say which decision, assumption or shortcut of yours led to the failure.",
    docs=rule_docs(__doc__),
    phrases=True,
)


@hookimpl
def answerlint_rules():
    return [Rule(META, missing_part_check(META, "cause"))]
