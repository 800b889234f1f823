from __future__ import annotations

import xml.etree.ElementTree as ET

from answerlint.finding import Finding, Severity
from answerlint.formatters import FileReport, render
from answerlint.lines import LineIndex


def parse(out: str) -> ET.Element:
    assert out.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    return ET.fromstring(out.encode("utf-8"))


def test_suites_and_cases(reports, rules):
    root = parse(render("junit", reports, rules))
    assert root.tag == "testsuites"
    assert root.attrib == {"name": "answerlint", "tests": "3", "failures": "2", "errors": "0"}
    [suite] = root
    assert suite.tag == "testsuite"
    assert suite.attrib == {"name": "answerlint", "tests": "3", "failures": "2", "errors": "0"}
    assert [(case.tag, case.attrib) for case in suite] == [
        ("testcase", {"classname": "answerlint", "name": "drafts/a.md"}),
        ("testcase", {"classname": "answerlint", "name": "drafts/b.md"}),
        ("testcase", {"classname": "answerlint", "name": "notes/odd, name:1.md"}),
    ]
    a, b, odd = suite
    [failure] = a
    assert failure.tag == "failure"
    assert failure.attrib == {"message": "2 findings", "type": "answerlint"}
    assert failure.text == (
        "2:15: AL101 [blame-shifting] Message of blame-shifting.\n"
        '3:11: AL401 [missing-learning] Say what you learned: 100% of it, <not> "nothing" & more. Then stop.'
    )
    assert list(b) == []  # a clean file passes
    assert odd[0].text == "1:1: AL301 [too-short] Message of too-short.\n2:1: AL202 [no-metrics] Message of no-metrics."


def test_markup_is_escaped(reports, rules):
    out = render("junit", reports, rules)
    assert "&lt;not&gt;" in out and "&amp; more" in out


def test_empty(rules):
    root = parse(render("junit", [], rules))
    assert root.attrib == {"name": "answerlint", "tests": "0", "failures": "0", "errors": "0"}
    [suite] = root
    assert suite.attrib == {"name": "answerlint", "tests": "0", "failures": "0", "errors": "0"}
    assert list(suite) == []


def test_one_finding_is_singular(rules):
    finding = Finding("r", "AL101", Severity.WARNING, "m", 0, 1)
    root = parse(render("junit", [FileReport("a.md", LineIndex("x"), [finding])], rules))
    assert root[0][0][0].attrib["message"] == "1 finding"


def test_characters_xml_cannot_hold_still_parse(rules):
    # NUL, BEL, ESC and a lone surrogate (an undecodable byte in a file name) are
    # not allowed in XML 1.0 at all; tab stays, and CR in an attribute survives.
    finding = Finding("r", "AL101", Severity.ERROR, "bad\x00bell\x07esc\x1b\ttab \ufffe", 0, 1)
    report = FileReport("dr\udcffaft\r\x01.md", LineIndex("x"), [finding])
    root = parse(render("junit", [report], rules))
    case = root[0][0]
    assert case.attrib["name"] == "dr\\udcffaft\r\\x01.md"
    assert case[0].text == "1:1: AL101 [r] bad\\x00bell\\x07esc\\x1b\ttab \\ufffe"


def test_crlf_and_wide_characters(rules):
    text = "Title\r\n😀失败 vendor\r\n"
    start = text.index("vendor")
    finding = Finding("blame-shifting", "AL101", Severity.WARNING, "m", start, start + 6)
    root = parse(render("junit", [FileReport("a.md", LineIndex(text), [finding])], rules))
    assert root[0][0][0].text == "2:5: AL101 [blame-shifting] m"
