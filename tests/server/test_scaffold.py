import pytest

from answerlint.draft import Draft
from answerlint.finding import apply_edits
from answerlint.plugins import default_registry
from answerlint.scaffold import insert_section, insert_sections, missing_sections, render_scaffold

REGISTRY = default_registry()
STAR_L = REGISTRY.framework("star-l")


@pytest.mark.parametrize("framework", REGISTRY.frameworks, ids=lambda f: f.id)
def test_scaffold_maps_back_to_its_framework(framework):
    draft = Draft.parse(render_scaffold(framework), REGISTRY.frameworks)
    assert draft.framework is framework and draft.framework_declared
    assert [s.framework_section for s in draft.sections[1:]] == list(framework.sections)


def test_insert_between_sections_keeps_every_character():
    text = "## Situation\r\n\r\nA.\r\n\r\n## Action\r\n\r\nB.\r\n\r\n## Result\r\n\r\nC.\r\n"
    draft = Draft.parse(text, REGISTRY.frameworks)
    fix = insert_section(draft, STAR_L, STAR_L.sections[1])  # Task
    [edit] = fix.edits
    assert edit.start == edit.end == text.index("## Action")
    new = apply_edits(text, fix.edits)
    assert new.replace(edit.new_text, "", 1) == text
    assert "## Task\r\n\r\n_What were you" in new and "\n\n" not in new.replace("\r\n", "")


def test_insert_at_end_of_text_without_trailing_newline():
    text = "## Situation\n\nA.\n\n## Result\n\nC."
    draft = Draft.parse(text, REGISTRY.frameworks)
    new = apply_edits(text, insert_section(draft, STAR_L, STAR_L.sections[4]).edits)
    assert new.startswith(text)
    assert new[len(text):].startswith("\n\n## Learned\n\n_")


def test_a_scaffold_adds_only_the_missing_sections_in_order():
    text = "# Oops\n\n## Situation\n\nA.\n\n## Result\n\nC.\n"
    draft = Draft.parse(text, REGISTRY.frameworks)
    missing = missing_sections(draft, STAR_L)
    assert [s.title for s in missing] == ["Task", "Action", "Learned"]
    fix = insert_sections(draft, STAR_L, missing)
    assert all(edit.start == edit.end for edit in fix.edits)  # inserts only
    new = apply_edits(text, fix.edits)
    assert [line for line in new.splitlines() if line.startswith("## ")] == [
        "## Situation", "## Task", "## Action", "## Result", "## Learned"
    ]
    assert missing_sections(Draft.parse(new, REGISTRY.frameworks), STAR_L) == []
    assert insert_sections(draft, STAR_L, []) is None


def test_a_scaffold_reads_headings_as_its_own_framework():
    text = "## Situation\n\nA.\n\n## Action\n\nB.\n\n## Reflection\n\nC.\n"
    draft = Draft.parse(text, REGISTRY.frameworks)
    assert draft.framework is STAR_L
    fri = REGISTRY.framework("failure-reflection-improvement")
    missing = missing_sections(draft, fri)
    assert [s.title for s in missing] == ["Failure", "Improvement"]
    new = apply_edits(text, insert_sections(draft, fri, missing).edits)
    assert [line for line in new.splitlines() if line.startswith("## ")] == [
        "## Situation", "## Action", "## Failure", "## Reflection", "## Improvement"
    ]
