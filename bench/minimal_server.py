"""The smallest pygls server that answers didOpen with diagnostics: the start-up baseline.

``bench.lsp_latency`` starts it exactly as it starts answerlint, so
"start to first diagnostic" can be given as a multiple of what pygls and
lsprotocol alone cost on this machine, measured in the same run.
"""

from __future__ import annotations

from lsprotocol import types
from pygls.lsp.server import LanguageServer

server = LanguageServer("minimal", "1")


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: LanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    document = params.text_document
    ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=document.uri, version=document.version, diagnostics=[]))


if __name__ == "__main__":
    server.start_io()
