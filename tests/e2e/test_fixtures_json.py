"""`answerlint check --format json fixtures/drafts/` as a whole process, checked exactly.

When a rule change alters the output on purpose, review the difference and
refresh the expectation with:
    answerlint check --format json fixtures/drafts/ > tests/e2e/fixtures_drafts.json
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = Path(__file__).with_name("fixtures_drafts.json")


def test_json_over_the_sample_drafts_is_exact():
    result = subprocess.run(
        [sys.executable, "-m", "answerlint", "check", "--format", "json", "fixtures/drafts/"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout) == json.loads(EXPECTED.read_text(encoding="utf-8"))
