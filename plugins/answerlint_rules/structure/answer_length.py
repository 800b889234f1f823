"""The answer is too long or too short to say aloud in about two minutes.

## What it does
Counts the words a listener would hear (paragraphs and list items; not
headings, code, front matter, HTML comments or block-quoted questions) and
fires once per draft when the count is outside the configured bounds, 100 to
400 words by default. The message gives the count and the speaking time at
the configured rate (150 words a minute by default), for example "412 words
≈ 2 min 45 s spoken; aim for under 400". The bounds and the rate are set in
the `[length]` table of the configuration (`min-words`, `max-words`,
`words-per-minute`). An empty draft is left alone.

## Why it matters to an interviewer
Spoken, this answer should take one to two and a half minutes. Much longer
and the interviewer stops listening before the lesson, which comes last;
much shorter and it sounds rehearsed or evasive, with no room for the cause,
the response and the change that make it convincing.

## Example
```markdown
I missed a client deadline once. I learned to plan better.
```

## Use instead
A draft of 150 to 350 words: two or three sentences on the failure and its
size, one on your own part in the cause, two on what you did when it came to
light, and the rest on what you learned and what you have done differently
since. Cut backstory first; it is the part listeners miss least.
"""

from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleContext, RuleMeta, rule_docs

META = RuleMeta(
    code="AL407",
    name="answer-length",
    family="structure",
    kind="document",
    severity=Severity.INFO,
    summary="The answer is too long or too short to say aloud in about two minutes.",
    message="Trim or expand the answer to about two minutes spoken (100–400 words by default).",
    docs=rule_docs(__doc__),
)


def spoken(words: int, words_per_minute: int) -> str:
    """How long ``words`` take to say: "2 min 45 s", "40 s", "3 min"."""
    seconds = round(words * 60 / max(words_per_minute, 1))
    minutes, seconds = divmod(seconds, 60)
    if not minutes:
        return f"{seconds} s"
    return f"{minutes} min {seconds} s" if seconds else f"{minutes} min"


def check(draft, context: RuleContext):
    words = draft.word_count
    if not words:
        return
    length = context.length
    if words > length.max_words:
        aim = f"aim for under {length.max_words}"
    elif words < length.min_words:
        aim = f"aim for at least {length.min_words}"
    else:
        return
    yield META.finding(*draft.anchor(), f"{words} words ≈ {spoken(words, length.words_per_minute)} spoken; {aim}.")


@hookimpl
def answerlint_rules():
    return [Rule(META, check)]
