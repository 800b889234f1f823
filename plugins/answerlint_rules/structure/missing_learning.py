"""No part of the draft says what the writer learned.

## What it does
Fires once per draft when there is neither a non-empty learning section
("Learned", "Lessons learned", "What I'd do differently", …) nor a sentence
that states a lesson: "I learned", "it taught me", "I realised", "the lesson
was", "looking back", "since then I", "now I always", "next time I". A
negated lesson ("I didn't learn much") does not count. Works on drafts with
or without headings.

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

from answerlint_rules.language import compile_words, negated, phrase_pattern, quoted, sentence_matches

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
      (?:I|we)\s+(?:have\s+|had\s+|'ve\s+)?(?:(?:also|quickly|finally|eventually|since|really)\s+)?
        (?:learned|learnt|realised|realized|discovered|understood|saw\s+that|came\s+to\s+(?:see|understand|realise|realize)|took\s+away)
    | (?:taught|showed|reminded|forced)\s+me
    | (?:the|my|a|one|biggest|main|key|real|hard|important|big)\s+(?:\p{L}+\s+)?(?:lesson|takeaway|learning|insight)s?
    | lessons?\s+(?:learned|learnt|here|for\s+me)
    | (?:in\s+hindsight|looking\s+back|in\s+retrospect|with\s+hindsight|on\s+reflection)
    | (?:since\s+then|ever\s+since|from\s+then\s+on|these\s+days|nowadays|going\s+forward|from\s+that\s+point|today)\s*,?\s+(?:I|we|my|our|every)
    | (?:I|we)\s+(?:now|always\s+now|now\s+always|never\s+again)\b
    | now,?\s+(?:I|we)\s+(?:always|never|make\s+sure|start|begin|check|ask|build|write|keep|run|plan|insist|set|use|hold|book|review|test|share|send|flag)
    | next\s+time,?\s+(?:I|I'll|I\s+will|I\s+would|I'd)
    | (?:I|I'd)\s+(?:would\s+)?(?:do|handle|approach|run|plan)\s+(?:it|things|this|that|the\s+\p{L}+)\s+differently
    | (?:changed|change)\s+(?:how|the\s+way)\s+I
    | (?:I|I've)\s+(?:have\s+)?(?:since\s+)?(?:started|begun|adopted|made\s+it\s+a\s+(?:rule|habit|point))
    | (?:it|this|that|the\s+experience|the\s+failure)\s+made\s+me\s+(?:a\s+)?(?:better|more|realise|realize|rethink)
    """
)


def check(draft, context: RuleContext):
    if not draft.sentences:
        return
    if "learning" in draft.parts_present():
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
