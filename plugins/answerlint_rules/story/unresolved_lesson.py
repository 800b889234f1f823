"""The writer admits that the lesson is still not learned.

## What it does
Flags a present-tense admission that the writer has not yet worked out what
to do differently: "I still don't know how to", "I still haven't figured out
how to", "I haven't found a way to", "I haven't cracked it", "I'm still not
sure what I'd do differently", "I don't know if I'd do anything
differently", "I'm not sure what the lesson is", "I'm still trying to work
out", "I still struggle to", "I'm still not great at", "I still can't tell
when", "I don't have an answer for it yet", "I'm not sure I've really learned
anything from it".

It stays quiet for:

- the story's past: "I didn't know how to restart the pump, so I rang the
  ward sister", "I hadn't figured out the rota until week three";
- an open question about the cause rather than the lesson: "I still don't
  know why the vendor changed the API";
- progress, which an interviewer hears as growth: "I'm still learning to
  delegate, and I now hand over two discharges every shift", "I'm still
  working on it";
- a record, not a lesson: "I haven't missed a scope item since";
- a condition or a practice: "if I don't know how to do something, I ask";
- someone else's words, and quotations.

## Why it matters to an interviewer
The question is really "what did you learn?". Ending on "I still don't know
how to stop it happening" tells the listener the failure could happen again
in their team, next month. A lesson you are still applying is fine; a lesson
you have not found yet is a risk you are handing them.

## Example
```markdown
I apologised to the parent, but I still haven't worked out how to keep track
of meetings that aren't in the school calendar.
```

## Use instead
State what you now do, even if it is a partial answer, and what it has
achieved so far.
```markdown
I apologised to the parent. Every meeting, in the calendar or not, now goes
into my phone the moment it is agreed, with a reminder the day before; I
haven't missed one in the two terms since.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.story._cues import Stems, anchored, candidate_sentences
from answerlint_rules.language import (
    WINDOW,
    compile_words,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL206",
    name="unresolved-lesson",
    family="story",
    kind="span",
    severity=Severity.WARNING,
    summary="The writer admits the lesson is still not learned.",
    message="This says the lesson is still unlearned. Say what you now do, even a first step, and what it changed.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_ADVERB = r"(?:(?:really|fully|quite|entirely|properly|yet|honestly|completely|truly)\s+)?"
# What the writer has not found: a way to act, or what to change. Not "why it broke".
_WOULD = r"(?:I|we)(?:'d|'ll|\s+(?:would|could|should|can|will|might))"
_WHAT = rf"""
    (?:how\s+to|how\s+{_WOULD}|
       what\s+{_WOULD}\s+(?:have\s+)?(?:do|done|change|changed|handle|handled)\s+(?:\S+\s+){{0,3}}?differently|
       what\s+{_WOULD}\s+(?:have\s+)?(?:do|done|change|changed)|
       what\s+(?:I|we)\s+(?:should|need\s+to|have\s+to|ought\s+to)\s+(?:do|change)|
       what\s+to\s+(?:do|change|say)|what\s+(?:I|we)\s+(?:should|could|ought\s+to|might)(?:'ve|\s+have)\s+\p{{L}}+|
       how\s+(?:I|we)\s+(?:should|could|ought\s+to)(?:'ve|\s+have)\s+\p{{L}}+|what\s+the\s+(?:lesson|answer|fix|solution|takeaway)\s+(?:is|was)|what\s+the\s+right\s+(?:call|thing|move|decision|answer)|
       (?:if|whether)\s+{_WOULD}\s+(?:have\s+)?(?:do|done)\s+anything\s+differently|
       when\s+to|when(?=\s+(?:I|we|a|my)\b)|whether\s+(?:I|we)|the\s+(?:answer|right\s+(?:way|thing|call|move|answer)|best\s+way|fix|solution)|
       a\s+(?:way|fix|solution|system|method|habit)(?:\s+to)?\b|an\s+answer|that\s+(?:one|balance|part)|this\s+(?:one|balance|part)|the\s+balance|it\s+out)
"""
_FIGURED = r"(?:figured\s+out|worked\s+out|found\s+out|found|learned|learnt|cracked|solved|sorted\s+out|come\s+up\s+with|landed\s+on|settled\s+on)"
# "I still haven't", "I've never" (a bare "I never found a way to" narrates the story)
_HAVE_NOT = r"(?:I|we)(?:'ve\s+(?:still\s+)?(?:not|never)|\s+(?:still\s+)?(?:haven't|have\s+not|have\s+never))"

_UNRESOLVED = compile_words(
    rf"""
    # "I still don't know how to", "I can't tell when I'm overcommitting"
      (?:I|we)\s+(?:still\s+)?(?:don't|do\s+not|can't|cannot|can\s+not)\s+{_ADVERB}(?:know|tell|see|say|work\s+out|figure\s+out|decide)\s+(?:{_WHAT})
    # "I still haven't figured out how to", "I've never worked out a way to"
    | {_HAVE_NOT}\s+{_ADVERB}(?:{_FIGURED}\s+(?:{_WHAT})|(?:learned|learnt)\s+(?:to(?=\s+\p{{L}})|(?:my|the|that|this)\s+lesson)
        |(?:figured|worked|sorted)\s+(?:it|that|this)\s+out|(?:figured\s+out|worked\s+out|cracked|solved|sorted\s+out)\s+(?:it|that|this|yet)\b
        |got\s+the\s+hang\s+of|mastered)
    # "I'm still not sure what I'd do differently"
    | (?:I'm|I\s+am|we're|we\s+are)\s+(?:still\s+)?not\s+{_ADVERB}(?:sure|certain|clear)\s+(?:about\s+)?(?:{_WHAT}|(?:that\s+)?{_WOULD}\s+do\s+anything\s+differently)
    | (?:I'm|I\s+am)\s+not\s+(?:sure|convinced)\s+(?:that\s+)?(?:I've|I\s+have|I)\s+(?:really\s+|actually\s+)?(?:learned|learnt)\s+
        (?:anything|much|the\s+lesson|my\s+lesson|from\s+it|a\s+lot)
    | (?:I|we)\s+don't\s+think\s+(?:I've|I\s+have|I)\s+(?:really\s+|actually\s+)?(?:learned|learnt)\s+(?:anything|much|the\s+lesson|my\s+lesson|from\s+it)
    # "I'm still trying to work out how to", "I still struggle to say no"
    | (?:I'm|I\s+am|we're|we\s+are)\s+still\s+(?:trying\s+to\s+(?:work\s+out|figure\s+out|find|learn|understand)|figuring\s+out|working\s+out|
        struggling\s+(?:to|with)|searching\s+for)
    | (?:I|we)\s+still\s+(?:struggle|find\s+it\s+(?:hard|difficult))\s+(?:to|with)
    # "I still wonder whether I should have", "I haven't really changed how I plan"
    | (?:I|we)\s+still\s+(?:wonder|ask\s+myself|go\s+back\s+and\s+forth\s+on|can't\s+decide)\s+(?:whether|if|what|how)\b
    | {_HAVE_NOT}\s+{_ADVERB}changed\s+(?:anything|much|how\s+(?:I|we)|the\s+way\s+(?:I|we))
    | (?:I'm|I\s+am|we're|we\s+are)\s+still\s+not\s+(?:very\s+)?(?:great|good|brilliant)\s+at
    | (?:I|we)\s+(?:still\s+)?(?:don't|do\s+not|haven't|have\s+not)\s+(?:yet\s+)?(?:got\s+|have\s+|found\s+)?(?:a|an)\s+(?:good\s+|real\s+|clear\s+)?(?:answer|solution|fix)\s+(?:for|to)\s+(?:it|that|this)
    """
)
# A condition or a habit, not an admission: "if I don't know how to, I ask".
_CONDITION = compile_words(r"if|when|whenever|unless|once|until")


# Every admission holds one of these word beginnings ("still", "don't", "haven't", "not", ...).
_STEMS = Stems("still don can cannot haven never not wonder")


# Every admission starts with the writer: "I", "we", "I'm", "I've".
_FIRST = Stems("i i'm i've we we're we've")


def _candidates(draft, pattern):
    return anchored(draft, plain(draft), candidate_sentences(draft, _STEMS), _FIRST, pattern)


def check(draft, context: RuleContext):
    text = plain(draft)
    for pattern in (_UNRESOLVED, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        matches = _candidates(draft, pattern) if pattern is _UNRESOLVED else sentence_matches(draft, pattern)
        for sentence, match in matches:
            start, end = match.span()
            if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
                continue
            lead = text[max(sentence.start, start - WINDOW) : start].split()[-2:]
            if lead and _CONDITION.fullmatch(lead[-1]):
                continue
            yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
