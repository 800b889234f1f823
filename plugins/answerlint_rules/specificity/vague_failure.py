"""The failure, or the recovery, is told without saying what actually happened.

## What it does
Flags a sentence that says *that* something went wrong, or got fixed, but not
*what*. It reads the shape of the clause rather than a list of sentences:

- a plan told as a non-event, whatever its subject: "the launch didn't go as
  planned", "it didn't work out", "the pitch didn't land", "the rollout wasn't
  a success", "the results weren't what we'd hoped";
- a vague subject ("things", "it", "everything", "stuff", "a few things",
  "the whole thing") with a predicate of trouble: "went sideways", "fell
  apart", "got out of hand", "was a bit of a mess", "fell through the cracks";
- mistakes and problems that are counted but never named: "I made some
  mistakes", "there were a few issues", "we ran into some challenges", "I
  messed up", "I dropped the ball";
- a recovery with no how: "eventually it got sorted", "we got it back on
  track", "it all worked out in the end", "we fixed it".

It stays quiet when the phrase's own clause goes on to give the content: an
explanation after a colon or dash, "because", "when the supplier…", "by
rebuilding…", "such as…", a figure within a few words ("the launch didn't go
as planned: 40% of orders failed"), or a list of the trouble ("…, and the
worst was a wrong postcode"). A new clause that only adds a consequence or a
cause ("it didn't work out, and we lost two accounts") leaves the phrase as
vague as before, and so does a specific next sentence: said aloud, the vague
line is still heard first. It also stays quiet on questions, conditions and
precautions ("what went wrong", "if anything went wrong", "so that nothing
falls through the cracks"), on background clauses about something already
named ("When it slipped, I called the client"), on plans that went as
planned, and on quoted or reported words.

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

from answerlint_rules.language import WINDOW, phrase_pattern, plain, quoted, reported, sentence_matches
from answerlint_rules.specificity._text import lowered
from answerlint_rules.specificity._vague import content_follows, hypothetical, vague_spans

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


def check(draft, context: RuleContext):
    text = plain(draft)
    found = [(sentence, start, end, True) for sentence, start, end in vague_spans(draft)]
    extra = phrase_pattern(context.extra_phrases)
    if extra is not None:
        found.extend((sentence, *match.span(), False) for sentence, match in sentence_matches(draft, extra))
    for sentence, start, end, built_in in found:
        if quoted(draft, sentence, start, end) or reported(draft, sentence, start):
            continue
        if built_in and hypothetical(lowered(draft), sentence.start, start):
            continue
        if content_follows(draft, sentence, end, text[end : min(sentence.end, end + WINDOW)]):
            continue
        yield META.finding(start, end)


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
