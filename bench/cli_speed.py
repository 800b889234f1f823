"""Time ``answerlint check`` as whole processes, the way a user or CI runs it.

Usage::

    python -m bench.cli_speed [--runs 5] [--warmup 1] [--no-long]

Generates the corpus under ``bench/.corpus/`` if it is missing (1,000 drafts,
seed 1, plus one 50,000-word document), then runs
``python -m answerlint check --format json --exit-zero --no-cache`` (cold:
nothing is read from or written to the result cache) with this same
interpreter over

* the 1,000-draft folder,
* one ordinary draft (start-up dominated), and
* the one long document (unless ``--no-long``),

and the folder once more warm: with ``--cache-dir`` under
``bench/.scratch/`` filled by one untimed run first, so every draft is
answered from the cache,

each ``--runs`` times after ``--warmup`` untimed runs, and prints median, min
and max wall-clock seconds and drafts per second. A baseline measured in the
same session, ``python -c pass``, shows how much of each figure is bare
interpreter start-up; every case's median is also given as a multiple of it.
Only medians are meant to be compared between runs or machines.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench import corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = corpus.DEFAULT_ROOT
WARM_CACHE = ROOT / "bench" / ".scratch" / "cli-speed-cache"
DRAFTS, SEED, LONG_WORDS = 1000, 1, 50_000


@dataclass
class Case:
    name: str
    argv: list[str]
    drafts: int  # files linted per run, for drafts/second; 0 for the baseline
    findings: int | None = None
    times: list[float] | None = None


def ensure_corpus() -> tuple[Path, Path, Path]:
    """The 1,000-draft folder, one ordinary draft from it, and the long document."""
    folder = CORPUS / f"drafts-{DRAFTS}"
    if not corpus.is_complete(folder, DRAFTS, SEED):
        print(f"generating {DRAFTS} drafts in {_rel(folder)} …", file=sys.stderr)
        corpus.generate(folder, DRAFTS, SEED)
    long_doc = CORPUS / f"single-{LONG_WORDS}.md"
    if not corpus.single_is_current(long_doc, LONG_WORDS, SEED):
        print(f"generating a {LONG_WORDS:,}-word document at {_rel(long_doc)} …", file=sys.stderr)
        corpus.write_single(long_doc, LONG_WORDS, SEED)
    one = sorted(folder.glob("*.md"))[0]
    return folder, one, long_doc


def ensure_bytecode() -> None:
    """Compile answerlint's modules to bytecode, as installing a package does.

    An editable checkout only gets ``__pycache__`` when Python may write it;
    under ``PYTHONDONTWRITEBYTECODE`` (set in some shells and CI images) every
    timed run would compile answerlint from source again, a cost no installed
    copy has. ``compileall`` writes the bytecode regardless, and only for
    files whose bytecode is missing or stale.
    """
    import compileall

    for folder in ("server", "plugins"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def _rel(path: Path) -> str:
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def check_argv(*paths: Path, cache_dir: Path | None = None) -> list[str]:
    """Cold (``--no-cache``) unless a cache folder is given."""
    cache = ["--cache-dir", str(cache_dir)] if cache_dir else ["--no-cache"]
    return [sys.executable, "-m", "answerlint", "check", "--format", "json", "--exit-zero", *cache, *map(str, paths)]


def run_once(case: Case) -> float:
    start = time.perf_counter()
    proc = subprocess.run(case.argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr.decode("utf-8", "replace"))
        raise SystemExit(f"{case.name}: {' '.join(case.argv[1:])} exited {proc.returncode}")
    if case.drafts:
        try:
            findings = len(json.loads(proc.stdout))
        except ValueError as error:
            raise SystemExit(f"{case.name}: output is not JSON ({error}): {proc.stdout[:200]!r}") from None
        if case.findings is not None and findings != case.findings:
            raise SystemExit(f"{case.name}: {findings} findings, but {case.findings} on an earlier run")
        case.findings = findings
    return elapsed


def measure(case: Case, runs: int, warmup: int) -> None:
    for _ in range(warmup):
        run_once(case)
    case.times = [run_once(case) for _ in range(runs)]
    print(f"  {case.name}: " + " ".join(f"{t:.3f}" for t in case.times), file=sys.stderr)


def table(cases: list[Case], baseline: Case) -> str:
    base = statistics.median(baseline.times)
    header = ("case", "runs", "median s", "min s", "max s", "drafts/s", "× python -c pass", "findings")
    rows = [header]
    for case in [baseline, *cases]:
        median = statistics.median(case.times)
        rows.append((
            case.name,
            str(len(case.times)),
            f"{median:.3f}",
            f"{min(case.times):.3f}",
            f"{max(case.times):.3f}",
            f"{case.drafts / median:,.1f}" if case.drafts else "–",
            f"{median / base:,.1f}",
            f"{case.findings:,}" if case.findings is not None else "–",
        ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(widths[i]) for i, cell in enumerate(row[1:], 1)]
        lines.append("  ".join(cells))
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cli_speed", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed runs before them (default 1)")
    parser.add_argument("--no-long", action="store_true", help=f"skip the {LONG_WORDS:,}-word document")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    folder, one, long_doc = ensure_corpus()
    ensure_bytecode()
    count = len(list(folder.glob("*.md")))
    baseline = Case("python -c pass (baseline)", [sys.executable, "-c", "pass"], 0)
    warm = Case(f"check {count:,} drafts (folder), warm", check_argv(folder, cache_dir=WARM_CACHE), count)
    cases = [
        Case(f"check {count:,} drafts (folder)", check_argv(folder), count),
        warm,
        Case("check 1 draft", check_argv(one), 1),
    ]
    if not args.no_long:
        cases.append(Case(f"check 1 draft of {LONG_WORDS:,} words", check_argv(long_doc), 1))

    print(f"timing {len(cases) + 1} cases, {args.warmup} warm-up + {args.runs} timed runs each …", file=sys.stderr)
    shutil.rmtree(WARM_CACHE, ignore_errors=True)
    run_once(warm)  # fills the cache the warm case reads; never timed
    for case in [baseline, *cases]:
        measure(case, args.runs, args.warmup)

    print(
        f"answerlint check --format json --exit-zero · Python {platform.python_version()} · "
        f"{platform.system()} {platform.machine()} · {os.cpu_count()} CPUs"
    )
    print(table(cases, baseline))
    return 0


if __name__ == "__main__":
    sys.exit(main())
