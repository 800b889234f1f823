"""Output formats for ``answerlint check``: one module each, fed by one list of reports.

Each format module has ``render(reports, rules) -> str``. Positions are
1-based lines and columns counted in code points, computed here at the edge.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from typing import TYPE_CHECKING

from answerlint.finding import Finding
from answerlint.lines import LineIndex

if TYPE_CHECKING:
    from answerlint.rule import RuleMeta

FORMATS = ("text", "json", "sarif", "github", "junit")
LISTS_EVERY_RULE = frozenset({"sarif"})  # formats that describe every installed rule, not only those that fired


@dataclass
class FileReport:
    path: str  # as shown to the user: the path given, or --stdin-filename
    lines: LineIndex
    findings: list[Finding]


@dataclass(frozen=True)
class Span:
    """A finding's 1-based start and end, columns in code points."""

    line: int
    column: int
    end_line: int
    end_column: int


def span_of(lines: LineIndex, start: int, end: int) -> Span:
    first = lines.position(start)
    last = lines.position(end)
    return Span(first.line + 1, first.column + 1, last.line + 1, last.column + 1)


def render(name: str, reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; expected one of {', '.join(FORMATS)}")
    module = importlib.import_module(f"answerlint.formatters.{name}")
    return module.render(reports, rules)
