"""What the tone rules of the ownership family share: whose voice a phrase is in.

Excuse-making, self-flagellation and indifference are all about how the
writer speaks of themselves *now*. A phrase is not the writer's own when it is
quoted, reported from someone else ("my manager said it wasn't my fault"),
negated ("I never stopped caring"), or disowned by the words before it in its
clause: set aside ("I won't pretend it was out of my hands", "it would be easy
to say ..."), offered only to be refused ("I could argue nothing could have
been done, but ..."), or told as a thought the writer has left behind ("I told
myself it evened out", "it's not that I didn't care").

Reported speech ends where the writer starts a clause of their own with ", and"
or ", so" and no "that" ("my manager told me the director wanted the number,
and booking it early was her decision, not mine" is the writer talking).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import regex

from answerlint.finding import Finding
from answerlint.rule import RuleContext, RuleMeta

from answerlint_rules.language import (
    WINDOW,
    _REPORTED,
    clause_before,
    compile_words,
    merge_spans,
    negated,
    phrase_pattern,
    plain,
    quoted,
    reported,
    sentence_matches,
)

_SAYING = r"""(?:say|said|saying|pretend|pretending|claim|claiming|argue|arguing|suggest|suggesting|insist|insisting|
    tell\s+you|hide\s+behind|use\s+(?:that|it|this)|make\s+(?:the\s+)?excuses?|point\s+out)"""
# The disowning words govern only what follows them closely: "I told myself it evened out".
_DISOWNING = compile_words(
    rf"""
    (?:
      (?:not|\p{{L}}+n't|never|no\s+longer)\s+(?:\p{{L}}+\s+){{0,3}}?{_SAYING}
    | (?:could|might|may|would|can)\s+(?:easily\s+|well\s+|just\s+)?{_SAYING}
    | (?:easy|tempting|convenient|wrong|unfair)\s+to\s+(?:say|think|claim|argue|blame|pretend|believe|tell\s+myself)
    | (?:I|we)\s+(?:kept\s+|had\s+)?(?:told|telling|tell)\s+(?:myself|ourselves)
    | (?:I|we)\s+used\s+to\s+(?:think|believe|say|tell\s+myself|feel)
    | (?:at\s+the\s+time|back\s+then)\s+I\s+(?:thought|believed|felt|told\s+myself)
    | not\s+that | not\s+because
    )
    (?:\s+\S+){{0,5}}?\s*$
    """
)


def disowned(draft, sentence, offset: int) -> bool:
    """Whether the clause before ``offset`` sets the phrase aside as not the writer's view."""
    return bool(_DISOWNING.search(clause_before(draft, sentence, offset)))


# ", and" / ", so" opening a clause of the writer's own, not "and that ..." continuing the report.
_OWN_CLAUSE = regex.compile(r",\s+(?:and|so)\s+(?!that\b)", regex.I)


def reported_here(draft, sentence, offset: int) -> bool:
    """Whether the words at ``offset`` are someone else's reported words, in the clause the writer
    is still reporting: a report before ", and <the writer's own clause>" no longer governs them."""
    if not reported(draft, sentence, offset):
        return False
    text = plain(draft)
    last = None
    for last in _OWN_CLAUSE.finditer(text, max(sentence.start, offset - WINDOW), offset):
        pass
    return last is None or bool(_REPORTED.search(text, last.end(), offset))


def in_own_voice(draft, sentence, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is the writer speaking for themselves, as they are now."""
    if quoted(draft, sentence, start, end) or reported_here(draft, sentence, start):
        return False
    return not (negated(draft, sentence, start) or disowned(draft, sentence, start))


# A rule's own reason to leave a match alone: ``quiet(draft, sentence, match)``.
Quiet = Callable[..., bool]


def phrase_findings(
    draft, meta: RuleMeta, context: RuleContext, checks: Iterable[tuple[regex.Pattern, Quiet | None]]
) -> Iterator[Finding]:
    """A finding for every match in the writer's own voice that its ``quiet`` does not veto;
    the user's extra phrases for the rule are matched too. Overlapping matches are reported once."""
    extra = phrase_pattern(context.extra_phrases)
    spans = []
    for pattern, quiet in (*checks, (extra, None)):
        if pattern is None:
            continue
        for sentence, match in sentence_matches(draft, pattern):
            start, end = match.span()
            if not in_own_voice(draft, sentence, start, end):
                continue
            if quiet is not None and quiet(draft, sentence, match):
                continue
            spans.append((start, end))
    for start, end in merge_spans(spans):
        yield meta.finding(start, end)
