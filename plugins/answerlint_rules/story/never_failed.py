"""The writer claims never to have failed, or not in any way that counts.

## What it does
Flags a claim about the writer's record as a whole: "I've never really
failed", "I can't say I've ever truly failed", "I can't think of a time I've
properly failed", "I can't think of a real failure", "nothing I'd call a
failure", "I've been lucky that nothing has really gone wrong for me",
"I've never had a real failure", "failure isn't something I've really
experienced", "I rarely fail", "I've never really dropped the ball", "I've
always delivered on time", "I don't really have a failure story", "the
closest I've come to failing", "the nearest thing to a failure". The claim
must be the writer's (or "we") and about failing in general or over time. It
stays quiet for:

- the plot of the story: "the migration had never failed in staging", "I'd
  never run a migration before", "I had never failed an exam until then" (a
  past-perfect "never", or a "before", "until" or "since" after it, sets the
  scene or reports a change instead of making a claim);
- a good habit: "I never fail to check the dose";
- a claim the writer disowns: "I won't pretend I've never failed", "I used
  to think I'd never really failed", "it's not that I've never failed";
- quotations and other people's words.

## Why it matters to an interviewer
The question assumes you have failed, because everyone who has done real
work has. "I've never really failed" reads as a lack of self-awareness, a
lack of stretch, or an unwillingness to be candid, and whatever story follows
is heard as the "nearest thing" rather than as an answer.

## Example
```markdown
Honestly, I've never really failed at anything big, but the closest was a
quarter where I only beat my quota by 4%.
```

## Use instead
Open with the failure itself, owned and sized.
```markdown
In my second year I lost our largest renewal, worth £80,000, because I had
not spoken to the client's new finance director once in six months.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.story._cues import Stems, candidate_sentences
from answerlint_rules.language import (
    WINDOW,
    clause_after,
    compile_words,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL205",
    name="never-failed",
    family="story",
    kind="span",
    severity=Severity.ERROR,
    summary="The writer claims never to have failed, or not in any real way.",
    message="Claiming you have never really failed undercuts the answer. Open with a real failure you own.",
    docs=rule_docs(__doc__),
    phrases=True,
)

# Softeners that turn "failed" into "failed in a way that counts".
_REALLY = r"(?:(?:really|truly|properly|actually|genuinely|seriously|badly|significantly|ever|once|yet|so\s+far)\s+){0,3}"
_FAILED = r"(?:failed(?!\s+to\b)|fail(?!\s+to\b)|messed\s+up|screwed\s+up|got\s+(?:it|anything|something)\s+(?:badly\s+|seriously\s+|really\s+)?wrong|made\s+(?:a|any)\s+(?:real\s+|big\s+|serious\s+|major\s+)?mistakes?)"
_A_FAILURE = r"""(?:a|any|one|an|a\s+single)\s+(?:(?:real|proper|true|genuine|big|major|serious|significant|actual|major|bad|notable|memorable)\s+)?
    (?:failure|failures|fail|mistake|mistakes|setback|disaster|flop)"""
# Sentence adverbs between the subject and the claim: "I've honestly never", "I have, touch wood, never".
_ADV = r"(?:(?:honestly|really|genuinely|truly|personally|actually|frankly|luckily|fortunately|thankfully|happily|so\s+far|to\s+be\s+honest|touch\s+wood|knock\s+on\s+wood)\s*,?\s+){0,2}"
_I_HAVE = rf"(?:I|we)(?:'ve|\s+have)\s*,?\s+{_ADV}"
_CLAIM_VERB = r"(?:say|claim|think|recall|remember)"

_CLAIM = compile_words(
    rf"""
    # who the writer is: "I'm not someone who fails", "I don't really do failure", "I have yet to fail"
      (?:I'm|I\s+am)\s+{_ADV}not\s+(?:really\s+)?(?:someone|somebody|a\s+person|one|the\s+(?:type|kind|sort)\s+(?:of\s+(?:person|guy|girl|man|woman|employee|engineer|manager))?)\s+
        (?:who|that|to)\s+(?:\p{{L}}+\s+)?(?:fails|fail|makes\s+mistakes|gets\s+things\s+wrong|drops\s+the\s+ball|messes\s+up|lets\s+people\s+down)
    | (?:I|we)\s+{_ADV}(?:don't|do\s+not)\s+{_ADV}(?:do|believe\s+in|accept|really\s+do)\s+(?:failure|failing|mistakes)
    | (?:I|we)\s+(?:have|'ve)\s+yet\s+to\s+{_REALLY}(?:fail|make\s+a\s+(?:real\s+|big\s+|serious\s+)?mistake|get\s+(?:it|anything)\s+wrong)|(?:I'm|I\s+am)\s+yet\s+to\s+{_REALLY}fail
    | (?:I|we)\s+{_ADV}(?:never|rarely|seldom|hardly\s+ever|don't|do\s+not)\s+{_ADV}(?:make|made)\s+(?:real\s+|big\s+|serious\s+|many\s+)?mistakes
    | {_I_HAVE}(?:got\s+)?(?:a|an)\s+(?:perfect|spotless|flawless|unblemished|clean)\s+(?:track\s+)?record
    | (?:my|our)\s+(?:track\s+)?record\s+(?:is|has\s+been)\s+(?:\p{{L}}+\s+)?(?:perfect|spotless|flawless|unblemished|clean)
    | {_I_HAVE}(?:never|not)\s+{_REALLY}had\s+(?:anything|a|an|any|one|a\s+single)\s+(?:[\p{{L}}-]+\s+){{0,2}}?go\s+(?:badly\s+|seriously\s+|really\s+)?wrong
    | (?:I|we)\s+haven't\s+{_REALLY}had\s+(?:anything|a|an|any|one|a\s+single)\s+(?:[\p{{L}}-]+\s+){{0,2}}?go\s+(?:badly\s+|seriously\s+|really\s+)?wrong
    | (?:I|we)\s+{_ADV}(?:can't|cannot|don't|do\s+not)\s+{_ADV}(?:remember|recall)\s+(?:ever\s+)?{_REALLY}(?:failing|making\s+a\s+(?:real\s+|big\s+|serious\s+)?mistake|getting\s+(?:it|anything)\s+(?:badly\s+)?wrong)
    |
    # "I've never really failed", "I have not failed at anything big"
      {_I_HAVE}(?:never|not|n't)\s+{_REALLY}{_FAILED}
    | (?:I|we)\s+haven't\s+{_REALLY}{_FAILED}
    | (?:I|we)\s+{_ADV}(?:never|rarely|seldom|hardly\s+ever|don't|do\s+not)\s+(?:tend\s+to\s+)?{_REALLY}(?:failed|fail)(?!\s+to\b)
    | {_I_HAVE}never\s+{_REALLY}(?:dropped\s+the\s+ball|let\s+(?:anyone|anybody|a\s+client|a\s+customer|my\s+team|people)\s+down|
        made\s+a\s+(?:real|big|serious|major|significant)\s+mistake)
    | {_I_HAVE}always\s+(?:succeeded|delivered(?:\s+on\s+time)?|(?:hit|met)\s+(?:my|every|all\s+my)\s+(?:targets?|deadlines?|goals?))
    | (?:I|we)\s+(?:don't|do\s+not)\s+(?:really\s+)?have\s+(?:a|any)\s+(?:real\s+|proper\s+|big\s+|good\s+)?failures?(?:\s+stor(?:y|ies))?
    | {_I_HAVE}never\s+(?:really\s+)?had\s+anything\s+(?:really\s+|major\s+|big\s+|serious\s+)?go\s+(?:badly\s+)?wrong
    | failure\s+(?:isn't|is\s+not|hasn't\s+been)\s+(?:really\s+)?something\s+(?:I've|I\s+have|I)\s+(?:really\s+|ever\s+)?(?:experienced|had|faced|dealt\s+with|come\s+across)
    | there\s+(?:hasn't|has\s+not|haven't|have\s+not)\s+(?:really\s+)?been\s+{_A_FAILURE}(?=\s+(?:in|for|during)\s+(?:my|me)\b)
    # "I can't say I've ever really failed", "I don't think I've ever truly failed"
    | (?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|wouldn't|would\s+not|won't|don't|do\s+not)\s+(?:honestly\s+|really\s+|truly\s+)?
        (?:{_CLAIM_VERB}|be\s+able\s+to\s+say)\s+(?:that\s+)?{_I_HAVE}(?:ever\s+)?{_REALLY}{_FAILED}
    | (?:I'm|I\s+am)\s+not\s+sure\s+(?:that\s+)?{_I_HAVE}(?:ever\s+)?{_REALLY}{_FAILED}
    # "I can't think of a time I've properly failed", "I can't think of a real failure"
    | (?:I|we)\s+(?:can't|cannot|can\s+not|couldn't|struggle\s+to|find\s+it\s+hard\s+to)\s+(?:really\s+|honestly\s+)?
        (?:think\s+of|recall|remember|name|come\s+up\s+with|point\s+to|pick)\s+
        (?:{_A_FAILURE}|(?:a|any|one|an|a\s+single)\s+(?:time|occasion|example|instance|moment)\s+(?:when\s+|where\s+|that\s+)?
          (?:I|we)(?:'ve|\s+have)?\s+{_REALLY}{_FAILED})
    | (?:it's|it\s+is)\s+(?:hard|difficult)\s+(?:for\s+me\s+)?to\s+(?:think\s+of|come\s+up\s+with|name|pick)\s+{_A_FAILURE}
    # "nothing I'd call a failure"
    | (?:nothing|not\s+(?:anything|something|what))\s+(?:that\s+)?(?:I'd|I\s+would|I\s+could|I'd\s+really|I\s+would\s+really)\s+
        (?:really\s+)?(?:call|describe\s+as|consider|class\s+as|count\s+as)\s+(?:a\s+)?(?:real\s+|proper\s+|true\s+)?failure
    # "I've never had a real failure", "I haven't really experienced failure"
    | {_I_HAVE}(?:never|not)\s+(?:really\s+|truly\s+|actually\s+)?(?:had|experienced|made)\s+(?:{_A_FAILURE}|(?:real\s+|proper\s+)?failure)
    | (?:I|we)\s+haven't\s+(?:really\s+|truly\s+|actually\s+)?(?:had|experienced|made)\s+(?:{_A_FAILURE}|(?:real\s+|proper\s+)?failure)
    # "I've been lucky that nothing has really gone wrong for me"
    | nothing\s+(?:has|'s)\s+(?:really\s+|ever\s+|seriously\s+|truly\s+)*gone\s+(?:badly\s+|seriously\s+)?wrong\s+
        (?:for\s+me|for\s+us|in\s+my\s+(?:career|work|job|time)|at\s+work|so\s+far)
    | {_I_HAVE}been\s+(?:lucky|fortunate)\s+(?:enough\s+)?(?:not\s+to|never\s+to|to\s+never)\s+(?:have\s+)?(?:{_FAILED}|failed|had\s+{_A_FAILURE})
    # "the closest I've come to failing", "the nearest thing to a failure"
    | (?:the\s+)?(?:closest|nearest)\s+(?:thing\s+)?(?:I've|I\s+have|we've)\s+(?:ever\s+)?(?:come|got|gotten)\s+to\s+(?:a\s+(?:real\s+)?failure|failing)
    | (?:the\s+)?(?:closest|nearest)\s+thing\s+to\s+a\s+(?:real\s+|proper\s+)?failure
    """
)

# A "never" that sets the scene of the story ("until then", "before that job") or reports a change ("since").
_SCENE = compile_words(r"before|until|till|since|again|in\s+(?:staging|testing|test|production|practice)|up\s+to\s+then|at\s+that\s+point")
# The writer quotes the claim in order to reject it.
_DISOWNED = compile_words(
    r"""
      pretend(?:ing)?(?:\s+that)?|lying\s+if\s+I\s+said|(?:not|n't)\s+(?:that|because|as\s+if)|as\s+if|
      (?:won't|wouldn't|can't|don't|never)\s+claim|used\s+to\s+(?:think|say|believe|tell\s+(?:myself|people))|
      (?:I'd|I\s+would)\s+have\s+(?:said|told\s+you)|(?:tempting|easy)\s+to\s+(?:say|claim)|(?:people|anyone|candidates)\s+who\s+(?:say|claim)|
      (?:instead\s+of|rather\s+than)\s+(?:saying|claiming)|(?:thought|believed|told\s+myself)(?:\s+that)?
    """
)


# Every claim names failing, a mistake, something going wrong or a record: only sentences
# with one of these word beginnings are read further.
_STEMS = Stems("fail wrong mistake ball down succeeded delivered hit met record closest nearest setback disaster flop messed screwed")


def _candidates(draft, pattern):
    text = plain(draft)
    for sentence in candidate_sentences(draft, _STEMS):
        for match in pattern.finditer(text, sentence.start, sentence.end):
            yield sentence, match


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_CLAIM, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        matches = _candidates(draft, pattern) if pattern is _CLAIM else sentence_matches(draft, pattern)
        for sentence, match in matches:
            start, end = match.span()
            if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
                continue
            if _DISOWNED.search(text, max(sentence.start, start - WINDOW), start):
                continue
            if pattern is _CLAIM and _SCENE.search(clause_after(draft, sentence, end)):
                continue
            yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
