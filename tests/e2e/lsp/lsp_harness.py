"""Helpers for driving the real ``answerlint server`` process with pytest-lsp.

A test client that records every publishDiagnostics in order and applies
the server's workspace/applyEdit; starting a session as a real client
would; waiting for pushed or pulled diagnostics; and positions computed
independently of the server, from a lint in the test process.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities, make_test_lsp_client

from answerlint.lines import LineIndex, Position

SERVER_COMMAND = [sys.executable, "-m", "answerlint", "server"]
TIMEOUT = 60  # seconds; plugins load slowly on a busy machine


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publishDiagnostics in order and applying server edits."""
    client = make_test_lsp_client()
    client.published = []
    client.documents = {}
    keep_latest = client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS]

    def record(params: types.PublishDiagnosticsParams) -> None:
        client.published.append(params)
        keep_latest(params)

    client.protocol.fm.features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = record

    @client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams) -> types.ApplyWorkspaceEditResult:
        for uri, edits in workspace_edit_changes(params.edit).items():
            client.documents[uri] = apply_text_edits(client.documents[uri], edits, client.encoding)
        return types.ApplyWorkspaceEditResult(applied=True)

    client.registrations = []
    client.code_lens_refreshes = 0

    @client.feature(types.WORKSPACE_CODE_LENS_REFRESH)
    def code_lens_refresh(params: None) -> None:
        client.code_lens_refreshes += 1

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)

    return client


CONFIG = ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client)


def workspace_edit_changes(edit: types.WorkspaceEdit) -> dict[str, list[types.TextEdit]]:
    changes: dict[str, list[types.TextEdit]] = {}
    for uri, edits in (edit.changes or {}).items():
        changes.setdefault(uri, []).extend(edits)
    for change in edit.document_changes or ():
        changes.setdefault(change.text_document.uri, []).extend(change.edits)
    return changes


def apply_text_edits(text: str, edits, encoding: str) -> str:
    """Apply LSP text edits as a client would (all ranges refer to the text before any edit)."""
    lines = LineIndex(text)

    def offset(position: types.Position) -> int:
        return lines.offset(Position(position.line, position.character), encoding)

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new_text in spans:
        text = text[:start] + new_text + text[end:]
    return text


def initialize_params(capabilities: types.ClientCapabilities, root: Path, settings=None) -> types.InitializeParams:
    return types.InitializeParams(
        capabilities=capabilities,
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        initialization_options={"settings": settings} if settings is not None else None,
    )


async def start(client: LanguageClient, name: str, root: Path, settings=None) -> None:
    capabilities = client_capabilities(name)
    if settings is not None:
        client.set_configuration(settings, section="answerlint")
    result = await client.initialize_session(initialize_params(capabilities, root, settings))
    encoding = result.capabilities.position_encoding
    client.encoding = str(getattr(encoding, "value", encoding) or "utf-16")


def open_draft(client: LanguageClient, uri: str, text: str, version: int = 1) -> None:
    client.documents[uri] = text
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="markdown", version=version, text=text)
        )
    )


async def pushed(client: LanguageClient, uri: str, version: int | None) -> list[types.Diagnostic]:
    """The diagnostics published for this version of the document (waiting for them)."""
    for _ in range(TIMEOUT * 20):
        for params in client.published:
            if params.uri == uri and params.version == version:
                return list(params.diagnostics)
        await asyncio.sleep(0.05)
    raise AssertionError(f"no diagnostics for {uri} version {version}")


async def pulled(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    report = await asyncio.wait_for(
        client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        ),
        TIMEOUT,
    )
    return list(report.items)


async def diagnostics(client: LanguageClient, uri: str, version: int = 1) -> list[types.Diagnostic]:
    """However this client gets them: pulled if it pulls, else pushed."""
    if client.capabilities.text_document and client.capabilities.text_document.diagnostic:
        return await pulled(client, uri)
    return await pushed(client, uri, version)


def uri_in(root: Path, name: str) -> str:
    return (root / name).as_uri()


def codes(diagnostics) -> list[str]:
    return sorted(str(d.code) for d in diagnostics)



def spans(diagnostics) -> list[tuple]:
    """What a finding is, position-wise: its code and its range."""
    return sorted(
        (str(d.code), d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character)
        for d in diagnostics
        if d.code
    )


def expected_spans(text: str, encoding: str) -> list[tuple]:
    """The same lint run in this process, positioned independently of the server's code."""
    from answerlint.engine import lint_text
    from answerlint.plugins import default_registry
    from answerlint.settings import Settings

    lines = LineIndex(text)
    found = []
    for finding in lint_text(text, Settings(), default_registry()).findings:
        start, end = lines.position(finding.start, encoding), lines.position(finding.end, encoding)
        found.append((finding.code, start.line, start.column, end.line, end.column))
    return sorted(found)
