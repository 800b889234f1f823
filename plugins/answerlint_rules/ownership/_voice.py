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

import bisect
import functools
import re
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


def compile_phrases(pattern: str) -> regex.Pattern:
    """``compile_words``, compiled now. Its simple case folding (V0) matters: full folding (V1)
    made long alternations of plain English phrases several times slower to compile and to match."""
    return compile_words(pattern).compiled()


# Words, with inner apostrophes and hyphens; a match is looked for only where one starts.
_TOKEN = re.compile(r"[^\W_]+(?:['-][^\W_]+)*")
_KEY_END = re.compile(r"['-]")


def _key(word: str) -> str:
    """A word's lower-case form up to its first apostrophe or hyphen: "I'm" -> "i", "no-one" -> "no"."""
    return _KEY_END.split(word.lower(), 1)[0]


def _word_starts(draft) -> tuple[list[int], list[str]]:
    """The offset and key of every word in the draft's prose (cached on the draft)."""
    cached = getattr(draft, "_voice_words", None)
    if cached is None:
        starts, keys = [], []
        for match in _TOKEN.finditer(plain(draft)):
            starts.append(match.start())
            keys.append(_key(match.group()))
        cached = draft._voice_words = (starts, keys)  # type: ignore[attr-defined]
    return cached


_SYNTAX = re.compile(r"\\.|[\[\]()|]", re.S)


def _alternatives(source: str) -> list[str]:
    """The top-level alternatives of a verbose pattern (one wrapping group is looked through)."""
    source = regex.sub(r"(?m)(?<!\\)#.*$", "", source).strip()
    parts, depth, begin, in_class, closed = [], 0, 0, False, []
    for token in _SYNTAX.finditer(source):  # only the characters that matter, escapes skipped whole
        char, i = token.group(), token.start()
        if len(char) == 2:
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                closed.append(i)
        elif char == "|" and depth == 0:
            parts.append(source[begin:i])
            begin = i + 1
    parts.append(source[begin:])
    if len(parts) == 1 and source.startswith("(?:") and closed and closed[0] == len(source) - 1:
        return _alternatives(source[3:-1])
    return [part.strip() for part in parts]


class LeadPattern:
    """A phrase pattern tried only where a sentence has one of the words a match can start on,
    and there only with the alternatives that can start with that word.

    ``leads`` are those words. The pattern is split into its top-level alternatives, compiled on
    first use; for each lead word, the alternatives kept are those that the word could begin
    (a partial match), in their original order, joined again into one pattern: an alternation
    tried at one place gives the first alternative that matches there, so it is the match the
    whole pattern would give, found in one call instead of one per alternative. Matches are the
    ones ``finditer`` would give, in order and without overlaps, as long as every match really
    starts on a lead word.
    """

    def __init__(self, source: Callable[[], str], leads: str):
        self._source = source
        self._leads = frozenset(_key(word) for word in leads.split())

    @functools.cached_property
    def _branches(self) -> list[tuple[str, regex.Pattern]]:
        return [(branch, compile_phrases(branch)) for branch in _alternatives(self._source())]

    @functools.cache
    def _for(self, key: str) -> regex.Pattern | None:
        """The alternatives ``key`` could begin, in their order, as one pattern (None if there are none)."""
        kept = [source for source, branch in self._branches if branch.match(key, partial=True)]
        return compile_phrases("|".join(f"(?:{source})" for source in kept)) if kept else None

    def sentence_matches(self, draft) -> Iterator[tuple[object, regex.Match]]:
        text = plain(draft)
        starts, keys = _word_starts(draft)
        leads = self._leads
        for sentence in draft.sentences:
            resume = sentence.start
            first = bisect.bisect_left(starts, sentence.start)
            last = bisect.bisect_left(starts, sentence.end, first)
            for k in range(first, last):
                key = keys[k]
                if key not in leads or starts[k] < resume:
                    continue
                pattern = self._for(key)
                match = pattern.match(text, starts[k], sentence.end) if pattern is not None else None
                if match is not None:
                    yield sentence, match
                    resume = max(match.end(), starts[k] + 1)


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
        found = pattern.sentence_matches(draft) if isinstance(pattern, LeadPattern) else sentence_matches(draft, pattern)
        for sentence, match in found:
            start, end = match.span()
            if not in_own_voice(draft, sentence, start, end):
                continue
            if quiet is not None and quiet(draft, sentence, match):
                continue
            spans.append((start, end))
    for start, end in merge_spans(spans):
        yield meta.finding(start, end)
