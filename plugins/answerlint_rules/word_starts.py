"""A pattern's matches, tried only where a word it can begin with starts.

``regex`` tries a long alternation at every position of a sentence, and every
alternative at every word start: for the cue patterns that is a hundred
microseconds a sentence, most of it spent where no alternative can begin.
:func:`first_stems` reads a pattern's source and lists the literal word
beginnings every match must start with ("since", "i", "lesson"), or gives up
(None) when some match could begin otherwise: with a class, ``\\p{L}``, a
non-ASCII or non-alphanumeric character, ``\\G``, or a construct it does not
know. Skipping a zero-width assertion (look-arounds, ``\\b``, ``^``) only
lets more places through, so the list is never too short.

:func:`word_matches` then calls ``pattern.match`` at each word start whose
case-folded word begins with a stem, resuming after each match, which gives
exactly the matches ``pattern.finditer(text, start, end)`` gives: a match can
only start where its first consumed character is, and that is the first
letter of a stem. A pattern it gave up on is scanned with ``finditer``.
"""

from __future__ import annotations

import bisect
import functools

import regex

_WORD = regex.compile(r"(?<![\p{L}\p{N}])[\p{L}\p{N}]+")
_LITERAL = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_ZERO_WIDTH_ESCAPES = frozenset("bBAZ")  # \G is left out on purpose: it ties a match to where the scan began


class _GiveUp(Exception):
    """The source holds something a match could begin with that is not a listed word beginning."""


class _Reader:
    def __init__(self, source: str, verbose: bool):
        self.source, self.verbose, self.at = source, verbose, 0

    def peek(self) -> str:
        self._skip_ignored()
        return self.source[self.at] if self.at < len(self.source) else ""

    def take(self) -> str:
        char = self.peek()
        self.at += 1
        return char

    def _skip_ignored(self) -> None:
        while self.verbose and self.at < len(self.source):
            char = self.source[self.at]
            if char.isspace():
                self.at += 1
            elif char == "#":
                while self.at < len(self.source) and self.source[self.at] != "\n":
                    self.at += 1
            else:
                return

    def skip_class(self) -> None:
        """Past a character class; the reader stands just after its ``[``."""
        if self.source[self.at : self.at + 1] == "^":
            self.at += 1
        if self.source[self.at : self.at + 1] == "]":
            self.at += 1
        while self.at < len(self.source):
            char = self.source[self.at]
            self.at += 1
            if char == "\\":
                self.at += 1
            elif char == "[":
                raise _GiveUp("nested set")
            elif char == "]":
                return
        raise _GiveUp("unclosed set")


def _quantifier(reader: _Reader) -> tuple[bool, bool]:
    """(there was one, it allows zero), past any lazy or possessive mark."""
    char = reader.peek()
    if char in ("?", "*", "+"):
        reader.take()
        if reader.peek() in ("?", "+"):
            reader.take()
        return True, char != "+"
    if char == "{":
        close = reader.source.find("}", reader.at)
        low = reader.source[reader.at + 1 : close].split(",")[0].strip() if close > 0 else "x"
        if not (low.isdigit() or low == ""):
            raise _GiveUp("brace")
        reader.at = close + 1
        if reader.peek() in ("?", "+"):
            reader.take()
        return True, low in ("", "0")
    return False, False


def _alternation(reader: _Reader) -> tuple[set[str], bool]:
    """Stems and nullability of ``a|b|...`` up to a closing parenthesis or the end."""
    stems, nullable = _sequence(reader)
    while reader.peek() == "|":
        reader.take()
        more, more_nullable = _sequence(reader)
        stems |= more
        nullable = nullable or more_nullable
    return stems, nullable


def _sequence(reader: _Reader) -> tuple[set[str], bool]:
    """Stems of the items up to the first that must consume something; the rest is skipped."""
    stems: set[str] = set()
    while reader.peek() not in ("", "|", ")"):
        item, nullable = _item(reader)
        stems |= item
        if not nullable:
            while reader.peek() not in ("", "|", ")"):
                _skip_item(reader)
            return stems, False
    return stems, True


def _item(reader: _Reader) -> tuple[set[str], bool]:
    """Stems and nullability of one item: a literal run, a group, or a zero-width assertion."""
    char = reader.take()
    if char in _LITERAL:
        quantified, zero = _quantifier(reader)
        if quantified:
            return {char.casefold()}, zero
        run = char
        while reader.peek() in _LITERAL and reader.peek():
            mark = reader.at
            letter = reader.take()
            if _quantifier(reader)[0]:  # "lessons?": the quantified letter is left to the rest
                reader.at = mark
                break
            run += letter
        return {run.casefold()}, False
    if char in ("^", "$"):
        return set(), True
    if char == "\\":
        escaped = reader.source[reader.at : reader.at + 1]
        reader.at += 1
        if escaped in _ZERO_WIDTH_ESCAPES:
            return set(), True
        raise _GiveUp(f"escape \\{escaped}")
    if char == "(":
        return _group(reader)
    raise _GiveUp(f"starts with {char!r}")


def _group(reader: _Reader) -> tuple[set[str], bool]:
    source = reader.source
    if source.startswith(("?=", "?!", "?<=", "?<!"), reader.at):  # look-arounds consume nothing
        _skip_group(reader)
        _quantifier(reader)
        return set(), True
    if source.startswith("?:", reader.at):
        reader.at += 2
    elif source.startswith(("?P<", "?<"), reader.at):
        end = source.find(">", reader.at)
        if end < 0:
            raise _GiveUp("group name")
        reader.at = end + 1
    elif source.startswith("?", reader.at):
        close = reader.at + 1  # inline flags scoped to the group ("(?-i:...)") are fine, nothing else
        while close < len(source) and (source[close].isalpha() or source[close] == "-"):
            close += 1
        if source[close : close + 1] != ":":
            raise _GiveUp("group kind")
        reader.at = close + 1
    stems, nullable = _alternation(reader)
    if reader.take() != ")":
        raise _GiveUp("unclosed group")
    quantified, zero = _quantifier(reader)
    return stems, nullable or (quantified and zero)


def _skip_group(reader: _Reader) -> None:
    """Past the group whose ``(`` was just read, whatever it holds."""
    source, depth = reader.source, 1
    while reader.at < len(source):
        char = source[reader.at]
        reader.at += 1
        if char == "\\":
            reader.at += 1
        elif char == "[":
            reader.skip_class()
        elif char == "#" and reader.verbose:
            while reader.at < len(source) and source[reader.at] != "\n":
                reader.at += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return
    raise _GiveUp("unclosed group")


def _skip_item(reader: _Reader) -> None:
    char = reader.take()
    if char == "\\":
        escaped = reader.source[reader.at : reader.at + 1]
        reader.at += 1
        if escaped in ("p", "P", "N", "x", "u", "U") and reader.source[reader.at : reader.at + 1] == "{":
            reader.at = reader.source.index("}", reader.at) + 1
    elif char == "[":
        reader.skip_class()
    elif char == "(":
        _skip_group(reader)
    _quantifier(reader)


# A match must also start where no letter or digit is just before it, or the stem of a word
# could match inside another ("miss" in "dismissed"): the source has to open with one of these.
_OPENINGS = ("(?<![\\p{L}\\p{N}", "\\b")


@functools.lru_cache(maxsize=1024)
def first_stems(source: str, flags: int) -> frozenset[str] | None:
    """The case-folded word beginnings any match of ``source`` starts with, or None if that is unknown."""
    reader = _Reader(source, bool(flags & regex.X))
    reader.peek()
    if not source.startswith(_OPENINGS, reader.at):
        return None
    try:
        stems, nullable = _alternation(reader)
        if reader.peek() != "":
            raise _GiveUp("unbalanced")
    except (_GiveUp, ValueError, IndexError):
        return None
    if nullable or not stems:
        return None
    return frozenset(stems)


def _words(draft, text: str) -> tuple[list[int], list[str]]:
    """Where each word of ``text`` starts, and the word case-folded (cached on the draft)."""
    cached = getattr(draft, "_word_starts", None)
    if cached is None or cached[0] is not text:
        starts, folded = [], []
        for match in _WORD.finditer(text):
            starts.append(match.start())
            folded.append(match.group().casefold())
        cached = (text, starts, folded)
        draft._word_starts = cached  # type: ignore[attr-defined]
    return cached[1], cached[2]


class _Starts:
    """Stems, with each folded word's verdict remembered."""

    def __init__(self, stems: frozenset[str]):
        self.stems, self.lengths = stems, sorted({len(s) for s in stems})

    def allows(self, word: str) -> bool:
        return any(word[:length] in self.stems for length in self.lengths if length <= len(word))


# The word-edge wrappers compile_words() and story's words() put around an alternation.
_WRAPPERS = (
    (r"(?<![\p{L}\p{N}])(?<![\p{L}\p{N}]-)(?:", r")(?![\p{L}\p{N}])(?!-[\p{L}\p{N}])"),
    (r"\b(?:", r")\b"),
)
_NUMBERED = regex.compile(r"\\[1-9]|\\g<|\(\?P=")  # references by number or name tie alternatives together


class _Plan:
    """How to try one pattern at a word: not at all, or with only the alternatives the word can begin.

    An alternation tried at one place gives its first alternative that matches there; dropping
    alternatives that cannot begin with the word there leaves that first match unchanged. Named
    groups keep their names (an alternative that can never match declares them all); numbered
    groups may differ from the whole pattern's.
    """

    def __init__(self, pattern, source: str, flags: int, stems: frozenset[str]):
        self.pattern, self.by_word, self.subsets = pattern, {}, {}
        self.whole = _Starts(stems)
        self.alternatives = self._split(source, flags)
        self.compile = getattr(pattern, "_compile", None)
        if self.compile is None or pattern.compiled().__class__.__module__ != regex.Pattern.__module__:
            self.alternatives = None  # only regex allows the repeated group names the split needs

    def _split(self, source: str, flags: int):
        for prefix, suffix in _WRAPPERS:
            if source.startswith(prefix) and source.endswith(suffix) and not _NUMBERED.search(source):
                inner = source[len(prefix) : len(source) - len(suffix)]
                reader = _Reader(inner, bool(flags & regex.X))
                spans, begin = [], 0
                try:
                    while True:
                        while reader.peek() not in ("", "|", ")"):
                            _skip_item(reader)
                        if reader.peek() == ")":
                            return None  # the wrapper's group closes early: not one alternation
                        spans.append(inner[begin : reader.at])
                        if reader.take() == "":
                            break
                        begin = reader.at
                    alternatives = [(text, first_stems(prefix + text + suffix, flags)) for text in spans]
                except (_GiveUp, ValueError, IndexError):
                    return None
                if len(alternatives) < 2 or any(stems is None for _text, stems in alternatives):
                    return None
                self.prefix, self.suffix, self.flags = prefix, suffix, flags
                names = sorted(set(regex.findall(r"\(\?P?<([A-Za-z_]\w*)>", source)))
                self.names = "".join(f"(?P<{name}>)" for name in names)
                self.by_stem: dict[str, list[int]] = {}  # stem -> the alternatives that can open with it
                for index, (_text, stems) in enumerate(alternatives):
                    for stem in stems:
                        self.by_stem.setdefault(stem, []).append(index)
                self.lengths = sorted({len(stem) for stem in self.by_stem})
                return [text for text, _stems in alternatives]
        return None

    def for_word(self, word: str):
        """The pattern to try where ``word`` (case-folded) starts, or None when nothing can match there."""
        found = self.by_word.get(word, False)
        if found is False:
            if self.alternatives is None:
                found = self.pattern if self.whole.allows(word) else None
            else:
                by_stem = self.by_stem
                kept = tuple(sorted({i for length in self.lengths if length <= len(word) for i in by_stem.get(word[:length], ())}))
                found = self._subset(kept) if kept else None
            if len(self.by_word) < 50_000:
                self.by_word[word] = found
        return found

    def _subset(self, kept: tuple[int, ...]):
        if len(kept) == len(self.alternatives):
            return self.pattern
        found = self.subsets.get(kept)
        if found is None:
            body = "|".join(self.alternatives[i] for i in kept)
            if self.names:
                body += f"|(?!){self.names}"  # never matches; keeps every group name the whole pattern has
            found = self.subsets[kept] = self.compile(f"{self.prefix}{body}{self.suffix}", self.flags)
        return found


_PLANS: dict[tuple[str, int], _Plan | None] = {}


def word_matches(draft, text: str, pattern, start: int, end: int):
    """The matches ``pattern.finditer(text, start, end)`` gives, found by trying only plausible word starts.

    ``pattern`` is a compiled pattern or a ``LazyPattern``; ``text`` is the draft's (folded) prose.
    The matches have the same spans and named groups (numbered groups may differ).
    """
    source, flags = getattr(pattern, "_source", None), getattr(pattern, "_flags", None)
    if source is None:
        source, flags = pattern.pattern, int(pattern.flags)
    key = (source, int(flags))
    plan = _PLANS.get(key, False)
    if plan is False:
        stems = first_stems(source, int(flags))
        plan = _PLANS[key] = _Plan(pattern, source, int(flags), stems) if stems is not None else None
    if plan is None:
        yield from pattern.finditer(text, start, end)
        return
    offsets, folded = _words(draft, text)
    for_word = plan.for_word
    resume = start
    for index in range(bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)):
        offset = offsets[index]
        if offset < resume:
            continue
        trying = for_word(folded[index])
        if trying is None:
            continue
        found = trying.match(text, offset, end)
        if found is not None:
            yield found
            resume = found.end() if found.end() > offset else offset + 1
