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

from answerlint import compiled_patterns
from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import has_quantity
from answerlint_rules.language import plain
from answerlint_rules.specificity._text import lowered

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


# A digit that does not continue a word or a name (COVID-19, B2B), or a currency sign: always a
# figure for ``has_quantity``, so the draft is quantified without reading further.
_SURE = compiled_patterns.compile_re(r"(?<![\w-])\d|[$\u20ac\u00a3\u00a5\u20b9]")
# Everything else ``has_quantity`` can find contains one of these (lower case, so a sentence with
# none of them is skipped unread): other numerals, CJK numerals, number words, time units and
# weekdays. They also match what is not a quantity ("one day", "a term"); the full check decides.
_MAYBE = compiled_patterns.compile_re(
    r"\d|[\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u2079\u2080-\u2089\u2150-\u218b\u2460-\u24ff\u2776-\u2793\u3007\u3021-\u3029]|"
    r"[\u96f6\u4e00\u4e8c\u4e24\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u4ebf]|"
    r"\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|hundred|"
    r"thousand|million|billion|dozen|half|halves|twice|thrice|doubled|tripled|trebled|quadrupled|halved|third|quarter|fifth|sixth|tenth|"
    r"second|minute|hour|day|night|week|fortnight|month|year|decade|sprint|semester|term|shift|season|percent|per\s+cent|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
)
# Month names count only capitalised, so they are looked for in the text as written.
_MONTH = compiled_patterns.compile_re(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def check(draft, context: RuleContext):
    if not draft.sentences or _quantified(draft):
        return
    yield META.finding(*draft.anchor())


def _quantified(draft) -> bool:
    low, text = lowered(draft), plain(draft)
    sentences = draft.sentences
    if any(_SURE.search(low, s.start, s.end) for s in sentences):
        return True
    for sentence in sentences:
        cues = [*_MAYBE.finditer(low, sentence.start, sentence.end), *_MONTH.finditer(text, sentence.start, sentence.end)]
        if any(has_quantity(_around(text, sentence, cue)) for cue in cues):
            return True
    return False


# Every quantity holds its cue and reaches at most a few words either side of it ("a full working
# week", "one new client"), so the full check reads only this much around a cue, from a word edge.
_REACH = 40


def _around(text: str, sentence, cue) -> str:
    start = max(sentence.start, cue.start() - _REACH)
    if start > sentence.start:
        space = text.find(" ", start, cue.start())
        start = space + 1 if space >= 0 else cue.start()
    end = min(sentence.end, cue.end() + _REACH)
    if end < sentence.end:
        space = text.rfind(" ", cue.end(), end)
        end = space if space >= 0 else cue.end()
    return text[start:end]


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
