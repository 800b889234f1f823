"""How fast a draft over ``max-draft-bytes`` is answered: 10 MB in, one "not linted" out.

    python -m bench.size_limit [--megabytes 10] [--runs 5]

Builds one draft of ``--megabytes`` MB (generated stories repeated; under
``bench/.scratch/``), then times, each ``--runs`` times after one untimed run:

* **CLI**: the whole process, ``python -m answerlint check --no-cache
  --format json --exit-zero BIG.md``, against ``python -c pass`` and the same
  command on one ordinary draft, all in this session;
* **in process**: ``answerlint.engine.lint_text`` on the text (the plugins
  loaded before the clock starts);
* **server**: ``didOpen`` of the text to its ``publishDiagnostics``, and one
  typed word (an incremental ``didChange``) to the next one, in one running
  ``answerlint server``.

It prints the median, min and max seconds of each and checks that every
answer is the one "not linted" message and nothing else.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from lsprotocol import types

from bench import corpus
from bench.lsp_latency import Bench

ROOT = Path(__file__).resolve().parents[1]
SCRATCH = ROOT / "bench" / ".scratch" / "size-limit"


def big_draft(megabytes: float) -> str:
    stories = [corpus.draft_text(i, 7)[1] for i in range(40)]
    pieces, size, i = [], 0, 0
    while size < megabytes * 1_000_000:
        pieces.append(stories[i % len(stories)])
        size += len(pieces[-1].encode())
        i += 1
    return "\n\n".join(pieces)


def seconds(samples: list[float]) -> str:
    return f"median {statistics.median(samples):.3f} s  (min {min(samples):.3f}, max {max(samples):.3f}, n={len(samples)})"


def time_process(command: list[str], runs: int) -> tuple[list[float], subprocess.CompletedProcess]:
    subprocess.run(command, capture_output=True, cwd=SCRATCH)  # untimed: warms the file cache and the pattern table
    samples, result = [], None
    for _ in range(runs):
        began = time.perf_counter()
        result = subprocess.run(command, capture_output=True, cwd=SCRATCH)
        samples.append(time.perf_counter() - began)
    return samples, result


def cli(path: Path, small: Path, runs: int) -> None:
    check = [sys.executable, "-m", "answerlint", "check", "--no-cache", "--format", "json", "--exit-zero"]
    baseline, _ = time_process([sys.executable, "-c", "pass"], runs)
    one, _ = time_process([*check, str(small)], runs)
    big, result = time_process([*check, str(path)], runs)
    stderr = result.stderr.decode()
    assert json.loads(result.stdout) == [] and "not linted: the draft is" in stderr, stderr
    print(f"CLI, python -c pass:      {seconds(baseline)}")
    print(f"CLI, one ordinary draft:  {seconds(one)}")
    print(f"CLI, {path.stat().st_size / 1e6:.1f} MB draft:       {seconds(big)}   ({statistics.median(big) / statistics.median(baseline):.1f}x python -c pass)")


def in_process(text: str, runs: int) -> None:
    from answerlint.engine import lint_text
    from answerlint.plugins import default_registry
    from answerlint.settings import Settings

    registry = default_registry()
    lint_text(text, Settings(), registry)
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        result = lint_text(text, Settings(), registry)
        samples.append(time.perf_counter() - began)
    assert not result.findings and len(result.problems) == 1
    print(f"in process, lint_text:    {seconds(samples)}")


async def server(text: str, runs: int) -> None:
    bench = Bench()
    await bench.start()
    await bench.open((SCRATCH / "warm-up.md").as_uri(), "# Warm up\n\nThe vendor was late.\n")  # plugins loaded
    opened, typed = [], []
    for run in range(runs):
        uri = (SCRATCH / f"big-{run}.md").as_uri()
        done = bench.expect(uri, 1)
        began = time.perf_counter()
        bench.client.text_document_did_open(
            types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=text))
        )
        assert await asyncio.wait_for(done, 600) == 1
        opened.append(time.perf_counter() - began)
        end = types.Position(line=text.count("\n"), character=len(text) - text.rfind("\n") - 1)
        done = bench.expect(uri, 2)
        began = time.perf_counter()
        bench.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                content_changes=[types.TextDocumentContentChangePartial(range=types.Range(start=end, end=end), text=" word")],
            )
        )
        assert await asyncio.wait_for(done, 600) == 1
        typed.append(time.perf_counter() - began)
        bench.client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
    await bench.stop()
    print(f"server, didOpen:          {seconds(opened)}")
    print(f"server, one typed word:   {seconds(typed)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.size_limit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=10)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    SCRATCH.mkdir(parents=True, exist_ok=True)
    text = big_draft(args.megabytes)
    path = SCRATCH / "big.md"
    path.write_text(text, encoding="utf-8")
    small = SCRATCH / "small.md"
    small.write_text(corpus.draft_text(1, 1)[1], encoding="utf-8")
    print(f"{len(text.encode()):,} bytes, {text.count(chr(10)) + 1:,} lines; max-draft-bytes at its default")
    cli(path, small, args.runs)
    in_process(text, args.runs)
    asyncio.run(server(text, args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
