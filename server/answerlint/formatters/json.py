"""Machine-readable findings: a JSON array, one object per finding.

This is a public contract that other tools (and an outside evaluation) parse,
so the keys, their order and their meaning do not change lightly::

    path, rule, code, severity, message, line, column, end_line, end_column, fix

Positions are 1-based, columns in code points, ends exclusive. ``fix`` is
``null`` or ``{"title", "edits": [{line, column, end_line, end_column, new_text}]}``
with edit positions in the same units.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from answerlint.finding import Fix
from answerlint.formatters import FileReport, span_of
from answerlint.lines import LineIndex
from answerlint.rule import RuleMeta


def _fix(lines: LineIndex, fix: Fix | None) -> dict[str, Any] | None:
    if fix is None:
        return None
    edits = []
    for edit in fix.edits:
        span = span_of(lines, edit.start, edit.end)
        edits.append(
            {
                "line": span.line,
                "column": span.column,
                "end_line": span.end_line,
                "end_column": span.end_column,
                "new_text": edit.new_text,
            }
        )
    return {"title": fix.title, "edits": edits}


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    items = []
    for report in reports:
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            items.append(
                {
                    "path": report.path,
                    "rule": finding.rule,
                    "code": finding.code,
                    "severity": str(finding.severity),
                    "message": finding.message,
                    "line": span.line,
                    "column": span.column,
                    "end_line": span.end_line,
                    "end_column": span.end_column,
                    "fix": _fix(report.lines, finding.fix),
                }
            )
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
