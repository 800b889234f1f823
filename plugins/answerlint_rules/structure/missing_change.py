"""Nothing in the draft shows the lesson changed what the writer did afterwards.

## What it does
Fires once per draft when there is no evidence of later behaviour: a
practice the writer has kept since ("since then I", "I now check", "every
plan I've written since", "I made it a rule to"), or a result on later work
("on my last two projects", "in the 40 tenders since", "the next launch went
out on time", "our last audit found none"). What the writer knows or
realises now ("I know now that…") is learning, not change; the immediate
fix ("I rebuilt the rota that week") is the response, not change; and a
promise ("next time I would…") is not evidence. In a section meant for the
lesson or its effect ("Learned", "Improvement", "Gain") a present-tense
habit ("I attach the receipt to every claim") counts. Works on drafts with
or without headings.

## Why it matters to an interviewer
Anyone can say they learned something. The proof is what you did
differently the next time, and whether it worked. A concrete later practice,
ideally with a result, turns the lesson from a claim into a track record,
and it is the part of the answer the interviewer is most likely to remember.

## Example
```markdown
I approved the print proof at midnight without checking the trim, and the
page numbers were cut off 5,000 programmes. I paid for an insert myself.
I learned that deadlines are exactly when I skip checks.
```

## Use instead
```markdown
…I learned that deadlines are exactly when I skip checks. Since then I run a
written preflight on every print file, however late it is, and I've
delivered 31 jobs that way without a reprint.
```

## Fix
Inserts the framework's section for the lesson's effect ("Learned",
"Improvement", "Gain", "Breakthrough") with a one-line prompt where it is
missing. Where that section is already written, or the draft has no
framework, it adds a "What changed" section at the end. A section that is
there but empty gets the prompt written under its heading; one that holds only its prompt gets its own message ("The
'Improvement' section has no answer yet: …") and no edit: only the writer
can answer it.
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleMeta, rule_docs

from answerlint_rules.parts import missing_part_check

META = RuleMeta(
    code="AL404",
    name="missing-change",
    family="structure",
    kind="document",
    severity=Severity.WARNING,
    summary="No evidence that the lesson changed the writer's later behaviour.",
    message="No later change: add one practice you have kept since, and how it went the next time.",
    docs=rule_docs(__doc__),
    phrases=True,
)


@hookimpl
def answerlint_rules():
    return [Rule(META, missing_part_check(META, "change"))]
