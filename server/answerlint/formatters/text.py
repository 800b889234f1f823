"""The default, human-readable format: one ruff-like line per finding.

``path:line:col: CODE severity [rule-name] message``, so terminals and editors
that recognise ``path:line:col`` make each line a link to the finding. The CLI
prints any summary itself; an empty run renders as the empty string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from answerlint.formatters import FileReport, span_of
from answerlint.rule import RuleMeta

_LINE_BREAKS = re.compile(r"\s*(?:\r\n|\r|\n)\s*")


def one_line(message: str) -> str:
    """A message with its line breaks folded into spaces.

    A line-oriented format keeps one finding per line, or a multi-line message
    would read (and grep) as a second finding.
    """
    return _LINE_BREAKS.sub(" ", message).strip()


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    out = []
    for report in reports:
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            out.append(
                f"{report.path}:{span.line}:{span.column}: "
                f"{finding.code} {finding.severity} [{finding.rule}] {one_line(finding.message)}\n"
            )
    return "".join(out)
