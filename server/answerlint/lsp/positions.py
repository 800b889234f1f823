"""String offsets to LSP positions and back, in the encoding the client negotiated.

Built on :class:`answerlint.lines.LineIndex`, so lines break only on ``\\n``,
``\\r\\n`` and ``\\r`` as the client counts them (pygls's own documents split
on U+2028 too, which would misplace every position after one).
"""

from __future__ import annotations

from lsprotocol import types

from answerlint.lines import Encoding, LineIndex, Position

ENCODINGS: dict[str, Encoding] = {
    types.PositionEncodingKind.Utf8: "utf-8",
    types.PositionEncodingKind.Utf16: "utf-16",
    types.PositionEncodingKind.Utf32: "utf-32",
}


def encoding_of(kind: object) -> Encoding:
    """The negotiated ``PositionEncodingKind`` (or its string) as a LineIndex encoding; UTF-16 by default."""
    value = getattr(kind, "value", kind)
    return ENCODINGS.get(value, "utf-16")  # type: ignore[arg-type]


class PositionMap:
    def __init__(self, text: str, encoding: Encoding, lines: LineIndex | None = None) -> None:
        """``lines``: an index of the same text already made (the draft's), to reuse."""
        self.lines = lines if lines is not None and lines.text is text else LineIndex(text)
        self.encoding = encoding

    @property
    def text(self) -> str:
        return self.lines.text

    def position(self, offset: int) -> types.Position:
        at = self.lines.position(offset, self.encoding)
        return types.Position(line=at.line, character=at.column)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        return self.lines.offset(Position(position.line, position.character), self.encoding)
