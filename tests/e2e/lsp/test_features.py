"""Hover, the outline, the code lens and its scaffold command, and the workspace lint."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from lsp_harness import diagnostics, open_draft, pushed, uri_in

pytestmark = pytest.mark.asyncio(loop_scope="session")

STAR_L = """---
framework: star-l
---

# The launch I sank

## Situation

I ran the release of our billing app for 12,000 customers.

### Timeline

Two weeks, three engineers.

## Result

Invoices went out twice to 800 customers.
"""


def identifier(uri: str) -> types.TextDocumentIdentifier:
    return types.TextDocumentIdentifier(uri=uri)


async def test_hover_shows_the_rule_docs(neovim, workspace):
    uri = uri_in(workspace, "hover.md")
    open_draft(neovim, uri, STAR_L)
    learning = next(d for d in await diagnostics(neovim, uri) if d.code == "AL401")
    hover = await neovim.text_document_hover_async(
        types.HoverParams(text_document=identifier(uri), position=learning.range.start)
    )
    assert hover.contents.kind == types.MarkupKind.Markdown
    assert "AL401 missing-learning" in hover.contents.value
    assert "## Why it matters to an interviewer" in hover.contents.value
    assert "## Use instead" in hover.contents.value


async def test_no_hover_away_from_findings(neovim, workspace):
    uri = uri_in(workspace, "hover-none.md")
    open_draft(neovim, uri, STAR_L + "\n\n\n")
    await diagnostics(neovim, uri)
    hover = await neovim.text_document_hover_async(
        types.HoverParams(text_document=identifier(uri), position=types.Position(line=1, character=0))
    )
    assert hover is None


async def test_outline_by_framework_section(neovim, workspace):
    uri = uri_in(workspace, "outline.md")
    open_draft(neovim, uri, STAR_L)
    [top] = await neovim.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=identifier(uri)))
    assert top.name == "The launch I sank"
    assert [(s.name, s.detail.split(" · ")[0]) for s in top.children] == [("Situation", "Situation"), ("Result", "Result")]
    assert [s.name for s in top.children[0].children] == ["Timeline"]
    assert top.children[0].selection_range.start.line == 6


async def test_lens_shows_the_checklist_and_inserts_the_scaffold(vscode, workspace):
    uri = uri_in(workspace, "lens.md")
    open_draft(vscode, uri, STAR_L)
    await diagnostics(vscode, uri)
    [lens] = await vscode.text_document_code_lens_async(types.CodeLensParams(text_document=identifier(uri)))
    assert lens.range.start.line == 0
    title = lens.command.title
    assert "✗ learning" in title and "words" in title and "spoken" in title
    assert lens.command.command == "answerlint.insertScaffold"
    result = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams(command=lens.command.command, arguments=lens.command.arguments)
    )
    assert result["applied"] is True
    new_text = vscode.documents[uri]
    headings = [line for line in new_text.splitlines() if line.startswith("## ")]
    assert headings == ["## Situation", "## Task", "## Action", "## Result", "## Learned"]
    written = [line for line in STAR_L.splitlines() if line]
    assert [line for line in new_text.splitlines() if line in written] == written


async def test_workspace_lint_publishes_every_draft_with_progress(vscode, workspace):
    folder = workspace / "cohort"
    folder.mkdir()
    for index in range(3):
        (folder / f"draft-{index}.md").write_text(f"# Draft {index}\n\nI missed the deadline by {index + 1} days.\n", "utf-8")
    (folder / "notes.txt").write_text("not a draft", "utf-8")
    result = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams(command="answerlint.lintWorkspace", arguments=[])
    )
    assert result["drafts"] >= 3
    for index in range(3):
        uri = (folder / f"draft-{index}.md").as_uri()
        assert "AL401" in {d.code for d in vscode.diagnostics[uri]}
    reports = next(r for r in vscode.progress_reports.values() if r and r[0].title.startswith("Linting"))
    assert isinstance(reports[0], types.WorkDoneProgressBegin)
    assert isinstance(reports[-1], types.WorkDoneProgressEnd)


async def test_closing_clears_pushed_diagnostics(vscode, workspace):
    uri = uri_in(workspace, "closed.md")
    open_draft(vscode, uri, STAR_L)
    assert await pushed(vscode, uri, 1)
    vscode.text_document_did_close(types.DidCloseTextDocumentParams(text_document=identifier(uri)))
    for _ in range(100):
        if not vscode.diagnostics[uri]:
            break
        await asyncio.sleep(0.05)
    assert list(vscode.diagnostics[uri]) == []
