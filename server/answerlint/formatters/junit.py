"""JUnit XML, for CI systems that only know how to show test reports.

Every checked file is a test case: a clean file passes, and a file with
findings fails once, its failure text listing ``line:col: CODE [rule] message``
for each finding.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from answerlint.formatters import FileReport, span_of
from answerlint.formatters.text import one_line
from answerlint.rule import RuleMeta

# Characters XML 1.0 cannot hold at all, not even as character references:
# most C0 controls, lone surrogates (from undecodable file names) and U+FFFE/FFFF.
# ElementTree writes them as they are, and the result would not parse.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _xml_safe(value: str) -> str:
    """``value`` with each character XML cannot hold shown as a visible ``\\xNN`` escape."""
    return _NOT_XML.sub(_visible, value)


def _failure_text(report: FileReport) -> str:
    lines = []
    for finding in report.findings:
        span = span_of(report.lines, finding.start, finding.end)
        lines.append(f"{span.line}:{span.column}: {finding.code} [{finding.rule}] {one_line(finding.message)}")
    return "\n".join(lines)


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    failures = sum(1 for report in reports if report.findings)
    counts = {"tests": str(len(reports)), "failures": str(failures), "errors": "0"}
    suites = ET.Element("testsuites", {"name": "answerlint", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "answerlint", **counts})
    for report in reports:
        case = ET.SubElement(suite, "testcase", {"classname": "answerlint", "name": _xml_safe(report.path)})
        if report.findings:
            n = len(report.findings)
            failure = ET.SubElement(
                case,
                "failure",
                {"message": f"{n} finding" if n == 1 else f"{n} findings", "type": "answerlint"},
            )
            failure.text = _xml_safe(_failure_text(report))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
