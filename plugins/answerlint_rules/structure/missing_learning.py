"""No part of the draft says what the writer learned.

## What it does
Fires once per draft when there is neither a non-empty learning section
("Learned", "Lessons learned", "What I'd do differently", …) nor a sentence
that states a lesson: "I learned", "it taught me", "the lesson was", "looking
back, I…", "since then I", "now I always", "next time I", "I realise now". A
negated lesson ("I didn't learn much") does not count, nor do the same words
used for the plot: a teacher's "lesson plan", "I realised the fridge was off",
"looking back it was doomed". Works on drafts with or without headings.

## Why it matters to an interviewer
The failure is only the setup; the learning is the answer. Interviewers ask
the question to find out whether you turn a mistake into a better way of
working. A story that ends at the failure or the fix leaves that question
open, and the listener fills the gap with doubt.

## Example
```markdown
I shipped the pricing change without a rollback plan and it broke checkout
for two hours. I rolled it back by hand and apologised to support.
```

## Use instead
```markdown
…I rolled it back by hand and apologised to support. What I learned is that a
change without a rollback path is not ready: every release I own now ships
behind a flag, and I have rolled back twice since in under a minute.
```

## Fix
Inserts the learning section of the draft's framework (a "What I learned"
section when there is none) with a one-line prompt, in the framework's order.
"""

from answerlint.finding import Severity
from answerlint.framework import FrameworkSection
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs
from answerlint.scaffold import insert_section

from answerlint_rules.language import negated, phrase_pattern, quoted, sentence_matches
from answerlint_rules.parts import FLAGS, answer_parts, compile_words

META = RuleMeta(
    code="AL401",
    name="missing-learning",
    family="structure",
    kind="document",
    severity=Severity.ERROR,
    summary="No part of the draft says what the writer learned.",
    message="No lesson: add what you learned and what you now do differently.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_LESSON = compile_words(
    r"""
    # learning, stated
      (?:I|we)(?:\s+have|\s+had|'ve|'d)?\s+(?:(?:also|quickly|finally|eventually|since|really|definitely|certainly|all)\s+)?
        (?:learned|learnt)(?!\s+(?:of|about\s+(?:it|the\s+\p{L}+)\s+(?:from|on|via|through)|(?:later\s+)?that\s+the\s+\p{L}+\s+had)\b)
    | (?:I|we)\s+(?:took|take)\s+away | what\s+I\s+(?:took|take)\s+away | (?:I|we)\s+came\s+away\s+(?:with|knowing|understanding)
    | (?:taught|teaches)\s+(?:me|us) | (?:I|we)\s+was\s+taught\s+a\s+lesson
    | (?:it|this|that|the\s+(?:experience|failure|incident|mistake|episode|whole\s+thing|project|error))\s+(?:has\s+|had\s+)?
        (?:showed|shown|reminded|forced|convinced|pushed)\s+(?:me|us)
    # a lesson named
    | (?:biggest|main|key|real|hard|hardest|important|big|clearest|most\s+important|valuable|lasting|painful|greatest|single\s+biggest)\s+
        (?:\p{L}+\s+)?(?:lesson|takeaway|learning)s?
    | (?:the|my|a|one|that)\s+lessons?\s+(?:(?:was|is|were|are)\s+(?:that|to|not\s+to|never|always|simple|clear|obvious|this|how|painful|plain)\b
        |(?:was|is|were|are)?\s*: |here|for\s+me|I\s+(?:took|learned|learnt|drew|carry|keep|took\s+away)|I've|that\s+stuck)
    | lessons?\s+(?:learned|learnt|here|for\s+me) | learned\s+(?:my|a|the|that)\s+lesson | learnt\s+(?:my|a|the|that)\s+lesson
    | (?:my|the|our|key)\s+takeaways?\s+(?:was|is|were|are|here|:|from) | (?:my|key|main|biggest)\s+learnings?
    # realising, told as reflection rather than as a plot twist
    | (?:I|we)\s+(?:now|since|have\s+since|'ve\s+since|eventually|finally)\s+(?:realised|realized|understand|understood|know|see|recognise|recognize)
    | (?:I|we)\s+(?:realise|realize|understand|know|see|recognise|recognize)\s+(?:now|today|better\s+now)
    | (?:I|we)\s+came\s+to\s+(?:see|understand|realise|realize|accept|appreciate)
    | (?:I|we)\s+(?:realised|realized)\s+(?:that\s+)?(?:I|we)\s+(?:need|needed|had\s+to|have\s+to|must|should|can't|cannot|couldn't|was\s+wrong|had\s+been\s+wrong)
    | (?:now|today|these\s+days),?\s+I\s+(?:know|understand|realise|realize|see)
    # reflection
    # (hindsight only counts when the writer turns to themselves: "Looking back, I...", not "looking back it was doomed")
    | (?:in\s+hindsight|looking\s+back|in\s+retrospect|with\s+hindsight|on\s+reflection|with\s+the\s+benefit\s+of\s+hindsight)
      (?:\s+on\s+(?:it|that|this))?\s*,?\s+
      (?!(?:there\s+)?(?:was|wasn't|is|isn't|was\s+not)\s+(?:really\s+)?(?:not\s+)?(?:much|nothing|little|no\s+way|only\s+so\s+much)\b)
      (?:[\p{L}'-]+\s+){0,6}?(?:I|I'd|I'm|I've|we|we'd|my|me|myself|our)\b
    # a changed practice
    | (?:since\s+then|ever\s+since|from\s+then\s+on|these\s+days|nowadays|going\s+forward|from\s+that\s+(?:point|day)(?:\s+on)?|
         now|today)\s*,?\s+(?:I|we)\s+(?:always|never|make\s+(?:sure|a\s+point)|now|check|ask|build|write|keep|run|plan|
         insist|set|use|hold|book|review|test|share|send|flag|start|begin|read|count|split|draft|price|order|protect|call|confirm|double-check|
         put|give|get|treat|schedule|block|bring|add|do|don't|won't|spend|try|prepare|brief|rehearse|escalate|raise|speak|tell|meet|log|note|
         have|'ve|'m|am|carry|document|track|measure|visit|work|think|push|pair|limit|avoid|warm|walk|wait|leave|load|label|keep|save|follow|pilot)
    | (?:since\s+then|ever\s+since|from\s+then\s+on|these\s+days|nowadays|going\s+forward|from\s+that\s+(?:point|day)(?:\s+on)?)\s*,?\s+(?:my|our|every|each|all|no|nothing|the)
    | (?:I|we|I've|we've|I\s+have|we\s+have)\s+(?:\p{L}+\s+){1,6}?(?:ever\s+)?since(?=\s*[.!;,)]|\s*$)
    | (?:I|we)\s+(?:now|always\s+now|now\s+always|never\s+again)\b(?!\s+(?:had|was|were|needed|faced|knew|found|realised|realized)\b)
    | (?:I|we)\s+(?!(?:was|were|had|did|could|would|knew|needed|felt|thought|got|went|came|saw|told|said)\b)(?!\p{L}+ed\b)\p{L}+(?:\s+\p{L}+){0,5}?\s+now(?=\s*[.!;]|\s*$)
    | (?:I|we)\s+(?:now\s+)?always\s+(?!\p{L}+ed\b)(?!(?:thought|knew|felt|had|was|were|took|made|got|went|came|ran|saw|told|said|kept|left|found|gave|did|forgot|ended|seemed|used)\b)\p{L}+
    | next\s+time,?\s+(?:I|I'll|I\s+will|I\s+would|I'd|we|we'll)
    | (?:I|I'd|we|we'd)\s+(?:would\s+|will\s+|'ll\s+)?(?:now\s+)?(?:do|handle|approach|run|plan|manage|tackle)\s+(?:it|things|this|that|the\s+\p{L}+|\p{L}+\s+\p{L}+)\s+differently
    | what\s+(?:I|I'd|I\s+would|I'll|I\s+will|I\s+now)\s+do\s+differently | (?:I|we)\s+now\s+do\s+(?:\S+\s+){0,3}?differently
    | if\s+I\s+(?:did|could\s+do|were\s+to\s+do|had\s+to\s+do|faced|ran|had)\s+(?:it|this|that|the\s+\p{L}+|the\s+same)\s+(?:again|over|twice)
    | (?:changed|change|changes)\s+(?:how|the\s+way)\s+I | (?:I've|I\s+have)\s+changed\s+(?:how|the\s+way|my)
    | (?:I've|I\s+have|we've|we\s+have)\s+(?:since\s+)?(?:started|begun|adopted|introduced|built|made\s+it|stopped|learned|learnt)
    | I\s+since\s+(?:started|began|adopted|introduced|built|stopped)
    | (?:I|we)\s+made\s+it\s+a\s+(?:rule|habit|point|priority)
    | (?:I|we)\s+make\s+(?:it\s+)?a\s+(?:rule|habit|point)
    | (?:it|this|that|the\s+experience|the\s+failure)\s+made\s+me\s+(?:a\s+)?(?:better|more|realise|realize|rethink|see)
    """
)


def check(draft, context: RuleContext):
    if not draft.sentences:
        return
    if "learning" in draft.parts_present():
        return
    parts = answer_parts(draft)
    if parts.has("learning") or parts.has("change"):
        return
    for pattern in (_LESSON, phrase_pattern(context.extra_phrases)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            if not quoted(draft, sentence, *match.span()) and not negated(draft, sentence, match.start(), window=3):
                return
    yield META.finding(*draft.anchor(), fix=insert_section(draft, draft.framework, _learning_section(draft, context)))


def _learning_section(draft, context: RuleContext) -> FrameworkSection:
    """The framework's learning section, or "What I learned" for a draft without one."""
    framework = draft.framework or context.frameworks.get("what-why-did-learned")
    if framework is not None:
        for section in framework.sections:
            if "learning" in section.parts:
                return section
    return FrameworkSection("What I learned", ("learning", "change"), "What did you learn, and what do you do differently since?")


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
