"""Choosing fixes that can be applied together, and proving nothing outside them changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from answerlint.finding import Edit, Finding, Fix, Severity, apply_edits
from answerlint.fixes import fix_text, plan_fixes


def finding(rule: str, *edits: tuple[int, int, str]) -> Finding:
    start = min(e[0] for e in edits)
    fix = Fix(f"fix {rule}", tuple(Edit(*e) for e in edits))
    return Finding(rule, "CUSTOM", Severity.WARNING, "m", start, max(e[1] for e in edits), fix)


def test_an_overlapping_fix_is_skipped_and_said_why():
    first, second = finding("a", (0, 5, "x")), finding("b", (3, 8, "y"))
    plan = plan_fixes([second, first], 10)
    assert plan.applied == [first]
    assert plan.skipped == [(second, "it overlaps the fix for a")]


def test_touching_edges_do_not_overlap_but_two_insertions_at_one_place_do():
    replace, after, also_after = finding("a", (0, 5, "x")), finding("b", (5, 5, "y")), finding("c", (5, 5, "z"))
    plan = plan_fixes([replace, after, also_after], 10)
    assert plan.applied == [replace, after]
    assert [f.rule for f, _ in plan.skipped] == ["c"]


def test_the_same_fix_twice_is_one_change_and_a_broken_fix_is_refused():
    same, again = finding("a", (2, 2, "x")), finding("b", (2, 2, "x"))
    outside, crossed = finding("c", (9, 12, "y")), finding("d", (0, 4, "p"), (3, 6, "q"))
    plan = plan_fixes([same, again, outside, crossed], 10)
    assert plan.applied == [same]
    assert [why for _, why in plan.skipped] == ["its edits are out of range or overlap each other"] * 2


def test_passes_relint_and_stop_when_nothing_applies():
    text = "aa bb"
    first = finding("r", (0, 2, "cc"))
    calls = []

    def lint(new_text):
        calls.append(new_text)
        return []

    outcome = fix_text(text, [first], lint)
    assert (outcome.text, calls, [f for f, _ in outcome.applied]) == ("cc bb", ["cc bb"], [first])


def test_only_safe_findings_are_fixed():
    risky = finding("risky", (0, 2, "zz"))
    outcome = fix_text("aa bb", [risky], lambda text: [], safe=lambda f: f.rule != "risky")
    assert outcome.text == "aa bb" and outcome.applied == []


@st.composite
def text_and_fixes(draw):
    text = draw(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60))
    fixes = []
    for number in range(draw(st.integers(0, 6))):
        edits = []
        for _ in range(draw(st.integers(1, 2))):
            start = draw(st.integers(0, len(text)))
            end = draw(st.integers(start, min(len(text), start + 8)))
            edits.append((start, end, draw(st.text(max_size=5))))
        fixes.append(finding(f"r{number}", *edits))
    return text, fixes


@settings(max_examples=300, deadline=None)
@given(text_and_fixes())
def test_text_outside_the_applied_spans_is_identical(case):
    text, fixes = case
    plan = plan_fixes(fixes, len(text))
    fixed = apply_edits(text, plan.edits)
    # walk the edits in order: every gap between them must come through unchanged, in order
    position, out = 0, 0
    for edit in sorted(plan.edits, key=lambda e: (e.start, e.end)):
        gap = text[position : edit.start]
        assert fixed[out : out + len(gap)] == gap
        out += len(gap)
        assert fixed[out : out + len(edit.new_text)] == edit.new_text
        out += len(edit.new_text)
        position = edit.end
    assert fixed[out:] == text[position:]
    # and every fix was either applied or reported, never dropped in silence (identical ones aside)
    applied = {f.rule for f in plan.applied} | {f.rule for f, _ in plan.skipped}
    distinct = {f.rule for f in fixes if not any(g.fix.edits == f.fix.edits and g.rule < f.rule for g in fixes)}
    assert distinct <= applied


@settings(max_examples=100, deadline=None)
@given(text_and_fixes(), st.booleans())
def test_on_disk_the_bytes_before_and_after_the_fixes_are_the_original_bytes(case, bom):
    import tempfile
    from pathlib import Path

    from answerlint.rewrite import BOM, rewrite

    text, fixes = case
    original = (BOM if bom else b"") + text.encode("utf-8")
    plan = plan_fixes(fixes, len(text))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.md"
        path.write_bytes(original)
        rewrite(path, original, apply_edits(text, plan.edits))
        written = path.read_bytes()
    if not plan.edits:
        assert written == original
        return
    first = min(e.start for e in plan.edits)
    last = max(e.end for e in plan.edits)
    head = (BOM if bom else b"") + text[:first].encode("utf-8")
    tail = text[last:].encode("utf-8")
    assert written.startswith(head) and written.endswith(tail)
