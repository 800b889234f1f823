"""Start the server on stdio (what editors run) or, for debugging, on TCP."""

from __future__ import annotations

import logging
import os
import sys


def start(tcp: str | None = None) -> int:
    logging.basicConfig(
        stream=sys.stderr,
        level=os.environ.get("ANSWERLINT_LOG", "WARNING").upper(),
        format="answerlint-server %(levelname)s %(name)s: %(message)s",
    )
    from answerlint.lsp.server import create_server

    server = create_server()
    if tcp:
        host, _, port = tcp.rpartition(":")
        server.start_tcp(host or "127.0.0.1", int(port))
        return 0
    # stdout carries the protocol only: anything a plugin prints goes to stderr instead.
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    server.start_io(sys.stdin.buffer, protocol_out)
    return 0
