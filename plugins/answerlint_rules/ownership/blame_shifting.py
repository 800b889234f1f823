"""The failure is pinned on someone else, or on luck, and the writer is absent from the cause.

## What it does
Flags sentences that make another person or group (a teammate, "my team", a
manager, the client, a vendor, "they") or plain bad luck and the market the
cause of the failure, when the same sentence (or the one that turns on it with
"But…") does not also say what part was the writer's own.

## Why it matters to an interviewer
The question is a test of accountability. A listener who hears the cause
placed on other people stops listening for the lesson and starts wondering
how you will talk about *them* after a bad quarter. Other people can be in
the story; they cannot be the reason it went wrong.

## Example
```markdown
The launch slipped because the vendor was late with the payment API.
```

## Use instead
```markdown
The vendor was late with the payment API, but the call to wait for them
instead of building a fallback was mine.
```
"""

from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs
from answerlint.finding import Severity

from answerlint_rules.language import (
    compile_words,
    negated,
    owned_nearby,
    phrase_pattern,
    quoted,
    reported,
    sentence_matches,
)

META = RuleMeta(
    code="AL101",
    name="blame-shifting",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="The failure is pinned on other people or on luck, with the writer absent from the cause.",
    message="This places the cause on someone else. Say which decision or check was yours.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_OTHERS = r"""
    (?:team(?:mate)?s?|colleagues?|co-?workers?|manager|boss|supervisor|(?:team\s+)?lead|director|head\s+of\s+\p{L}+|
       clients?|customers?|vendors?|suppliers?|contractors?|partners?|agency|freelancers?|consultants?|
       developers?|devs|engineers?|designers?|testers?|interns?|juniors?|report|reports|direct\s+reports?|
       stakeholders?|department|QA|ops|IT|HR|legal|sales|marketing|leadership|management|execs?|executives?|board|
       recruiters?|professor|teacher|lecturer|tutor|coach|analysts?|reviewers?|editor|producer|landlord|
       staff|crew|nurses?|doctors?|residents?|coordinator|assistant|predecessor|successor|counterparts?|
       offshore\s+team|other\s+team|product\s+team|dev\s+team|design\s+team|sales\s+team)
"""
_SUBJECT = rf"""
    (?:(?:my|the|a|one\s+of\s+(?:my|the)|his|her|their)\s+(?:[\p{{L}}-]+\s+){{0,2}}?{_OTHERS}(?:'s|’s)?
       (?:\s+(?:plan|estimate|code|data|numbers|spec|specs|requirements|brief|API|build|work|part|figures|forecast))?
     | they | he | she | the\s+others | everyone\s+else | nobody\s+else )
"""
_DUTY = r"""
    deliver|send|tell|inform|warn|test|follow|finish|complete|respond|reply|show\s+up|do\s+(?:their|his|her)|meet|
    provide|review|check|update|communicate|flag|share|understand|listen|read|execute|help|support|own|care|document|
    escalate|answer|sign\s+off|give|hand\s+over|fix|catch|notice|prepare|hit|keep|honou?r|pull\s+(?:their|his|her)\s+weight|
    get\s+back|turn\s+up|bother|step\s+up|commit|plan|deliver\s+on
"""
_PREDICATE = rf"""
    (?:\s+(?:had|has|have|also|just|completely|totally|simply|then|again|kept|always|really|clearly|obviously|repeatedly|all))*\s+
    (?:
        (?:failed|fails)(?:\s+to\s+\p{{L}}+)?
      | (?:didn't|did\s+not|never|couldn't|could\s+not|wouldn't|would\s+not|won't|refused\s+to|forgot\s+to|neglected\s+to)\s+(?:even\s+)?(?:{_DUTY})
      | missed\s+(?:the|their|his|her|a|every|our)
      | dropped\s+the\s+ball | let\s+(?:me|us|the\s+team|everyone|the\s+project)\s+down | messed\s+(?:it\s+)?up | screwed\s+(?:it\s+)?up
      | botched | blew\s+(?:it|the) | broke\s+(?:the|our|it) | ruined | sabotaged | derailed | sank
      | (?:was|were|is|are)\s+(?:(?:way|so|too|very|completely|totally|always|just|extremely|hopelessly)\s+)*
        (?:late|slow|unreliable|unprepared|incompetent|lazy|careless|disorgani[sz]ed|useless|unresponsive|wrong|
           unclear|to\s+blame|at\s+fault|the\s+(?:problem|reason|cause)|responsible\s+for\s+(?:the|this|it))
      | changed\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:requirements|scope|priorities|spec|brief|mind)
      | pulled\s+(?:out|the\s+plug) | went\s+(?:bankrupt|silent|dark|quiet|missing|AWOL|behind\s+my\s+back)
      | gave\s+(?:me|us)\s+(?:the\s+)?(?:wrong|bad|incorrect|outdated|conflicting)
      | under-?delivered | over-?promised | ghosted | ignored\s+(?:my|our|the) | held\s+(?:us|me|everything|things)\s+up
      | dragged\s+(?:their|his|her)\s+feet | made\s+(?:a|the|several|many)\s+mistakes? | made\s+mistakes
      | didn't\s+do\s+(?:their|his|her)\s+(?:job|part)
    )
"""
_BLAME = compile_words(
    rf"""
      {_SUBJECT}{_PREDICATE}
    | (?:because\s+of|due\s+to|thanks\s+to|caused\s+by|the\s+fault\s+of|blame\s+(?:goes|lies|rests|falls)\s+(?:with|on)|
         dragged\s+down\s+by|let\s+down\s+by|held\s+back\s+by|sabotaged\s+by|thrown\s+under\s+the\s+bus\s+by|at\s+the\s+mercy\s+of)
      \s+(?:(?:my|our|the|a|an|his|her|their|an?\s+\p{{L}}+|some)\s+)?(?:[\p{{L}}-]+\s+)?{_OTHERS}
    | (?:their|his|her|(?:my|the)\s+(?:[\p{{L}}-]+\s+)?{_OTHERS}(?:'s|’s))\s+fault
    | I\s+(?:blame|blamed)\s+(?:my|our|the|them|him|her)
    | (?:(?:bad|sheer|pure|rotten|terrible)\s+luck|unlucky|unluckily|(?:bad|unfortunate)\s+timing)
    | (?:the|a)\s+(?:\p{{L}}+\s+)?market\s+(?:crashed|collapsed|tanked|turned|shifted|dried\s+up|wasn't\s+ready|moved\s+against)
    | (?:because\s+of|due\s+to|blame)\s+the\s+(?:economy|market|recession|pandemic)
    """
)


def check(draft, context: RuleContext):
    extra = phrase_pattern(context.extra_phrases)
    for pattern in (_BLAME, extra):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
                continue
            if negated(draft, sentence, start):
                continue
            if owned_nearby(draft, sentence):
                continue
            yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
