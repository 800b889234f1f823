"""Diagnostics: pushed to VS Code, pulled by Neovim, with code, source, docs link and fix data."""

from __future__ import annotations

import pytest
from lsprotocol import types

from lsp_harness import codes, diagnostics, open_draft, pulled, pushed, uri_in

pytestmark = pytest.mark.asyncio(loop_scope="session")

NO_LEARNING = """# The night I lost the shipment

## Situation

I ran the night shift at a warehouse with 40 pickers.

## Action

I rescheduled the pickers myself and called the client that evening.
"""


async def test_pushed_on_open_with_code_source_link_and_fix(vscode, workspace):
    uri = uri_in(workspace, "pushed.md")
    open_draft(vscode, uri, NO_LEARNING)
    found = await pushed(vscode, uri, 1)
    assert "AL401" in codes(found)
    for diagnostic in found:
        assert diagnostic.source == "answerlint"
        assert diagnostic.code_description.href.startswith("file:") and diagnostic.code_description.href.endswith(".py")
        assert diagnostic.data["version"] == 1
    learning = next(d for d in found if d.code == "AL401")
    assert learning.data["rule"] == "missing-learning"
    assert learning.data["fix"]["edits"]


async def test_pulled_by_neovim_and_never_pushed(neovim, workspace):
    uri = uri_in(workspace, "pulled.md")
    open_draft(neovim, uri, NO_LEARNING)
    found = await pulled(neovim, uri)
    assert "AL401" in codes(found)
    assert all(p.uri != uri for p in neovim.published)


async def test_a_save_lints_again(vscode, workspace):
    uri = uri_in(workspace, "saved.md")
    open_draft(vscode, uri, NO_LEARNING)
    await pushed(vscode, uri, 1)
    before = len([p for p in vscode.published if p.uri == uri])
    vscode.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri), text=NO_LEARNING)
    )
    for _ in range(600):
        if len([p for p in vscode.published if p.uri == uri]) > before:
            break
        await __import__("asyncio").sleep(0.05)
    assert "AL401" in codes(await diagnostics(vscode, uri))


async def test_an_unchanged_draft_is_reported_unchanged(neovim, workspace):
    uri = uri_in(workspace, "unchanged.md")
    open_draft(neovim, uri, NO_LEARNING)
    params = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
    first = await neovim.text_document_diagnostic_async(params)
    params.previous_result_id = first.result_id
    second = await neovim.text_document_diagnostic_async(params)
    assert second.kind == "unchanged" and second.result_id == first.result_id
