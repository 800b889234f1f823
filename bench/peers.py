"""Side-by-side speed of answerlint and peer prose linters, as whole processes.

Usage::

    python -m bench.peers setup [--force]
    python -m bench.peers run [--runs 5] [--warmup 1] [--only TOOL ...] [--json FILE]

``setup`` installs the peers, at the versions pinned in :data:`PINS`, into
``bench/.scratch/peers/`` (gitignored): proselint into its own venv from
PyPI, and each npm peer with ``npm install --prefix`` into its own folder, so
one that fails to install cannot take the others with it. What got installed
(or the error that stopped it) is recorded in ``installed.json`` there.

``run`` generates the benchmark corpus if it is missing (``bench.cli_speed``:
1,000 drafts, seed 1, and one 50,000-word document), then times every tool as
whole processes on the same three inputs: the 1,000-draft folder, one draft
from it, and the long document. Each tool is called the fastest legitimate
way it offers for many files (a glob or folder it expands itself, or a file
list split into as few command lines as fit), with its output sent to
``/dev/null``. A tool's "found problems" exit code is accepted; any other, or
a crash on standard error, is reported, and the tool's figures for that case
are left out rather than shown as if it had worked. The first warm-up run of
every case is also a check that the tool really linted the input (its output
is read and must show it found something).

The table gives, per case, each tool's median, min and max wall-clock
seconds, and its median as a multiple of answerlint's (cold) median and of
the fastest peer's, then checks answerlint against the targets of issue #6.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bench import cli_speed
from bench.timing import (
    Outcome,
    argv_limit,
    chunk_argv,
    fmt_ratio,
    fmt_seconds,
    machine,
    machine_line,
    markdown_table,
    ratio,
    summarise,
    time_process,
)

ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ROOT / "bench" / ".scratch"
PEERS_DIR = SCRATCH / "peers"
RECORD = PEERS_DIR / "installed.json"

# Pinned so runs are reproducible; raise them deliberately, in a commit that says why.
PINS: dict[str, dict[str, str]] = {
    "proselint": {"proselint": "0.16.0"},
    "write-good": {"write-good": "1.0.8"},
    "alex": {"alex": "11.0.1"},
    "textlint+write-good": {"textlint": "15.8.0", "textlint-rule-write-good": "2.0.0"},
    "markdownlint-cli2": {"markdownlint-cli2": "0.24.1"},
}
NPM_PEERS = ("write-good", "alex", "textlint+write-good", "markdownlint-cli2")


# -- setup ---------------------------------------------------------------------------------


def peer_dir(peer: str) -> Path:
    return PEERS_DIR / peer.replace("+", "-")


def npm_install_argv(prefix: Path, packages: dict[str, str]) -> list[str]:
    """``npm install`` of exact versions into ``prefix``, quietly and without audit or funding calls."""
    return [
        "npm", "install", "--prefix", str(prefix), "--save-exact", "--no-audit", "--no-fund",
        "--no-update-notifier", "--loglevel=error",
        *(f"{name}@{version}" for name, version in packages.items()),
    ]


def pip_install_argv(venv: Path, packages: dict[str, str]) -> list[str]:
    return [str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", *(f"{n}=={v}" for n, v in packages.items())]


def _last_error_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in reversed(lines):
        if re.search(r"ERR!|\b(ERROR|Error|error)\b", line):
            return line
    return lines[-1] if lines else "(no output)"


def _run_install(argv: list[str], cwd: Path) -> str | None:
    """None on success, else the exact error line (and the command) for the record."""
    try:
        proc = subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=900)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"{' '.join(argv[:3])} …: {error}"
    if proc.returncode != 0:
        return f"exit {proc.returncode}: {_last_error_line(proc.stderr + proc.stdout)}"
    return None


def installed_npm_version(prefix: Path, package: str) -> str | None:
    meta = prefix / "node_modules" / package / "package.json"
    try:
        return json.loads(meta.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        return None


def installed_pip_version(venv: Path, package: str) -> str | None:
    python = venv / "bin" / "python"
    if not python.exists():
        return None
    proc = subprocess.run(
        [str(python), "-c", f"import importlib.metadata as m; print(m.version({package!r}))"],
        capture_output=True, text=True,
    )
    return proc.stdout.strip() or None if proc.returncode == 0 else None


def _installed_versions(peer: str) -> dict[str, str | None]:
    if peer == "proselint":
        return {name: installed_pip_version(peer_dir(peer), name) for name in PINS[peer]}
    return {name: installed_npm_version(peer_dir(peer), name) for name in PINS[peer]}


def setup(force: bool = False, only: Sequence[str] = ()) -> dict[str, dict[str, object]]:
    PEERS_DIR.mkdir(parents=True, exist_ok=True)
    record = load_record()
    for peer, packages in PINS.items():
        if only and peer not in only:
            continue
        where = peer_dir(peer)
        versions = _installed_versions(peer)
        if not force and versions == packages:
            print(f"{peer}: already installed ({_versions_text(versions)})", file=sys.stderr)
            record[peer] = {"ok": True, "packages": versions, "error": None}
            continue
        if force and where.exists():
            shutil.rmtree(where)
        print(f"{peer}: installing {_versions_text(packages)} into {where.relative_to(ROOT)} …", file=sys.stderr)
        began = time.perf_counter()
        if peer == "proselint":
            error = _run_install([sys.executable, "-m", "venv", str(where)], PEERS_DIR)
            if error is None:
                error = _run_install(pip_install_argv(where, packages), PEERS_DIR)
        elif shutil.which("npm") is None:
            error = "npm not found on PATH"
        else:
            where.mkdir(parents=True, exist_ok=True)
            error = _run_install(npm_install_argv(where, packages), where)
        versions = _installed_versions(peer)
        if error is None and versions != packages:
            error = f"installed {_versions_text(versions)}, not the pinned {_versions_text(packages)}"
        record[peer] = {"ok": error is None, "packages": versions, "error": error}
        status = "ok" if error is None else f"FAILED: {error}"
        print(f"{peer}: {status} ({time.perf_counter() - began:.0f} s)", file=sys.stderr)
    RECORD.write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return record


def _versions_text(versions: dict[str, str | None]) -> str:
    return ", ".join(f"{name} {version or '(missing)'}" for name, version in versions.items())


def load_record() -> dict[str, dict[str, object]]:
    try:
        return json.loads(RECORD.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# -- the tools and how each is called --------------------------------------------------------

NODE_STACK = re.compile(r"^\s+at .+(\(.*:\d+:\d+\)|:\d+:\d+)$", re.MULTILINE)
PY_TRACEBACK = re.compile(r"^Traceback \(most recent call last\):", re.MULTILINE)


@dataclass(frozen=True)
class Target:
    """What one case lints: a folder of drafts (cwd) with its files, or one file."""

    slug: str
    label: str
    cwd: Path
    files: tuple[str, ...]  # relative to cwd, sorted
    folder: bool

    @property
    def words(self) -> int:
        return sum(len((self.cwd / f).read_text(encoding="utf-8").split()) for f in self.files)


@dataclass
class Tool:
    name: str
    peer: bool  # False for answerlint and the start-up baselines
    build: Callable[[Target], list[list[str]]]  # the command lines for one run, run one after another
    ok_codes: frozenset[int]
    crash: tuple[re.Pattern[str], ...] = ()
    report_stream: str = "stdout"  # where its findings go, for the validation run
    finding: re.Pattern[str] | None = None  # a line that shows it found something
    threads: str = "one"  # how many cores it uses: "one" or "all"
    notes: str = ""
    env: dict[str, str] | None = None
    versions: dict[str, str | None] = field(default_factory=dict)
    error: str | None = None  # why it cannot run at all (not installed)


def answerlint_flags(help_text: str) -> dict[str, bool]:
    """Which cache options ``answerlint check --help`` lists."""
    return {
        "no_cache": re.search(r"(^|\s)--no-cache\b", help_text) is not None,
        "cache_dir": re.search(r"(^|\s)--cache-dir\b", help_text) is not None,
    }


def answerlint_argv(python: str, target: Target, flags: dict[str, bool], mode: str, cache_dir: Path | None) -> list[str]:
    """The answerlint command for one case.

    ``mode`` is ``cold`` (``--no-cache`` when the build has it, else a
    fresh, empty ``--cache-dir`` when it has that) or ``warm`` (the
    ``--cache-dir`` a first untimed run filled).
    """
    argv = [python, "-m", "answerlint", "check", "--format", "json", "--exit-zero"]
    if mode == "warm":
        if not flags["cache_dir"] or cache_dir is None:
            raise ValueError("warm runs need a build with --cache-dir")
        argv += ["--cache-dir", str(cache_dir)]
    elif flags["no_cache"]:
        argv.append("--no-cache")
    elif flags["cache_dir"] and cache_dir is not None:
        argv += ["--cache-dir", str(cache_dir)]
    return argv + (["."] if target.folder else list(target.files))


def file_args(target: Target, glob: str | None) -> list[str]:
    """A folder as the tool's own glob when it expands one, else the file list; one file as itself."""
    if target.folder and glob is not None:
        return [glob]
    return list(target.files)


def npm_bin(peer: str, command: str) -> str:
    return str(peer_dir(peer) / "node_modules" / ".bin" / command)


def peer_tools(limit: int | None = None) -> list[Tool]:
    """The peers, each called the fastest way it offers for many files."""
    limit = limit or argv_limit()
    record = load_record()
    tools: list[Tool] = []

    proselint = str(peer_dir("proselint") / "bin" / "proselint")
    tools.append(Tool(
        "proselint", True,
        lambda t: [[proselint, "check", *(["."] if t.folder else t.files)]],
        frozenset({0, 1}),
        crash=(PY_TRACEBACK, re.compile(r"Error encountered while linting|Unrecoverable error")),
        finding=re.compile(r":\d+:\d+: \w"),
        notes="walks the folder itself; lints files one after another",
    ))
    write_good = npm_bin("write-good", "write-good")
    tools.append(Tool(
        "write-good", True,
        # no glob or folder support: the file list, in as few command lines as fit
        lambda t: chunk_argv([write_good, "--parse"], list(t.files), limit),
        # --parse makes the exit code 255 when it found something (else it is the
        # number of suggestions, modulo 256), so a crash's 1 can be told apart
        frozenset({0, 255}),
        crash=(NODE_STACK,),
        finding=re.compile(r":\d+:\d+:"),
        notes="file list (no glob support); --parse for a defined exit code",
    ))
    alex = npm_bin("alex", "alex")
    tools.append(Tool(
        "alex", True,
        lambda t: [[alex, *file_args(t, "*.md")]],
        frozenset({0, 1}),
        crash=(NODE_STACK,),
        report_stream="stderr",
        finding=re.compile(r"\d+:\d+-\d+:\d+\s+warning"),
        notes="expands the glob itself",
    ))
    textlint_dir = peer_dir("textlint+write-good")
    textlint = npm_bin("textlint+write-good", "textlint")
    tools.append(Tool(
        "textlint + write-good", True,
        lambda t: [[
            textlint, "--no-textlintrc", "--no-color",
            "--rules-base-directory", str(textlint_dir / "node_modules"), "--rule", "write-good",
            *file_args(t, "*.md"),
        ]],
        frozenset({0, 1}),
        crash=(NODE_STACK,),
        finding=re.compile(r"\d+:\d+\s+error\s"),
        notes="only the write-good rule; expands the glob itself; no --cache",
    ))
    mdl = npm_bin("markdownlint-cli2", "markdownlint-cli2")
    tools.append(Tool(
        "markdownlint-cli2", True,
        lambda t: [[mdl, *file_args(t, "*.md")]],
        frozenset({0, 1}),
        crash=(NODE_STACK,),
        report_stream="stderr",
        finding=re.compile(r":\d+(:\d+)? error MD\d{3}"),
        notes="default rules (Markdown style, not prose); expands the glob itself",
    ))
    keys = {"proselint": "proselint", "write-good": "write-good", "alex": "alex",
            "textlint + write-good": "textlint+write-good", "markdownlint-cli2": "markdownlint-cli2"}
    for tool in tools:
        peer = keys[tool.name]
        entry = record.get(peer)
        tool.versions = _installed_versions(peer)
        if entry is None:
            tool.error = "not set up: run `python -m bench.peers setup`"
        elif not entry.get("ok"):
            tool.error = f"install failed: {entry.get('error')}"
        elif tool.versions != PINS[peer]:
            tool.error = f"installed {_versions_text(tool.versions)}, not the pinned {_versions_text(PINS[peer])}"
    return tools


# -- running -------------------------------------------------------------------------------


@dataclass
class Result:
    tool: str
    case: str
    samples: list[float] = field(default_factory=list)
    failure: str | None = None  # crash, unexpected exit code, or output that shows nothing was linted


def judge(tool: Tool, outcome: Outcome, validate: bool) -> str | None:
    """None when the run counts, else why it does not."""
    bad = [code for code in outcome.codes if code not in tool.ok_codes]
    if bad:
        return f"exit {bad[0]} (accepted: {sorted(tool.ok_codes)}): {_tail(outcome.stderr)}"
    for pattern in tool.crash:
        match = pattern.search(outcome.stderr)
        if match:
            return f"crashed ({match.group(0).strip()[:80]}): {_tail(outcome.stderr)}"
    if validate and tool.finding is not None:
        text = outcome.stdout if tool.report_stream == "stdout" else outcome.stderr
        if not text or not tool.finding.search(text):
            return f"output shows no finding, so it may not have linted the input: {_tail(text or '(empty)')}"
    return None


def _tail(text: str, lines: int = 3) -> str:
    kept = [line.strip() for line in text.strip().splitlines() if line.strip()][-lines:]
    return " ⏎ ".join(kept)[:400] or "(no output on stderr)"


def answerlint_tools(python: str = sys.executable) -> tuple[list[Tool], dict[str, bool]]:
    """answerlint cold, and warm when this build has ``--cache-dir``."""
    help_text = subprocess.run(
        [python, "-m", "answerlint", "check", "--help"], cwd=ROOT, capture_output=True, text=True
    ).stdout
    flags = answerlint_flags(help_text)
    cache_root = SCRATCH / "answerlint-cache"
    finding = re.compile(r'"rule":')
    crash = (PY_TRACEBACK,)
    version = subprocess.run([python, "-m", "answerlint", "--version"], cwd=ROOT, capture_output=True, text=True)
    versions = {"answerlint": (version.stdout.strip().split() or [None])[-1] if version.returncode == 0 else None}

    def cold(target: Target) -> list[list[str]]:
        return [answerlint_argv(python, target, flags, "cold", cache_root / target.slug / "cold")]

    def warm(target: Target) -> list[list[str]]:
        return [answerlint_argv(python, target, flags, "warm", cache_root / target.slug / "warm")]

    how = ("--no-cache" if flags["no_cache"] else "fresh empty --cache-dir each run" if flags["cache_dir"]
           else "this build has no cache")
    tools = [Tool("answerlint (cold)", False, cold, frozenset({0}), crash, finding=finding, threads="all",
                  notes=f"{how}; lints in parallel across cores", versions=versions)]
    if flags["cache_dir"]:
        tools.append(Tool("answerlint (warm)", False, warm, frozenset({0}), crash, finding=finding, threads="all",
                          notes="--cache-dir filled by an untimed run first", versions=versions))
    return tools, flags


def baseline_tools(python: str = sys.executable) -> list[Tool]:
    """Bare interpreter start-up, the floor under every Python or Node tool's figure."""
    return [
        Tool("python -c pass", False, lambda t: [[python, "-c", "pass"]], frozenset({0}), notes="start-up floor"),
        Tool("node -e 0", False, lambda t: [["node", "-e", "0"]], frozenset({0}), notes="start-up floor"),
    ]


def targets(corpus_paths: tuple[Path, Path, Path]) -> list[Target]:
    folder, one, long_doc = corpus_paths
    files = tuple(sorted(p.name for p in folder.glob("*.md")))
    # quickest first, so an interrupted run has already measured those
    return [
        Target("one", "1 draft", one.parent, (one.name,), False),
        Target("long", f"1 document of {cli_speed.LONG_WORDS:,} words", long_doc.parent, (long_doc.name,), False),
        Target("drafts", f"{len(files):,} drafts", folder, files, True),
    ]


def _prepare(tool: Tool, target: Target) -> None:
    """Before every answerlint run: an empty cold cache dir (when one is used at all)."""
    if tool.name == "answerlint (cold)":
        shutil.rmtree(SCRATCH / "answerlint-cache" / target.slug / "cold", ignore_errors=True)


def run_case(tools: list[Tool], target: Target, runs: int, warmup: int, timeout: float) -> list[Result]:
    """Time every tool on one target, round-robin, so drifting load falls on all of them alike.

    Round 0 is untimed unless ``warmup`` is 0; either way each tool's first
    run keeps its output and is checked for findings. A tool that fails once
    is dropped from the later rounds of this case.
    """
    results = {tool.name: Result(tool.name, target.label) for tool in tools}
    live = [tool for tool in tools if tool.error is None]
    for tool in tools:
        if tool.error is not None:
            results[tool.name].failure = tool.error
    for tool in live:
        if tool.name == "answerlint (warm)":
            shutil.rmtree(SCRATCH / "answerlint-cache" / target.slug / "warm", ignore_errors=True)
            outcome = _run(tool, target, keep=False, timeout=timeout)  # fills the cache; never timed
            failure = judge(tool, outcome, validate=False)
            if failure:
                results[tool.name].failure = "filling the cache: " + failure
    checked: set[str] = set()
    rounds = max(warmup, 0) + runs
    for n in range(rounds):
        timed = n >= warmup
        # rotate the order each round: no tool always runs first, or right after the heaviest
        order = live[n % len(live):] + live[: n % len(live)] if live else []
        for tool in order:
            result = results[tool.name]
            if result.failure:
                continue
            validate = tool.name not in checked
            outcome = _run(tool, target, keep=validate, timeout=timeout)
            checked.add(tool.name)
            result.failure = judge(tool, outcome, validate)
            if result.failure is None and timed:
                result.samples.append(outcome.seconds)
            state = f"FAILED: {result.failure}" if result.failure else f"{outcome.seconds:.3f} s"
            print(f"    {target.label} · {tool.name}: {state}", file=sys.stderr)
        status = "timed" if timed else "warm-up"
        print(f"  {target.label}: round {n + 1}/{rounds} ({status}) done", file=sys.stderr)
    return list(results.values())


def _run(tool: Tool, target: Target, keep: bool, timeout: float) -> Outcome:
    _prepare(tool, target)
    try:
        return time_process(tool.build(target), target.cwd, tool.env, keep_stdout=keep, timeout=timeout)
    except subprocess.TimeoutExpired:
        return Outcome(timeout, [-9], f"timed out after {timeout:.0f} s")
    except OSError as error:
        return Outcome(0.0, [-1], f"could not start: {error}")


# -- reporting ------------------------------------------------------------------------------


def fastest_peer(results: Sequence[Result], peers: set[str]) -> Result | None:
    timed = [r for r in results if r.tool in peers and r.samples and not r.failure]
    return min(timed, key=lambda r: summarise(r.samples).median, default=None)


def _median(result: Result | None) -> float | None:
    return summarise(result.samples).median if result and result.samples and not result.failure else None


def table(by_case: dict[str, list[Result]], peers: set[str]) -> str:
    """One row per tool and case: median, min, max, × answerlint (cold), × the fastest peer."""
    header = ("case", "tool", "runs", "median s", "min s", "max s", "× answerlint", "× fastest peer")
    rows = []
    for case, results in by_case.items():
        ours = _median(next((r for r in results if r.tool == "answerlint (cold)"), None))
        best = fastest_peer(results, peers)
        best_median = _median(best)
        ordered = sorted(results, key=lambda r: (r.failure is not None or not r.samples, _median(r) or 0.0))
        for result in ordered:
            name = result.tool + (" ★" if best is not None and result is best else "")
            if result.failure or not result.samples:
                rows.append((case, name, "0", "–", "–", "–", "–", f"FAILED: {result.failure or 'no runs'}"))
                continue
            s = summarise(result.samples)
            rows.append((
                case, name, str(s.runs), fmt_seconds(s.median), fmt_seconds(s.low), fmt_seconds(s.high),
                fmt_ratio(ratio(s.median, ours)), fmt_ratio(ratio(s.median, best_median)),
            ))
    return markdown_table(header, rows, right=(2, 3, 4, 5, 6, 7))


@dataclass(frozen=True)
class Check:
    name: str
    wanted: str
    measured: str
    passed: bool | None  # None: cannot be told (a side missing)


def target_checks(medians: dict[tuple[str, str], float | None], fastest: dict[str, float | None], cases: Sequence[str],
                  warm_supported: bool) -> list[Check]:
    """Issue #6's targets, from medians keyed by (tool, case slug) and the fastest peer's median per case."""
    drafts, one, long = cases

    def speedup(tool: str, case: str, at_least: float, name: str) -> Check:
        ours, theirs = medians.get((tool, case)), fastest.get(case)
        wanted = f"≥ {at_least:g}× faster than the fastest peer"
        if ours is None or theirs is None:
            return Check(name, wanted, "not measured", None)
        factor = theirs / ours
        return Check(name, wanted, f"{factor:.2f}× ({fmt_seconds(ours)} s vs {fmt_seconds(theirs)} s)", factor >= at_least)

    checks = [speedup("answerlint (cold)", drafts, 3, "1,000 drafts, cold")]
    if warm_supported:
        checks.append(speedup("answerlint (warm)", drafts, 15, "1,000 drafts, warm"))
    else:
        checks.append(Check("1,000 drafts, warm", "≥ 15× faster than the fastest peer", "warm: not supported by this build", None))
    checks.append(speedup("answerlint (cold)", one, 1, "1 draft"))
    checks[-1] = Check(checks[-1].name, "no slower than the fastest peer", checks[-1].measured, checks[-1].passed)
    checks.append(speedup("answerlint (cold)", long, 2, "50,000-word document"))
    return checks


def checks_table(checks: Sequence[Check]) -> str:
    verdict = {True: "met", False: "NOT met", None: "–"}
    return markdown_table(("target", "wanted", "measured (fastest peer ÷ answerlint)", "verdict"),
                          [(c.name, c.wanted, c.measured, verdict[c.passed]) for c in checks])


def run(argv_runs: int, warmup: int, only: Sequence[str], json_path: Path | None, timeout: float,
        cases: Sequence[str]) -> int:
    info = machine()
    corpus_paths = cli_speed.ensure_corpus()
    cli_speed.ensure_bytecode()
    ours, flags = answerlint_tools()
    peers = peer_tools()
    if only:
        unknown = set(only) - {t.name for t in [*ours, *peers]}
        if unknown:
            raise SystemExit(f"unknown tool(s): {', '.join(sorted(unknown))}")
        peers = [t for t in peers if t.name in only]
        ours = [t for t in ours if t.name in only] or ours
    tools = [*ours, *peers, *baseline_tools()]
    peer_names = {t.name for t in peers}
    all_targets = [t for t in targets(corpus_paths) if t.slug in cases]
    print(f"{len(tools)} tools × {len(all_targets)} cases, {warmup} warm-up + {argv_runs} timed rounds each …",
          file=sys.stderr)
    by_case: dict[str, list[Result]] = {}
    for target in all_targets:
        by_case[target.label] = run_case(tools, target, argv_runs, warmup, timeout)
        # the table so far, so an interrupted run still leaves figures behind
        print(table({target.label: by_case[target.label]}, peer_names), file=sys.stderr)

    fastest = {t.slug: _median(fastest_peer(by_case[t.label], peer_names)) for t in all_targets}
    medians = {(r.tool, t.slug): _median(r) for t in all_targets for r in by_case[t.label]}
    slugs = [s for s in ("drafts", "one", "long")]
    checks = target_checks(medians, fastest, slugs, flags["cache_dir"])

    print(f"## answerlint vs peer prose linters, whole processes, median of {argv_runs} (after {warmup} warm-up)\n")
    print(f"Machine: {machine_line(info)}\n")
    print(table(by_case, peer_names))
    print("\n★ the fastest peer in that case. × answerlint: this median ÷ answerlint (cold)'s; "
          "× fastest peer: this median ÷ the fastest peer's (below 1 is faster).\n")
    print("### Targets (issue #6)\n")
    print(checks_table(checks))
    print("\n### Tools\n")
    print(markdown_table(
        ("tool", "versions", "cores used", "how it is called"),
        [(t.name, _versions_text(t.versions) if t.versions else "–", t.threads, t.notes) for t in tools],
    ))
    if not flags["cache_dir"]:
        print("\nanswerlint warm: not supported by this build (`answerlint check --help` lists no --cache-dir).")
    if json_path is not None:
        payload = {
            "machine": info,
            "runs": argv_runs,
            "warmup": warmup,
            "answerlint_flags": flags,
            "tools": {t.name: {"versions": t.versions, "cores": t.threads, "notes": t.notes,
                               "argv_example": _example(t, all_targets), "error": t.error} for t in tools},
            "cases": {label: [{"tool": r.tool, "samples": r.samples, "failure": r.failure,
                               "median": _median(r)} for r in results] for label, results in by_case.items()},
            "fastest_peer": fastest,
            "targets": [c.__dict__ for c in checks],
        }
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"\nwrote {json_path}", file=sys.stderr)
    return 0


def _example(tool: Tool, all_targets: Sequence[Target]) -> list[str] | None:
    if not all_targets:
        return None
    commands = tool.build(all_targets[0])
    first = commands[0]
    shown = first if len(first) <= 12 else [*first[:10], f"… {len(first) - 10} more"]
    return shown + ([f"(+{len(commands) - 1} more command lines)"] if len(commands) > 1 else [])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.peers", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("setup", help="install the pinned peers into bench/.scratch/peers/")
    s.add_argument("--force", action="store_true", help="reinstall even when the pinned versions are there")
    s.add_argument("--only", action="append", default=[], choices=sorted(PINS), help="just this peer (repeatable)")
    r = sub.add_parser("run", help="time answerlint and the peers")
    r.add_argument("--runs", type=int, default=5, help="timed rounds per case (default 5)")
    r.add_argument("--warmup", type=int, default=1, help="untimed rounds before them (default 1)")
    r.add_argument("--only", action="append", default=[], help="just this tool (repeatable; answerlint always runs)")
    r.add_argument("--case", action="append", choices=("drafts", "one", "long"), help="just this case (repeatable)")
    r.add_argument("--timeout", type=float, default=1800, help="seconds before one run counts as hung (default 1800)")
    r.add_argument("--json", type=Path, help="also write every sample and the verdicts to this file")
    args = parser.parse_args(argv)
    if args.command == "setup":
        record = setup(args.force, args.only)
        return 0 if all(entry.get("ok") for entry in record.values()) else 1
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")
    return run(args.runs, args.warmup, args.only, args.json, args.timeout, args.case or ("drafts", "one", "long"))


if __name__ == "__main__":
    sys.exit(main())
