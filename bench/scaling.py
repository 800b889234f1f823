"""Does answerlint's cost grow linearly with the length of a document?

Usage::

    python -m bench.scaling [--sizes 1000 10000 100000] [--runs 3] [--warmup 1]
                            [--no-process] [--peers] [--json FILE]

Lints generated documents of 1,000, 10,000 and 100,000 words
(``bench.corpus.single_text``, seed 1; each is a prefix of the longer ones,
story for story) two ways:

* **in process**: only ``answerlint.engine.lint_text`` on the text, with the
  plugins loaded once beforehand, so start-up is not in the figure;
* **whole process**: ``python -m answerlint check --format json --exit-zero``
  (``--no-cache`` when the build has it), as a user runs it. Its fixed cost,
  measured on an empty document in the same rounds, is subtracted to give the
  *net* figure, the part that should grow with the text.

With ``--peers``, the installed peers (``python -m bench.peers setup``) lint
the same documents as whole processes too, their fixed cost taken the same
way.

For each size the table gives the median, the time per 1,000 words, and k,
the exponent in time ∝ words^k against the next smaller size: k near 1 is
linear growth, near 2 quadratic. Runs are interleaved, every size once per
round, so a change in the machine's load falls on all sizes alike.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench import corpus, peers
from bench.timing import (
    fmt_seconds,
    growth_exponent,
    machine,
    machine_line,
    markdown_table,
    summarise,
    time_process,
)

SIZES = (1_000, 10_000, 100_000)
SEED = 1
FOLDER = corpus.DEFAULT_ROOT / "scaling"
LINEAR_BELOW = 1.25  # a k above this between two sizes is called out as super-linear


@dataclass
class Series:
    """One way of linting (in process, or a tool as a whole process) at every size."""

    name: str
    samples: dict[int, list[float]] = field(default_factory=dict)  # size -> seconds
    fixed: list[float] = field(default_factory=list)  # the empty document, whole processes only
    failure: str | None = None


@dataclass(frozen=True)
class Row:
    name: str
    size: int
    words: int
    median: float
    low: float
    high: float
    net: float  # median less the fixed cost (0 in process)
    per_thousand_ms: float  # net per 1,000 words, in milliseconds
    k: float | None  # growth exponent against the previous row of the same series


def documents(sizes: Sequence[int], folder: Path = FOLDER) -> dict[int, Path]:
    """The generated documents, made if missing or stale, plus an empty one under key 0."""
    paths = {}
    for size in sizes:
        path = folder / f"single-{size}.md"
        if not corpus.single_is_current(path, size, SEED):
            print(f"generating a {size:,}-word document …", file=sys.stderr)
            corpus.write_single(path, size, SEED)
        paths[size] = path
    empty = folder / "empty.md"
    if not empty.exists() or empty.stat().st_size:
        folder.mkdir(parents=True, exist_ok=True)
        empty.write_text("", encoding="utf-8")
    paths[0] = empty
    return paths


def word_count(text: str) -> int:
    return len(text.split())


def rows(series: Series, words: dict[int, int]) -> list[Row]:
    """Per size: median and its spread, net of the fixed cost, per 1,000 words, and k against the size before."""
    fixed = summarise(series.fixed).median if series.fixed else 0.0
    out: list[Row] = []
    for size in sorted(series.samples):
        s = summarise(series.samples[size])
        net = max(s.median - fixed, 0.0)
        n = words[size]
        k = growth_exponent(out[-1].words, out[-1].net, n, net) if out else None
        out.append(Row(series.name, size, n, s.median, s.low, s.high, net, net / n * 1000 * 1000 if n else 0.0, k))
    return out


def overall_k(table_rows: Sequence[Row]) -> float | None:
    """k from the smallest size to the largest."""
    if len(table_rows) < 2:
        return None
    first, last = table_rows[0], table_rows[-1]
    return growth_exponent(first.words, first.net, last.words, last.net)


def verdict(table_rows: Sequence[Row]) -> str:
    ks = [row.k for row in table_rows if row.k is not None]
    if not ks:
        return "cannot tell (one size, or no time measured)"
    worst = max(ks)
    if worst <= LINEAR_BELOW:
        return f"linear (k ≤ {worst:.2f} between every pair of sizes)"
    return f"SUPER-LINEAR: k = {worst:.2f} between two sizes"


def render(all_rows: Sequence[Sequence[Row]], fixed: dict[str, float | None]) -> str:
    header = ("series", "words", "median s", "min s", "max s", "fixed s", "net s", "ms / 1,000 words", "k")
    body = []
    for series_rows in all_rows:
        for row in series_rows:
            f = fixed.get(row.name)
            body.append((
                row.name, f"{row.words:,}", fmt_seconds(row.median), fmt_seconds(row.low), fmt_seconds(row.high),
                fmt_seconds(f) if f is not None else "–", fmt_seconds(row.net), f"{row.per_thousand_ms:,.1f}",
                f"{row.k:.2f}" if row.k is not None else "–",
            ))
    return markdown_table(header, body, right=(1, 2, 3, 4, 5, 6, 7, 8))


# -- measuring ---------------------------------------------------------------------------------


def in_process(texts: dict[int, str], runs: int, warmup: int) -> Series:
    """``lint_text`` alone: the registry is loaded (and its patterns compiled) before the clock starts."""
    from answerlint.engine import lint_text
    from answerlint.plugins import default_registry
    from answerlint.settings import Settings

    registry, settings = default_registry(), Settings()
    series = Series("answerlint, in process (lint_text)")
    for n in range(warmup + runs):
        for size, text in texts.items():
            began = time.perf_counter()
            lint_text(text, settings, registry)
            elapsed = time.perf_counter() - began
            if n >= warmup:
                series.samples.setdefault(size, []).append(elapsed)
            print(f"  in process, round {n + 1}/{warmup + runs}: {size:,} words {elapsed:.3f} s", file=sys.stderr)
    return series


def whole_process(
    name: str,
    build: Callable[[peers.Target], list[list[str]]],
    judge: Callable[[object], str | None],
    docs: dict[int, Path],
    runs: int,
    warmup: int,
    timeout: float,
) -> Series:
    """One tool on every document (and the empty one, for its fixed cost), interleaved by round."""
    series = Series(name)
    for n in range(warmup + runs):
        for size, path in docs.items():
            target = peers.Target(f"scaling-{size}", path.name, path.parent, (path.name,), False)
            try:
                outcome = time_process(build(target), path.parent, timeout=timeout)
            except Exception as error:  # a hang or a missing binary: report, do not drop silently
                series.failure = f"{size:,} words: {error}"
                return series
            failure = judge(outcome)
            if failure:
                series.failure = f"{size:,} words: {failure}"
                return series
            if n >= warmup:
                (series.fixed if size == 0 else series.samples.setdefault(size, [])).append(outcome.seconds)
            # every sample as it comes, so an interrupted run still leaves figures behind
            print(f"  {name}, round {n + 1}/{warmup + runs}: {size:,} words {outcome.seconds:.3f} s", file=sys.stderr)
    return series


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scaling", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), help="document lengths in words")
    parser.add_argument("--runs", type=int, default=3, help="timed rounds (default 3)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds before them (default 1)")
    parser.add_argument("--no-process", action="store_true", help="only the in-process figures")
    parser.add_argument("--peers", action="store_true", help="also the installed peers, as whole processes")
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--json", type=Path, help="also write every sample to this file")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0 or any(size < 1 for size in args.sizes):
        parser.error("--runs and every size must be at least 1, --warmup at least 0")

    info = machine()
    docs = documents(sorted(set(args.sizes)))
    texts = {size: path.read_text(encoding="utf-8") for size, path in docs.items() if size}
    words = {size: word_count(text) for size, text in texts.items()}

    all_series = [in_process(texts, args.runs, args.warmup)]
    if not args.no_process:
        tools, _ = peers.answerlint_tools()
        cold = tools[0]
        all_series.append(whole_process(
            "answerlint check (whole process)", cold.build, lambda o: peers.judge(cold, o, False),
            docs, args.runs, args.warmup, args.timeout,
        ))
    if args.peers:
        for tool in peers.peer_tools():
            if tool.error:
                all_series.append(Series(tool.name, failure=tool.error))
                continue
            all_series.append(whole_process(
                tool.name, tool.build, lambda o, t=tool: peers.judge(t, o, False),
                docs, args.runs, args.warmup, args.timeout,
            ))

    measured = [s for s in all_series if not s.failure]
    all_rows = [rows(s, words) for s in measured]
    fixed = {s.name: (summarise(s.fixed).median if s.fixed else None) for s in measured}
    print(f"## Growth with document length, median of {args.runs} (after {args.warmup} warm-up)\n")
    print(f"Machine: {machine_line(info)}\n")
    print(render(all_rows, fixed))
    print("\nfixed: the same command on an empty document (start-up, imports, plugin loading); "
          "net = median − fixed; k: time ∝ words^k against the size above (1 is linear).\n")
    for series_rows in all_rows:
        if series_rows:
            k = overall_k(series_rows)
            whole = f"; k over the whole range {k:.2f}" if k is not None else ""
            print(f"* {series_rows[0].name}: {verdict(series_rows)}{whole}")
    for s in all_series:
        if s.failure:
            print(f"* {s.name}: FAILED: {s.failure}")
    if args.json:
        payload = {
            "machine": info, "runs": args.runs, "warmup": args.warmup, "words": words,
            "series": [{"name": s.name, "samples": {str(k): v for k, v in s.samples.items()},
                        "fixed": s.fixed, "failure": s.failure} for s in all_series],
            "verdicts": {r[0].name: verdict(r) for r in all_rows if r},
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
