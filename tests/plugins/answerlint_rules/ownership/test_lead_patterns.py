"""The ownership family's phrase patterns are tried only at lead words, one alternative at a
time; that must find exactly what the whole pattern finds when run over every sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from answerlint.draft import Draft
from answerlint.plugins import default_registry

from answerlint_rules.language import compile_words, sentence_matches
from answerlint_rules.ownership import excuse_making, indifference, self_flagellation
from answerlint_rules.ownership._voice import LeadPattern, _alternatives

REGISTRY = default_registry()
EXAMPLES = Path(__file__).parent.parent / "examples"

PATTERNS = {
    "excuse": excuse_making._EXCUSE,
    "plea": excuse_making._PLEA,
    "nothing-done": excuse_making._NOTHING_DONE,
    "indifference": indifference._INDIFFERENT,
    "self-flagellation": self_flagellation._DEFEAT,
}


def _example_texts() -> list[str]:
    texts = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and line not in ("<<<", ">>>"):
                texts.append(line.replace("[[", "").replace("]]", "").replace("\\n", "\n"))
    return texts


TEXTS = _example_texts()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_lead_matches_equal_a_full_scan(name):
    lead = PATTERNS[name]
    whole = compile_words(lead._source())
    found = 0
    for text in TEXTS:
        draft = Draft.parse(text, REGISTRY.frameworks)
        expected = [(s.start, m.span()) for s, m in sentence_matches(draft, whole)]
        got = [(s.start, m.span()) for s, m in lead.sentence_matches(draft)]
        assert got == expected, text
        found += len(expected)
    assert found > 0  # the comparison saw real matches, not only empty lists


def test_alternatives_split_only_at_the_top_level():
    assert _alternatives(r"(?:a(?:b|c)|[|]d|e\|f)") == ["a(?:b|c)", "[|]d", r"e\|f"]
    assert _alternatives(r"(?:x|y)z") == [r"(?:x|y)z"]
    assert _alternatives("a  # a comment | not a branch\n | b") == ["a", "b"]


def test_a_match_that_starts_off_the_lead_words_is_missed():
    # the lead words are a promise the pattern must keep: here "really" is not one of them
    lead = LeadPattern(lambda: r"really\s+bad|quite\s+bad", "quite")
    draft = Draft.parse("It was really bad, then quite bad.", REGISTRY.frameworks)
    assert [m.group() for _, m in lead.sentence_matches(draft)] == ["quite bad"]
