"""The failure, or the recovery, is told without saying what actually happened.

## What it does
Flags stock phrases that stand in for the story: "things didn't go as
planned", "it didn't work out", "I made some mistakes", "there were some
issues", "eventually it got fixed", "it all worked out in the end". It stays
quiet when the same sentence gives the content: a figure before the phrase or
within a few words after it, or an explanation after "because", "when I" or a
colon.

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

from answerlint_rules.language import (
    WINDOW,
    compile_words,
    quantities,
    per_sentence,
    phrase_pattern,
    plain,
    quoted,
    sentence_matches,
)

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

_PRONOUN = r"(?:things|it|everything|stuff|that|this|the\s+project|the\s+plan|something|some\s+things|a\s+few\s+things|a\s+lot|lots|the\s+whole\s+(?:thing|project|experience|day|week|launch|process))"
_HEDGE = r"(?:just\s+|really\s+|simply\s+|ultimately\s+|kind\s+of\s+|sort\s+of\s+|then\s+|quickly\s+|soon\s+|all\s+|also\s+|sadly\s+)?"
_SOME = r"""(?:some|a\s+few|several|various|certain|a\s+lot\s+of|lots\s+of|many|a\s+couple\s+of|a\s+number\s+of|numerous|multiple|
    plenty\s+of|a\s+series\s+of|a\s+bunch\s+of|a\s+whole\s+host\s+of|a\s+host\s+of)"""
_TROUBLE = r"""(?:(?:unexpected|unforeseen|minor|major|big|serious|technical|small|real|significant|little|initial)\s+)?
    (?:issues|problems|challenges|difficulties|hiccups|setbacks|obstacles|bumps|roadblocks|complications|snags|teething\s+problems|headaches)"""
_FIXED = r"(?:fixed|sorted(?:\s+out)?|resolved|handled|worked\s+out|cleared\s+up|taken\s+care\s+of|dealt\s+with|ironed\s+out)"
# The clause ends here: nothing after the phrase says what it was.
_END = r"(?=\s*[.!?;,]|\s*$|\s+(?:and|in\s+the\s+end|eventually|somehow|either|anyway)\b)"

_VAGUE = compile_words(
    rf"""
    # the failure, told as a non-event
      (?:{_PRONOUN}\s+{_HEDGE})?(?:didn't|did\s+not|never)\s+(?:quite\s+|really\s+|exactly\s+|entirely\s+)?
        (?:go|turn\s+out|work\s+out|pan\s+out|end\s+up|play\s+out)\s+
        (?:as\s+(?:planned|expected|intended|hoped|imagined|I\s+(?:had\s+)?\p{{L}}+ed|we\s+(?:had\s+)?\p{{L}}+ed)|(?:very\s+|so\s+|too\s+|all\s+that\s+)?well|
           smoothly|the\s+way\s+(?:I|we|they|it|you)\s+(?:had\s+)?(?:planned|hoped|wanted|expected|intended|imagined|should\s+have|needed\s+to)|
           my\s+way|our\s+way|
           (?:according\s+)?to\s+plan|right|to\s+script)
    | (?:{_PRONOUN}|the\s+(?:relationship|partnership|hire|role|deal|idea|collaboration))\s+{_HEDGE}(?:didn't|did\s+not|never)\s+(?:really\s+|quite\s+)?
        (?:work\s+out|pan\s+out|come\s+together|go\s+anywhere|take\s+off|get\s+off\s+the\s+ground|come\s+off)
    | (?:{_PRONOUN}|the\s+(?:relationship|partnership|hire|role|deal|idea|collaboration|project|plan|launch|campaign|venture|product|initiative))\s+
        never\s+(?:really\s+|quite\s+)?(?:worked\s+out|panned\s+out|came\s+together|went\s+anywhere|took\s+off|got\s+off\s+the\s+ground|came\s+off)
        (?!\s+(?:how|what|why|when|where|which|whether|who|the|that|a|an)\b)
    | (?:didn't|did\s+not|never)\s+(?:really\s+|quite\s+)?(?:work\s+out|pan\s+out){_END}
    | (?:{_PRONOUN}\s+{_HEDGE})?(?:didn't|did\s+not|never)\s+(?:really\s+|quite\s+)?land(?=\s+(?:with|well|as)\b|\s*[.!;,]|\s*$)
    | {_PRONOUN}\s+{_HEDGE}(?:went|got|turned|had\s+gone|were\s+going|was\s+going|started\s+going|started\s+to\s+go)\s+
        (?:a\s+bit\s+|a\s+little\s+|really\s+|pretty\s+|very\s+|badly\s+|horribly\s+|completely\s+|slightly\s+|quite\s+)?
        (?:wrong|badly|south|sideways|pear-shaped|off\s+the\s+rails|off\s+track|awry|messy|complicated|out\s+of\s+hand|downhill|belly\s+up)
    | (?<!\b(?:what|where|how|why|whatever|anything|nothing|if|whether|which|that|who)\s+)
      went\s+(?:a\s+bit\s+|a\s+little\s+|really\s+|pretty\s+|very\s+|horribly\s+|completely\s+|badly\s+)?
        (?:wrong|badly|south|sideways|pear-shaped|off\s+the\s+rails|awry|downhill|belly\s+up){_END}
    | things\s+{_HEDGE}(?:fell\s+apart|fell\s+through|got\s+out\s+of\s+hand|slipped|unravell?ed|were\s+(?:not|n't)\s+ideal|
        got\s+(?:a\s+bit\s+|a\s+little\s+|pretty\s+|really\s+)?(?:messy|complicated|difficult|tricky|hectic|out\s+of\s+hand))
    | (?:it|that|this|the\s+whole\s+(?:thing|project|experience|day|week|launch|process))\s+{_HEDGE}(?:fell\s+through|fell\s+apart|unravell?ed|wasn't\s+(?:ideal|great|pretty)|was\s+(?:not\s+ideal|a\s+bit\s+of\s+a\s+mess|a\s+mess|a\s+failure|
        a\s+disaster|not\s+great))
    | (?:it|that|this)\s+(?:wasn't|was\s+not|was\s+hardly)\s+(?:my|our)\s+(?:finest|best|proudest|greatest)\s+(?:hour|moment|work|day|performance)
    | (?:not\s+everything|nothing|not\s+much)\s+went\s+(?:smoothly|to\s+plan|as\s+planned|right|well|perfectly|according\s+to\s+plan)
    | everything\s+that\s+could\s+(?:have\s+)?(?:go|gone)\s+wrong\s+(?:did|went\s+wrong)
    # mistakes and issues without saying which
    | (?:I|we)(?:\s+had|'d)?\s+(?:definitely\s+|certainly\s+|also\s+|probably\s+)?made\s+(?:{_SOME}\s+|my\s+(?:fair\s+)?share\s+of\s+)?
        (?:(?:bad|poor|wrong|big|small|silly|careless|costly|rookie)\s+)?(?:mistakes|errors|missteps|slip-?ups|blunders)
    | (?:I|we)(?:\s+had|'d)?\s+(?:definitely\s+|certainly\s+|also\s+|probably\s+)?made\s+(?:{_SOME}\s+)?
        (?:bad|poor|wrong|questionable|unwise|hasty)\s+(?:calls|choices|decisions|judgement\s+calls|judgment\s+calls)
    | (?:I|we)\s+(?:had|hit|ran\s+into|faced|encountered|experienced|dealt\s+with|came\s+across|went\s+through|struggled\s+with)\s+{_SOME}\s+{_TROUBLE}
    | there\s+(?:were|was|had\s+been)\s+{_SOME}\s+{_TROUBLE}
    | dropped\s+(?:a\s+few|some|a\s+couple\s+of)\s+balls | (?:some|a\s+few)\s+balls\s+(?:were|got)\s+dropped
    | (?:some\s+)?things\s+(?:slipped|fell)\s+through\s+the\s+cracks
    | (?:it|the\s+outcome|the\s+outcomes|the\s+result|the\s+results)\s+(?:was|were)(?:n't|\s+not)\s+(?:quite\s+|exactly\s+|really\s+)?
        (?:what\s+(?:I|we)(?:\s+had|'d)?\s+(?:hoped|wanted|expected|intended)(?:\s+for)?|ideal|great|good)
    | (?:the\s+)?(?:outcome|result)s?\s+(?:was|were)\s+(?:less\s+than\s+(?:ideal|great|stellar|hoped)|disappointing|mixed|underwhelming|not\s+ideal)
    | (?:fell|came\s+up)\s+short(?:\s+of\s+(?:expectations|the\s+(?:mark|goal|target)|what\s+(?:I|we)\s+(?:had\s+)?(?:hoped|wanted|expected|promised)))?(?=\s*[.!;]|\s*$)
    # the recovery, told without how
    | (?:eventually|finally|somehow|in\s+the\s+end|after\s+a\s+while|over\s+time|ultimately)\s*,?\s+(?:it|things|everything|that|the\s+(?:issue|problem|situation|mess))\s+
        (?:all\s+)?(?:got|was|were)\s+(?:all\s+)?(?:{_FIXED}|back\s+on\s+track|fine|okay|OK|alright|all\s+right)
    | (?:it|things|everything|the\s+(?:issue|problem|situation))\s+(?:all\s+)?(?:got|was|were)\s+(?:eventually|finally|somehow)\s+{_FIXED}
    | (?:it|things|everything|the\s+(?:issue|problem|situation))\s+(?:all\s+)?(?:got|was|were)\s+{_FIXED}\s+(?:eventually|in\s+the\s+end|somehow|in\s+time|after\s+a\s+while)
    | (?:things|it|everything)\s+(?:got|were|was|came)\s+(?:eventually\s+|finally\s+)?back\s+on\s+track
    | (?:it|things|everything)\s+(?:all\s+)?worked\s+(?:itself|themselves)?\s*out\s+(?:in\s+the\s+end|eventually|fine|okay|OK|somehow|for\s+the\s+best)
    | (?:it|everything)\s+(?:was|turned\s+out|ended\s+up)\s+(?:fine|okay|OK|alright|all\s+right)\s+in\s+the\s+end
    | (?:we|I)\s+(?:eventually|somehow|finally)\s+(?:fixed|sorted|resolved|figured\s+out|worked\s+out|got\s+through|turned\s+around|handled)\s+
        (?:it|things|everything|the\s+(?:issue|problem|situation))(?:\s+(?:out|around|round))?{_END}
    | (?:we|I)\s+(?:eventually\s+|somehow\s+|finally\s+)?managed\s+to\s+(?:sort|fix|resolve|figure|work|turn|get|pull|handle)\s+
        (?:it|things|everything)(?:\s+(?:out|around|round|back\s+on\s+track|together|through))?{_END}
    | (?:eventually|in\s+the\s+end|finally|ultimately)\s*,?\s+(?:we|I)\s+(?:turned|got)\s+(?:it|things)\s+(?:around|round|back\s+on\s+track)
    | (?:somehow|eventually|in\s+the\s+end|finally|ultimately)\s*,?\s+(?:we|I)\s+(?:got|muddled|scraped|pulled|made\s+it)\s*(?:through|by)?(?:\s+(?:it|somehow))?{_END}
    """
)
# Content that follows in the same sentence: an explanation after "because", a colon or a dash.
_EXPLAINED = compile_words(
    r"because|since|as\s+I|so\s+I|which\s+meant|by\s+(?:\p{N}|\p{L}+\s+(?:days?|weeks?|months?|percent))|"
    r"(?:when|after|once|the\s+moment|as\s+soon\s+as|until)\s+(?:I|we)\b|"
    r"the\s+(?:biggest|worst|main|first|most\s+serious|costliest)(?:\s+(?:one|of\s+which|of\s+them|problem|issue|mistake|error))?\s+(?:was|being)"
)
# A figure this close after the phrase still sizes it; further on it sizes something else.
_FIGURE_REACH = 10
_EXPLAINING_PUNCT = ":—–"


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_VAGUE, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end):
                continue
            rest = text[end : min(sentence.end, end + WINDOW)]
            if _quantified(draft, sentence, end) or _explained(rest):
                continue
            yield META.finding(start, end)


def _quantified(draft, sentence, end: int) -> bool:
    """A figure (not a date) in the sentence before the phrase ends, or within a few words after it."""
    cache = per_sentence(draft, "vague-figures")
    if sentence.start not in cache:
        cache[sentence.start] = [m.start() for m in quantities(plain(draft)[sentence.start : sentence.end], dates=False)]
    text = plain(draft)
    reach = end + sum(len(w) + 1 for w in text[end : min(sentence.end, end + WINDOW)].split()[:_FIGURE_REACH]) + 1
    return any(sentence.start + at < reach for at in cache[sentence.start])


def _explained(rest: str) -> bool:
    """The sentence goes on to say what happened: four or more words after a colon or dash, or three after a cue."""
    for mark in _EXPLAINING_PUNCT:
        where = rest.find(mark)
        if where >= 0 and len(rest[where + 1 :].split()) >= 4:
            return True
    cue = _EXPLAINED.search(rest)
    return bool(cue and len(rest[cue.end() :].split()) >= 3)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
