"""pygls's protocol, answering the messages it cannot read instead of dropping them,
and leaving documents to answerlint.

Documents: pygls keeps a copy of every open document and updates it before
calling the server's own handler. That update raised ``KeyError`` for a
``didChange`` to a document that is not open (popping up "Error in server"
in the editor), and, for a character past the end of its line, it
*rewrote the params in place* (``position.character = length - 1``,
counting lines its own way, U+2028 included), so answerlint applied a
different range than the client sent and its text drifted from the
editor's. answerlint never reads pygls's copies (its own,
:mod:`answerlint.lsp.documents`, count lines as the client does), so
``didOpen``, ``didChange`` and ``didClose`` go straight to its handlers.

Unreadable messages:
pygls structures each incoming message before handling it; when the params
do not fit the method's type, it raises out of its read loop, so a request
never gets an answer (the client waits for ever) and a broken notification
pops up "Error in server" as if the server had failed. Here such a message
becomes :class:`Unreadable`, and is answered as JSON-RPC says: a request gets
Invalid params (or Method not found, for a method the server does not
have), naming the field; a notification is ignored with one log line; a
broken response to one of the server's own requests fails that request
rather than leaving it pending.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import cattrs
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcMethodNotFound
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Unreadable:
    """A message whose params (or result) could not be structured."""

    data: dict
    problem: str

    @property
    def method(self) -> str | None:
        method = self.data.get("method")
        return method if isinstance(method, str) else None

    @property
    def id(self) -> Any:
        ident = self.data.get("id")
        return ident if isinstance(ident, (str, int)) and not isinstance(ident, bool) else None


def describe(error: BaseException) -> str:
    """What was wrong, field by field (``required field missing @ $.params.position``)."""
    cause = error.__cause__ or error
    if isinstance(cause, cattrs.BaseValidationError):
        return "; ".join(cattrs.transform_error(cause, path="$"))
    return f"{type(cause).__name__}: {cause}"


class AnswerlintProtocol(LanguageServerProtocol):
    def _to_handler(self, method: str, params: Any):
        if (handler := self.fm.features.get(method)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(self, params: types.DidOpenTextDocumentParams):
        yield from self._to_handler(types.TEXT_DOCUMENT_DID_OPEN, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        yield from self._to_handler(types.TEXT_DOCUMENT_DID_CHANGE, params)

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(self, params: types.DidCloseTextDocumentParams):
        yield from self._to_handler(types.TEXT_DOCUMENT_DID_CLOSE, params)

    def structure_message(self, data: dict[str, Any]):
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            return Unreadable(data, describe(error))

    def handle_message(self, message):
        if isinstance(message, Unreadable):
            self._handle_unreadable(message)
            return
        super().handle_message(message)

    def _handle_unreadable(self, message: Unreadable) -> None:
        method = message.method
        if "id" in message.data and method is not None:  # a request: it must be answered
            if self._has_handler(method):
                error: JsonRpcException = JsonRpcInvalidParams(f"invalid params for {method}: {message.problem}")
            else:
                error = JsonRpcMethodNotFound.of(method)
            log.warning("%s", error.message)
            self._send_response(message.id, None, error.to_response_error())
        elif method is not None:  # a notification: nothing to answer, nothing to do
            text = f"answerlint ignored a {method} it could not read: {message.problem}"
            log.warning("%s", text)
            if method.startswith("$/") or not self._has_handler(method):
                return
            self.notify(
                types.WINDOW_LOG_MESSAGE, types.LogMessageParams(type=types.MessageType.Warning, message=text)
            )
        else:  # a response to one of our requests
            future = self._request_futures.pop(message.id, None)
            log.warning("unreadable response to request %r: %s", message.id, message.problem)
            if future is not None and not future.done():
                future.set_exception(JsonRpcInvalidParams(f"unreadable response: {message.problem}"))

    def _has_handler(self, method: str) -> bool:
        return method in self.fm.builtin_features or method in self.fm.features
