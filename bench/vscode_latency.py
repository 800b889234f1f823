"""Time a draft opened in VS Code (code-server) to its first answerlint diagnostic, and weigh the .vsix.

Usage::

    python -m bench.vscode_latency [--runs 5]

Builds and packages ``editor-clients/vscode`` and installs code-server,
playwright-core and Debian's chromium exactly as the end-to-end test does
(``tests/e2e/vscode/vscode_harness.py``; the first run installs for about
a minute, later runs reuse the cached node_modules). Then, ``--runs`` times,
a fresh browser window opens a fresh workspace folder holding one 400-word
draft (``bench.corpus.draft_text``, as ``bench.lsp_latency`` uses), opens
the draft with Quick Open, and times from the Enter key to

* **editor shown**: the draft's tab and text in the editor (VS Code's own
  cost, the baseline), and
* **first diagnostic**: the first answerlint entry in the Problems view.

Each window has its own extension host, so every run includes activating
the extension and starting ``answerlint server``: it is what a user sees
on the first draft of a session. Prints the .vsix size, each run, and the
medians with first diagnostic as a multiple of editor shown.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

from bench.lsp_latency import draft_of_about
from tests.e2e.vscode.vscode_harness import (
    SetupError,
    answerlint_executable,
    build_vsix,
    drive,
    install_code_server,
    running_code_server,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.vscode_latency", description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="drafts opened, each in a fresh window (default 5)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    try:
        vsix = build_vsix()
        script = install_code_server()
        settings = {"answerlint.path": str(answerlint_executable())}
    except SetupError as error:
        print(f"bench.vscode_latency: {error}", file=sys.stderr)
        return 1
    print(f"{'.vsix size':<34} {vsix.stat().st_size / 1024:8.1f} KiB  ({vsix.stat().st_size} bytes)")
    text = draft_of_about(400)
    editor, first = [], []
    with tempfile.TemporaryDirectory(prefix="answerlint-vscode-bench-") as scratch:
        home = Path(scratch)
        with running_code_server(script, vsix, home / "code-server", settings) as server:
            for run in range(1, args.runs + 1):
                folder = home / f"workspace-{run}"  # a new folder: nothing restored from the last window
                folder.mkdir()
                (folder / "draft.md").write_text(text, encoding="utf-8")
                result = drive({"url": server.open_folder_url(folder), "draft": "draft.md"}, home)
                editor.append(result["editorMs"])
                first.append(result["firstDiagnosticMs"])
                print(f"  run {run}: editor shown {result['editorMs']:6.0f} ms, first diagnostic {result['firstDiagnosticMs']:6.0f} ms")
    shown, diagnosed = statistics.median(editor), statistics.median(first)
    print(f"{'open to editor shown (median)':<34} {shown:8.0f} ms")
    print(f"{'open to first diagnostic (median)':<34} {diagnosed:8.0f} ms   ratio to editor shown {diagnosed / shown:5.1f}")
    print(f"  ({args.runs} runs, {len(text.split())}-word draft; min {min(first):.0f} ms, max {max(first):.0f} ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
