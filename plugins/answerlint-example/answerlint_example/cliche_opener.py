"""The answer opens with a stock filler instead of the story.

## What it does
Flags a draft whose first sentence of prose opens with a filler phrase:
"Great question", "That's a great question", "Thanks for asking",
"Honestly,", "To be honest", "So basically", "Well,", "Um, so". Only the
very start of the draft is checked; the same words later on are left alone.
Headings, front matter and code do not count as the first sentence. The fix
deletes the filler and capitalises what follows.

## Why it matters to an interviewer
The first seconds of an answer set its tone. A filler opener buys time in a
way the listener notices, and "honestly" at the start of a failure story
invites the question of what the rest of the interview was. Starting with
the situation sounds prepared and confident, and leaves more of your two
minutes for the part that counts: what you learned.

## Example
```markdown
Great question! So basically, I was leading the checkout rewrite at a
payments start-up when I committed to a date I had not checked.
```

## Use instead
```markdown
In 2022 I led the checkout rewrite at a payments start-up, and I committed
to a launch date I had not checked with the platform team.
```
"""

import re

from answerlint.finding import Edit, Fix, Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

META = RuleMeta(
    code="EX100",
    name="cliche-opener",
    family="example",
    kind="span",
    severity=Severity.INFO,
    summary="The answer opens with a stock filler such as 'Great question' or 'Honestly,'.",
    message="Filler opener: start with the situation itself.",
    docs=rule_docs(__doc__),
)

_APOSTROPHE = "['’]"
# One or more filler phrases at the very start of the first sentence ("Great question! So basically, ...").
_FILLER = rf"""
    (?:(?:that{_APOSTROPHE}s|that\s+is|what|it{_APOSTROPHE}s|it\s+is)\s+)?(?:a\s+|an\s+|such\s+a\s+)?(?:really\s+|very\s+)?
        (?:great|good|excellent|interesting|fantastic|brilliant|tough|fair)\s+question
  | thanks?\s+(?:you\s+)?for\s+(?:asking|the\s+question)
  | I{_APOSTROPHE}m\s+glad\s+you\s+asked(?:\s+that)?
  | to\s+be\s+(?:perfectly\s+)?(?:honest|fair)
  | so\s*,?\s+basically | (?:okay|ok|um+|uh+)\s*,?\s+so | so\s*,?\s+yeah
  | (?:honestly|frankly|basically|well|so|okay|ok|um+|uh+)(?=\s*(?:[,—–…]|\.\.\.))
"""
OPENER = re.compile(
    rf"(?:(?:{_FILLER})(?![^\W\d_])(?:\s*[,!.…—–]+)?[ \t]*)+",
    re.IGNORECASE | re.VERBOSE,
)


def check(draft, context: RuleContext):
    if not draft.sentences:
        return
    first = draft.sentences[0]
    match = OPENER.match(draft.prose, first.start, first.end)
    if match is None:
        return
    end = match.end()
    while end > match.start() and draft.prose[end - 1].isspace():
        end -= 1
    yield META.finding(match.start(), end, fix=_fix(draft.text, match.start(), end))


def _fix(text: str, start: int, end: int) -> Fix | None:
    """Delete the filler and the spaces after it; capitalise the word that then opens the answer."""
    rest = end
    while rest < len(text) and text[rest] in " \t":
        rest += 1
    if rest >= len(text) or not text[rest].isalpha():
        return None  # markup or a line break follows: leave the edit to the writer
    edits = [Edit(start, rest, "")]
    if text[rest].islower():
        edits.append(Edit(rest, rest + 1, text[rest].upper()))
    return Fix("Remove the filler opener", tuple(edits))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
