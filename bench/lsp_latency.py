"""Time the language server the way an editor meets it: from a keystroke to its diagnostics.

Usage::

    python -m bench.lsp_latency [--runs 30] [--long-runs 5] [--no-long]

Starts ``python -m answerlint server`` (this interpreter) as a client would,
with push diagnostics and UTF-16 positions, and measures

* **start to first diagnostic**: from spawning the process, through
  ``initialize`` and opening a 400-word draft, to its first
  ``publishDiagnostics`` (this includes loading the plugins), the median of
  ``--starts`` starts, beside the same figure for the smallest pygls server
  (``bench.minimal_server``) measured in the same run, and their ratio;
* **didChange to diagnostics**: an incremental edit (one word typed at the
  end of the draft), timed until the diagnostics for that version arrive;
  ``--runs`` times on a 400-word draft from ``bench.corpus.draft_text`` and
  ``--long-runs`` times on a 50,000-word ``bench.corpus.single_text``
  document. Edits are sent one at a time, each after the previous one's
  diagnostics, as after a pause in typing (the server's debounce holds back
  bursts only);
* **resident memory with N drafts open** (``--open``, default 200): the
  server's VmRSS (Linux ``/proc``) once every one of N corpus drafts has
  been opened and its diagnostics have arrived.

Prints median and p95 (nearest rank) in milliseconds.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from bench import corpus

ROOT = Path(__file__).resolve().parent.parent


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def draft_of_about(words: int) -> str:
    for index in range(1, 200):
        _, text = corpus.draft_text(1, index)
        if abs(len(text.split()) - words) <= 25:
            return text
    return corpus.draft_text(1, 1)[1]


class Bench:
    def __init__(self) -> None:
        self.client = LanguageClient("answerlint-bench", "1")
        self.waiting: dict[tuple[str, int | None], asyncio.Future] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            future = self.waiting.pop((params.uri, params.version), None)
            if future is not None and not future.done():
                future.set_result(len(params.diagnostics))

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            print(f"  server says: {params.message}", file=sys.stderr)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            pass

    def expect(self, uri: str, version: int) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        self.waiting[(uri, version)] = future
        return future

    async def start(self, *command: str) -> None:
        await self.client.start_io(sys.executable, *(command or ("-m", "answerlint", "server")), cwd=str(ROOT))
        await self.client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(
                    general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16])
                ),
                root_uri=ROOT.as_uri(),
            )
        )
        self.client.initialized(types.InitializedParams())

    async def open(self, uri: str, text: str) -> None:
        done = self.expect(uri, 1)
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
        )
        await asyncio.wait_for(done, 600)

    async def type_words(self, uri: str, text: str, runs: int) -> list[float]:
        """Type one word at the end, ``runs`` times; the milliseconds until each version's diagnostics."""
        samples = []
        lines = text.split("\n")
        line, column = len(lines) - 1, len(lines[-1])
        for version in range(2, runs + 2):
            word = f" word{version}"
            done = self.expect(uri, version)
            at = types.Position(line=line, character=column)
            began = time.perf_counter()
            self.client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                    content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=at, end=at), text=word)],
                )
            )
            await asyncio.wait_for(done, 600)
            samples.append((time.perf_counter() - began) * 1000)
            column += len(word)
        return samples

    async def stop(self) -> None:
        await self.client.shutdown_async(None)
        self.client.exit(None)
        await self.client.stop()


def server_rss_mb() -> float | None:
    """Resident memory of this process's ``answerlint server`` child, from /proc (None where there is none)."""
    try:
        pids = [name for name in os.listdir("/proc") if name.isdigit()]
    except OSError:
        return None
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
                parent = int(handle.read().rpartition(")")[2].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as handle:
                command = handle.read().split(b"\0")
            if parent != os.getpid() or b"answerlint" not in command or b"server" not in command:
                continue
            with open(f"/proc/{pid}/status", encoding="utf-8") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except (OSError, ValueError, IndexError):
            continue
    return None


async def open_many(bench: Bench, count: int) -> None:
    """Open ``count`` corpus drafts at once and wait for every one's diagnostics."""
    waits = []
    for index in range(1, count + 1):
        _, text = corpus.draft_text(2, index)
        uri = (ROOT / "bench" / f".lsp-open-{index:03d}.md").as_uri()
        waits.append(bench.expect(uri, 1))
        bench.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
        )
    await asyncio.wait_for(asyncio.gather(*waits), 1200)


def show(label: str, samples: list[float]) -> None:
    print(f"{label:<34} median {statistics.median(samples):8.0f} ms   p95 {p95(samples):8.0f} ms   (n={len(samples)})")


async def time_start(short: str, *command: str) -> tuple[float, Bench]:
    """Milliseconds from spawning a server to the first diagnostics for a draft opened at once; the session stays up."""
    bench = Bench()
    began = time.perf_counter()
    await bench.start(*command)
    short_uri = (ROOT / "bench" / ".lsp-draft.md").as_uri()
    await bench.open(short_uri, short)
    return (time.perf_counter() - began) * 1000, bench


async def main_async(args: argparse.Namespace) -> None:
    short = draft_of_about(400)
    minimal, answerlint = [], []
    for _ in range(args.starts):  # alternated, so both see the same machine load
        elapsed, other = await time_start(short, "-m", "bench.minimal_server")
        minimal.append(elapsed)
        await other.stop()
        elapsed, bench = await time_start(short)
        answerlint.append(elapsed)
        if len(answerlint) < args.starts:
            await bench.stop()
    first, base = statistics.median(answerlint), statistics.median(minimal)
    print(f"{'start to first diagnostic':<34} {first:8.0f} ms   minimal pygls server {base:6.0f} ms   ratio {first / base:4.2f}")
    short_uri = (ROOT / "bench" / ".lsp-draft.md").as_uri()
    show(f"didChange, {len(short.split())}-word draft", await bench.type_words(short_uri, short, args.runs))
    if args.open:
        await open_many(bench, args.open)
        rss = server_rss_mb()
        shown = f"{rss:8.1f} MB" if rss is not None else "not measured (no /proc)"
        print(f"{f'resident memory, {args.open + 1} drafts open':<34} {shown}")
    if not args.no_long:
        long = corpus.single_text(50_000, 1)
        long_uri = (ROOT / "bench" / ".lsp-long.md").as_uri()
        opened = time.perf_counter()
        await bench.open(long_uri, long)
        print(f"{'open 50k-word document':<34} {(time.perf_counter() - opened) * 1000:8.0f} ms")
        show(f"didChange, {len(long.split())}-word doc", await bench.type_words(long_uri, long, args.long_runs))
    await bench.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lsp_latency", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30, help="edits on the 400-word draft (default 30)")
    parser.add_argument("--long-runs", type=int, default=5, help="edits on the 50,000-word document (default 5)")
    parser.add_argument("--no-long", action="store_true", help="skip the 50,000-word document")
    parser.add_argument("--starts", type=int, default=3, help="server starts timed, each beside a minimal one (default 3)")
    parser.add_argument("--open", type=int, default=200, help="drafts to open before reading memory (default 200; 0 skips)")
    args = parser.parse_args(argv)
    if args.starts < 1:
        parser.error("--starts must be at least 1")
    asyncio.run(main_async(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
