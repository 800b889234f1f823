"""What the rules share about English: clauses, negation, quotes, ownership, quantities.

Rules are sentence-aware: they look at a match in its sentence and ask
whether it is negated ("I didn't blame the vendor"), inside a quotation or
someone else's reported speech, or sitting next to the writer's own
ownership ("the vendor was late, but the call to wait was mine").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from answerlint.draft import Draft, Sentence

FLAGS = regex.I | regex.V1


def compile_words(pattern: str) -> regex.Pattern:
    """Compile a verbose, case-insensitive pattern with word boundaries around it."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{pattern})(?![\p{{L}}\p{{N}}])", FLAGS | regex.X)


@functools.lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern | None:
    """A pattern for user-supplied phrases: escaped, whole words, any spacing, any case."""
    if not phrases:
        return None
    alternatives = sorted((r"\s+".join(regex.escape(word) for word in p.split()) for p in phrases), key=len, reverse=True)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(alternatives)})(?![\p{{L}}\p{{N}}])", FLAGS)


def sentence_matches(draft: Draft, pattern: regex.Pattern) -> Iterator[tuple[Sentence, regex.Match]]:
    """Every match of ``pattern`` inside a sentence of prose (never across two)."""
    for sentence in draft.sentences:
        for match in pattern.finditer(draft.prose, sentence.start, sentence.end):
            yield sentence, match


# -- clauses -----------------------------------------------------------------------------

_CLAUSE_BREAK = regex.compile(r"[,;:()\u2013\u2014]|\s-\s|\b(?:but|although|though|yet|however|whereas|while)\b", FLAGS)


def clause_before(draft: Draft, sentence: Sentence, offset: int) -> str:
    """The text of the clause that ``offset`` sits in, from the clause start up to ``offset``."""
    start = sentence.start
    for match in _CLAUSE_BREAK.finditer(draft.prose, sentence.start, offset):
        start = match.end()
    return draft.prose[start:offset]


_NEGATOR = compile_words(
    r"not|never|no|n't|didn't|don't|doesn't|wasn't|weren't|won't|wouldn't|couldn't|can't|cannot|isn't|aren't|"
    r"hadn't|haven't|hasn't|shouldn't|without|instead\s+of|rather\s+than|refused\s+to|declined\s+to|avoid(?:ed)?|"
    r"resist(?:ed)?\s+(?:the\s+urge\s+)?to|nor|neither"
)
_NEGATOR_APOSTROPHE = regex.compile(r"n[’']t\b", FLAGS)


def negated(draft: Draft, sentence: Sentence, offset: int, window: int = 6) -> bool:
    """Whether a negation governs the words at ``offset``: within its clause, a few words back."""
    clause = clause_before(draft, sentence, offset)
    words = clause.split()[-window:]
    tail = " ".join(words)
    return bool(_NEGATOR.search(tail) or _NEGATOR_APOSTROPHE.search(tail))


# -- quotes and reported speech -----------------------------------------------------------

_QUOTED = regex.compile(r"“[^”]*”|\"[^\"\n]*\"|(?<![\p{L}])‘[^’]*’(?![\p{L}])")


def quoted(draft: Draft, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quotation in its sentence."""
    for match in _QUOTED.finditer(draft.prose, sentence.start, sentence.end):
        if match.start() <= start and end <= match.end():
            return True
    return False


_REPORTED = compile_words(
    r"(?:he|she|they|someone|somebody|people|everyone|(?:my|our|the|a|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)"
    r"\s+(?:said|says|claimed|claims|told\s+(?:me|us|everyone|them)|argued|insisted|thought|felt|believed|complained|"
    r"suggested|accused\s+(?:me|us))(?:\s+that)?"
)


def reported(draft: Draft, sentence: Sentence, offset: int) -> bool:
    """Whether the words at ``offset`` are someone else's reported speech or opinion."""
    return bool(_REPORTED.search(draft.prose, sentence.start, offset))


# -- the writer's ownership ---------------------------------------------------------------

OWNERSHIP = compile_words(
    r"""
      I\s+(?:should(?:n't|\s+not)?\s+have|could\s+have|would\s+have|ought\s+to\s+have)
    | I\s+(?:also\s+|simply\s+|just\s+|never\s+|had\s+|hadn't\s+|then\s+)?
        (?:didn't|did\s+not|failed\s+to|forgot|missed|assumed|underestimated|overestimated|misjudged|misread|
           overlooked|ignored|rushed|skipped|chose|decided|dropped|delayed|waited|trusted|relied|signed\s+off|approved|
           agreed|accepted|pushed|promised|let|neglected|gave|took|set|planned|scheduled|made\s+(?:the|a|an|that)|
           owned|own|take|took|accept|wasn't|was\s+(?:wrong|careless|responsible|the\s+one|too|overconfident|slow|late)|
           hadn't|never|put)
    | (?:my|the)\s+(?:own\s+)?(?:call|decision|fault|responsibility|mistake|error|oversight|failure|misjudg(?:e)?ment|assumption|choice|plan|estimate)\b
    | (?:was|is|were)\s+(?:all\s+)?(?:mine|on\s+me)
    | on\s+me
    | (?:I|I've|I\s+have)\s+(?:take|took|accept(?:ed)?)\s+(?:full\s+)?(?:responsibility|ownership|the\s+blame)
    | my\s+(?:part|share|role)\s+in
    | (?:I|I'd)\s+(?:owned|own)\s+(?:it|that|this|the)
    """
)


def owns(draft: Draft, start: int, end: int) -> bool:
    """Whether the writer takes ownership anywhere in ``[start, end)``."""
    return bool(OWNERSHIP.search(_apostrophes(draft.prose[start:end])))


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


_CONTRAST_OPENING = compile_words(r"but|still|however|that\s+said|even\s+so|yet|ultimately|in\s+the\s+end|honestly|really|the\s+truth\s+is")


def owned_nearby(draft: Draft, sentence: Sentence) -> bool:
    """Ownership in the sentence itself, or a next sentence that turns to it ("But the call was mine")."""
    if owns(draft, sentence.start, sentence.end):
        return True
    following = next_sentence(draft, sentence)
    if following is not None and _CONTRAST_OPENING.match(draft.prose, following.start):
        return owns(draft, following.start, following.end)
    return False


def next_sentence(draft: Draft, sentence: Sentence) -> Sentence | None:
    index = _sentence_index(draft).get(sentence.start)
    if index is None or index + 1 >= len(draft.sentences):
        return None
    candidate = draft.sentences[index + 1]
    return candidate if candidate.block == sentence.block else None


def _sentence_index(draft: Draft) -> dict[int, int]:
    cached = getattr(draft, "_sentence_index", None)
    if cached is None:
        cached = {s.start: i for i, s in enumerate(draft.sentences)}
        draft._sentence_index = cached  # type: ignore[attr-defined]
    return cached


# -- quantities ---------------------------------------------------------------------------

_NUMBER_WORD = r"""
    two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|
    eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|
    dozen|dozens|hundreds|thousands|millions|half|halves|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|
    twice|doubled|tripled|quadrupled|halved
"""
_UNIT = r"""
    (?:second|minute|hour|day|week|fortnight|month|quarter|year|sprint|semester|term|shift|
       percent|per\s*cent|point|star|dollar|euro|pound|yen|customer|client|user|person|people|student|patient|
       page|line|file|ticket|order|deal|account|release|deploy|launch|project|hire|member|report|test|case|site|
       store|flight|shipment|unit|item|mile|kilometre|kilometer|kg|lb)s?
"""
QUANTITY = regex.compile(
    rf"""
      \p{{N}}                                                     # any digit: 3, 40%, $2M, 2019, 4.5/5
    | (?<![\p{{L}}])(?:{_NUMBER_WORD})(?![\p{{L}}])               # three weeks, a third, doubled
    | (?<![\p{{L}}])(?:a|an|one)\s+(?:full\s+|whole\s+|extra\s+)?{_UNIT}(?![\p{{L}}])   # a week late, an hour
    | [$€£¥]                                                       # money
    | (?<![\p{{L}}])(?:percent|per\s+cent)(?![\p{{L}}])
    """,
    FLAGS | regex.X,
)


def has_quantity(text: str) -> bool:
    return bool(QUANTITY.search(text))


def all_matches(patterns: Iterable[regex.Pattern | None], text: str, start: int, end: int) -> Iterator[regex.Match]:
    for pattern in patterns:
        if pattern is not None:
            yield from pattern.finditer(text, start, end)
