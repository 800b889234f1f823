"""200 incremental edits in a burst: diagnostics end up for the final text only."""

from __future__ import annotations

import asyncio

import pytest
from lsprotocol import types

from answerlint.lines import LineIndex
from lsp_harness import expected_spans, open_draft, pulled, pushed, spans, uri_in

pytestmark = pytest.mark.asyncio(loop_scope="session")

# U+2028 is no line break for the client (pygls's own copy would count one)
START = "# What went wrong\n\n## Situation\n\nI ran\u2028the launch.\n"
TYPED = "Then 😬 my manager 東 changed the plan, so honestly it wasn't really my fault at all. " * 2


def edits(text: str, encoding: str):
    """Type TYPED at the end, then delete characters: 200 edits, each with the text after it."""
    for count in range(200):
        lines = LineIndex(text)
        end = lines.position(len(text), encoding)
        at = types.Position(line=end.line, character=end.column)
        if count < 150:
            char = TYPED[count]
            change = types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=char)
            text += char
        else:
            before = lines.position(len(text) - 1, encoding)
            start = types.Position(line=before.line, character=before.column)
            change = types.TextDocumentContentChangePartial(range=types.Range(start=start, end=at), text="")
            text = text[:-1]
        yield change, text


def burst(client, uri: str) -> str:
    text = START
    for version, (change, text) in enumerate(edits(START, client.encoding), 2):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                content_changes=[change],
            )
        )
    return text


async def test_pushed_diagnostics_end_with_the_final_text(vscode, workspace):
    uri = uri_in(workspace, "burst-push.md")
    open_draft(vscode, uri, START)
    await pushed(vscode, uri, 1)
    final = burst(vscode, uri)
    found = await pushed(vscode, uri, 201)
    await asyncio.sleep(0.5)  # anything stale would arrive after the final version
    versions = [p.version for p in vscode.published if p.uri == uri]
    assert versions == sorted(versions) and versions[-1] == 201
    assert spans(found) == expected_spans(final, vscode.encoding)


async def test_pulled_diagnostics_are_for_the_final_text(neovim, workspace):
    uri = uri_in(workspace, "burst-pull.md")
    open_draft(neovim, uri, START)
    final = burst(neovim, uri)
    assert spans(await pulled(neovim, uri)) == expected_spans(final, neovim.encoding)
