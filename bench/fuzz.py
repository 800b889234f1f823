"""The long fuzzing run: the property tests of tests/server/test_fuzz.py with 100,000+ examples.

    python -m bench.fuzz              # every property, the long example counts
    python -m bench.fuzz -k engine    # extra arguments go to pytest

The ordinary suite runs the same properties with a few dozen examples each.
Here ``ANSWERLINT_FUZZ=long`` makes each ask for its long count (see
``tests/server/markdown_strategies.py``) and the extreme documents grow four
times longer. It prints how many examples each property ran (counted by the
properties themselves, shrinking included), the failures, and the time.
Hypothesis keeps failing examples in ``.hypothesis/`` (gitignored), so the
ordinary suite replays them until they are fixed. About ten minutes on one
busy core.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TESTS = ROOT / "tests" / "server" / "test_fuzz.py"


class _Outcomes:
    """A pytest plugin that keeps the names of the failing tests."""

    def __init__(self) -> None:
        self.failed: list[str] = []
        self.passed = 0

    def pytest_runtest_logreport(self, report) -> None:
        if report.when == "call" and report.passed:
            self.passed += 1
        elif report.failed:
            self.failed.append(report.nodeid)


def main(argv: list[str] | None = None) -> int:
    import pytest

    os.environ["ANSWERLINT_FUZZ"] = "long"
    outcomes = _Outcomes()
    began = time.monotonic()
    status = pytest.main(["-p", "no:cacheprovider", "-q", str(TESTS), *(argv if argv is not None else sys.argv[1:])], plugins=[outcomes])
    seconds = time.monotonic() - began
    runs = sys.modules["markdown_strategies"].RUNS if "markdown_strategies" in sys.modules else {}
    print("\nexamples run per property:")
    for name, count in sorted(runs.items()):
        print(f"  {name:<14} {count:>8,}")
    print(f"  {'total':<14} {sum(runs.values()):>8,}")
    print(f"tests passed: {outcomes.passed}; failed: {len(outcomes.failed)}")
    for nodeid in outcomes.failed:
        print(f"  FAILED {nodeid}")
    print(f"time: {seconds / 60:.1f} min")
    return int(status)


if __name__ == "__main__":
    raise SystemExit(main())
