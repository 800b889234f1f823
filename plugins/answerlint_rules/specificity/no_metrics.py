"""Nothing in the draft is quantified.

## What it does
Fires once per draft when no sentence of prose holds a figure of any kind: a
count, a percentage, an amount of money, a duration ("three weeks", "a day
late"), a date ("on Friday", "by March"), a size, a rating or a fraction ("a
third of the users"). Numbers in headings, code, front matter, link targets and
quoted interviewer questions do not count, and neither do names that merely
contain digits (COVID-19, B2B) or a story's "one day".

## Why it matters to an interviewer
Numbers are how a listener sizes a failure and believes a recovery. "The
launch was late" could mean an hour or a year; "the launch slipped six weeks
and cost us two renewals" tells them you measured what happened, and gives
the lesson its weight.

## Example
```markdown
The report went out late and the client was unhappy. I now plan more carefully.
```

## Use instead
```markdown
The quarterly report went out nine days late and the client held back 20% of
the fee. I now plan with a two-day buffer and have hit all six deadlines since.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import has_quantity

META = RuleMeta(
    code="AL303",
    name="no-metrics",
    family="specificity",
    kind="document",
    severity=Severity.WARNING,
    summary="Nothing in the draft is quantified.",
    message="Nothing here is quantified. Add a figure: how late, how much, how many people, how often since.",
    docs=rule_docs(__doc__),
)


def check(draft, context: RuleContext):
    if not draft.sentences:
        return
    if any(has_quantity(sentence.text) for sentence in draft.sentences):
        return
    yield META.finding(*draft.anchor())


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
