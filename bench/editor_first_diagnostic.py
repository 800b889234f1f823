"""Time from ``:edit`` of a draft to its first diagnostics in a real Neovim.

Usage::

    python -m bench.editor_first_diagnostic [--runs 7]

Each run is one ``nvim --headless --clean`` with the plugin from
``editor-clients/nvim`` on its runtimepath (``bench/editor_first_diagnostic.lua``):

* **cold**: ``:edit`` of ``fixtures/drafts/02-warehouse-star-l.md`` starts
  ``python -m answerlint server`` (this interpreter) through the plugin, so
  the time includes spawning it, ``initialize``, loading the rules and the
  first lint, up to the moment Neovim has the diagnostics;
* **warm**: ``:edit`` of a second draft (``07-sales-plain-prose.md``) in the
  same Neovim, with the server already running;
* **cold, empty cache**: the cold case with ``$XDG_CACHE_HOME`` pointing at
  an empty folder, as on the first start after installing: the rules'
  compiled-pattern table (``answerlint.compiled_patterns``) is rebuilt.
  The other cases use the user's own cache folder, filled by the warm-up run.

Runs alternate with runs whose server is ``bench.minimal_server`` (the
smallest pygls server, answering didOpen with an empty list), so the cold
figure is also given as a multiple of what Neovim plus pygls cost on this
machine in the same session. One untimed run of each comes first (it writes
the bytecode caches). Prints medians in milliseconds.

Needs ``nvim`` on PATH (Debian: ``apt-get install -y neovim``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = Path(__file__).with_suffix(".lua")
DRAFTS = [ROOT / "fixtures" / "drafts" / name for name in ("02-warehouse-star-l.md", "07-sales-plain-prose.md")]
ANSWERLINT = [sys.executable, "-m", "answerlint", "server"]
MINIMAL = [sys.executable, "-m", "bench.minimal_server"]


def run_once(nvim: str, cmd: list[str], empty_cache: bool = False) -> dict:
    """One Neovim session: {"cold": {"ms", "diagnostics"}, "warm": {...}}."""
    kinds = ("CACHE", "STATE", "DATA", "CONFIG") if empty_cache else ("STATE", "DATA", "CONFIG")
    with tempfile.TemporaryDirectory(prefix="answerlint-bench-nvim-") as state:
        env = {
            **os.environ,
            "ANSWERLINT_BENCH": json.dumps(
                {"plugin": str(ROOT / "editor-clients" / "nvim"), "cmd": cmd, "drafts": [str(d) for d in DRAFTS], "timeout_ms": 60_000}
            ),
            # Neovim's state stays out of the user's folders; the cache is the server's too, so it is
            # kept unless the case is the first start.
            **{f"XDG_{kind}_HOME": f"{state}/{kind.lower()}" for kind in kinds},
        }
        result = subprocess.run(
            [nvim, "--headless", "--clean", "-n", "-c", f"luafile {SCRIPT}"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
        )  # fmt: skip
    line = next((l for l in result.stderr.splitlines() if l.startswith("RESULT ")), None)
    if result.returncode != 0 or line is None:
        raise SystemExit(f"nvim failed (exit {result.returncode}) with {' '.join(cmd)}:\n{result.stdout}\n{result.stderr}")
    return json.loads(line.removeprefix("RESULT "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.editor_first_diagnostic", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="timed Neovim sessions per server (default 7)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    nvim = shutil.which("nvim")
    if nvim is None:
        print("error: nvim is not on PATH; install Neovim (Debian: apt-get install -y neovim)", file=sys.stderr)
        return 2
    version = subprocess.run([nvim, "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    run_once(nvim, MINIMAL), run_once(nvim, ANSWERLINT)  # warm-up: bytecode caches
    cold, warm, empty, baseline = [], [], [], []
    for _ in range(args.runs):  # alternated, so all see the same machine load
        baseline.append(run_once(nvim, MINIMAL)["cold"]["ms"])
        timed = run_once(nvim, ANSWERLINT)
        first_start = run_once(nvim, ANSWERLINT, empty_cache=True)
        for case, result in (("cold", timed), ("warm", timed), ("cold", first_start)):
            if result[case]["diagnostics"] == 0:
                raise SystemExit(f"answerlint's first diagnostics for the {case} draft were empty; the sample drafts have findings")
        cold.append(timed["cold"]["ms"])
        warm.append(timed["warm"]["ms"])
        empty.append(first_start["cold"]["ms"])
    first, base = statistics.median(cold), statistics.median(baseline)
    print(f"{version}, {args.runs} runs each, medians")
    print(f"{':edit to first diagnostic, cold':<40} {first:7.0f} ms   minimal pygls server {base:5.0f} ms   ratio {first / base:4.2f}")
    print(f"{':edit to first diagnostic, warm':<40} {statistics.median(warm):7.0f} ms   (server already running)")
    print(f"{':edit to first diagnostic, empty cache':<40} {statistics.median(empty):7.0f} ms   (first start after installing)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
