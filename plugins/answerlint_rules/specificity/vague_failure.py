"""The failure, or the recovery, is told without saying what actually happened.

## What it does
Flags stock phrases that stand in for the story: "things didn't go as
planned", "it didn't work out", "I made some mistakes", "there were some
issues", "eventually it got fixed", "it all worked out in the end". It stays
quiet when the same sentence goes on to give the content: a figure, or an
explanation after "because" or a colon.

## Why it matters to an interviewer
A vague failure sounds rehearsed or hidden. The listener cannot judge the
size of the problem, your part in it, or whether the recovery was yours, so
they assume the worst or simply stop believing the story.

## Example
```markdown
Things didn't go as planned with the migration, and eventually it got sorted out.
```

## Use instead
```markdown
The migration ran three days over because I had not tested the importer on
real customer files; I wrote a converter for the 212 failing files and we
cut over on the Friday.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import compile_words, has_quantity, phrase_pattern, quoted, sentence_matches

META = RuleMeta(
    code="AL301",
    name="vague-failure",
    family="specificity",
    kind="span",
    severity=Severity.WARNING,
    summary="A failure or recovery told without content.",
    message="Vague: say what went wrong (or how it was fixed), by whom, and how big it was.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_VAGUE = compile_words(
    r"""
      (?:things|it|everything|stuff|the\s+project|that|this)\s+(?:just\s+|really\s+|simply\s+)?
        (?:didn't|did\s+not|never)\s+(?:quite\s+|really\s+)?(?:go|turn\s+out|work\s+out|pan\s+out|end\s+up)\s+
        (?:as\s+(?:planned|expected|intended|hoped|I\s+(?:had\s+)?(?:planned|expected|hoped|wanted))|(?:very\s+|so\s+)?well|the\s+way\s+\p{L}+\s+\p{L}+|my\s+way|to\s+plan|right|smoothly)
    | (?:it|things|that|this|the\s+project|the\s+plan|everything)\s+(?:just\s+|really\s+|ultimately\s+|simply\s+)?
        (?:didn't|did\s+not|never)\s+(?:really\s+|quite\s+)?(?:work\s+out|pan\s+out|come\s+together|go\s+anywhere|take\s+off|land)
    | (?:it|things|that|this|everything|the\s+project)\s+(?:just\s+|kind\s+of\s+|sort\s+of\s+|then\s+)?
        (?:went|got|turned)\s+(?:a\s+bit\s+|a\s+little\s+|really\s+|pretty\s+)?(?:wrong|badly|south|sideways|pear-shaped|off\s+the\s+rails|messy|complicated|out\s+of\s+hand)
    | (?:things|stuff|something|some\s+things|a\s+few\s+things|a\s+lot)\s+(?:went|had\s+gone|were\s+going)\s+wrong
    | things\s+(?:fell\s+apart|fell\s+through|got\s+out\s+of\s+hand|slipped|were\s+(?:not|n't)\s+ideal)
    | it\s+(?:fell\s+through|fell\s+apart|wasn't\s+(?:ideal|great|my\s+best)|was\s+(?:not\s+ideal|a\s+bit\s+of\s+a\s+mess|a\s+mess|a\s+failure))
    | I\s+(?:made|had\s+made)\s+(?:some|a\s+few|several|a\s+couple\s+of|a\s+number\s+of|various|certain|a\s+lot\s+of)\s+(?:mistakes|errors|missteps|bad\s+calls|poor\s+choices|wrong\s+decisions)
    | (?:I|we)\s+(?:had|hit|ran\s+into|faced|encountered|experienced)\s+(?:some|a\s+few|several|various|certain|a\s+lot\s+of|many)\s+
        (?:issues|problems|challenges|difficulties|hiccups|setbacks|obstacles|bumps|roadblocks)
    | there\s+(?:were|was)\s+(?:some|a\s+few|several|various|certain|a\s+lot\s+of|many|a\s+couple\s+of)\s+
        (?:issues|problems|challenges|difficulties|hiccups|setbacks|complications|bumps)
    | (?:eventually|finally|somehow|in\s+the\s+end|after\s+a\s+while|over\s+time)\s*,?\s+(?:it|things|everything|that|the\s+issue|the\s+problem)\s+
        (?:all\s+)?(?:got|was|were)\s+(?:fixed|sorted(?:\s+out)?|resolved|handled|worked\s+out|cleared\s+up|taken\s+care\s+of|back\s+on\s+track)
    | (?:it|things|everything|the\s+issue|the\s+problem)\s+(?:all\s+)?(?:got|was)\s+(?:eventually|finally|somehow)\s+
        (?:fixed|sorted(?:\s+out)?|resolved|handled|worked\s+out|cleared\s+up|taken\s+care\s+of)
    | (?:it|things|everything)\s+(?:all\s+)?worked\s+(?:itself|themselves)?\s*out\s+in\s+the\s+end
    | (?:it|everything)\s+(?:all\s+)?worked\s+out\s+(?:eventually|fine|okay|OK|somehow)
    | (?:we|I)\s+(?:eventually|somehow|finally)\s+(?:fixed|sorted(?:\s+out)?|resolved|figured\s+out|worked\s+out)\s+(?:it|things|everything|the\s+(?:issue|problem|situation))(?=\s*[.!;]|\s+and\b|\s*$)
    | (?:dropped\s+some\s+balls|some\s+balls\s+were\s+dropped|some\s+things\s+slipped(?:\s+through\s+the\s+cracks)?)
    | (?:it|the\s+outcome|the\s+result)\s+(?:was|were)\s+(?:not|n't|less\s+than)\s+(?:what\s+(?:I|we)\s+(?:had\s+)?(?:hoped|wanted|expected)|ideal|great)
    | (?:fell|came\s+up)\s+short(?:\s+of\s+(?:expectations|what\s+(?:I|we)\s+(?:had\s+)?(?:hoped|wanted|expected)))?(?=\s*[.!;]|\s*$)
    """
)
# Content that follows in the same sentence: an explanation after "because", a colon or a dash.
_EXPLAINED = compile_words(r"because|since|as\s+I|when\s+I|after\s+I|so\s+I|which\s+meant|by\s+(?:\p{N}|\p{L}+\s+(?:days?|weeks?|months?|percent))")
_EXPLAINING_PUNCT = ":—–"


def check(draft, context: RuleContext):
    for pattern in (_VAGUE, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end):
                continue
            rest = draft.prose[end : sentence.end]
            if has_quantity(draft.prose[sentence.start : sentence.end]) or _explained(rest):
                continue
            yield META.finding(start, end)


def _explained(rest: str) -> bool:
    """The sentence goes on to say what happened: a clause of four or more words after a cue."""
    stripped = rest.lstrip(" ,")
    if stripped[:1] in _EXPLAINING_PUNCT and len(stripped.split()) >= 4:
        return True
    cue = _EXPLAINED.search(rest)
    return bool(cue and len(rest[cue.end() :].split()) >= 3)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
