"""Workspace edits in the shape the client accepts.

A client that declares ``workspaceEdit.documentChanges`` gets versioned
``TextDocumentEdit``s, which it refuses to apply to a changed buffer; any
other client (Neovim, for one) gets plain ``changes``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from answerlint.finding import Edit
from answerlint.lsp.positions import PositionMap


def text_edits(edits: Sequence[Edit], positions: PositionMap) -> list[types.TextEdit]:
    return [types.TextEdit(range=positions.range(e.start, e.end), new_text=e.new_text) for e in edits]


def workspace_edit(
    uri: str, edits: Sequence[types.TextEdit], version: int | None, capabilities: types.ClientCapabilities
) -> types.WorkspaceEdit:
    workspace = capabilities.workspace
    versioned = bool(workspace and workspace.workspace_edit and workspace.workspace_edit.document_changes)
    if versioned:
        document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=list(edits))])
    return types.WorkspaceEdit(changes={uri: list(edits)})
