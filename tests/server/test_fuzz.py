"""Property-based tests: the document model and the whole engine on any text.

Run with modest example counts in the ordinary suite; ``python -m bench.fuzz``
runs the same properties with 100,000+ examples (see bench/README.md).
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from answerlint.draft import Draft
from answerlint.engine import lint_text
from answerlint.finding import apply_edits
from answerlint.lines import LineIndex, Position
from answerlint.plugins import default_registry
from answerlint.scaffold import insert_sections, missing_sections
from answerlint.settings import Settings
from answerlint.suppression import disable_file, disable_next_line
from markdown_strategies import EXTREMES, POISON, RUNS, any_text, examples, poisoned_draft

REGISTRY = default_registry()
FRAMEWORKS = REGISTRY.frameworks
SPAN_RULES = {r.meta.name for r in REGISTRY.rules if r.meta.kind == "span"}
SETTINGS = Settings()
FUZZ = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], derandomize=False)


def fresh_registry():
    """The installed rules, with a budget record of their own: one overrun must not hide a rule from later tests."""
    return dataclasses.replace(REGISTRY, disabled={})


def _unit(char: str, encoding: str) -> int:
    """A code point's size in columns, computed by the codec rather than by answerlint.lines."""
    if encoding == "utf-16":
        return len(char.encode("utf-16-le", "surrogatepass")) // 2
    if encoding == "utf-8":
        return len(char.encode("utf-8", "surrogatepass"))
    return 1


# -- offsets and positions -----------------------------------------------------------------


@settings(max_examples=examples(30, 3000), **FUZZ)
@given(any_text())
def test_offsets_and_positions_round_trip_in_every_encoding(text):
    RUNS["positions"] += 1
    lines = LineIndex(text)
    crlf_inside = {i + 1 for i in range(len(text) - 1) if text[i] == "\r" and text[i + 1] == "\n"}
    for encoding in ("utf-32", "utf-16", "utf-8"):
        column, line = 0, 0
        for offset in range(len(text) + 1):
            if line + 1 < lines.line_count and offset == lines.starts[line + 1]:
                line, column = line + 1, 0
            position = lines.position(offset, encoding)
            if offset in crlf_inside:  # between \r and \n: the end of its line
                assert position == lines.position(offset - 1, encoding)
                continue
            assert position == Position(line, column)
            assert lines.offset(position, encoding) == offset
            if offset < len(text):
                column += _unit(text[offset], encoding)


@settings(max_examples=examples(30, 40000), **FUZZ)
@given(any_text(), st.integers(-5, 500), st.integers(-5, 500))
def test_any_position_maps_to_an_offset_inside_the_text(text, line, column):
    RUNS["clamping"] += 1
    lines = LineIndex(text)
    for encoding in ("utf-32", "utf-16", "utf-8"):
        offset = lines.offset(Position(line, column), encoding)
        assert 0 <= offset <= len(text)
        assert not (0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n")


# -- the document model --------------------------------------------------------------------


def check_draft(text: str, draft: Draft) -> None:
    assert draft.text == text and len(draft.prose) == len(text)
    for i, (char, kept) in enumerate(zip(text, draft.prose)):
        assert kept == char or kept == " ", i
        if char in "\r\n":
            assert kept == char, i  # line breaks stay: offsets and lines mean the same in both
    previous_end = 0
    for block in draft.blocks:
        assert previous_end <= block.start <= block.end <= len(text)
        previous_end = block.end
    for sentence in draft.sentences:
        block = draft.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        assert sentence.text == draft.prose[sentence.start : sentence.end]
        assert not sentence.text[0].isspace() and not sentence.text[-1].isspace()
    for section in draft.sections:
        assert section.start <= section.heading_end <= section.end <= len(text)
    for comment in draft.comments:
        assert text[comment.start : comment.end] == f"<!--{comment.body}-->"
    for problem in draft.problems:
        assert 0 <= problem.offset <= len(text)


@settings(max_examples=examples(60, 25000), **FUZZ)
@given(any_text())
def test_the_document_model_holds_for_any_text(text):
    RUNS["draft"] += 1
    check_draft(text, Draft.parse(text, FRAMEWORKS))


@settings(max_examples=examples(40, 1500), **FUZZ)
@given(poisoned_draft())
def test_code_front_matter_comments_targets_and_quotes_are_never_prose(text):
    RUNS["poison"] += 1
    draft = Draft.parse(text, FRAMEWORKS)
    check_draft(text, draft)
    leaked = [i for i, char in enumerate(draft.prose) if char == POISON]
    assert not leaked, text[max(0, leaked[0] - 40) : leaked[0] + 40]
    check_findings(text, lint_text(text, SETTINGS, fresh_registry()))


# -- the whole engine ----------------------------------------------------------------------


def check_findings(text: str, result) -> None:
    """Every finding inside the text and on prose, every fix an exact edit; no rule failed."""
    assert result.rule_errors == {}
    draft = result.draft
    prose = draft.prose
    anchor = draft.anchor()
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(text), finding
        if finding.rule in SPAN_RULES:
            assert finding.start < finding.end, finding
            assert not prose[finding.start].isspace() and not prose[finding.end - 1].isspace(), (finding, text[finding.start : finding.end])
        else:  # a document finding points at the draft's anchor: its first heading or line of prose
            assert (finding.start, finding.end) == anchor, finding
        if finding.fix is not None:
            check_fix(text, finding.fix.edits)


def check_fix(text: str, edits) -> None:
    """Applied, a fix changes exactly its spans: the text between them comes through untouched."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    new = apply_edits(text, edits)
    cursor, at = 0, 0
    for edit in ordered:
        kept = text[cursor : edit.start]
        assert new[at : at + len(kept)] == kept
        at += len(kept)
        assert new[at : at + len(edit.new_text)] == edit.new_text
        at += len(edit.new_text)
        cursor = edit.end
    assert new[at:] == text[cursor:]


@settings(max_examples=examples(50, 5000), **FUZZ)
@given(any_text())
def test_the_engine_never_raises_and_every_finding_lies_on_prose(text):
    RUNS["engine"] += 1
    check_findings(text, lint_text(text, SETTINGS, fresh_registry()))


@pytest.mark.parametrize("name", list(EXTREMES))
def test_extreme_documents(name):
    text = EXTREMES[name]
    result = lint_text(text, SETTINGS, fresh_registry())
    check_findings(text, result)
    check_draft(text, result.draft)


# -- edits: scaffolds, suppressions, any substitution ----------------------------------------


def is_insertion_of(original: str, new: str, edits) -> bool:
    """Every original character is still there, in order, and only the edits' text was added."""
    assert all(e.start == e.end for e in edits)
    check_fix(original, edits)
    return len(new) == len(original) + sum(len(e.new_text) for e in edits)


@settings(max_examples=examples(25, 1500), **FUZZ)
@given(st.one_of(any_text(), poisoned_draft()), st.sampled_from(FRAMEWORKS))
def test_a_scaffold_only_inserts_and_adds_the_missing_sections(text, framework):
    RUNS["scaffold"] += 1
    draft = Draft.parse(text, FRAMEWORKS)
    missing = missing_sections(draft, framework)
    fix = insert_sections(draft, framework, missing)
    if fix is None:
        assert not missing
        return
    new = apply_edits(text, fix.edits)
    assert is_insertion_of(text, new, fix.edits)
    # each inserted heading is read back as the section it was inserted for
    headings = {framework.section_named(s.heading) for s in Draft.parse(new, FRAMEWORKS).sections}
    if POISON not in text and "```" not in text and "~~~" not in text and "<" not in text and not _too_deep(text):
        # (an unclosed fence or HTML block earlier in the draft swallows what comes after it)
        assert set(missing) <= headings, (missing, headings)


def _too_deep(text: str) -> bool:
    """markdown-it stops parsing at its nesting limit: what follows is not read at all (found by bench.fuzz)."""
    from answerlint.draft import _markdown

    parser = _markdown()
    return any(t.level >= parser.options["maxNesting"] - 2 for t in parser.parse(text))


@settings(max_examples=examples(20, 500), **FUZZ)
@given(st.one_of(poisoned_draft(), any_text()), st.data())
def test_a_suppression_only_inserts_and_silences_that_rule(text, data):
    RUNS["suppression"] += 1
    registry = fresh_registry()
    result = lint_text(text, SETTINGS, registry)
    if not result.findings:
        return
    finding = data.draw(st.sampled_from(result.findings))
    lines = result.draft.lines
    line = lines.line_of(finding.start)
    for edit in (disable_next_line(text, lines, line, finding.rule), disable_file(text, lines, finding.rule)):
        new = apply_edits(text, [edit])
        assert is_insertion_of(text, new, [edit])
        after = lint_text(new, SETTINGS, registry)
        moved = finding.start + (len(edit.new_text) if edit.start <= finding.start else 0)
        still = [f for f in after.findings if f.rule == finding.rule and f.start == moved]
        assert not still, (edit, text)


@settings(max_examples=examples(60, 25000), **FUZZ)
@given(any_text(), st.data())
def test_a_substitution_changes_only_its_own_span(text, data):
    RUNS["substitution"] += 1
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    edits = [
        dataclasses.replace(edit, new_text=data.draw(st.text(max_size=5)))
        for edit in _edits_between(cuts)
    ]
    check_fix(text, edits)


def _edits_between(cuts):
    from answerlint.finding import Edit

    return [Edit(cuts[i], cuts[i + 1], "") for i in range(0, len(cuts) - 1, 2)]
