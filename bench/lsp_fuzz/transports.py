"""The two ways a fuzzed client reaches the server: in this process, or over a real process's stdio.

Both carry raw JSON bodies framed with ``Content-Length`` headers, so a
sequence can send anything a buggy client might, which a typed client
(pytest-lsp's, built on lsprotocol) cannot express.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from collections.abc import Callable

from pygls.io_ import run_async
from pygls.protocol import default_converter

Deliver = Callable[[dict], None]
CONVERTER = default_converter()  # one for every in-process server: its hooks are built once


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class InProcess:
    """``create_server()`` (what ``answerlint server`` runs) fed through ``pygls.io_.run_async``, ``start_io``'s loop."""

    def __init__(self) -> None:
        from answerlint.lsp.server import create_server

        self.server = create_server(converter_factory=lambda: CONVERTER)
        self.server.linter.debounce = 0.005  # timing is not under test; bursts still happen, only shorter
        self.reader = asyncio.StreamReader()
        self.stop_event = threading.Event()
        self.loop_task: asyncio.Task | None = None

    async def start(self, deliver: Deliver) -> None:
        self.server.protocol.set_writer(_Writer(lambda data: deliver(json.loads(data))), include_headers=False)
        self.loop_task = asyncio.get_running_loop().create_task(
            run_async(
                stop_event=self.stop_event,
                reader=self.reader,
                protocol=self.server.protocol,
                logger=logging.getLogger("bench.lsp_fuzz.server"),
                error_handler=self.server.report_server_error,
            )
        )

    def send(self, body: bytes) -> None:
        self.reader.feed_data(frame(body))

    def busy(self) -> bool:
        """Unread input, or a lint scheduled or running."""
        linter = self.server.linter
        return bool(
            len(self.reader._buffer)  # noqa: SLF001 - the in-memory pipe's unread bytes
            or any(not t.done() for t in linter._scheduled.values())  # noqa: SLF001
            or any(not f.done() for _, f in linter._pending.values())  # noqa: SLF001
        )

    def documents(self) -> dict[str, tuple[str, int | None]] | None:
        """What the server holds: uri -> (text, version)."""
        return {d.uri: (d.text, d.version) for d in self.server.documents}

    async def stop(self, timeout: float) -> list[str]:
        problems = []
        self.stop_event.set()
        self.reader.feed_eof()
        if self.loop_task is not None:
            try:
                await asyncio.wait_for(self.loop_task, timeout)
            except asyncio.TimeoutError:
                problems.append("the server's read loop did not stop")
        self.server.linter.shutdown()
        self.server.shutdown()
        return problems


class _Writer:
    def __init__(self, write) -> None:
        self.write = write

    def close(self) -> None:
        pass


class Process:
    """``python -m answerlint server`` in a child process, over its stdin and stdout."""

    def __init__(self) -> None:
        self.process: asyncio.subprocess.Process | None = None
        self.reading: asyncio.Task | None = None
        self.stderr: asyncio.Task | None = None

    async def start(self, deliver: Deliver) -> None:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "answerlint", "server",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
            limit=2**24,
        )
        self.reading = asyncio.get_running_loop().create_task(self._read(deliver))
        self.stderr = asyncio.get_running_loop().create_task(self.process.stderr.read())

    async def _read(self, deliver: Deliver) -> None:
        stdout = self.process.stdout
        while True:
            length = None
            while (header := await stdout.readline()) not in (b"\r\n", b""):
                name, _, value = header.decode("ascii").partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            if header == b"" or length is None:
                return
            deliver(json.loads(await stdout.readexactly(length)))

    def send(self, body: bytes) -> None:
        self.process.stdin.write(frame(body))

    def busy(self) -> bool:
        return False  # unknown from outside: the checks wait for the diagnostics themselves

    def documents(self) -> None:
        return None

    async def stop(self, timeout: float) -> list[str]:
        problems = []
        if self.process is None:
            return problems
        if self.process.returncode is not None:
            problems.append(f"the server died (status {self.process.returncode})")
        else:
            self.send(b'{"jsonrpc": "2.0", "method": "exit"}')
        try:
            code = await asyncio.wait_for(self.process.wait(), timeout)
            if code != 0:
                problems.append(f"the server exited with status {code}")
        except asyncio.TimeoutError:
            self.process.kill()
            await self.process.wait()
            problems.append("the server did not exit after shutdown and exit")
        await self.stderr  # pygls logs every unreadable message with a traceback: expected, not checked
        await self.reading
        return problems
