"""Reports built by hand for the formatter tests.

``drafts/a.md`` has CRLF line endings, an emoji and CJK before its first
finding (so code-point columns differ from UTF-16 ones), and a finding with a
two-edit fix whose message holds every character some format must escape.
``drafts/b.md`` is clean. ``notes/odd, name:1.md`` has a path that GitHub
commands and SARIF URIs must escape, and an info and a hint finding.
"""

from __future__ import annotations

import pytest

from answerlint.finding import Edit, Fix, Severity
from answerlint.formatters import FileReport
from answerlint.lines import LineIndex
from answerlint.rule import RuleMeta

A_TEXT = "# Failure\r\n😀 失败了 because the vendor was late.\r\nI learned nothing.\r\n"
ODD_TEXT = "Short.\nToo short.\n"

TRICKY = 'Say what you learned: 100% of it, <not> "nothing" & more.\nThen stop.'


def meta(code: str, name: str, family: str, severity: Severity) -> RuleMeta:
    return RuleMeta(
        code=code,
        name=name,
        family=family,
        kind="span",
        severity=severity,
        summary=f"Summary of {name}.",
        message=f"Message of {name}.",
        docs=f"Summary of {name}.\n\n## What it does\nFlags *{name}*.",
    )


BLAME = meta("AL101", "blame-shifting", "ownership", Severity.WARNING)
LEARNING = meta("AL401", "missing-learning", "structure", Severity.ERROR)
METRICS = meta("AL202", "no-metrics", "specificity", Severity.INFO)
LENGTH = meta("AL301", "too-short", "structure", Severity.HINT)


def offset(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def make_rules() -> list[RuleMeta]:
    # Deliberately not in code order: SARIF must sort them.
    return [LEARNING, BLAME, METRICS, LENGTH]


def make_reports() -> list[FileReport]:
    vendor = offset(A_TEXT, "the vendor")
    nothing = offset(A_TEXT, "nothing")
    end_of_line_2 = A_TEXT.index(" was late.") + len(" was late.")
    fix = Fix(
        title="Name the lesson",
        edits=(
            Edit(end_of_line_2, end_of_line_2, " The call to wait was mine."),
            Edit(*nothing, "to build a fallback"),
        ),
    )
    a = FileReport(
        "drafts/a.md",
        LineIndex(A_TEXT),
        [
            BLAME.finding(*vendor),
            LEARNING.finding(*nothing, message=TRICKY, fix=fix),
        ],
    )
    b = FileReport("drafts/b.md", LineIndex("All good.\n"), [])
    odd = FileReport(
        "notes/odd, name:1.md",
        LineIndex(ODD_TEXT),
        [
            LENGTH.finding(0, len(ODD_TEXT)),
            METRICS.finding(*offset(ODD_TEXT, "Too")),
        ],
    )
    return [a, b, odd]


@pytest.fixture
def rules() -> list[RuleMeta]:
    return make_rules()


@pytest.fixture
def reports() -> list[FileReport]:
    return make_reports()
