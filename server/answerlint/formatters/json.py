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
# findings that cost more than everything else a cached run does. So each finding is laid
# out here as ``indent=2`` would, its strings escaped by the same encoder ``json.dumps``
# uses, and only a fix (nested, and rare) goes through ``json.dumps`` itself. The output is
# exactly ``json.dumps(items, indent=2, ensure_ascii=False)``; a test holds the two together.
_string = json.JSONEncoder(ensure_ascii=False).encode  # a str goes straight to the C escaper


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    items = []
    for report in reports:
        path = _string(report.path)
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            fix = _fix(report.lines, finding.fix)
            fix_text = "null" if fix is None else json.dumps(fix, indent=2, ensure_ascii=False).replace("\n", "\n    ")
            items.append(
                f'  {{\n    "path": {path},\n    "rule": {_string(finding.rule)},\n    "code": {_string(finding.code)},'
                f'\n    "severity": {_string(str(finding.severity))},\n    "message": {_string(finding.message)},'
                f'\n    "line": {span.line:d},\n    "column": {span.column:d},\n    "end_line": {span.end_line:d},'
                f'\n    "end_column": {span.end_column:d},\n    "fix": {fix_text}\n  }}'
            )
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"
