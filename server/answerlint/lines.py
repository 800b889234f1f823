"""One line index for turning string offsets into positions, and back.

Lines break only on ``\\n``, ``\\r\\n`` and ``\\r``, as LSP clients and
markdown-it do; ``str.splitlines`` would also break on U+2028 and friends and
put every later finding on the wrong line. Columns are counted in code points
(the CLI), UTF-16 code units (the LSP default) or UTF-8 bytes.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from itertools import accumulate
from typing import Literal

Encoding = Literal["utf-32", "utf-16", "utf-8"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PLUS_ONE = (1).__add__


@dataclass(frozen=True)
class Position:
    """A 0-based line and a 0-based column in some encoding's units."""

    line: int
    column: int


def _units(text: str, encoding: Encoding) -> int:
    if encoding == "utf-32" or text.isascii():
        return len(text)
    if encoding == "utf-16":
        return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
    return len(text.encode("utf-8", "surrogatepass"))


class LineIndex:
    """Offsets of line starts in a text, computed once, when first needed.

    (A draft too large to lint never needs them in the CLI: 10 MB costs
    ~0.1 s to index.)
    """

    def __init__(self, text: str) -> None:
        self.text = text

    @functools.cached_property
    def starts(self) -> list[int]:
        text = self.text
        if "\r" in text:
            return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        # \n only, the common case: line lengths summed in C, no match object per line
        return list(accumulate(map(_PLUS_ONE, map(len, text.split("\n")[:-1])), initial=0))

    @property
    def line_count(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def line_end(self, line: int) -> int:
        """Offset just before the line's break (or the end of the text)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            while end > self.starts[line] and self.text[end - 1] in "\r\n":
                end -= 1
            return end
        return len(self.text)

    def position(self, offset: int, encoding: Encoding = "utf-32") -> Position:
        text = self.text
        offset = max(0, min(offset, len(text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        # An offset inside a \r\n pair belongs at the end of its line. No line starts
        # between the two, so that is exactly an offset just after a \r of its own line.
        if offset > start and text[offset - 1] == "\r":
            offset -= 1
        if encoding == "utf-32":  # code points: no need to look at the text
            return Position(line, offset - start)
        return Position(line, _units(text[start:offset], encoding))

    def offset(self, position: Position, encoding: Encoding = "utf-32") -> int:
        """The string offset of a position; out-of-range positions are clamped (past a line's end: its end)."""
        if position.line < 0:
            return 0
        if position.line >= len(self.starts):
            return len(self.text)
        start = self.starts[position.line]
        end = self.line_end(position.line)
        if encoding == "utf-32" or self.text[start:end].isascii():
            return min(start + max(position.column, 0), end)
        # A column inside a character (between the halves of a UTF-16 surrogate pair, among the
        # bytes of a UTF-8 sequence) means the place just before it, as VS Code snaps it.
        remaining = position.column
        offset = start
        while offset < end:
            units = _units(self.text[offset], encoding)
            if units > remaining:
                break
            remaining -= units
            offset += 1
        return offset
