"""Filler and hedges that weaken an answer said aloud.

## What it does
Flags the words that soften a claim without adding information: "kind of",
"sort of", "kinda", "basically", "essentially", "I guess", "I suppose", "I
reckon", "I think maybe", "maybe" and "perhaps" ("maybe the closest was…",
"it was maybe too ambitious"), "maybe a bit", "a little bit", "pretty much",
"more or less", "to some extent", "somewhat", "arguably", "in a way", and
spoken filler such as "you know", "I mean", "like," "if that makes sense",
"or something".

It stays quiet where the words mean what they say: "kind of" and "sort of"
naming a type ("what kind of licence", "this sort of leak", "a different kind
of problem", "the right sort of checks", "kind of her to ask"); a hedge on a
figure, where it is accurate ("more or less 40 minutes", "maybe a bit over
10%"); "more or less than"; "in a way that ..."; and anything quoted or
reported from someone else ("the broker's reply was 'basically fine'").
Plain estimates ("about 40 minutes", "roughly £600") are never flagged, and
nor are "just", "really" and "honestly", which are as often emphasis as
filler, or "a bit" on its own, which is as often an honest size. A bare "I
think" states a view and is left alone; "like" counts only as comma-bound
filler ("it was, like, a disaster"), never as a verb or a comparison, and a
"maybe" that is the whole answer ("I said maybe", "Maybe not") is not a hedge.

## Why it matters to an interviewer
Said aloud, every hedge makes the speaker sound less sure of their own story.
"I kind of missed the deadline" sounds like someone still negotiating with
the facts; "I missed the deadline by two days" sounds like someone who has
looked at them.

## Example
```markdown
I basically ran out of time, and I think it was sort of a communication problem.
```

## Use instead
```markdown
I ran out of time on the revenue model because I spent two of my three weeks
on overhead allocation, which was 4% of costs.
```
"""

from answerlint import compiled_patterns
from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.language import (
    clause_before,
    compile_words,
    has_quantity,
    merge_spans,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)
from answerlint_rules.specificity._text import sentences_with

META = RuleMeta(
    code="AL304",
    name="hedging",
    family="specificity",
    kind="span",
    severity=Severity.INFO,
    summary="Filler and hedges that weaken an answer said aloud.",
    message="Hedging weakens the answer. Cut the filler and state it plainly.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# Words that make "kind of"/"sort of" name a type: "what kind of", "a different sort of".
_TYPE_DETERMINER = r"""what|which|whatever|this|that|these|those|the|a|an|any|no|some|every|each|one|another|other|my|our|your|
    his|her|their|its|same|\p{L}+'s"""
_TYPE_ADJECTIVE = r"""same|right|wrong|different|other|new|certain|particular|best|worst|only|usual|exact|whole|strange|odd|weird|
    typical|common|specific|basic|first|last|similar|worse|better|rare|special|good|bad|obvious|classic"""
_HEDGE = compile_words(
    r"""
      (?<type>kind|sort)\s+of(?!\s+(?:her|him|you|them|us|me|everyone|the\s+[\p{L}-]+)\s+to\b)
    | kinda | sorta
    | basically | essentially
    | I\s+reckon
    | (?<=(?:^|[\n,;:(\u2013\u2014.!?])\s*)like(?=\s*,)
    | I\s+guess | I\s+suppose | I\s+(?:think|thought|feel|felt)\s+(?:maybe|perhaps|possibly)
    | I\s+feel\s+like(?=\s+(?:I|we|it|the|that|this|there|my|our|maybe|perhaps|they|he|she|people|everyone)\b)
    | (?:maybe|perhaps|possibly)\s+(?:just\s+)?(?:a\s+(?:little\s+)?bit|a\s+little|slightly|somewhat|a\s+tad)
    | (?<!\bsaid\s)(?<!\bsay\s)(?<!\bsays\s)(?<!\breplied\s)(?<!\banswered\s)(?:maybe|perhaps)(?!\s+(?:not|so)\b)(?!\s*[,.;!?]?\s*$)
    | a\s+little\s+bit(?!\s+of\b)
    | a\s+tad
    | pretty\s+much
    | more\s+or\s+less(?!\s+than\b)
    | to\s+(?:some|a\s+certain|an|a|some\s+small)\s+(?:extent|degree)
    | somewhat
    | arguably
    | in\s+a\s+(?:way|sense)(?=\s*[,.;!?]|\s*$)
    | (?<=(?:^|[\n,;:(\u2013\u2014.!?]|\s-)\s*)you\s+know(?=\s*[,.;!?]|\s*$)
    | (?<=(?:^|[\n,;:(\u2013\u2014.!?]|\s-)\s*)I\s+mean(?=\s*,)
    | if\s+that\s+makes\s+sense
    | so\s+to\s+speak
    | or\s+something(?:\s+like\s+that)?(?=\s*[,.;!?]|\s*$)
    | or\s+whatever(?=\s*[,.;!?]|\s*$)
    | and\s+stuff(?:\s+like\s+that)?(?=\s*[,.;!?]|\s*$)
    """
)
_NAMES_A_TYPE = compile_words(
    rf"""(?:(?:{_TYPE_DETERMINER})(?:\s+(?:{_TYPE_ADJECTIVE}))?
    | an?\s+(?!(?:bit|little|lot|was|were|is|got|had|just|really|still|also)\b)\p{{L}}+)   # "a nice sort of client"
    \s*$"""
)
# A hedge on a figure, within this many words, is an accurate estimate: "maybe a bit over 10%".
_FIGURE_REACH = 2


# Every hedge the rule knows contains one of these (lower case): other sentences are skipped.
_CUE = compiled_patterns.compile_re(
    r"kind|sort|kinda|sorta|basically|essentially|guess|suppose|reckon|think|thought|feel|felt|maybe|perhaps|possibly|little|tad|"
    r"pretty\s+much|more\s+or\s+less|extent|degree|somewhat|arguably|in\s+a\s+(?:way|sense)|you\s+know|i\s+mean|makes\s+sense|"
    r"so\s+to\s+speak|or\s+(?:something|whatever)|and\s+stuff|like"
)


def _candidates(draft, pattern):
    if pattern is not _HEDGE:
        yield from sentence_matches(draft, pattern)
        return
    text = plain(draft)
    for sentence in sentences_with(draft, _CUE):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            yield sentence, match


def check(draft, context: RuleContext):
    text = plain(draft)
    spans = []
    for pattern in (_HEDGE, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in _candidates(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
                continue
            if pattern is _HEDGE and _accurate_or_literal(draft, sentence, match, text):
                continue
            spans.append((start, end))
    for start, end in merge_spans(spans):
        yield META.finding(start, end)


def _accurate_or_literal(draft, sentence, match, text) -> bool:
    if match.group("type") and _NAMES_A_TYPE.search(clause_before(draft, sentence, match.start())):
        return True
    following = text[match.end() : min(sentence.end, match.end() + 40)].split()[:_FIGURE_REACH]
    return has_quantity(" ".join(following))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
