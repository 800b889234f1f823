"""The sample drafts in fixtures/drafts/ say what fixtures/README.md says they say.

Only the five rules the samples were written for are selected, so rules added
later do not change these expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from answerlint.engine import lint_text
from answerlint.plugins import default_registry
from answerlint.settings import Settings

DRAFTS = Path(__file__).resolve().parents[3] / "fixtures" / "drafts"
RULES = ("blame-shifting", "ethics-risk", "vague-failure", "no-metrics", "missing-learning")

EXPECTED = {
    "01-nurse-star-l.md": [],
    "02-warehouse-star-l.md": [("blame-shifting", "The agency pickers were slow")],
    "03-engineer-what-why.md": [("vague-failure", "Things didn't go as planned")],
    "04-teacher-fri.md": [("no-metrics", None)],
    "05-designer-fgg.md": [],
    "06-grad-student-fpb.md": [],
    "07-sales-plain-prose.md": [("missing-learning", None)],
    "08-line-cook-bullets.md": [],
    "09-accountant-backdated.md": [("ethics-risk", "backdated two invoices")],
    "10-barista-crlf.md": [("vague-failure", "It didn't work out")],
    "11-pilot-trainee-unicode.md": [],
    "12-social-worker-suppressed.md": [],
}


def _lint(name: str, text: str | None = None):
    path = DRAFTS / name
    if text is None:
        text = path.read_bytes().decode("utf-8")
    return lint_text(text, Settings(select=RULES), default_registry(), path=path)


def test_every_sample_is_listed():
    assert sorted(p.name for p in DRAFTS.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_findings(name):
    result = _lint(name)
    assert not result.rule_errors
    got = [(f.rule, result.draft.text[f.start : f.end] if f.rule not in ("no-metrics", "missing-learning") else None) for f in result.findings]
    assert got == EXPECTED[name]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_sample_length(name):
    words = len((DRAFTS / name).read_text(encoding="utf-8").split())
    assert 120 <= words <= 450


def test_crlf_sample_keeps_its_line_endings():
    data = (DRAFTS / "10-barista-crlf.md").read_bytes()
    assert b"\r\n" in data and data.count(b"\n") == data.count(b"\r\n")


@pytest.mark.parametrize(
    "name, marker, rule",
    [
        ("05-designer-fgg.md", "answerlint: {ignore: [no-metrics]}\n", "no-metrics"),
        ("12-social-worker-suppressed.md", "<!-- answerlint-disable-next-line blame-shifting -->\n", "blame-shifting"),
    ],
)
def test_suppressed_samples_would_fire_without_the_suppression(name, marker, rule):
    text = (DRAFTS / name).read_text(encoding="utf-8")
    assert marker in text
    assert [f.rule for f in _lint(name, text.replace(marker, "")).findings] == [rule]
