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


# The standard library indents in pure Python, through nested generators: for a folder's
# findings that cost more than everything else a cached run does. So each finding's flat
# keys go through the C encoder, with separators that lay them out as ``indent=2`` would,
# and only a fix (nested, and rare) is indented by ``json.dumps``. The output is exactly
# ``json.dumps(items, indent=2, ensure_ascii=False)``; a test holds the two together.
_FLAT = json.JSONEncoder(ensure_ascii=False, separators=(",\n    ", ": "))


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    items = []
    for report in reports:
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            flat = _FLAT.encode(
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
                }
            )
            fix = _fix(report.lines, finding.fix)
            fix_text = "null" if fix is None else json.dumps(fix, indent=2, ensure_ascii=False).replace("\n", "\n    ")
            items.append(f'  {{\n    {flat[1:-1]},\n    "fix": {fix_text}\n  }}')
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"
