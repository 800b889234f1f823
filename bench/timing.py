"""Small helpers the whole-process benchmarks share: timing one process,
summarising samples, ratios, Markdown tables, and a line about the machine.

Everything here but :func:`time_process` and :func:`machine` is a pure
function, so it is unit-tested in ``tests/bench/test_timing.py``.
"""

from __future__ import annotations

import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Summary:
    median: float
    low: float
    high: float
    runs: int


def summarise(samples: Sequence[float]) -> Summary:
    if not samples:
        raise ValueError("no samples to summarise")
    return Summary(statistics.median(samples), min(samples), max(samples), len(samples))


def ratio(value: float | None, reference: float | None) -> float | None:
    """``value / reference``, or None when either is missing or the reference is not positive."""
    if value is None or reference is None or reference <= 0:
        return None
    return value / reference


def growth_exponent(size_a: float, time_a: float, size_b: float, time_b: float) -> float | None:
    """The k in time ∝ size**k between two points: 1.0 is linear, 2.0 quadratic.

    None when it cannot be told (a size or time that is not positive, or two
    equal sizes).
    """
    if min(size_a, time_a, size_b, time_b) <= 0 or size_a == size_b:
        return None
    return math.log(time_b / time_a) / math.log(size_b / size_a)


def _fmt(value: float | None, small: str, suffix: str = "") -> str:
    if value is None:
        return "–"
    if value >= 100:
        return f"{value:,.0f}{suffix}"
    if value >= 10:
        return f"{value:.1f}{suffix}"
    return f"{value:{small}}{suffix}"


def fmt_seconds(value: float | None) -> str:
    return _fmt(value, ".3f")


def fmt_ratio(value: float | None) -> str:
    return _fmt(value, ".2f", "×")


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[int] = ()) -> str:
    """A GitHub Markdown table, padded so it also reads as plain text.

    ``right`` lists the columns to right-align (numbers). A ``|`` inside a
    cell is escaped so it cannot split the cell.
    """
    cells = [[str(c).replace("|", "\\|") for c in header]] + [[str(c).replace("|", "\\|") for c in row] for row in rows]
    width = len(header)
    if any(len(row) != width for row in cells):
        raise ValueError("every row needs as many cells as the header")
    widths = [max(3, *(len(row[i]) for row in cells)) for i in range(width)]

    def line(row: Sequence[str]) -> str:
        padded = [c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(row)]
        return "| " + " | ".join(padded) + " |"

    rule = "| " + " | ".join(("-" * (widths[i] - 1) + ":") if i in right else "-" * widths[i] for i in range(width)) + " |"
    return "\n".join([line(cells[0]), rule, *(line(row) for row in cells[1:])])


def chunk_argv(prefix: Sequence[str], items: Sequence[str], limit: int) -> list[list[str]]:
    """Split ``prefix + items`` into as few command lines as fit in ``limit`` bytes each.

    Each command line is ``prefix`` followed by a run of ``items`` in their
    order; every item appears exactly once. The size counted is what the
    kernel counts for argv (each string's UTF-8 bytes plus its NUL, plus a
    pointer). An item too long to fit even alone with the prefix raises.
    """
    def cost(arg: str) -> int:
        return len(arg.encode("utf-8", "surrogateescape")) + 1 + 8

    base = sum(cost(a) for a in prefix)
    chunks: list[list[str]] = []
    current: list[str] = []
    used = base
    for item in items:
        size = cost(item)
        if base + size > limit:
            raise ValueError(f"argument too long for one command line: {item[:80]!r}")
        if current and used + size > limit:
            chunks.append([*prefix, *current])
            current, used = [], base
        current.append(item)
        used += size
    if current or not chunks:
        chunks.append([*prefix, *current])
    return chunks


def argv_limit() -> int:
    """A safe size for one command line: half of ARG_MAX less room for the environment."""
    try:
        arg_max = os.sysconf("SC_ARG_MAX")
    except (ValueError, OSError, AttributeError):
        arg_max = 131072
    env = sum(len(k) + len(v) + 2 + 8 for k, v in os.environ.items())
    return max(16384, min(arg_max // 2 - env, 1 << 20))


@dataclass
class Outcome:
    seconds: float
    codes: list[int]
    stderr: str  # the last few kilobytes of standard error, for a crash report
    stdout: str | None = None  # only when asked for


def time_process(
    commands: Sequence[Sequence[str]],
    cwd: Path,
    env: dict[str, str] | None = None,
    keep_stdout: bool = False,
    timeout: float | None = None,
) -> Outcome:
    """Run ``commands`` one after another as whole processes and time them together.

    Standard output goes to ``/dev/null`` (or, with ``keep_stdout``, to a
    temporary file that is read afterwards); standard error to a temporary
    file, so a chatty tool costs no pipe-draining and a crash can still be
    shown. The clock covers only the processes, not the reading. A command
    still running after ``timeout`` seconds is killed and
    :class:`subprocess.TimeoutExpired` raised.
    """
    with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
        sink = out if keep_stdout else subprocess.DEVNULL
        codes = []
        began = time.perf_counter()
        for argv in commands:
            codes.append(subprocess.run(list(argv), cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=sink, stderr=err, timeout=timeout).returncode)
        seconds = time.perf_counter() - began
        err.seek(0, os.SEEK_END)
        size = err.tell()
        err.seek(max(0, size - 8192))
        tail = err.read().decode("utf-8", "replace")
        text = None
        if keep_stdout:
            out.seek(0)
            text = out.read().decode("utf-8", "replace")
    return Outcome(seconds, codes, tail, text)


def tool_version(argv: Sequence[str]) -> str | None:
    """First line a ``--version``-style command prints, or None when it fails."""
    if shutil.which(argv[0]) is None and not Path(argv[0]).exists():
        return None
    try:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    text = (proc.stdout or proc.stderr).strip()
    return text.splitlines()[0].strip() if proc.returncode == 0 and text else None


def machine() -> dict[str, object]:
    """What the figures depend on: cores, CPU, OS, interpreter and Node versions, load."""
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        load = None
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    return {
        "cpus": os.cpu_count(),
        "cpus_usable": usable,
        "cpu": cpu,
        "os": f"{platform.system()} {platform.release()} {platform.machine()}",
        "python": platform.python_version(),
        "python_executable": sys.executable,
        "node": tool_version(["node", "--version"]),
        "load_average": load,
    }


def machine_line(info: dict[str, object]) -> str:
    load = info.get("load_average")
    return (
        f"{info['cpus']} CPUs ({info['cpus_usable']} usable), {info['cpu'] or 'unknown CPU'} · {info['os']} · "
        f"Python {info['python']} · Node {info.get('node') or 'not found'}"
        + (f" · load average at start {load[0]}, {load[1]}, {load[2]}" if load else "")
    )
