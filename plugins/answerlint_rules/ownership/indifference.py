"""The writer signals that they did not care about the work that failed.

## What it does
Flags the writer saying they did not care, or acting it out: "I didn't really
care about the rota", "I couldn't be bothered to set a reminder", "it wasn't
worth my time", "I'd checked out of that part of the job", "by the end I'd
stopped caring", "I lost interest", "I coasted", "I went through the
motions", "I phoned it in", "I did the bare minimum", "it wasn't my problem",
"I wasn't going to lose sleep over it", "I shrugged it off", "I didn't give a
damn", "meh" or a bare "whatever". The thing not cared about can come first
("the rota wasn't something I cared about", "knitwear was never a category I
was that bothered about", "the filing wasn't a big deal to me").

"Checked out" (or "clocked out") is flagged only in its figurative sense:
bare ("by March I had checked out", "I'd checked out by then"), "mentally" or
"emotionally", hedged ("kind of checked out"), or "of" a part of the work. Checking out library books, code, a hotel room
or a guest stays quiet, as do other people's indifference ("the guests had
checked out", "nobody cared"), negation ("I never stopped caring", "it's not
that I didn't care"), and not caring about credit ("I didn't care who got the
credit").

## Why it matters to an interviewer
Mistakes are forgivable; not caring is a trait, and it is the one thing an
employer cannot train away. A candidate who says they did not care about part
of the job invites the interviewer to wonder which part of *this* job they
will not care about.

## Example
```markdown
Honestly, I didn't really care about the rota, and by spring I'd checked out of that part of the job.
```

## Use instead
```markdown
I treated the rota as admin and gave it ten minutes a week; when our best
line cook resigned over it, I rebuilt it with the head chef and now review
it with him every Monday.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.ownership._voice import LeadPattern, phrase_findings

META = RuleMeta(
    code="AL105",
    name="indifference",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="The writer signals that they did not care about the work that failed.",
    message="This reads as not caring. Own it as a misjudged priority and show what you now do.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_WRITER = r"(?:I|we)(?:'d|\s+had|\s+was|\s+were)?"
_SOFT = r"(?:(?:just|really|honestly|frankly|simply|kind\s+of|sort\s+of|basically|pretty\s+much|totally|completely|mentally|emotionally|gradually|slowly|quietly|already|more\s+or\s+less)\s+)*"
# The figurative "checked out" is done from work, not from a place: a hotel, a library, a branch of code.
_WORK = r"""(?:part|side|bit|role|job|work|project|team|process|meeting|meetings|conversation|task|tasks|account|pitch|client|
    rota|course|module|placement|internship|it|things|everything)"""

_NOT = r"(?:didn't|did\s+not|don't|never)"
_WASNT = r"(?:wasn't|was\s+not|weren't|were\s+not)"
# What the writer says they did, or did not do, after "I", "we'd", "I was", "I had" and a softener.
_WRITER_SAYS = rf"""
      {_NOT}\s+(?:really\s+|much\s+|particularly\s+|honestly\s+|especially\s+|actually\s+|even\s+|that\s+)?care
      (?!\s+(?:who|whose|whether\s+(?:I|it)\s+(?:got|was\s+my))\b)(?!\s+about\s+(?:the\s+)?(?:credit|being\s+(?:right|liked)|who)\b)
    | (?:couldn't|could\s+not)\s+(?:(?:have\s+)?care[d]?\s+less|be\s+bothered)
    | {_WASNT}\s+(?:really\s+|that\s+|too\s+|particularly\s+|very\s+|remotely\s+)?(?:(?:bothered|fussed)(?!\s+by\b)|invested|engaged|motivated)
    | {_NOT}\s+(?:even\s+)?bother(?:ed)?
    | (?:stopped|stop|gave\s+up)\s+caring
    | lost\s+(?:all\s+|any\s+)?(?:interest|motivation)
    | (?<=(?:mentally|emotionally)\s+)(?:checked|clocked|switched)\s+(?:out|off)
    | (?:checked|check|clocked|clock)\s+out
      (?=\s*[,;.!?]|\s*$|\s+(?:mentally|emotionally|completely|long\s+before|weeks\s+before|months\s+before)\b|
         \s+(?:by\s+(?:then|that\s+(?:point|stage|time)|the\s+(?:end|time|spring|summer|autumn|winter))|at\s+that\s+point|long\s+ago|(?:weeks|months)\s+ago|after\s+that)\b|\s+early\s+on(?=\s*[,.;!?]|\s*$|\s+in\b)|
         \s+of\s+(?:that|the|this|my|our|those|these|a\s+lot\s+of|most\s+of\s+the)?\s*(?:[\p{{L}}-]+\s+)?{_WORK}\b)
    | coasted|coasting
    | (?:went|going)\s+through\s+the\s+motions
    | phoned\s+(?:it|them|that)\s+in
    | (?:did|doing)\s+the\s+(?:bare\s+|absolute\s+)?minimum
    | (?:zoned|tuned)\s+out
    | half-?heartedly
    | (?:didn't|did\s+not)\s+(?:really\s+)?(?:put|give)\s+(?:much|any|a\s+lot\s+of|my\s+best|real)\s+(?:effort|thought|energy|care|attention)\s+(?:in)?to
    | {_NOT}\s+(?:really\s+)?take\s+(?:it|that|this|them|the\s+[\p{{L}}-]+(?:\s+[\p{{L}}-]+)?)\s+seriously
    | (?:didn't|did\s+not)\s+(?:really\s+)?try\s+(?:very|that|particularly|too)\s+hard
    | (?:only|just)\s+(?:there|in\s+it)\s+for\s+the\s+(?:money|pay|paycheck|paycheque|salary|hours)
    | (?:wasn't|was\s+not|weren't|were\s+not|won't|wouldn't|didn't|did\s+not|never|am\s+not)\s+(?:going\s+to\s+|gonna\s+|about\s+to\s+)?
      lose\s+(?:any\s+|much\s+|a\s+lot\s+of\s+)?sleep
    | {_NOT}\s+give\s+a\s+(?:damn|toss|hoot|fig|monkey's|stuff|second\s+thought)
    | (?:just\s+)?shrugged(?:\s+(?:it|that|this|them)\s+off|\s+off\s+(?:the|my|that|this)\b|(?=\s+and\s+moved\s+on))
"""
# The words a match can start on (see ``LeadPattern``).
_LEADS = """I we it that this the was felt seemed wasn't isn't is never weren't were aren't are didn't did meh whatever"""
_INDIFFERENT = LeadPattern(
    lambda: rf"""
      {_WRITER}\s+{_SOFT}(?:{_WRITER_SAYS})
    | (?:it|that|this|the\s+[\p{{L}}-]+)\s+(?:{_WASNT}|didn't\s+seem|did\s+not\s+seem|never\s+seemed)\s+(?:really\s+)?worth\s+(?:my|our)\s+
      (?:time|effort|energy|attention|while|bother)
    | (?:it|that|this)\s+(?:wasn't|was\s+not|isn't|is\s+not)\s+(?:really\s+)?(?:my|our)\s+problem
    | (?:was|felt|seemed)\s+(?:a\s+bit\s+|rather\s+|somewhat\s+)?beneath\s+(?:me|us)
    # the thing not cared about, put first: "the rota wasn't something I cared about"
    | (?:wasn't|was\s+not|was\s+never|isn't|is\s+not|never\s+was)\s+(?:really\s+|ever\s+)?(?:something|anything|a\s+[\p{{L}}-]+|an\s+[\p{{L}}-]+|one)
      \s+(?:that\s+)?(?:I|we)(?:'d)?\s+(?:really\s+|ever\s+|particularly\s+|much\s+|honestly\s+)?
      (?:cared|care|was\s+(?:that\s+|very\s+|particularly\s+|too\s+|ever\s+)?(?:bothered|fussed|invested)\s+(?:about|in|with|by))
    | (?:{_WASNT}|isn't|is\s+not|'s\s+not|aren't|are\s+not)\s+(?:really\s+|exactly\s+)?
      (?:a\s+(?:big|huge)\s+deal|that\s+big\s+(?:of\s+)?a\s+deal|important|a\s+priority)\s+(?:to|for)\s+(?:me|us)
    | (?:{_WASNT}|didn't\s+seem|did\s+not\s+seem|never\s+seemed)\s+(?:really\s+)?worth\s+the\s+(?:effort|bother|hassle|trouble)
    | (?:wasn't|was\s+not|isn't|is\s+not)\s+(?:really\s+)?(?:my|our)\s+problem
    | (?<=(?:^|[.!?;:]\s*|,\s*(?:so\s+|and\s+)?|\b(?:I\s+thought|I\s+figured|I\s+said)\s+))(?:meh|whatever)(?=\s*(?:[.!?;,]|$))
    | meh
    """,
    _LEADS,
)


def check(draft, context: RuleContext):
    yield from phrase_findings(draft, META, context, ((_INDIFFERENT, None),))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
