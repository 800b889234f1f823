"""The telling of the failure outweighs the reflection, the response and the learning together.

## What it does
Sorts every sentence into the part of the answer it serves (see
`answerlint_rules.parts`) and weighs the words. The setting and the story of
what went wrong, including slips told as part of the story ("I skipped the
check and…"), are *telling*; the cause as the writer reflects on it
(a slip told in the past perfect once the failure is out, "I'd made the
stock without asking anyone", explains it), what they did when it surfaced,
what they learned (or admit they have not yet learned) and what they have
done since ("I check every demo an hour before") are *reflection*. Excuses
("to be fair, we were short-staffed") and virtues passed off as the cause
("because I cared too much") count for neither side. A sentence that only
names the topic ("My biggest mistake was on the early turn.") does not
start the telling. The rule fires once per
draft when the telling has more words than the reflection. Headings help: a
"What happened" section is telling, a "What I learned" section reflection.

## Why it matters to an interviewer
The question is not really about the failure; it is about what you made of
it. An answer that spends most of its time on the backstory, the drama or
the people involved runs out of time before the part the interviewer is
scoring, and can sound as if you are still living in it. Aim for roughly a
third on the failure and two thirds on what followed.

## Example
```markdown
Our pitch for the building society ran for three weeks: workshops, street
interviews, a short film. The panel loved the film. A fortnight later they
chose a London agency, the team was gutted, and the brand they launched
looked a lot like ours. I learned to read briefs more closely.
```

## Use instead
```markdown
We lost a three-week pitch to a London agency. The cause was mine: I let the
team pour its time into the film and never costed the media plan, which the
feedback called thin. I asked the client for a debrief the same week and
shared it with the team. Since then every pitch I lead gets a costed plan
reviewed by finance a week out, and we have won two of the last three.
```
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

from answerlint_rules.parts import answer_parts

META = RuleMeta(
    code="AL406",
    name="dwelling-on-failure",
    family="structure",
    kind="document",
    severity=Severity.INFO,
    summary="The telling of the failure outweighs reflection, action and learning together (by words).",
    message="Most of the answer retells the failure. Cut the story and spend the words on what you did and learned.",
    docs=rule_docs(__doc__),
)

TELLING = ("context", "failure")
REFLECTION = ("cause", "action", "learning", "change")
# Telling may have at most this many words for each word of reflection.
RATIO = 1.0


def check(draft, context: RuleContext):
    parts = answer_parts(draft)
    telling, reflection = parts.words(*TELLING), parts.words(*REFLECTION)
    if telling == 0 or telling <= RATIO * reflection:
        return
    message = (
        f"{telling} words tell the failure and {reflection} reflect on it: "
        "cut the story and say more about what you did, learned and changed."
    )
    yield META.finding(*draft.anchor(), message)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
