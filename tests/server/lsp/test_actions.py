from lsprotocol import types

from answerlint.lsp.actions import SCAFFOLD_KIND, wanted
from answerlint.suppression import front_matter_end
from answerlint.lsp.edits import workspace_edit
from answerlint.lsp.positions import PositionMap


def test_wanted_kinds_follow_the_hierarchy():
    assert wanted(SCAFFOLD_KIND, None)
    assert wanted(SCAFFOLD_KIND, [types.CodeActionKind.Source])
    assert not wanted(SCAFFOLD_KIND, [types.CodeActionKind.QuickFix])
    assert wanted("quickfix", ["quickfix"])
    assert not wanted("quickfix", ["source"])


def test_file_suppressions_go_after_front_matter():
    text = "---\r\nframework: star-l\r\n---\r\n# Title\r\n"
    assert text[front_matter_end(text, PositionMap(text, "utf-16").lines) :] == "# Title\r\n"
    assert front_matter_end("# Title\n---\n", PositionMap("# Title\n---\n", "utf-16").lines) == 0
    assert front_matter_end("---\nunclosed: yes\n", PositionMap("---\nunclosed: yes\n", "utf-16").lines) == 0


def test_versioned_edits_only_for_clients_that_take_them():
    edit = types.TextEdit(range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)), new_text="x")
    versioned = types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True))
    )
    [change] = workspace_edit("file:///a.md", [edit], 3, versioned).document_changes
    assert change.text_document.version == 3
    assert workspace_edit("file:///a.md", [edit], 3, types.ClientCapabilities()).changes == {"file:///a.md": [edit]}
