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

from answerlint.finding import Fix
from answerlint.formatters import FileReport, Span, span_of
from answerlint.lines import LineIndex
from answerlint.rule import RuleMeta


# The standard library indents in pure Python, through nested generators: for a folder's
# findings that cost more than everything else a cached run does. So each finding is laid
# out here as ``indent=2`` would, its strings escaped by the same encoder ``json.dumps``
# uses. The output is exactly ``json.dumps(items, indent=2, ensure_ascii=False)``; a
# property test holds the two together.
_string = json.JSONEncoder(ensure_ascii=False).encode  # a str goes straight to the C escaper


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    items = []
    for report in reports:
        path = _string(report.path)
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            items.append(
                f'  {{\n    "path": {path},\n    "rule": {_string(finding.rule)},\n    "code": {_string(finding.code)},'
                f'\n    "severity": {_string(str(finding.severity))},\n    "message": {_string(finding.message)},'
                f"\n{_span_fields(span, '    ')},\n    \"fix\": {_fix(report.lines, finding.fix)}\n  }}"
            )
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"


def _span_fields(span: Span, indent: str) -> str:
    return (
        f'{indent}"line": {span.line:d},\n{indent}"column": {span.column:d},'
        f'\n{indent}"end_line": {span.end_line:d},\n{indent}"end_column": {span.end_column:d}'
    )


def _fix(lines: LineIndex, fix: Fix | None) -> str:
    """``null``, or ``{"title", "edits": [{line, column, end_line, end_column, new_text}]}``, nested two levels deep."""
    if fix is None:
        return "null"
    edits = [
        f"        {{\n{_span_fields(span_of(lines, edit.start, edit.end), '          ')},"
        f'\n          "new_text": {_string(edit.new_text)}\n        }}'
        for edit in fix.edits
    ]
    listed = "[\n" + ",\n".join(edits) + "\n      ]" if edits else "[]"
    return f'{{\n      "title": {_string(fix.title)},\n      "edits": {listed}\n    }}'
