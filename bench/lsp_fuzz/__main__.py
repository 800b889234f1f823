"""The long language-server fuzzing run.

Usage::

    python -m bench.lsp_fuzz [--sequences 10000] [--seed N]

Plays ``--sequences`` random sequences (hypothesis; see :mod:`bench.lsp_fuzz`)
against fresh in-process servers and prints how many ran, how many requests
and notifications they sent, and the wall time. A failing sequence is shrunk
and printed as Python data, ready to paste into a regression test
(``tests/server/lsp/test_fuzz_regressions.py``); the exit status is then 1.
``--seed`` makes a run repeatable.
"""

from __future__ import annotations

import argparse
import sys
import time

from hypothesis import HealthCheck, Phase, given, seed, settings

from bench.lsp_fuzz.actions import clients, sequences
from bench.lsp_fuzz.session import play
from bench.lsp_fuzz.workspace import fuzz_workspace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lsp_fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("--sequences", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    args = parser.parse_args(argv)

    workspace = fuzz_workspace()
    totals = {"sequences": 0, "actions": 0, "requests": 0, "rejected": 0, "notifications": 0, "documents": 0}
    started = time.perf_counter()

    @settings(
        max_examples=args.sequences,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(client=clients, sequence=sequences)
    def sequence_holds(client, sequence):
        outcome = play(client, sequence, workspace)
        totals["sequences"] += 1
        totals["actions"] += len(sequence)
        totals["requests"] += outcome.requests
        totals["rejected"] += outcome.rejected
        totals["notifications"] += outcome.notifications
        totals["documents"] += outcome.checked_documents
        if totals["sequences"] % 500 == 0:
            print(f"  {totals['sequences']} sequences, {time.perf_counter() - started:.0f} s", flush=True)

    test = seed(args.seed)(sequence_holds) if args.seed is not None else sequence_holds
    failed = False
    try:
        test()
    except Exception as error:  # hypothesis has shrunk it and printed the falsifying example
        failed = True
        notes = "\n".join(getattr(error, "__notes__", ()))  # hypothesis's "Falsifying example: ..."
        print(f"FAILED: {error}\n{notes}", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(
        f"{totals['sequences']} sequences passed ({totals['actions']} actions, {totals['requests']} requests "
        f"of which {totals['rejected']} rejected, {totals['notifications']} notifications, "
        f"{totals['documents']} final documents compared) in {elapsed:.0f} s"
        + ("; a sequence FAILED (above)" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
