"""No part of the draft says what the writer learned.

## What it does
Fires once per draft when nothing says what the writer took from the
failure: no answered learning section ("Learned", "Lessons learned", "What
I'd do differently", …; one left empty, holding only its prompt or a TODO,
or holding only a lesson refused ("I'd plan the same menu again"), admitted
missing ("I still don't know …") or turned into a virtue does not count), no sentence that states a lesson ("I learned", "it taught
me", "the real lesson was", "what I took from it", "I realised that I'd been
treating…", "I now understand", "looking back, I should have…", "next time
I'd", "the takeaway for me", "it drove home that"), and no practice kept
since, which implies one ("since then I", "I now check", "I no longer", "my
rule now is").
A negated or quoted lesson, or someone else's ("my supervisor said the lesson
was…"), does not count, nor do the same words used for the plot: a teacher's
"lesson plan", "I later learned that the supplier had gone bust", "I realised
the fridge was off", "looking back it was doomed", hindsight that only
retells the cause ("looking back, I was stretched too thin"), "the supervisor
taught me how to cash up", "the next time I saw her", "I now work in HR".
Works on drafts with or without headings.

## Why it matters to an interviewer
The failure is only the setup; the learning is the answer. Interviewers ask
the question to find out whether you turn a mistake into a better way of
working. A story that ends at the failure or the fix leaves that question
open, and the listener fills the gap with doubt.

## Example
```markdown
I shipped the pricing change without a rollback plan and it broke checkout
for two hours. I rolled it back by hand and apologised to support.
```

## Use instead
```markdown
…I rolled it back by hand and apologised to support. What I learned is that a
change without a rollback path is not ready: every release I own now ships
behind a flag, and I have rolled back twice since in under a minute.
```

## Fix
Inserts the learning section of the draft's framework (a "What I learned"
section when there is none) with a one-line prompt, in the framework's
order. A section that is there but empty gets the prompt written under its heading; one that holds only its prompt gets its
own message ("The 'Learned' section has no answer yet: …") and no edit: only
the writer can answer it.
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleMeta, rule_docs

from answerlint_rules.parts import missing_part_check

META = RuleMeta(
    code="AL401",
    name="missing-learning",
    family="structure",
    kind="document",
    severity=Severity.ERROR,
    summary="No part of the draft says what the writer learned.",
    message="No lesson: add what you learned and what you now do differently.",
    docs=rule_docs(__doc__),
    phrases=True,
)


@hookimpl
def answerlint_rules():
    return [Rule(META, missing_part_check(META, "learning", covered_by=("change",), negation_window=3))]
