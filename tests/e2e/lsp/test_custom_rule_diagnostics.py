"""Custom rules in the editor: a diagnostic with its code and docs link, a quick fix, and a message for a bad definition."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from lsp_harness import apply_text_edits, diagnostics, open_draft, uri_in, workspace_edit_changes

pytestmark = pytest.mark.asyncio(loop_scope="session")

CONFIG = """\
[[custom-rules]]
name = "no-buzzwords"
message = "Say what you actually did instead of a buzzword."
kind = "substitution"
phrases = ["leveraged"]
replacement = "worked with"
link = "https://example.org/our-advice"

[[custom-rules]]
name = "say-sorry"
message = "Say you apologised."
kind = "existence"
phrases = ["sorry"]

[[custom-rules]]
name = "broken"
message = "m"
kind = "existence"
"""


async def test_custom_rule_diagnostic_quick_fix_and_bad_definition_message(vscode, workspace: Path):
    project = workspace / "coach-lsp"  # its own folder: the config must not reach other tests' drafts
    project.mkdir()
    (project / "answerlint.toml").write_text(CONFIG, encoding="utf-8")
    text = "# Situation 😀\n\nWe 😀 leveraged it and said sorry.\n"
    uri = uri_in(project, "draft.md")
    open_draft(vscode, uri, text)
    found = [d for d in await diagnostics(vscode, uri) if d.code == "CUSTOM"]
    assert [(d.data["rule"], d.range.start.line, d.range.start.character, d.range.end.character) for d in found] == [
        ("no-buzzwords", 2, 6, 15),  # UTF-16: the emoji is two units
        ("say-sorry", 2, 28, 33),
    ]
    buzz, sorry = found
    assert buzz.code_description.href == "https://example.org/our-advice"
    assert sorry.code_description.href == (project / "answerlint.toml").resolve().as_uri()  # no link: the file defining it
    assert buzz.message == "Say what you actually did instead of a buzzword."

    result = await vscode.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=buzz.range,
            context=types.CodeActionContext(diagnostics=[buzz], only=[types.CodeActionKind.QuickFix]),
        )
    )
    titles = [a.title for a in result]
    assert titles == ["Replace 'leveraged' with 'worked with'", "Disable no-buzzwords for this line", "Disable no-buzzwords for this file"]
    edits = workspace_edit_changes(result[0].edit)[uri]
    assert apply_text_edits(text, edits, vscode.encoding) == "# Situation 😀\n\nWe 😀 worked with it and said sorry.\n"

    hover = await vscode.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=buzz.range.start)
    )
    assert hover.contents.value.startswith("**CUSTOM no-buzzwords**: Say what you actually did instead of a buzzword.")
    assert "## What it does" in hover.contents.value  # the docs written from the definition

    line = f"{project / 'answerlint.toml'}: custom-rules #3 (broken): phrases: missing: existence rules need a list of phrases; the other rules still run"
    assert line in [m.message for m in vscode.messages]
