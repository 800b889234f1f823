"""The writer beats themselves up, or sounds defeated by the failure.

## What it does
Flags self-judgement in the present tense and self-insult in any tense: "I'm
so ashamed", "I still feel terrible about it", "I'm hopeless at paperwork",
"I still lose sleep over it", "I'll never forgive myself", "it still haunts
me", "I'm afraid I'll do it again" (or "make the same mistake", "freeze up
again", "let the team down again"), "I felt like a complete idiot", "I'm a
terrible manager".

A feeling told as part of the story, in the past, is not flagged: "I felt
terrible for the patient, and then I rang the ward sister", "it was
embarrassing", "I was mortified when I saw the proof"; nor is a past
judgement of a skill ("I was hopeless at saying no back then"). The line
the rule draws is the catalog's idea of *defeat*: an insult to the writer as
a person, in any tense ("I was an idiot"), a present verdict on their
ability ("I'm hopeless at"), or a feeling that is still going on ("I'm
ashamed", "I still", "I'll never"). Also quiet: the same words negated or
left behind ("I don't beat myself up over it", "I used to beat myself up"),
and someone else's words ("my mentor said I wasn't an idiot").

## Why it matters to an interviewer
The question asks how you handle failure. An answer that is still raw tells
the interviewer you have not handled this one, and may not cope with the next.
Self-insult also puts the listener in the awkward place of reassuring you
instead of assessing you.

## Example
```markdown
I'm hopeless at the paperwork side of things, and I still lose sleep over it.
```

## Use instead
```markdown
Paperwork was my weak spot, so I now label every circuit before I leave the
board and photograph it for the job file.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.ownership._voice import LeadPattern, phrase_findings

META = RuleMeta(
    code="AL104",
    name="self-flagellation",
    family="ownership",
    kind="span",
    severity=Severity.WARNING,
    summary="The writer beats themselves up or sounds defeated by the failure.",
    message="This sounds defeated. Keep the regret to a clause and move on to what you changed.",
    docs=rule_docs(__doc__),
    phrases=True,
)

_I_AM = r"I(?:'m|\s+am)"
_DEGREE = r"(?:(?:so|really|deeply|truly|utterly|completely|totally|incredibly|very|genuinely|still|just|absolutely|quite|pretty|such)\s+)*"
_INSULT = r"""
    (?:a\s+|an\s+)?(?:(?:complete|total|absolute|utter|real|proper|such\s+an?|massive|useless|stupid)\s+)*
    (?:idiot|fool|moron|failure|fraud|disaster|impostor|imposter|joke|loser|embarrassment|liability)
  | (?:useless|hopeless)(?!\s+(?:at|with)\b)|stupid|worthless|incompetent|pathetic|dumb|brainless
"""
_FEELING = r"""ashamed|embarrassed|mortified|humiliated|guilty(?!\s+of)|terrible|awful|sick|horrible|dreadful|gutted|devastated|
    disgusted\s+with\s+myself|disappointed\s+(?:in|with)\s+myself|angry\s+(?:at|with)\s+myself|furious\s+with\s+myself"""
# Doing it again: "do it again", "make exactly the same mistake", "freeze up again".
_AGAIN = r"""(?:(?:do|make|repeat)\s+(?:exactly\s+|precisely\s+|just\s+)?(?:(?:it|that|this)\s+again|the\s+(?:very\s+)?same
        (?:\s+(?:mistake|thing|error)s?(?:\s+again)?|\s+again|(?=\s*[,.;!?]|\s*$|\s+(?:with|on|in|at|when|next)\b)))
    |(?:mess|screw|mix|muddle)\s+(?:it\s+|things\s+|that\s+)?up\s+again|fail\s+(?:again|the\s+same\s+way)|repeat\s+(?:it|that|the\s+mistake)
    |(?:fall|walk)\s+(?:straight\s+)?into\s+the\s+same\s+(?:trap|hole|pattern)|let\s+(?:\p{L}+\s+){1,3}down\s+again
    |(?:freeze|panic|choke|crumble|fall\s+apart)(?:\s+up)?\s+again)"""

# The words a match can start on (see ``LeadPattern``).
_LEADS = "I I'm I've I'll what it that this the"
_DEFEAT = LeadPattern(
    lambda: rf"""
    # a verdict on the writer, in any tense ("hopeless at" before "hopeless", so the span keeps its "at")
      {_I_AM}\s+{_DEGREE}(?:hopeless|useless|terrible|awful|rubbish|bad|no\s+good|a\s+disaster|a\s+liability)\s+(?:at|with)\b
    | I(?:'m|\s+am|\s+was|\s+felt|\s+feel|\s+looked|\s+look)\s+(?:like\s+)?{_DEGREE}(?:{_INSULT})\b
    | what\s+(?:an?\s+)?(?:idiot|fool|failure)\s+I\s+(?:was|am|had\s+been)
    | I\s+(?:called|call)\s+myself\s+(?:an?\s+)?(?:idiot|fool|failure|useless)
    | {_I_AM}\s+(?:such\s+)?an?\s+(?:terrible|bad|awful|useless|hopeless|lousy|rubbish)\s+[\p{{L}}-]+
    | I(?:'ve|\s+have)\s+never\s+been\s+(?:any\s+)?good\s+at | I(?:'ll|\s+will)\s+never\s+be\s+(?:any\s+)?good\s+at
    | {_I_AM}\s+(?:just\s+|simply\s+)?not\s+cut\s+out\s+for
    # a feeling that is still going on
    | {_I_AM}\s+{_DEGREE}(?:{_FEELING})
    | I\s+(?:still\s+)?feel\s+{_DEGREE}(?:{_FEELING})
    | I\s+still\s+(?:lose|losing)\s+sleep(?:\s+over\s+(?:it|that|this))? | I\s+lose\s+sleep\s+over\s+(?:it|that|this)
    | (?:it|that|this)\s+(?:still\s+)?keeps\s+me\s+(?:up|awake)(?:\s+at\s+night)?
    | (?:it|that|this|the\s+[\p{{L}}-]+)\s+(?:still\s+)?haunts\s+me
    | I(?:'ll|\s+will)\s+never\s+forgive\s+myself | I\s+(?:still\s+)?(?:can't|cannot)\s+forgive\s+myself
    | I(?:'ve|\s+have)\s+never\s+(?:really\s+)?forgiven\s+myself | I\s+still\s+haven't\s+forgiven\s+myself
    | I\s+(?:still\s+)?(?:beat\s+myself\s+up|kick\s+myself|hate\s+myself) | {_I_AM}\s+still\s+(?:beating\s+myself\s+up|kicking\s+myself)
    | I\s+still\s+(?:blame\s+myself|cringe|shudder|feel\s+sick) | I\s+cringe\s+(?:every\s+time|whenever|when)
    | I\s+(?:still\s+)?(?:can't|cannot)\s+stop\s+thinking\s+about | I(?:'ll|\s+will)\s+never\s+live\s+(?:it|that|this)\s+down
    | I\s+(?:still\s+)?(?:don't|do\s+not|can't|cannot)\s+trust\s+myself
    | {_I_AM}\s+still\s+not\s+over\s+(?:it|that|this)
    # the fear of doing it again
    | {_I_AM}\s+(?:still\s+)?(?:afraid|scared|terrified|worried|frightened)\s+(?:that\s+)?I(?:'ll|\s+will|'d|\s+would|\s+might|\s+could|\s+may)\s+(?:\p{{L}}+\s+)?{_AGAIN}
    | I\s+(?:still\s+)?(?:worry|fear)\s+(?:that\s+)?I(?:'ll|\s+will|'d|\s+would|\s+might|\s+could|\s+may)\s+(?:\p{{L}}+\s+)?{_AGAIN}
    | {_I_AM}\s+(?:still\s+)?(?:afraid|scared|terrified|worried)\s+(?:of\s+)?(?:it|that|this)\s+happening\s+again
    | I(?:'ll|\s+will)\s+probably\s+{_AGAIN} | I'm\s+bound\s+to\s+{_AGAIN}
    """,
    _LEADS,
)


def check(draft, context: RuleContext):
    yield from phrase_findings(draft, META, context, ((_DEFEAT, None),))


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
