"""Play one fuzzed sequence against the server and check what it did.

The server is reached through a transport (:mod:`bench.lsp_fuzz.transports`):
in this process, as the long run and most tests do, or a real
``answerlint server`` process. The client side is a small raw-JSON client
that keeps a reference copy of every document (:mod:`bench.lsp_fuzz.reference`)
and answers the server's own requests as an editor would (it applies
``workspace/applyEdit`` to its copy and sends the didChange). After the
sequence it waits for the server to go quiet and checks:

* every request got exactly one answer: a result, or a JSON-RPC error that
  is never Internal error (-32603); a request the server cannot read got
  Invalid params (-32602), an unknown method Method not found (-32601); a
  request the server must carry out (a hover, a pull, insertScaffold on an
  open draft, ...) got a result;
* nothing was reported as a server error (``Error in server``, a failed
  lint) and answerlint logged no error;
* every range the server sent about an open document names places in its
  current text (a line that exists, within it, between characters);
* in process, the server holds exactly the documents the client has open,
  each with the client's text and version;
* for each open draft, the last diagnostics pushed for its current version
  (or, for a pulling client, pulled now) equal a fresh lint, by the engine
  with default settings, of the reference text, positioned by the
  reference model; a closed document's last push is empty;
* the server then answers ``shutdown`` and stops cleanly, and the workspace
  folder's drafts on disk are as they were (the server writes nothing).
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cattrs
from lsprotocol import types
from pygls.uris import to_fs_path

from bench.lsp_fuzz import reference
from bench.lsp_fuzz.transports import CONVERTER, InProcess, Process
from bench.lsp_fuzz.workspace import DRAFTS
from bench.lsp_fuzz.actions import (
    URIS,
    Action,
    Ask,
    At,
    Change,
    Client,
    Close,
    Command,
    Configure,
    Mangle,
    Open,
    Pause,
    Raw,
    Save,
    Unknown,
    Whole,
)

TIMEOUT = 30.0  # seconds for one answer, or for the server to go quiet: more is a hang
INVALID_PARAMS = -32602
METHOD_NOT_FOUND = -32601
INTERNAL_ERROR = -32603


class SequenceFailed(AssertionError):
    pass


@dataclass
class ClientDocument:
    text: str
    version: int
    is_draft: bool  # answerlint lints Markdown by language id, or by a .md/.markdown name


@dataclass
class Outcome:
    """What happened, for the summary line of a long run."""

    requests: int = 0
    rejected: int = 0
    notifications: int = 0
    checked_documents: int = 0
    problems: list[str] = field(default_factory=list)


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


class Session:
    """One server, one fuzzed client."""

    def __init__(self, client: Client, workspace: Path | None, transport: InProcess | Process) -> None:
        self.client = client
        self.workspace = workspace
        self.transport = transport
        self.next_id = 0
        self.waiting: dict[int, asyncio.Future] = {}
        self.published: list[dict] = []
        self.shown: list[dict] = []
        self.documents: dict[str, ClientDocument] = {}
        self.ever_opened: set[str] = set()
        self.encoding = "utf-16"
        self.outcome = Outcome()
        self.closed = False
        self.background: set[asyncio.Task] = set()

    # -- transport --------------------------------------------------------------------

    def _receive(self, message: dict) -> None:
        if "method" in message and "id" in message:
            task = asyncio.get_running_loop().create_task(self._answer_server_request(message))
            self.background.add(task)
            task.add_done_callback(self.background.discard)
        elif "method" in message:
            if message["method"] == "textDocument/publishDiagnostics":
                self.published.append(message["params"])
            elif message["method"] in ("window/showMessage", "window/logMessage"):
                self.shown.append(message["params"])
        else:
            future = self.waiting.pop(message.get("id"), None)
            if future is None:
                self.problem(f"an answer to no request: {str(message)[:200]}")
            elif not future.done():
                future.set_result(message)

    def _send(self, message: dict) -> None:
        try:
            body = json.dumps(message, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: JSON escapes it
            body = json.dumps(message).encode("utf-8")
        self.transport.send(body)

    def notify(self, method: str, params: Any, *, keep_params: bool = True) -> None:
        self.outcome.notifications += 1
        message = {"jsonrpc": "2.0", "method": method}
        if keep_params:
            message["params"] = params
        self._send(message)

    async def request(self, method: str, params: Any, *, keep_params: bool = True) -> dict:
        self.outcome.requests += 1
        self.next_id += 1
        ident = self.next_id
        future = asyncio.get_running_loop().create_future()
        self.waiting[ident] = future
        message = {"jsonrpc": "2.0", "id": ident, "method": method}
        if keep_params:
            message["params"] = params
        self._send(message)
        try:
            answer = await asyncio.wait_for(future, TIMEOUT)
        except asyncio.TimeoutError:
            raise SequenceFailed(f"no answer to {method} within {TIMEOUT:.0f} s") from None
        error = answer.get("error")
        if error is not None:
            self.outcome.rejected += 1
            if error.get("code") == INTERNAL_ERROR:
                self.problem(f"{method} failed inside the server: {error.get('message')}")
        return answer

    async def _answer_server_request(self, message: dict) -> None:
        method, params = message["method"], message.get("params")
        result: Any = None
        if method == "workspace/configuration":
            result = [None for _ in params["items"]]
        elif method == "workspace/applyEdit":
            result = {"applied": await self._apply_workspace_edit(params["edit"])}
        self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})

    async def _apply_workspace_edit(self, edit: dict) -> bool:
        """Apply the server's edit as an editor would: to its buffer, then tell the server with didChange."""
        by_uri: dict[str, list[dict]] = {}
        for uri, edits in (edit.get("changes") or {}).items():
            by_uri.setdefault(uri, []).extend(edits)
        for change in edit.get("documentChanges") or ():
            document = self.documents.get(change["textDocument"]["uri"])
            if document is None or change["textDocument"].get("version") not in (None, document.version):
                return False  # VS Code refuses a versioned edit to a changed buffer
            by_uri.setdefault(change["textDocument"]["uri"], []).extend(change["edits"])
        for uri, edits in by_uri.items():
            document = self.documents.get(uri)
            if document is None:
                return False
            for text_edit in edits:
                self.check_range(text_edit["range"], document.text, "workspace/applyEdit")
            new_text = reference.apply_text_edits(document.text, edits, self.encoding)
            document.text, document.version = new_text, document.version + 1
            self.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": document.version}, "contentChanges": [{"text": new_text}]},
            )
        return True

    def problem(self, message: str) -> None:
        self.outcome.problems.append(message)

    # -- lifecycle --------------------------------------------------------------------

    async def start(self) -> None:
        await self.transport.start(self._receive)
        capabilities: dict[str, Any] = {
            "textDocument": {"publishDiagnostics": {"versionSupport": True}},
            "workspace": {
                "configuration": self.client.configuration,
                "workspaceEdit": {"documentChanges": self.client.document_changes},
                "applyEdit": True,
            },
        }
        if self.client.encodings is not None:
            capabilities["general"] = {"positionEncodings": list(self.client.encodings)}
        if self.client.pull:
            capabilities["textDocument"]["diagnostic"] = {"dynamicRegistration": False}
        params: dict[str, Any] = {"processId": None, "capabilities": capabilities, "rootUri": None}
        if self.workspace is not None:
            params["rootUri"] = self.workspace.as_uri()
            params["workspaceFolders"] = [{"uri": self.workspace.as_uri(), "name": "fuzz"}]
        answer = await self.request("initialize", params)
        if "result" not in answer:
            raise SequenceFailed(f"initialize failed: {answer}")
        self.encoding = answer["result"]["capabilities"].get("positionEncoding", "utf-16")
        offered = self.client.encodings or ("utf-16",)
        expected = next((e for e in offered if e in reference.ENCODINGS), "utf-16")
        if self.encoding != expected:
            self.problem(f"negotiated {self.encoding}, expected {expected} for {offered}")
        self.notify("initialized", {})

    async def finish(self) -> None:
        """Wait for quiet, check the final state, then shut the server down."""
        await self.settle()
        await self.check_diagnostics()
        answer = await self.request("shutdown", None)
        if "error" in answer:
            self.problem(f"shutdown failed: {answer['error']}")
        await self.close()

    async def close(self) -> None:
        self.closed = True
        for problem in await self.transport.stop(TIMEOUT):
            self.problem(problem)
        for task in list(self.background):
            task.cancel()

    async def settle(self) -> None:
        """Until the server has read everything, answered everything and finished every lint."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + TIMEOUT
        quiet = 0
        while quiet < 3:
            await asyncio.sleep(0.002)
            busy = self.waiting or self.background or self.transport.busy()
            quiet = 0 if busy else quiet + 1
            if loop.time() > deadline:
                raise SequenceFailed(f"the server did not go quiet within {TIMEOUT:.0f} s")

    # -- the actions ------------------------------------------------------------------

    def resolve(self, position: At | Raw, text: str) -> dict:
        if isinstance(position, Raw):
            return {"line": position.line, "character": position.character}
        line, character = reference.position_at(text, position.offset % (len(text) + 1), self.encoding)
        return {
            "line": min(line + position.line_shift, reference.MAX_UINTEGER),
            "character": min(character + position.char_shift, reference.MAX_UINTEGER),
        }

    def text_of(self, uri: str) -> str:
        document = self.documents.get(uri)
        return document.text if document is not None else ""

    def message_for(self, action: Action) -> tuple[str, Any, bool]:
        """The method, the params as JSON and whether it is a request."""
        if isinstance(action, Open):
            uri = URIS[action.doc]
            version = self.documents[uri].version + 1 if uri in self.documents else 1
            item = {"uri": uri, "languageId": action.language, "version": version, "text": action.text}
            return "textDocument/didOpen", {"textDocument": item}, False
        if isinstance(action, Change):
            uri = URIS[action.doc]
            text = self.text_of(uri)
            version = self.documents[uri].version + 1 if uri in self.documents else 1
            events = []
            for change in action.changes:
                if isinstance(change, Whole):
                    event: dict = {"text": change.text}
                else:
                    event = {"range": {"start": self.resolve(change.start, text), "end": self.resolve(change.end, text)},
                             "text": change.text}
                events.append(event)
                text = reference.apply_change(text, event, self.encoding)
            return "textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": events}, False
        if isinstance(action, Save):
            uri = URIS[action.doc]
            params: dict = {"textDocument": {"uri": uri}}
            if action.with_text:
                params["text"] = self.text_of(uri)
            return "textDocument/didSave", params, False
        if isinstance(action, Close):
            return "textDocument/didClose", {"textDocument": {"uri": URIS[action.doc]}}, False
        if isinstance(action, Ask):
            uri = URIS[action.doc]
            text = self.text_of(uri)
            identifier = {"uri": uri}
            if action.method == "textDocument/hover":
                return action.method, {"textDocument": identifier, "position": self.resolve(action.start, text)}, True
            if action.method == "textDocument/codeAction":
                context: dict = {"diagnostics": self.last_published(uri)}
                if action.only is not None:
                    context["only"] = list(action.only)
                selection = {"start": self.resolve(action.start, text), "end": self.resolve(action.end, text)}
                return action.method, {"textDocument": identifier, "range": selection, "context": context}, True
            return action.method, {"textDocument": identifier}, True
        if isinstance(action, Command):
            return "workspace/executeCommand", {"command": action.name, "arguments": list(action.arguments)}, True
        raise TypeError(action)

    def last_published(self, uri: str) -> list:
        for params in reversed(self.published):
            if params["uri"] == uri:
                return params["diagnostics"]
        return []

    async def run(self, action: Action) -> None:
        if isinstance(action, Pause):
            await self.settle()
            return
        if isinstance(action, Configure):
            self.notify("workspace/didChangeConfiguration", {"settings": action.settings})
            return
        if isinstance(action, Unknown):
            if action.request:
                answer = await self.request(action.method, {})
                if answer.get("error", {}).get("code") != METHOD_NOT_FOUND:
                    self.problem(f"unknown request {action.method} answered {answer}")
            else:
                self.notify(action.method, {})
            return
        if isinstance(action, Mangle):
            method, params, is_request = self.message_for(action.action)
            params, keep = mangled(params, action)  # a readable mangle may still mean something else: may be refused
            await self.deliver(method, params, is_request, keep_params=keep, must_succeed=False)
            return
        method, params, is_request = self.message_for(action)
        await self.deliver(method, params, is_request, must_succeed=self.must_succeed(action))

    def must_succeed(self, action: Action) -> bool:
        """A command the server must carry out (others may be refused, with Invalid params)."""
        if not isinstance(action, Command):
            return True
        if action.name == "answerlint.lintWorkspace":
            return not action.arguments
        if action.name != "answerlint.insertScaffold" or not 1 <= len(action.arguments) <= 2:
            return False
        uri, *framework = action.arguments
        document = self.documents.get(uri) if isinstance(uri, str) else None
        return document is not None and document.is_draft and framework in ([], ["star-l"], ["what-why-did-learned"])

    async def deliver(
        self, method: str, params: Any, is_request: bool, keep_params: bool = True, must_succeed: bool = True
    ) -> None:
        """Send one message; follow it in the reference copies (if the server can read it) and check the answer."""
        structured = readable(method, params if keep_params else None, is_request)
        if is_request:
            answer = await self.request(method, params, keep_params=keep_params)
            if structured is None:
                if answer.get("error", {}).get("code") != INVALID_PARAMS:
                    self.problem(f"{method} with unreadable params answered {str(answer)[:300]}")
                return
            if "result" in answer:
                self.check_result(method, structured, answer["result"])
            elif must_succeed:
                self.problem(f"{method} {str(params)[:200]} rejected: {answer['error']}")
            elif answer["error"].get("code") != INVALID_PARAMS:
                self.problem(f"{method} {str(params)[:200]} rejected with {answer['error']}, not Invalid params")
            return
        self.notify(method, params, keep_params=keep_params)
        if structured is not None:
            self.follow(method, CONVERTER.unstructure(structured))

    def follow(self, method: str, params: dict) -> None:
        """The reference: what the server should now hold (``params`` is known to be readable)."""
        uri = params["textDocument"]["uri"]
        document = self.documents.get(uri)
        if method == "textDocument/didOpen":
            item = params["textDocument"]
            self.ever_opened.add(uri)
            is_draft = item["languageId"] == "markdown" or uri.lower().endswith((".md", ".markdown"))
            self.documents[uri] = ClientDocument(item["text"], item["version"], is_draft)
        elif method == "textDocument/didChange" and document is not None:
            document.text = reference.apply_changes(document.text, params["contentChanges"], self.encoding)
            document.version = params["textDocument"]["version"]
        elif method == "textDocument/didSave" and document is not None and params.get("text") is not None:
            document.text = params["text"]
        elif method == "textDocument/didClose":
            self.documents.pop(uri, None)

    # -- checks -----------------------------------------------------------------------

    def check_range(self, range_: dict, text: str, where: str) -> None:
        for end in ("start", "end"):
            position = range_[end]
            if not reference.is_valid_position(text, position["line"], position["character"], self.encoding):
                self.problem(f"{where}: {end} {position} is not a place in the text {text[:80]!r}")

    def check_result(self, method: str, params: Any, result: Any) -> None:
        """Positions in an answer about an open document must name places in its current text."""
        uri = getattr(getattr(params, "text_document", None), "uri", None)
        document = self.documents.get(uri) if uri else None
        if document is None or result is None:
            return
        for range_ in _ranges(result, uri):
            self.check_range(range_, document.text, method)

    async def check_diagnostics(self) -> None:
        from answerlint.engine import lint_text
        from answerlint.plugins import default_registry
        from answerlint.settings import Settings

        for record in self.shown:
            message = record.get("message", "")
            if message.startswith("Error in server") or "could not lint" in message:
                self.problem(f"reported: {message[:300]}")
        held = self.transport.documents()
        if held is not None and set(held) != set(self.documents):
            self.problem(f"the server holds {sorted(held)}, the client has open {sorted(self.documents)}")
        for uri, document in self.documents.items():
            if held is not None and uri in held and held[uri] != (document.text, document.version):
                self.problem(
                    f"the server's copy of {uri} (version {held[uri][1]}) is {held[uri][0][:200]!r}, "
                    f"the client's (version {document.version}) is {document.text[:200]!r}"
                )
        closed = self.ever_opened - set(self.documents)
        for uri in closed:
            if self.last_published(uri):
                self.problem(f"{uri} is closed but its last diagnostics are not empty")
        for uri, document in self.documents.items():
            if not document.is_draft:
                continue
            self.outcome.checked_documents += 1
            path = Path(fs) if (fs := to_fs_path(uri)) else None
            result = lint_text(document.text, Settings(), default_registry(), path)
            expected = sorted(self.expected(result, document.text))
            if self.client.pull:
                answer = await self.request(
                    "textDocument/diagnostic", {"textDocument": {"uri": uri}}
                )
                got = answer.get("result", {}).get("items")
                if got is None:
                    self.problem(f"pull for {uri} answered {answer}")
                    continue
            else:
                got = await self.last_push(uri, document.version, expected)
                if got is None:
                    continue
            actual = sorted(_diagnostic_key(d) for d in got)
            if actual != expected:
                missing = [d for d in expected if d not in actual][:3]
                extra = [d for d in actual if d not in expected][:3]
                self.problem(
                    f"diagnostics for {uri} differ from a fresh lint of {document.text[:120]!r}: "
                    f"missing {missing}, unexpected {extra}"
                )

    async def last_push(self, uri: str, version: int, expected: list[tuple]) -> list | None:
        """The last diagnostics pushed for ``uri``; from a real process, waiting a while for ones that match."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + (TIMEOUT if isinstance(self.transport, Process) else 0)
        while True:
            pushes = [p for p in self.published if p["uri"] == uri]
            if pushes and pushes[-1].get("version") == version:
                if sorted(_diagnostic_key(d) for d in pushes[-1]["diagnostics"]) == expected:
                    return pushes[-1]["diagnostics"]
            if loop.time() >= deadline:
                break
            await asyncio.sleep(0.02)
        if not pushes:
            self.problem(f"no diagnostics were ever pushed for open draft {uri}")
            return None
        if pushes[-1].get("version") != version:
            self.problem(f"last push for {uri} is for version {pushes[-1].get('version')}, not {version}")
        return pushes[-1]["diagnostics"]

    def expected(self, result, text: str) -> list[tuple]:
        keys = []
        for problem in result.problems:
            line, character = reference.position_at(text, problem.offset, self.encoding)
            end_line = reference.lines(text)[line]
            end = reference.position_at(text, end_line[1], self.encoding)
            keys.append(("", problem.message, 2, (line, character), end))
        for finding in result.findings:
            severity = {"ERROR": 1, "WARNING": 2, "INFO": 3, "HINT": 4}[finding.severity.name]
            start = reference.position_at(text, finding.start, self.encoding)
            end = reference.position_at(text, finding.end, self.encoding)
            keys.append((finding.code, finding.message, severity, start, end))
        return keys


def _diagnostic_key(diagnostic: dict) -> tuple:
    range_ = diagnostic["range"]
    return (
        diagnostic.get("code") or "",  # a problem in the draft (an unknown rule in a directive) has none
        diagnostic["message"],
        diagnostic.get("severity"),
        (range_["start"]["line"], range_["start"]["character"]),
        (range_["end"]["line"], range_["end"]["character"]),
    )


def _ranges(value: Any, uri: str):
    """Every LSP range in an answer that applies to ``uri`` (edits for other files are skipped)."""
    if isinstance(value, dict):
        if set(value) >= {"start", "end"} and isinstance(value["start"], dict) and "line" in value["start"]:
            yield value
            return
        for key, item in value.items():
            if key == "changes" and isinstance(item, dict):
                for target, edits in item.items():
                    if target == uri:
                        yield from _ranges(edits, uri)
            elif key == "textDocument" and isinstance(item, dict) and item.get("uri") not in (None, uri):
                return
            elif key != "diagnostics":  # the client's own diagnostics, echoed back
                yield from _ranges(item, uri)
    elif isinstance(value, list):
        for item in value:
            yield from _ranges(item, uri)


def readable(method: str, params: Any, is_request: bool) -> Any:
    """The params as the server's converter structures them, or None when it cannot (the oracle for Mangle)."""
    message_type = types.METHOD_TO_TYPES[method][0]
    data: dict = {"jsonrpc": "2.0", "method": method}
    if params is not None or method in ("shutdown",):
        data["params"] = params
    if is_request:
        data["id"] = 1
    try:
        return CONVERTER.structure(data, message_type).params or True
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append(prefix + (key,))
            found += _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append(prefix + (index,))
            found += _paths(item, prefix + (index,))
    return found


def mangled(params: Any, mangle: Mangle) -> tuple[Any, bool]:
    """The params broken as ``mangle`` says, and whether a ``params`` member is sent at all."""
    if mangle.how == "params":
        return mangle.value, mangle.value is not None
    params = json.loads(json.dumps(params))
    paths = _paths(params)
    if not paths:
        return params, True
    path = paths[mangle.path % len(paths)]
    parent = params
    for step in path[:-1]:
        parent = parent[step]
    last = path[-1]
    if mangle.how == "drop":
        del parent[last]
    elif mangle.how == "retype":
        parent[last] = mangle.value
    else:
        target = parent[last] if isinstance(parent[last], dict) else params
        target["unexpectedField"] = mangle.value
    return params, True


async def run_sequence(
    client: Client, sequence: tuple[Action, ...], workspace: Path | None = None, process: bool = False
) -> Outcome:
    """Play ``sequence`` against a fresh server; raise :class:`SequenceFailed` naming what went wrong."""
    errors = _ErrorLog()
    watched = [logging.getLogger("answerlint")]
    for logger in watched:
        logger.addHandler(errors)
    session = Session(client, workspace, Process() if process else InProcess())
    try:
        await session.start()
        for action in sequence:
            await session.run(action)
        await session.finish()
    finally:
        for logger in watched:
            logger.removeHandler(errors)
        if not session.closed:
            await session.close()
    if workspace is not None:
        on_disk = sorted(p.relative_to(workspace).as_posix() for p in workspace.rglob("*") if p.is_file())
        if on_disk != sorted(DRAFTS) or any((workspace / n).read_bytes() != t.encode() for n, t in DRAFTS.items()):
            session.problem(f"the workspace folder changed: it holds {on_disk}")
    for record in errors.records:
        session.problem(f"answerlint logged an error: {record.getMessage()[:300]}")
    if session.outcome.problems:
        raise SequenceFailed("\n".join(dict.fromkeys(session.outcome.problems)))
    return session.outcome


def play(
    client: Client, sequence: tuple[Action, ...], workspace: Path | None = None, process: bool = False
) -> Outcome:
    """:func:`run_sequence` on a new event loop (what tests and the long run call).

    pygls and answerlint log each unreadable message with its traceback at
    warning or error level; those are expected here, so the two loggers are
    quietened for the run (answerlint's errors are still caught, see above).
    """
    quiet = [logging.getLogger(name) for name in ("pygls", "answerlint", "bench.lsp_fuzz.server")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.ERROR if logger.name == "answerlint" else logging.CRITICAL)
    try:
        return asyncio.run(run_sequence(client, sequence, workspace, process))
    finally:
        for logger, level in zip(quiet, levels):
            logger.setLevel(level)
