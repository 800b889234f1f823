"""GitHub Actions workflow commands, which show findings as annotations on a PR.

Each finding becomes one ``::error|warning|notice file=…,line=…::message``
line on stdout; the runner turns it into an annotation on the diff. GitHub
has no "info" or "hint" level, so both are ``notice``.
"""

from __future__ import annotations

from collections.abc import Sequence

from answerlint.finding import Severity
from answerlint.formatters import FileReport, span_of
from answerlint.rule import RuleMeta

COMMANDS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "notice",
    Severity.HINT: "notice",
}


def escape_data(value: str) -> str:
    # "%" first, or the escapes themselves would be escaped again.
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    # ":" ends the properties and "," separates them, so both are escaped too.
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    out = []
    for report in reports:
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            properties = {
                "file": report.path,
                "line": span.line,
                "col": span.column,
                "endLine": span.end_line,
                "endColumn": span.end_column,
                "title": f"{finding.code} {finding.rule}",
            }
            joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
            out.append(f"::{COMMANDS[finding.severity]} {joined}::{escape_data(finding.message)}\n")
    return "".join(out)
