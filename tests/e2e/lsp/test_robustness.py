"""Odd documents get diagnostics or nothing, never a dead server; other files are left alone."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from lsp_harness import open_draft, pushed, uri_in

pytestmark = pytest.mark.asyncio(loop_scope="session")

ODD = {
    "empty": "",
    "controls": "# Title\x00\x0b\x0c\u2028\u2029\x85\n\nText\x1c with \x1e separators.\n",
    "cr-only": "# Title\r\rI broke it.\r\r## Learned\r\rNothing.\r",
    "one-long-line": "word " * 40_000,
    "unclosed": "---\nframework: [\n\n```\n# not a heading\n<!-- answerlint-disable nonsense",
}


@pytest.mark.parametrize("name", list(ODD))
async def test_odd_documents_are_linted(name, vscode, workspace):
    uri = uri_in(workspace, f"odd-{name}.md")
    open_draft(vscode, uri, ODD[name])
    found = await pushed(vscode, uri, 1)
    assert all(d.source == "answerlint" for d in found)


async def test_other_languages_are_ignored_and_the_server_still_serves(vscode, workspace):
    uri = uri_in(workspace, "notes.txt")
    vscode.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="plaintext", version=1, text="They failed.")
        )
    )
    await asyncio.sleep(0.5)
    assert all(p.uri != uri for p in vscode.published)
    symbols = await vscode.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    assert symbols is None
    ok = uri_in(workspace, "after-odd.md")
    open_draft(vscode, ok, "# Fine\n\nI failed.\n")
    assert await pushed(vscode, ok, 1)


async def test_a_small_draft_is_not_stuck_behind_a_long_document(vscode, workspace):
    from bench.corpus import single_text

    long_uri, short_uri = uri_in(workspace, "long.md"), uri_in(workspace, "short-after-long.md")
    open_draft(vscode, long_uri, single_text(40_000, 3))  # seconds of linting
    open_draft(vscode, short_uri, "# Fine\n\nI failed.\n")
    await pushed(vscode, short_uri, 1)
    await pushed(vscode, long_uri, 1)
    order = [p.uri for p in vscode.published if p.uri in (long_uri, short_uri)]
    assert order.index(short_uri) < order.index(long_uri), "the short draft waited for the long one"
