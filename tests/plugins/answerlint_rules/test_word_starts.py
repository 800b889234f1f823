"""Matching only at plausible word starts gives exactly the matches a full scan gives."""

from __future__ import annotations

import pytest
import regex

from answerlint.draft import Draft
from answerlint.plugins import default_registry

from answerlint_rules import parts
from answerlint_rules.language import FLAGS, compile_words, plain
from answerlint_rules.word_starts import first_stems, word_matches

REGISTRY = default_registry()
WORDS = FLAGS | regex.X


def stems(pattern: str) -> frozenset[str] | None:
    return first_stems(compile_words(pattern)._source, WORDS)


def test_the_stems_are_the_literal_word_beginnings_a_match_can_open_with():
    assert stems(r"since\s+then | (?:I|we)\s+now | ever\s+since") == {"since", "i", "we", "ever"}
    assert stems(r"lessons?\s+learned") == {"lesson"}  # a quantified letter ends the stem
    assert stems(r"(?:also\s+|just\s+)?(?:skipped|ignored)") == {"also", "just", "skipped", "ignored"}
    assert stems(r"(?<=\band\s)now | (?<coordinated>)(?:then\s+)?told") == {"now", "then", "told"}  # zero-width: skipped
    assert stems(r"(?-i:March)\s+\d+") == {"march"}
    assert stems(r"the\s+(?:\p{L}+\s+){0,3}?deadline") == {"the"}


@pytest.mark.parametrize(
    "pattern",
    [
        r"\p{L}+ed",  # any word
        r"[abc]x",  # a class
        r"\s*foo",  # may open with a space
        r"(?:a\s+)?'twas",  # may open with an apostrophe
        r"(?:foo)?",  # may match nothing
        r"(?:foo)*bar|\Gbaz",  # \G ties a match to where the scan began
        r"(?>atomic)",  # a construct it does not read
    ],
)
def test_it_gives_up_where_a_match_could_open_otherwise(pattern):
    assert stems(pattern) is None


def test_it_gives_up_on_a_pattern_that_could_match_inside_a_word():
    assert first_stems(r"miss(?:ed|ing)", 0) is None
    assert first_stems(r"\bmiss(?:ed|ing)\b", 0) == {"miss"}


TRICKY = (
    "I was dismissed, then I missed it. Since then I ſince-checked every KELVIN-ish (Kelvin sign) co-workers' plan. "
    "İ missed it; i MISSED it too — “I missed it”, and we'd missed it twice, then missed it again."
)


@pytest.mark.parametrize(
    "pattern",
    [r"missed\s+it", r"I\s+missed", r"since\s+then|since", r"co-workers'?", r"(?:we'd|then)\s+missed", r"kelvin"],
)
def test_word_matches_are_the_full_scan_matches_on_tricky_text(pattern):
    compiled = compile_words(pattern)
    assert first_stems(compiled._source, WORDS) is not None
    draft = Draft.parse(TRICKY)
    text = plain(draft)
    for start, end in [(0, len(text)), (3, 40), (5, len(text) - 2)]:
        want = [(m.span(), m.group(), m.groupdict()) for m in compiled.finditer(text, start, end)]
        assert [(m.span(), m.group(), m.groupdict()) for m in word_matches(draft, text, compiled, start, end)] == want


CUES = [(name, pattern) for name, pattern, _gate in parts._CUES] + [
    ("surfaced", parts.SURFACED), ("later work", parts.LATER_WORK), ("present action", parts.ACTION_PRESENT), ("deed", parts._DEED)
]


@pytest.fixture(scope="module")
def drafts(sample_texts) -> list[Draft]:
    return [Draft.parse(text, REGISTRY.frameworks) for text in sample_texts]


@pytest.mark.parametrize(("name", "pattern"), CUES, ids=[name for name, _ in CUES])
def test_the_cue_patterns_find_what_a_full_scan_finds(name, pattern, drafts):
    assert first_stems(pattern._source, pattern._flags) is not None, f"{name} fell back to a full scan"
    for draft in drafts:
        text = plain(draft)
        for sentence in draft.sentences:
            want = [(m.span(), m.group(), m.groupdict()) for m in pattern.finditer(text, sentence.start, sentence.end)]
            got = [(m.span(), m.group(), m.groupdict()) for m in word_matches(draft, text, pattern, sentence.start, sentence.end)]
            assert got == want, sentence.text
