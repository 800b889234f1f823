"""A reference model of LSP text synchronisation, written apart from the server's code.

The fuzzer applies every change the client sends to its own copy with this
model and expects the server to hold the same text. It shares nothing with
``answerlint.lines`` or ``answerlint.lsp``: a bug in either would otherwise be
copied into the expectation.

What it does with positions the spec leaves open, and why:

* Lines end only at ``\\n``, ``\\r\\n`` and ``\\r`` (the spec's end-of-line
  sequences); U+2028 and friends are ordinary characters.
* A character past the end of its line "defaults back to the line length"
  (the spec's words); it never reaches into the line break or the next line.
* A line past the last line is the end of the document (what VS Code's
  ``validatePosition`` does; the spec says nothing).
* A position that falls inside a character, i.e. between the two UTF-16 units
  of a surrogate pair or among the bytes of a UTF-8 sequence, means the
  position just before that character (VS Code snaps to the same place; a
  cursor cannot stand inside a character).
* A reversed range (end before start) covers the same text as the range
  with its ends swapped (VS Code's ``Range`` normalises it the same way).
* Content changes in one ``didChange`` apply in order, each to the text the
  previous one left; a change without a range replaces the whole text.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

ENCODINGS = ("utf-8", "utf-16", "utf-32")
MAX_UINTEGER = 2**31 - 1


def width(ch: str, encoding: str) -> int:
    """How many units of ``encoding`` one code point takes."""
    if encoding == "utf-32":
        return 1
    if encoding == "utf-16":
        return 2 if ord(ch) > 0xFFFF else 1
    return len(ch.encode("utf-8", "surrogatepass"))


@functools.lru_cache(maxsize=16)  # the checks ask again and again about one text
def lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) string offsets of each line's content, without its line break."""
    spans: list[tuple[int, int]] = []
    start = i = 0
    while i < len(text):
        ch = text[i]
        if ch == "\n" or ch == "\r":
            spans.append((start, i))
            i += 2 if text.startswith("\r\n", i) else 1
            start = i
        else:
            i += 1
    spans.append((start, len(text)))
    return tuple(spans)


def offset_at(text: str, line: int, character: int, encoding: str) -> int:
    """The string offset a client position means in ``text``."""
    spans = lines(text)
    if line >= len(spans):
        return len(text)
    start, end = spans[line]
    used = 0
    offset = start
    while offset < end:
        step = width(text[offset], encoding)
        if used + step > character:
            break
        used += step
        offset += 1
    return offset


def position_at(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """The client position of a string offset (an offset inside ``\\r\\n`` is the end of its line)."""
    spans = lines(text)
    offset = max(0, min(offset, len(text)))
    for number, (start, end) in enumerate(spans):
        next_start = spans[number + 1][0] if number + 1 < len(spans) else len(text) + 1
        if offset < next_start:
            return number, sum(width(ch, encoding) for ch in text[start : min(offset, end)])
    raise AssertionError("unreachable: the last line ends after the text")


def line_width(text: str, line: int, encoding: str) -> int:
    start, end = lines(text)[line]
    return sum(width(ch, encoding) for ch in text[start:end])


def is_valid_position(text: str, line: int, character: int, encoding: str) -> bool:
    """Whether a position the server sends names a place in the text (a line, within it, between characters)."""
    spans = lines(text)
    if not 0 <= line < len(spans) or character < 0:
        return False
    start, end = spans[line]
    used = 0
    for ch in text[start:end]:
        if used == character:
            return True
        used += width(ch, encoding)
    return used == character


def apply_change(text: str, change: dict, encoding: str) -> str:
    """One ``TextDocumentContentChangeEvent`` (as JSON) applied to ``text``."""
    if change.get("range") is None:
        return change["text"]
    start = offset_at(text, change["range"]["start"]["line"], change["range"]["start"]["character"], encoding)
    end = offset_at(text, change["range"]["end"]["line"], change["range"]["end"]["character"], encoding)
    if end < start:
        start, end = end, start
    return text[:start] + change["text"] + text[end:]


def apply_changes(text: str, changes: Iterable[dict], encoding: str) -> str:
    for change in changes:
        text = apply_change(text, change, encoding)
    return text


def apply_text_edits(text: str, edits: Iterable[dict], encoding: str) -> str:
    """A workspace edit's ``TextEdit``s for one document: every range refers to the text before any of them."""
    spans = []
    for edit in edits:
        start = offset_at(text, edit["range"]["start"]["line"], edit["range"]["start"]["character"], encoding)
        end = offset_at(text, edit["range"]["end"]["line"], edit["range"]["end"]["character"], encoding)
        spans.append((min(start, end), max(start, end), len(spans), edit["newText"]))
    # from the end backwards; of two inserts at one place, the later is applied first so the earlier ends up first
    for start, end, _, new_text in sorted(spans, key=lambda s: s[:3], reverse=True):
        text = text[:start] + new_text + text[end:]
    return text
