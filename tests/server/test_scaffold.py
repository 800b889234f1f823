import pytest

from answerlint.draft import Draft
from answerlint.finding import apply_edits
from answerlint.plugins import default_registry
from answerlint.scaffold import insert_section, render_scaffold

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
