from __future__ import annotations

from answerlint.finding import Finding, Severity
from answerlint.formatters import FileReport, render
from answerlint.formatters.text import one_line
from answerlint.lines import LineIndex


def test_one_line_per_finding(reports, rules):
    assert render("text", reports, rules) == (
        "drafts/a.md:2:15: AL101 warning [blame-shifting] Message of blame-shifting.\n"
        "drafts/a.md:3:11: AL401 error [missing-learning] "
        'Say what you learned: 100% of it, <not> "nothing" & more. Then stop.\n'
        "notes/odd, name:1.md:1:1: AL301 hint [too-short] Message of too-short.\n"
        "notes/odd, name:1.md:2:1: AL202 info [no-metrics] Message of no-metrics.\n"
    )


def test_nothing_found_is_empty(rules):
    assert render("text", [], rules) == ""
    assert render("text", [FileReport("a.md", LineIndex("Fine.\n"), [])], rules) == ""


def test_columns_count_code_points_not_utf16_units(rules):
    # 😀 is two UTF-16 units but one code point; 失败 are three UTF-8 bytes each.
    text = "😀😀失败 blame"
    start = text.index("blame")
    finding = Finding("r", "AL999", Severity.ERROR, "m", start, start + 5)
    assert render("text", [FileReport("x.md", LineIndex(text), [finding])], rules) == "x.md:1:6: AL999 error [r] m\n"


def test_one_line_folds_every_line_break():
    assert one_line("first\r\nsecond\rthird\n  fourth\n") == "first second third fourth"
