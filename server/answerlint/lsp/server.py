"""The language server: state, and one small handler per LSP message.

Handlers only translate: documents go to :class:`Documents`, lints to the
:class:`Linter` (off the event loop), and the answers are built by the
feature modules (diagnostics, actions, hover, symbols, lens, workspace_lint).
"""

from __future__ import annotations

import logging
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer

from answerlint import __version__
from answerlint.lines import Encoding
from answerlint.lsp import actions, lens, symbols, workspace_lint
from answerlint.lsp.configuration import read_client_settings
from answerlint.lsp.documents import Documents, path_of
from answerlint.lsp.hover import hover_at
from answerlint.lsp.linting import Linted, Linter
from answerlint.lsp.positions import encoding_of
from answerlint.lsp.protocol import AnswerlintProtocol
from answerlint.plugins import default_registry

log = logging.getLogger(__name__)

CONFIG_GLOBS = ("**/answerlint.toml", "**/pyproject.toml")


class AnswerlintServer(LanguageServer):
    def __init__(self, **options: Any) -> None:
        """``options`` go to pygls's ``LanguageServer`` (a test making many servers shares one ``converter_factory``)."""
        super().__init__("answerlint", __version__, protocol_cls=AnswerlintProtocol, **options)
        self.documents = Documents()
        self.linter = Linter(self.documents, default_registry, lambda: self.encoding, self.publish, self.report)
        self.reported: set[str] = set()
        self.initialization_options: Any = None

    @property
    def encoding(self) -> Encoding:
        try:
            return encoding_of(self.workspace.position_encoding)
        except RuntimeError:  # not initialized yet
            return "utf-16"

    @property
    def pulls_diagnostics(self) -> bool:
        """Clients that pull (``textDocument/diagnostic``) get no pushed diagnostics for open drafts."""
        text_document = self.client_capabilities.text_document
        return bool(text_document and text_document.diagnostic)

    def publish(self, linted: Linted) -> None:
        if self.pulls_diagnostics and linted.document.uri in self.documents:
            return
        document = linted.document
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=document.uri, version=document.version, diagnostics=linted.diagnostics)
        )

    def report(self, message: str) -> None:
        """Tell the user once about a problem that does not stop the server (settings, plugins, …)."""
        if message in self.reported:
            return
        self.reported.add(message)
        log.warning("%s", message)
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Warning, message=message))
        self.window_show_message(types.ShowMessageParams(type=types.MessageType.Warning, message=message))

    def refresh(self) -> None:
        """Settings changed: lint every open draft again."""
        self.linter.touch_all()
        workspace = self.client_capabilities.workspace
        if self.pulls_diagnostics and workspace and workspace.diagnostics and workspace.diagnostics.refresh_support:
            self.workspace_diagnostic_refresh(None)
        if workspace and workspace.code_lens and workspace.code_lens.refresh_support:
            self.workspace_code_lens_refresh(None)  # the checklist may have changed too


# -- lifecycle and configuration ----------------------------------------------------------


def initialize(ls: AnswerlintServer, params: types.InitializeParams) -> None:
    ls.initialization_options = params.initialization_options


async def initialized(ls: AnswerlintServer, params: types.InitializedParams) -> None:
    registry = await ls.linter.in_worker(lambda: ls.linter.registry)
    for error in registry.errors:
        ls.report(error)
    await _watch_config_files(ls)
    raw = ls.initialization_options.get("settings") if isinstance(ls.initialization_options, dict) else None
    await _load_client_settings(ls, raw, start_up=True)


async def _watch_config_files(ls: AnswerlintServer) -> None:
    workspace = ls.client_capabilities.workspace
    watched = workspace and workspace.did_change_watched_files
    if not (watched and watched.dynamic_registration):
        return
    options = types.DidChangeWatchedFilesRegistrationOptions(
        watchers=[types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS]
    )
    registration = types.Registration(
        id="answerlint-config-files", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
    )
    try:
        await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
    except Exception as error:
        log.warning("could not watch config files: %s", error)


async def _load_client_settings(ls: AnswerlintServer, fallback: Any, start_up: bool = False) -> None:
    """Ask the client for its ``answerlint`` section (or use what it sent) and re-lint.

    At start-up, a client whose section changes nothing (most send none) gets
    no re-lint: it would only cancel and redo the first lint, which is also
    the one that compiles the rules' patterns. A later change always re-lints.
    """
    raw = fallback
    workspace = ls.client_capabilities.workspace
    if workspace and workspace.configuration:
        try:
            [answer] = await ls.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section="answerlint")])
            )
            if answer is not None:  # a client without the section keeps its initializationOptions
                raw = answer
        except Exception as error:
            log.warning("workspace/configuration failed: %s", error)
    folders = workspace_lint.workspace_folders(ls)
    root = folders[0] if folders else None

    def apply() -> tuple[bool, list[str]]:
        client, errors = read_client_settings(raw, ls.linter.registry, root)
        if client == ls.linter.resolver.client:
            return False, errors
        ls.linter.resolver.set_client(client)
        return True, errors

    changed, errors = await ls.linter.in_worker(apply)
    ls.reported.clear()
    for error in errors:
        ls.report(error)
    if changed or not start_up:
        ls.refresh()


async def did_change_configuration(ls: AnswerlintServer, params: types.DidChangeConfigurationParams) -> None:
    settings = params.settings
    section = settings.get("answerlint") if isinstance(settings, dict) else None
    await _load_client_settings(ls, section)


async def did_change_watched_files(ls: AnswerlintServer, params: types.DidChangeWatchedFilesParams) -> None:
    await ls.linter.in_worker(lambda: ls.linter.resolver.forget_files())
    ls.reported.clear()
    ls.refresh()


def shutdown(ls: AnswerlintServer, params: None) -> None:
    ls.linter.shutdown()


# -- documents ----------------------------------------------------------------------------


def did_open(ls: AnswerlintServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.documents.open(params.text_document)
    ls.linter.touch(params.text_document.uri, delay=0)


def did_change(ls: AnswerlintServer, params: types.DidChangeTextDocumentParams) -> None:
    if ls.documents.change(params, ls.encoding) is not None:
        ls.linter.touch(params.text_document.uri)


def did_save(ls: AnswerlintServer, params: types.DidSaveTextDocumentParams) -> None:
    uri = params.text_document.uri
    if params.text is not None:
        ls.documents.replace_text(uri, params.text)
    if uri in ls.documents:
        ls.linter.touch(uri, delay=0)
    path = path_of(uri)
    if path is not None and path.name in ("answerlint.toml", "pyproject.toml"):
        ls.refresh()


def did_close(ls: AnswerlintServer, params: types.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    ls.linter.forget(uri)
    ls.documents.close(uri)
    if not ls.pulls_diagnostics:
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


# -- features -----------------------------------------------------------------------------


async def diagnostic(ls: AnswerlintServer, params: types.DocumentDiagnosticParams):
    uri = params.text_document.uri
    await ls.linter.settled(uri)
    linted = await ls.linter.fresh(uri)
    if linted is None:
        return types.RelatedFullDocumentDiagnosticReport(items=[])
    if params.previous_result_id == linted.result_id:
        return types.RelatedUnchangedDocumentDiagnosticReport(result_id=linted.result_id)
    return types.RelatedFullDocumentDiagnosticReport(items=linted.diagnostics, result_id=linted.result_id)


async def code_action(ls: AnswerlintServer, params: types.CodeActionParams):
    document = ls.documents.get(params.text_document.uri)
    if document is None or not document.is_draft:
        return None
    linted, frameworks = None, []
    if actions.wanted(actions.SCAFFOLD_KIND, params.context.only):
        linted = await ls.linter.fresh(document.uri)  # also waits for the plugins to load
        if linted is not None:
            document, frameworks = linted.document, ls.linter.registry.frameworks
    return actions.code_actions(params, document, linted, ls.encoding, frameworks, ls.client_capabilities)


async def hover(ls: AnswerlintServer, params: types.HoverParams):
    linted = await ls.linter.fresh(params.text_document.uri)
    return hover_at(linted, params.position, ls.linter.registry) if linted else None


async def document_symbol(ls: AnswerlintServer, params: types.DocumentSymbolParams):
    linted = await ls.linter.fresh(params.text_document.uri)
    return symbols.document_symbols(linted) if linted else None


async def code_lens(ls: AnswerlintServer, params: types.CodeLensParams):
    linted = await ls.linter.fresh(params.text_document.uri)
    return lens.code_lenses(linted, ls.linter.registry.frameworks) if linted else None


async def insert_scaffold(ls: AnswerlintServer, *arguments: Any):
    """``answerlint.insertScaffold``: add the framework's missing sections, through workspace/applyEdit.

    Arguments: the document's URI, then optionally a framework id (else the
    draft's own or best-matching framework). Taken as ``*arguments``: pygls
    requires every named parameter, so ``[uri]`` alone would be refused.
    """
    if not 1 <= len(arguments) <= 2 or not all(isinstance(a, str) for a in arguments):
        raise JsonRpcInvalidParams(
            f"{lens.INSERT_SCAFFOLD} takes a document URI and optionally a framework id, got {list(arguments)!r}"
        )
    uri, framework_id = arguments[0], arguments[1] if len(arguments) == 2 else None
    linted = await ls.linter.fresh(uri)
    if linted is None:  # the client's mistake, not the server's: Invalid params, not Internal error
        raise JsonRpcInvalidParams(f"{uri} is not an open Markdown draft")
    frameworks = ls.linter.registry.frameworks
    framework = (
        ls.linter.registry.framework(framework_id) if framework_id else actions.best_framework(linted.result.draft, frameworks)
    )
    if framework is None:
        raise JsonRpcInvalidParams(f"unknown framework {framework_id!r}")
    edit = actions.scaffold_edit(linted, framework, ls.client_capabilities)
    if edit is None:
        ls.window_show_message(
            types.ShowMessageParams(type=types.MessageType.Info, message=f"The draft has every {framework.title} section.")
        )
        return {"applied": False}
    result = await ls.workspace_apply_edit_async(
        types.ApplyWorkspaceEditParams(edit=edit, label=f"Insert {framework.title} scaffold")
    )
    return {"applied": result.applied}


async def lint_workspace(ls: AnswerlintServer):
    return await workspace_lint.lint_workspace(ls)


def create_server(**options: Any) -> AnswerlintServer:
    ls = AnswerlintServer(**options)
    ls.feature(types.INITIALIZE)(initialize)
    ls.feature(types.INITIALIZED)(initialized)
    ls.feature(types.SHUTDOWN)(shutdown)
    ls.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(did_change_configuration)
    ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(did_change_watched_files)
    ls.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=True))(did_save)
    ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    ls.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier="answerlint", inter_file_dependencies=False, workspace_diagnostics=False),
    )(diagnostic)
    ls.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, actions.SCAFFOLD_KIND]),
    )(code_action)
    ls.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    ls.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)(document_symbol)
    ls.feature(types.TEXT_DOCUMENT_CODE_LENS, types.CodeLensOptions(resolve_provider=False))(code_lens)
    ls.command(lens.INSERT_SCAFFOLD)(insert_scaffold)
    ls.command(workspace_lint.LINT_WORKSPACE)(lint_workspace)
    return ls
