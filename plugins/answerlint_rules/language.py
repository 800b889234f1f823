"""What the rules share about English: clauses, negation, quotes, ownership, quantities.

Rules are sentence-aware: they look at a match in its sentence and ask
whether it is negated ("I didn't blame the vendor"), inside a quotation or
someone else's reported speech, or sitting next to the writer's own
ownership ("the vendor was late, but the call to wait was mine").

Patterns run over :func:`plain`, the prose with typographic apostrophes
folded to ``'`` (same length, so offsets are unchanged): a pattern written
with ``didn't`` also matches ``didn’t``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

import regex

from answerlint import compiled_patterns
from answerlint.draft import Draft, Sentence

FLAGS = regex.I | regex.V0

# Word edges: a letter or digit on either side, or a hyphenated compound ("anti-bullying",
# "wrong-footed"), means the match is part of a longer word.
_BEFORE = r"(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]-)"
_AFTER = r"(?![\p{L}\p{N}])(?!-[\p{L}\p{N}])"


class LazyPattern:
    """A pattern compiled the first time it is used, then kept.

    Compiling the rules' large case-insensitive alternations is most of the
    cost of loading them, and a run that lists rules, explains one, or finds
    every draft in its cache never matches anything. Once compiled, the
    pattern's methods become the instance's own attributes, so calls in a
    rule's inner loop cost what they cost on the pattern itself. Compiled
    programs are kept between runs (:mod:`answerlint.compiled_patterns`).
    """

    _METHODS = ("match", "search", "finditer", "fullmatch", "findall", "sub", "split", "pattern", "groupindex", "flags")

    def __init__(self, source: str, flags: int, compile=compiled_patterns.compile) -> None:  # or re.compile
        self._source, self._flags, self._compile, self._compiled = source, flags, compile, None

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = self._compile(self._source, self._flags)
            for name in self._METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self._source[:60]!r}…)"


def compile_words(pattern: str) -> regex.Pattern:
    """A verbose, case-insensitive pattern with word boundaries around it, compiled on first use."""
    return LazyPattern(rf"{_BEFORE}(?:{pattern}){_AFTER}", FLAGS | regex.X)  # type: ignore[return-value]


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\uff07": "'"})


def fold(text: str) -> str:
    """Typographic apostrophes as ``'``; the length never changes."""
    return text.translate(_APOSTROPHES)


def plain(draft: Draft) -> str:
    """The draft's prose with apostrophes folded (cached on the draft)."""
    cached = getattr(draft, "_plain_prose", None)
    if cached is None:
        cached = fold(draft.prose)
        draft._plain_prose = cached  # type: ignore[attr-defined]
    return cached


@functools.lru_cache(maxsize=64)
def phrase_pattern(phrases: tuple[str, ...]) -> regex.Pattern | None:
    """A pattern for user-supplied phrases: escaped, whole words, any spacing, any case."""
    if not phrases:
        return None
    alternatives = sorted((r"\s+".join(regex.escape(word) for word in fold(p).split()) for p in phrases), key=len, reverse=True)
    return regex.compile(rf"{_BEFORE}(?:{'|'.join(alternatives)}){_AFTER}", FLAGS)


def sentence_matches(draft: Draft, pattern: regex.Pattern) -> Iterator[tuple[Sentence, regex.Match]]:
    """Every match of ``pattern`` inside a sentence of prose (never across two)."""
    text = plain(draft)
    for sentence in draft.sentences:
        for match in pattern.finditer(text, sentence.start, sentence.end):
            yield sentence, match


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans joined into one, in order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


# -- clauses -----------------------------------------------------------------------------

# A full stop inside a "sentence" (the splitter can miss one, e.g. after "wasn't.") still ends a clause.
_CLAUSE_BREAK = compiled_patterns.compile(
    r"[,;:()\u2013\u2014]|[.!?](?=\s)|\s-\s|\b(?:but|although|though|yet|however|whereas|while)\b", FLAGS
)
# Negation does not reach across a coordinated or subordinate clause either.
_SCOPE_BREAK = compiled_patterns.compile(
    r"[,;:()\u2013\u2014]|[.!?](?=\s)|\s-\s|\b(?:but|although|though|yet|however|whereas|while|and|so|because|since|when|after|"
    r"before|until|which|who|that|then)\b",
    FLAGS,
)


# How far a check looks around a match, in characters. Clauses longer than this are cut,
# which keeps every check linear in the length of a draft, however long its sentences.
WINDOW = 240


def _window_start(sentence: Sentence, offset: int) -> int:
    return max(sentence.start, offset - WINDOW)


def clause_before(draft: Draft, sentence: Sentence, offset: int) -> str:
    """The text of the clause that ``offset`` sits in, from the clause start up to ``offset``."""
    text = plain(draft)
    start = _window_start(sentence, offset)
    for match in _CLAUSE_BREAK.finditer(text, start, offset):
        start = match.end()
    return text[start:offset]


def clause_after(draft: Draft, sentence: Sentence, offset: int) -> str:
    """The text from ``offset`` to the end of its clause."""
    text = plain(draft)
    limit = min(sentence.end, offset + WINDOW)
    match = _CLAUSE_BREAK.search(text, offset, limit)
    return text[offset : match.start() if match else limit]


def _scope_before(draft: Draft, sentence: Sentence, offset: int) -> str:
    text = plain(draft)
    start = _window_start(sentence, offset)
    for match in _SCOPE_BREAK.finditer(text, start, offset):
        start = match.end()
    return text[start:offset]


_NEGATOR = compile_words(
    r"not|never|no|n't|didn't|don't|doesn't|wasn't|weren't|won't|wouldn't|couldn't|can't|cannot|isn't|aren't|"
    r"hadn't|haven't|hasn't|shouldn't|without|instead\s+of|rather\s+than|refused\s+to|declined\s+to|avoid(?:ed)?|"
    r"resist(?:ed)?\s+(?:the\s+urge\s+)?to|nor|neither|nobody|nothing"
)
_NEGATOR_APOSTROPHE = compiled_patterns.compile(r"n't\b", FLAGS)


def negated(draft: Draft, sentence: Sentence, offset: int, window: int = 6) -> bool:
    """Whether a negation governs the words at ``offset``: within its clause, a few words back."""
    words = _scope_before(draft, sentence, offset).split()[-window:]
    tail = " ".join(words)
    return bool(_NEGATOR.search(tail) or _NEGATOR_APOSTROPHE.search(tail))


# -- quotes and reported speech -----------------------------------------------------------

# Double quotes of either kind; single curly quotes whose closing mark is not an apostrophe
# inside a word ("‘it didn’t work out’").
_QUOTED = compiled_patterns.compile(r"“[^”\n]*”|\"[^\"\n]*\"|(?<![\p{L}\p{N}])‘(?:[^’\n]|’(?=\p{L}))*’(?![\p{L}])")


def quoted(draft: Draft, sentence: Sentence, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quotation in its sentence."""
    return any(s <= start and end <= e for s, e in _quotes(draft, sentence))


def _quotes(draft: Draft, sentence: Sentence) -> list[tuple[int, int]]:
    cache = per_sentence(draft, "quotes")
    if sentence.start not in cache:
        cache[sentence.start] = [m.span() for m in _QUOTED.finditer(draft.prose, sentence.start, sentence.end)]
    return cache[sentence.start]


def per_sentence(draft: Draft, name: str) -> dict:
    """A cache on the draft, keyed by sentence start, for facts a rule needs once per sentence."""
    caches = getattr(draft, "_answerlint_caches", None)
    if caches is None:
        caches = {}
        draft._answerlint_caches = caches  # type: ignore[attr-defined]
    return caches.setdefault(name, {})


_REPORTED = compile_words(
    r"""
      (?:he|she|they|someone|somebody|people|everyone|others|
         (?:my|our|the|a|his|her|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?)
      \s+(?:also\s+|later\s+|even\s+|kept\s+|always\s+)?
      (?:said|says|claimed|claims|told\s+(?:me|us|everyone|them|the\s+\p{L}+)|argued|insisted|thought|felt|believed|
         complained|suggested|wrote|reckoned|maintained|accused\s+(?:me|us)(?:\s+of)?|blamed|put\s+it\s+down\s+to)
      (?:\s+that)?
    | according\s+to
    | in\s+(?:his|her|their|the\s+[\p{L}-]+'s|my\s+[\p{L}-]+'s)\s+(?:view|opinion|words|eyes|version)
    """
)
_REPORT_BREAK = compiled_patterns.compile(r"[;:]|\b(?:but|however|yet|although|though)\b", FLAGS)


def reported(draft: Draft, sentence: Sentence, offset: int) -> bool:
    """Whether the words at ``offset`` are someone else's reported speech or opinion."""
    text = plain(draft)
    start = _window_start(sentence, offset)
    for match in _REPORT_BREAK.finditer(text, start, offset):
        start = match.end()
    return bool(_REPORTED.search(text, start, offset))


# -- the writer's ownership ---------------------------------------------------------------

# Things one misses or fails to reach: the outcome of the story, not the writer's part in its cause.
_OUTCOME = r"""
    (?:the|a|an|my|our|their|its|every|each|both)\s+(?:\S+\s+){0,3}?
    (?:deadline|target|trailer|flight|train|bus|boat|plane|window|launch|date|quota|slot|cut-?off|goal|milestone|budget|
       SLA|KPI|opening|delivery|collection|shipment|renewal|sale|deal|go-live|release|exam|test|cut)s?\b
"""
_OUTCOME_VERB = r"hit|meet|make|reach|deliver|win|land|close|ship|pass|finish|complete|launch|get|secure|keep"
# A slip by the writer: "I missed the allergy", "I forgot to", "I failed to check".
_SLIP = rf"""
    (?:missed(?!\s+{_OUTCOME})|forgot|overlooked|misjudged|underestimated|overestimated|misread|misunderstood|skipped|
       ignored|rushed|neglected|assumed|failed\s+to(?!\s+(?:{_OUTCOME_VERB})\b))
"""
# Verbs of a decision or a slip that, with "I" as the subject, put the writer in the cause.
# What a writer owns by not doing it: "I didn't check", "I never asked", "I hadn't planned for it".
_OMISSION = r"""(?:check|checked|ask|asked|test|tested|plan|planned|escalate|escalated|chase|chased|raise|raised|flag|flagged|read|
    think|thought|build|built|push|pushed|verify|verified|confirm|confirmed|review|reviewed|follow|followed|tell|told|warn|warned|
    double-check|prepare|prepared|consider|considered|allow|allowed|leave|left|book|booked|speak|spoke|question|questioned|
    insist|insisted|budget|budgeted|track|tracked|listen|listened|look|looked|involve|involved|challenge|challenged|
    have\s+(?:a|any|the)\s+(?:plan|fallback|backup|contingency|buffer|process|check|second)|bother|bothered)\b"""
_OWN_VERBS = rf"""
    {_SLIP}
  | (?:didn't|did\s+not|never|hadn't|had\s+not)(?!\s+(?:get|got|receive|received|hear|heard|know|knew|see|saw|stood|stand|had\s+a\s+chance|really\s+stood|found\s+out|expected)\b)
  | (?<=\bI(?:'d|\s+had)?\s+(?:\p{{L}}+\s+)?)(?:chose|decided|delayed|waited|trusted|relied|signed\s+off|approved|agreed|accepted|promised|
    planned|scheduled|committed|hired|picked|owned)
  | overcommitted|overpromised|
    let\s+(?:it|things|that|this|them)\s+(?:slide|slip|drift|go)|set\s+(?:the|an?|that)\s+(?:deadline|date|target|timeline)|
    made\s+(?:the|a|an|that)\s+(?:call|decision|choice|assumption|mistake|error)|pushed\s+(?:for|ahead|on)|
    took\s+(?:on|the\s+(?:risk|decision|call|shortcut|gamble))|
    wasn't\s+(?:careful|paying|clear|thorough|prepared|ready|watching|listening|honest|checking)|
    was\s+(?:wrong|careless|responsible|the\s+one|too|overconfident|slow|late|sloppy|complacent|naive|impatient)|
    should(?:n't|\s+not)?\s+have|should've|ought\s+to\s+have|dropped\s+the\s+ball|
    messed\s+up|screwed\s+up|got\s+(?:it|that)\s+wrong
"""
OWNERSHIP = compile_words(
    rf"""
      (?:I|we)(?:'d|\s+had)?\s+(?:also\s+|simply\s+|just\s+|then\s+|still\s+|completely\s+|totally\s+)?(?:{_OWN_VERBS})
    | (?<![,;]\s{{0,3}})(?:I|we)(?:'d)?\s+could(?:\s+easily)?\s+have
    | I\s+(?:[\p{{L}}']+\s+){{0,5}}?(?:and|then|but|also|still)\s+(?:then\s+|also\s+|still\s+|just\s+)?{_SLIP}
    | (?:my|our)\s+(?:own\s+|real\s+|biggest\s+|first\s+)?(?:call|decision|fault|responsibility|mistake|error|oversight|
        failure|misjudg(?:e)?ment|assumption|choice|estimate)\b
    | (?:was|is|were|it's|that's)\s+(?:all\s+|entirely\s+|partly\s+|squarely\s+)?(?:mine|ours|on\s+me|on\s+us)
    | my\s+own
    | (?:because|since)\s+(?:I|we)(?:'d|\s+had)?\s+(?!(?:was|were)\s+(?:told|given|sent|asked|never|not)\b|wasn't|weren't|
        had\s+been\s+told|never\s+(?:got|received|heard|knew)|didn't\s+(?:get|receive|hear|know)|got|received|heard)\p{{L}}+
    | (?:I|I've|I\s+have|we)\s+(?:take|took|accept(?:ed)?|own(?:ed)?)\s+(?:full\s+|the\s+)?(?:responsibility|ownership|the\s+blame|blame)
    | my\s+(?:part|share|role)\s+in
    | (?:I|I'd)\s+(?:owned|own)\s+(?:it|that|this|the)
    | I\s+blame(?:d)?\s+myself | (?:I|I'm|I\s+am|I\s+was)\s+(?:the\s+one\s+)?(?:at\s+fault|to\s+blame|responsible)
    """
)
# "not my fault", "wasn't on me": ownership named only to be refused
_DISOWNED = compiled_patterns.compile(r"(?:\bnot|n't|\bnever|\bhardly|\bnothing\s+to\s+do\s+with)\s+(?:really\s+|entirely\s+|all\s+|just\s+)?$", FLAGS)


# "there wasn't much we could have done": an excuse dressed as ownership
_NOTHING_TO_DO = compiled_patterns.compile(
    r"(?:\bnothing|\bnot\s+(?:much|a\s+lot|anything)|\blittle|n't\s+(?:really\s+)?(?:much|anything|a\s+lot)|\bno\s+way|\bonly\s+so\s+much)"
    r"\s+(?:else\s+|more\s+)?(?:that\s+)?$",
    FLAGS,
)


def owns(draft: Draft, start: int, end: int) -> bool:
    """Whether the writer takes ownership anywhere in ``[start, end)``."""
    text = plain(draft)
    for match in OWNERSHIP.finditer(text, start, end):
        before = text[max(start, match.start() - 40) : match.start()]
        if _NOTHING_TO_DO.search(before):
            continue
        if match.group().lower().startswith(("i ", "i'", "we ")):
            return True
        if not _DISOWNED.search(before):
            return True
    return False


_CONTRAST_OPENING = compile_words(
    r"but|still|however|that\s+said|even\s+so|yet|ultimately|in\s+the\s+end|honestly|really|the\s+truth\s+is|though|"
    r"to\s+be\s+honest|in\s+truth|looking\s+back|in\s+hindsight|the\s+real\s+(?:problem|cause|issue)"
)
# Unmistakable ownership, enough in the very next sentence without a "But".
_STRONG_OWNERSHIP = compile_words(
    rf"""
      (?:I|we)\s+should(?:n't|\s+not)?\s+have | (?:I|we)\s+should've | I\s+ought\s+to\s+have
    | (?:my|our)\s+(?:own\s+)?(?:fault|mistake|call|decision|responsibility|error|oversight)
    | (?:was|is|it's|that's)\s+(?:all\s+)?(?:mine|on\s+me)
    | I\s+(?:take|took|accept(?:ed)?)\s+(?:full\s+)?(?:responsibility|ownership|the\s+blame)
    | I\s+blame(?:d)?\s+myself | I\s+(?:was|am)\s+(?:the\s+one\s+)?(?:at\s+fault|to\s+blame|responsible)
    | (?:I|we)(?:'d|\s+had)?\s+(?:never\s+)?(?:{_SLIP}|(?:didn't|did\s+not|hadn't|had\s+not|never)\s+(?:even\s+)?{_OMISSION})
    """
)


def owned_nearby(draft: Draft, sentence: Sentence) -> bool:
    """Ownership in the sentence itself, or in the next sentence: one that turns to it
    ("But the call was mine") or that owns it outright ("I should have caught it")."""
    if owns(draft, sentence.start, sentence.end):
        return True
    following = next_sentence(draft, sentence)
    if following is None:
        return False
    text = plain(draft)
    if _CONTRAST_OPENING.match(text, following.start):
        return owns(draft, following.start, following.end)
    match = _STRONG_OWNERSHIP.search(text, following.start, following.end)
    return bool(match and not _DISOWNED.search(text[max(following.start, match.start() - 30) : match.start()]))


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
    zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|
    eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|
    dozen|dozens|hundreds|thousands|millions|half|halves|twice|thrice|doubled|tripled|trebled|quadrupled|halved|
    (?:a|one)\s+(?:third|quarter|fifth|sixth|tenth|hundredth)|(?:two|three|four)[\s-]+(?:thirds|quarters|fifths)
"""
_TIME_UNIT = r"""
    (?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|sprint|semester|term|shift|season)s?
"""
_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?"
# A digit counts unless it only names something: COVID-19, GPT-4, B2B, H1N1, i18n, K8s.
_NAME_WITH_DIGITS = r"\p{L}+-\p{N}+(?![\p{N}.,%])|\p{L}+\p{N}+\p{L}[\p{L}\p{N}]*"
# CJK numerals with a measure word: 两周 (two weeks), 三天, 二週間, 一个月.
_CJK_QUANTITY = r"[零一二两三四五六七八九十百千万億亿]+(?:个月|個月|週間|日間|時間|小时|小時|分钟|分鐘|周|週|天|日|年|月|次|倍|人|名|位|件|回|%|％)"

QUANTITY = compiled_patterns.compile(
    rf"""
      (?<![\p{{L}}\p{{N}}])(?:{_NAME_WITH_DIGITS})(?<skip>)    # a name with digits: not a figure
    | \p{{N}}                                                   # any other digit: 3, 40%, $2M, 2019, 4.5/5
    | (?<![\p{{L}}])(?:{_NUMBER_WORD})(?![\p{{L}}])              # three weeks, a third, doubled
    | (?<![\p{{L}}])(?<!\bthe\s+)(?:a|an|a\s+couple\s+of|(?:last|next|every|each|per)(?:\s+other)?)\s+
        (?:full\s+|whole\s+|extra\s+|single\s+|working\s+|school\s+|calendar\s+)?{_TIME_UNIT}(?![\p{{L}}])   # a week late, every shift
    | (?<![\p{{L}}])one\s+(?!(?:day|week|morning|evening|night|afternoon|time|year|month|summer|winter|spring|autumn|weekend|shift|Saturday|Sunday)
        (?:\s*,|\s+(?:I|we|my|our|the|a|an|she|he|they|in|at|last|when|while|after|it|there|someone)\b))
        (?:[\p{{L}}-]+\s+)?(?:[\p{{L}}-]+)                     # one client, one patient (not "one day, ...")
        (?<=(?:client|customer|user|person|patient|student|pupil|page|line|file|ticket|order|deal|account|
              release|deploy|project|hire|member|report|test|case|site|store|flight|shipment|unit|item|mile|
              star|point|shift|day|week|hour|minute|month|year|night|call|error|mistake|complaint|review)s?)(?![\p{{L}}])
    | [$€£¥₹]                                                   # money
    | (?<![\p{{L}}])(?:percent|per\s+cent)(?![\p{{L}}])
    | (?<date>(?<![\p{{L}}])(?:on|by|until|till|before|after|from|since|last|next|in|of|every|each|to|through)\s+(?:the\s+)?
        (?:{_MONTH}|{_WEEKDAY})(?![\p{{L}}]))                 # a date: "on Monday", "by March" (not "the Saturday shift")
    | {_CJK_QUANTITY}
    """,
    FLAGS | regex.X,
)


def quantities(text: str, dates: bool = True) -> Iterator[regex.Match]:
    """The figures in ``text`` (names that merely contain digits are skipped; dates only if ``dates``)."""
    for match in QUANTITY.finditer(text):
        if match.group("skip") is None and (dates or match.group("date") is None):
            yield match


def has_quantity(text: str) -> bool:
    return next(quantities(text), None) is not None


def all_matches(patterns: Iterable[regex.Pattern | None], text: str, start: int, end: int) -> Iterator[regex.Match]:
    for pattern in patterns:
        if pattern is not None:
            yield from pattern.finditer(text, start, end)
