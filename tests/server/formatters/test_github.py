from __future__ import annotations

from answerlint.finding import Finding, Severity
from answerlint.formatters import FileReport, render
from answerlint.formatters.github import escape_data, escape_property
from answerlint.lines import LineIndex


def test_workflow_commands(reports, rules):
    assert render("github", reports, rules) == (
        "::warning file=drafts/a.md,line=2,col=15,endLine=2,endColumn=25,title=AL101 blame-shifting"
        "::Message of blame-shifting.\n"
        "::error file=drafts/a.md,line=3,col=11,endLine=3,endColumn=18,title=AL401 missing-learning"
        '::Say what you learned: 100%25 of it, <not> "nothing" & more.%0AThen stop.\n'
        "::notice file=notes/odd%2C name%3A1.md,line=1,col=1,endLine=3,endColumn=1,title=AL301 too-short"
        "::Message of too-short.\n"
        "::notice file=notes/odd%2C name%3A1.md,line=2,col=1,endLine=2,endColumn=4,title=AL202 no-metrics"
        "::Message of no-metrics.\n"
    )


def test_nothing_found_is_empty(rules):
    assert render("github", [], rules) == ""
    assert render("github", [FileReport("a.md", LineIndex("Fine.\n"), [])], rules) == ""


def test_escaping():
    # "%" is escaped first, so an existing "%0A" stays literal text.
    assert escape_data("50%: a,b\r\nc %0A") == "50%25: a,b%0D%0Ac %250A"
    assert escape_property("50%: a,b\r\nc") == "50%25%3A a%2Cb%0D%0Ac"


def test_every_line_is_one_command(rules):
    finding = Finding("r,1", "AL9:9", Severity.HINT, "a\nb\rc", 0, 1)
    out = render("github", [FileReport("we\nird.md", LineIndex("x"), [finding])], rules)
    assert out == "::notice file=we%0Aird.md,line=1,col=1,endLine=1,endColumn=2,title=AL9%3A9 r%2C1::a%0Ab%0Dc\n"
