"""A strength dressed up as a failure.

## What it does
Flags the writer presenting a virtue as the flaw: caring too much, working
too hard, pushing themselves too hard, getting too invested, being a
perfectionist or a workaholic, being "too dedicated", "too thorough",
"overly conscientious" or "too passionate" (or "my weakness is that I'm very
driven"), holding themselves to too high a standard, expecting too much of
themselves, being their own harshest critic, wanting everything to be
perfect (or "can't stop until everything is perfect"), working crazy hours
or too many late nights, being "too much of a people person", giving clients
too much of one's time, over-preparing, over-delivering, giving 110%, and a "failure"
that is really a win: beating the target by less than hoped ("by 4% instead
of the 15% I'd set myself", "by 6%, when I had aimed for 20%"), "only"
hitting 104% of quota, "only" coming second, "my only failure was exceeding
the forecast". Ambition counts as a virtue here: "too ambitious", "I care too
much about winning".

It decides by the idea, not the words around it. An honest cause that happens
to involve effort is a real failure and stays quiet: "I said yes to every
request and the team was overloaded", "I took on too many clients", "I tried
to handle all eight discharges myself", "I pushed the team too hard", "I
worked too hard on the wrong accounts", "I spent the week perfecting the
slides instead of checking the numbers". It also stays quiet for:

- a flaw that is a flaw: "I cared too much about being liked", "I cared too
  little about the rota";
- the virtue denied or seen through: "it wasn't that I cared too much", "I
  told myself it was perfectionism", "I'm a perfectionist, but really I was
  scared of showing an unfinished model";
- someone else's perfectionism ("a perfectionist client"), other people's
  words (reported or quoted) and quotations;
- missing a target, which is a real failure: "I missed my quota by 4%".

## Why it matters to an interviewer
Interviewers have heard "I care too much" thousands of times. It signals that
you either cannot see your own weaknesses or will not share them, and it
dodges the question they actually asked. Any real lesson in the story is lost
behind the brag.

## Example
```markdown
My biggest failing is that I care too much about my pupils, and I'm a bit of
a perfectionist.
```

## Use instead
Name the decision that went wrong and its cost.
```markdown
I set a six-week project with no checkpoints, and only 11 of 28 pupils handed
in work I could mark.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.story._cues import Stems, anchored, candidate_sentences
from answerlint_rules.language import (
    WINDOW,
    clause_before,
    compile_words,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL204",
    name="humblebrag",
    family="story",
    kind="span",
    severity=Severity.WARNING,
    summary="A brag disguised as a failure.",
    message="This reads as a strength dressed up as a weakness. Tell a real failure: a decision of yours that cost something.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_BE = r"(?:I'm|I\s+am|I\s+was|I've\s+(?:always\s+)?been|I\s+have\s+(?:always\s+)?been|I\s+can\s+be|I\s+tend\s+to\s+be|being)"
_TOO = r"(?:(?:way|far|much|a\s+bit|a\s+little|just|simply|probably|maybe|sometimes|often)\s+)?too"
_VIRTUE = r"""(?:dedicated|committed|passionate|conscientious|diligent|thorough|hard-?working|driven|detail-(?:oriented|focused)|invested|
    caring|selfless|generous\s+with\s+my\s+time|eager\s+to\s+help|helpful|much\s+of\s+a\s+perfectionist|much\s+of\s+a\s+team\s+player|loyal|
    ambitious(?!\s+(?:with|about|in|when)\b)|honest|nice|kind|generous|humble|modest|meticulous|organi[sz]ed|focused\s+on\s+quality|hard\s+on\s+myself)"""
# The writer, or a unit the writer runs: "our shop", "my team".
_WE = r"(?:I|we|(?:my|our)\s+(?:[\p{L}-]+\s+)?(?:team|shop|store|branch|unit|department|region|site|office|ward|desk))"
_TARGET = r"(?:target|quota|goal|forecast|number|numbers|KPI|KPIs|budget|plan|stretch\s+goal|objective)s?"
_MARGIN = r"(?:\p{N}+(?:[.,]\p{N}+)*\s?(?:%|percent|per\s+cent|points?)?|[\p{L}-]+(?:\s+(?:percent|per\s+cent|points?))?)"
_SHORT_OF_HOPE = r"""(?:instead\s+of|rather\s+than|not\s+the|
    (?:when|while|whereas|but)\s+(?:I|we)(?:'d|\s+had)?\s+(?:\p{L}+ly\s+)?(?:aimed|hoped|wanted|planned|targeted|expected|promised|set\s+(?:myself|out|a))|short\s+of\s+(?:my|the)\s+(?:own\s+)?(?:stretch|personal)|
    less\s+than\s+(?:I'd|I\s+had|I|we'd|we)\s+(?:hoped|wanted|planned|aimed|expected))"""

_HUMBLEBRAG = compile_words(
    rf"""
    # caring, working, trying too much
      (?:I|we)\s+(?:just\s+|simply\s+|probably\s+|sometimes\s+|always\s+|really\s+)?(?:care|cared)\s+{_TOO}\s+(?:much|deeply)
    | caring\s+{_TOO}\s+much
    | (?:I|we)\s+(?:just\s+|simply\s+|probably\s+|always\s+)?(?:work|worked|try|tried)\s+{_TOO}\s+hard(?!\s+(?:on|at|for)\b)
    | (?:I|we)\s+(?:get|got|become|became|can\s+get)\s+{_TOO}\s+(?:invested|passionate|involved\s+in\s+the\s+quality)
    | (?:I|we)\s+(?:just\s+|simply\s+)?(?:push|pushed|drive|drove)\s+myself\s+{_TOO}\s+hard
    | (?:I|we)\s+(?:just\s+)?(?:love|loved)\s+(?:my|the)\s+(?:job|work|clients|customers|team|pupils|patients)\s+{_TOO}\s+much
    | {_BE}\s+(?:{_TOO}|overly|excessively)\s+{_VIRTUE}
    | (?:I|we)\s+(?:always\s+|just\s+)?(?:expect|expected|ask|asked|demand|demanded)\s+too\s+much\s+(?:of|from)\s+myself
    | (?:I|we)\s+(?:always\s+|just\s+)?(?:put|puts|putting)\s+too\s+much\s+pressure\s+on\s+myself
    | (?:I'm|I\s+am|I've\s+always\s+been)\s+(?:my\s+own\s+)?(?:harshest|toughest|worst|biggest|fiercest)\s+critic
    | (?:I|we)\s+(?:just\s+|always\s+)?(?:want|wanted)\s+(?:everything|it|things|every\s+\p{{L}}+)\s+to\s+be\s+perfect
    | (?:I|we)\s+(?:work|worked)\s+(?:too\s+many|crazy|insane|ridiculous|silly)\s+(?:late\s+)?(?:hours|nights|weekends|evenings)
    | {_BE}\s+(?:just\s+|probably\s+|a\s+bit\s+|sometimes\s+)?too\s+much\s+of\s+a\s+(?:[\p{{L}}-]+\s+)?(?:person|player|perfectionist|workaholic|giver|helper|guy|yes-?man|fixer)
    | (?:I|we)\s+(?:give|gave)\s+(?:[\p{{L}}-]+\s+){{0,2}}too\s+much\s+of\s+(?:my|our)\s+(?:time|energy|self|weekends?)
    | (?:I|we)\s+(?:just\s+|simply\s+|probably\s+)?(?:over-?deliver(?:ed|s)?|over-?achiev(?:ed|e|es))\b
    | (?:I|we)\s+(?:just\s+|simply\s+)?(?:can't|cannot|don't|won't|couldn't)\s+(?:stop|rest|let\s+(?:it\s+)?go|switch\s+off)\s+until\s+(?:everything|it|every\s+\p{{L}}+|things|the\s+\p{{L}}+)\s+(?:is|was|are|were)\s+perfect
    | (?:I|we)\s+(?:tend\s+to\s+|always\s+)?over-?prepar(?:e|ed)
    | (?<=(?:weakness|flaw|failing|problem)\s+(?:is|was)\s+(?:that\s+)?){_BE}\s+(?:very|so|extremely|really|incredibly|simply)\s+{_VIRTUE}
    | {_BE}\s+(?:(?:such|a\s+bit\s+of|something\s+of|quite|a\s+real)\s+)?(?:an?\s+)?(?:real\s+|total\s+|natural\s+|bit\s+of\s+a\s+)?(?:perfectionist|workaholic)
    | (?:my|me|myself)\s+(?:own\s+)?(?:perfectionism|perfectionist\s+(?:streak|tendencies|side|nature))
    | (?:my|the)\s+(?:problem|weakness|flaw|failing|issue)\s+(?:is|was)\s+(?:probably\s+)?(?:perfectionism|that\s+I'm\s+a\s+perfectionist)
    # standards and self-criticism as virtues
    | (?:I|we)\s+(?:always\s+)?(?:hold|held|set)\s+myself\s+(?:to\s+)?(?:a\s+|such\s+a\s+)?(?:really\s+|very\s+|extremely\s+|incredibly\s+|impossibly\s+|too\s+|such\s+|much\s+|far\s+|way\s+|even\s+)?high(?:er)?\s+(?:a\s+)?(?:standards?|bar)
    # "my only failure was exceeding the target", "my biggest weakness is that I over-deliver"
    | (?:my|the)\s+(?:only|biggest|real|main|one)\s+(?:failure|mistake|weakness|flaw|problem)(?:\s+(?:that|this|last|in|of|at)\s+\p{{L}}+(?:\s+\p{{L}}+)?)?\s+(?:was|is)\s+(?:that\s+)?(?:I\s+|we\s+)?(?:\p{{L}}+\s+)?
        (?:exceed(?:ed|ing)?|over-?deliver(?:ed|ing)?|over-?achiev(?:ed|ing)?|beat(?:ing)?\s+(?:the|my|our)|going\s+above|went\s+above|being\s+too|doing\s+too\s+much|working\s+too|caring\s+too)
    | my\s+standards\s+(?:are|were)\s+(?:just\s+|simply\s+)?(?:too|very|really|incredibly|impossibly)\s+high
    | (?:I\s+)?set\s+the\s+bar\s+(?:too|very|really)\s+high\s+for\s+myself
    | {_BE}\s+(?:far\s+|way\s+|much\s+)?too\s+hard\s+on\s+myself
    | (?:I|we)\s+(?:give|gave)\s+(?:it\s+|everything\s+)?1[1-9]0\s?(?:%|percent|per\s+cent)
    # a win told as a loss
    | {_WE}\s+(?:only|just|merely|barely)\s+(?:beat|exceeded|surpassed|overachieved\s+on|topped|outperformed)\s+(?:my|the|our)\s+(?:\p{{L}}+\s+)?{_TARGET}
    | {_WE}\s+(?:beat|exceeded|surpassed|topped|outperformed)\s+(?:my|the|our)\s+(?:\p{{L}}+\s+)?{_TARGET}\s+by\s+(?:only|just|merely|a\s+mere)\s+{_MARGIN}
    | {_WE}\s+(?:only|just)\s+(?:hit|reached|achieved|made|delivered)\s+1\d\d\s?(?:%|percent|per\s+cent)\s+of\s+(?:my|the|our)\s+(?:\p{{L}}+\s+)?{_TARGET}
    | (?:I|we)\s+(?:only|just)\s+(?:came|finished|placed|ranked)\s+(?:second|third|runner-up|in\s+the\s+top\s+\S+)
    """
)
# Beating the target, with the disappointment after it: "beat my quota by 4% instead of the 15% I'd set".
_BEAT = compile_words(
    rf"""{_WE}\s+(?:beat|exceeded|surpassed|topped|outperformed)\s+(?:my|the|our)\s+(?:[\p{{L}}-]+\s+){{0,2}}{_TARGET}\s+by\s+{_MARGIN}
    | {_WE}\s+(?:came\s+in|finished|ended\s+(?:up|the\s+\p{{L}}+))\s+{_MARGIN}\s+(?:over|above|ahead\s+of)\s+(?:my|the|our)\s+(?:[\p{{L}}-]+\s+){{0,2}}{_TARGET}"""
)
_SHORT = compile_words(_SHORT_OF_HOPE)

# The virtue is a real flaw: caring too much about being liked is people-pleasing, not a brag.
_REAL_FLAW = compile_words(
    r"""about\s+(?:being\s+liked|what\s+(?:other\s+)?(?:people|others|they|the\s+\p{L}+)\s+(?:think|thought)|pleasing|approval|my\s+(?:image|reputation)|
        looking\s+(?:good|clever|busy)|(?:my\s+)?status|getting\s+credit|being\s+right)"""
)
# The writer sees through the brag: "I told myself it was perfectionism", "it wasn't that I cared too much".
_SEEN_THROUGH_BEFORE = compile_words(
    r"""told\s+myself|convinced\s+myself|(?:tempting|easy|nice|comfortable)\s+to\s+(?:say|call|blame|think)|
        (?:like|love)\s+to\s+(?:say|think|claim)|pretend|dress(?:ed|ing)?\s+(?:it\s+)?up|called\s+it|excuse|(?:not|\p{L}+n't)\s+(?:that|because|about|just|simply|really)|
        used\s+to\s+(?:say|think|call)|rather\s+than"""
)
_SEEN_THROUGH_AFTER = compile_words(r"but\s+(?:really|actually|in\s+(?:fact|truth|reality)|the\s+truth|the\s+real|honestly|it\s+was\s+really)")


# Every pattern above needs one of these word beginnings in its sentence.
_STEMS = Stems(
    """too overly excessively perfect workaholic critic standard bar only just merely barely beat exceeded exceeding surpassed topped
    outperformed overachiev overdeliver over prepar crazy insane ridiculous silly weakness flaw failing problem give gave higher
    biggest real main one failure mistake"""
)


# The words the patterns start with: they are tried, anchored, only there.
_FIRST = Stems("i i'm i've i'd we we're we've my our me myself caring being the set")


def _candidates(draft, pattern):
    return anchored(draft, plain(draft), candidate_sentences(draft, _STEMS), _FIRST, pattern)


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_HUMBLEBRAG, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        matches = _candidates(draft, pattern) if pattern is _HUMBLEBRAG else sentence_matches(draft, pattern)
        for sentence, match in matches:
            if not _excused(draft, sentence, *match.span(), text):
                yield META.finding(*match.span())
    for sentence, match in _candidates(draft, _BEAT):
        after = text[match.end() : min(sentence.end, match.end() + 80)]
        if _SHORT.search(after) and not _excused(draft, sentence, *match.span(), text):
            yield META.finding(*match.span())


def _excused(draft, sentence, start: int, end: int, text: str) -> bool:
    if quoted(draft, sentence, start, end) or reported(draft, sentence, start) or negated(draft, sentence, start, window=4):
        return True
    if _SEEN_THROUGH_BEFORE.search(clause_before(draft, sentence, start)) or _SEEN_THROUGH_BEFORE.search(
        text, max(sentence.start, start - 40), start
    ):
        return True
    after = text[end : min(sentence.end, end + WINDOW)]
    return bool(_REAL_FLAW.match(after.lstrip()) or _SEEN_THROUGH_AFTER.search(after))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
