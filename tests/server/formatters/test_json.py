from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from answerlint.finding import Edit, Finding, Fix, Severity
from answerlint.formatters import FileReport, render
from answerlint.lines import LineIndex

EXPECTED = """\
[
  {
    "path": "drafts/a.md",
    "rule": "blame-shifting",
    "code": "AL101",
    "severity": "warning",
    "message": "Message of blame-shifting.",
    "line": 2,
    "column": 15,
    "end_line": 2,
    "end_column": 25,
    "fix": null
  },
  {
    "path": "drafts/a.md",
    "rule": "missing-learning",
    "code": "AL401",
    "severity": "error",
    "message": "Say what you learned: 100% of it, <not> \\"nothing\\" & more.\\nThen stop.",
    "line": 3,
    "column": 11,
    "end_line": 3,
    "end_column": 18,
    "fix": {
      "title": "Name the lesson",
      "edits": [
        {
          "line": 2,
          "column": 35,
          "end_line": 2,
          "end_column": 35,
          "new_text": " The call to wait was mine."
        },
        {
          "line": 3,
          "column": 11,
          "end_line": 3,
          "end_column": 18,
          "new_text": "to build a fallback"
        }
      ]
    }
  },
  {
    "path": "notes/odd, name:1.md",
    "rule": "too-short",
    "code": "AL301",
    "severity": "hint",
    "message": "Message of too-short.",
    "line": 1,
    "column": 1,
    "end_line": 3,
    "end_column": 1,
    "fix": null
  },
  {
    "path": "notes/odd, name:1.md",
    "rule": "no-metrics",
    "code": "AL202",
    "severity": "info",
    "message": "Message of no-metrics.",
    "line": 2,
    "column": 1,
    "end_line": 2,
    "end_column": 4,
    "fix": null
  }
]
"""

KEYS = ["path", "rule", "code", "severity", "message", "line", "column", "end_line", "end_column", "fix"]


def test_exact_output(reports, rules):
    assert render("json", reports, rules) == EXPECTED


def test_keys_in_contract_order(reports, rules):
    items = json.loads(render("json", reports, rules))
    assert [list(item) for item in items] == [KEYS] * 4


def test_empty_is_an_empty_array(rules):
    assert render("json", [], rules) == "[]\n"
    assert render("json", [FileReport("a.md", LineIndex("Fine.\n"), [])], rules) == "[]\n"


def test_non_ascii_is_kept_and_columns_are_code_points(rules):
    text = "A\r\n😀 失败 the vendor\r\n"
    start = text.index("失败")
    fix = Fix("Own it", (Edit(start, start + 2, "我的错"),))
    finding = Finding("blame-shifting", "AL101", Severity.WARNING, "“失败” 😀", start, start + 2, fix)
    [item] = json.loads(out := render("json", [FileReport("b.md", LineIndex(text), [finding])], rules))
    assert "“失败” 😀" in out and "我的错" in out  # ensure_ascii=False
    assert (item["line"], item["column"], item["end_line"], item["end_column"]) == (2, 3, 2, 5)
    assert item["fix"] == {
        "title": "Own it",
        "edits": [{"line": 2, "column": 3, "end_line": 2, "end_column": 5, "new_text": "我的错"}],
    }


_text = st.text(st.characters(blacklist_categories=("Cs",)) | st.sampled_from(['"', "\\", "\n", "\t", "\x00", "\u2028", "😀"]))


@given(
    path=_text,
    message=_text,
    fixes=st.lists(st.none() | st.tuples(_text, st.lists(_text, max_size=3)), min_size=1, max_size=4),
)
@settings(max_examples=60, deadline=None)
def test_the_layout_is_exactly_the_standard_two_space_indent(path, message, fixes):
    """The renderer lays findings out by hand for speed: it must match json.dumps(indent=2) byte for byte."""
    text = "line one\nline two\n"
    findings = [
        Finding("r", "AL999", Severity.WARNING, message, n % 5, 5 + n % 5,
                Fix(fix[0], tuple(Edit(1, 2, new) for new in fix[1])) if fix else None)
        for n, fix in enumerate(fixes)
    ]
    out = render("json", [FileReport(path, LineIndex(text), findings), FileReport(path, LineIndex(""), [])], [])
    assert out == json.dumps(json.loads(out), indent=2, ensure_ascii=False) + "\n"
    assert [item["message"] for item in json.loads(out)] == [message] * len(findings)
