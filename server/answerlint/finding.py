"""What a rule reports: a span of the draft, a message and an optional fix.

Also what the reader reports about a draft it could not fully read
(:class:`Problem`), so a cached result can be rebuilt without importing the
Markdown parser.

Findings carry string offsets into the draft's text. Positions (line and
column in some encoding) are computed at the edge, by a formatter or the
language server, through one :class:`~answerlint.lines.LineIndex`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Severity(enum.IntEnum):
    """Ordered so that a larger value is more severe."""

    HINT = 1
    INFO = 2
    WARNING = 3
    ERROR = 4

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}; expected error, warning, info or hint") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Edit:
    """Replace ``text[start:end]`` with ``new_text``. An insertion has start == end."""

    start: int
    end: int
    new_text: str


@dataclass(frozen=True)
class Fix:
    """A named set of non-overlapping edits that together resolve a finding."""

    title: str
    edits: tuple[Edit, ...]


@dataclass(frozen=True)
class Finding:
    rule: str
    code: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.code)


NOT_LINTED = "not linted:"  # how the problem of a draft over max-draft-bytes begins


@dataclass(frozen=True)
class Problem:
    """Something in the draft answerlint could not read; reported, never raised."""

    offset: int
    message: str


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """Apply non-overlapping edits to ``text``, all offsets referring to the text before any edit.

    Insertions at one place go in the order given, as LSP clients apply them.
    """
    pieces, cursor = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):  # stable: same-place insertions keep their order
        pieces.append(text[cursor : edit.start])
        pieces.append(edit.new_text)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces)
