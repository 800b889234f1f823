"""``answerlint check --fix`` and ``--diff``: apply the findings' fixes to drafts on disk, or show them.

Only drafts the run collected are touched, each rewritten atomically
(:mod:`answerlint.rewrite`). ``--fix`` reports each change as
``path:line:col: fixed RULE: TITLE`` and each fix it held back as
``path:line:col: skipped RULE fix: WHY``; ``--diff`` prints a unified diff
and writes nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from answerlint.batch import FileOutcome
from answerlint.files import decode
from answerlint.finding import Finding
from answerlint.fixes import FixOutcome, fix_text
from answerlint.lines import LineIndex
from answerlint.rewrite import RewriteError, rewrite


@dataclass
class FixRun:
    lines: list[str] = field(default_factory=list)  # what was changed or held back, one line each
    diffs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    fixed: int = 0  # fixes applied (or, with --diff, that would be)
    files: int = 0  # files changed (or that would be)


def fix_outcomes(
    outcomes: list[FileOutcome],
    where_of: dict[str, Path],
    lint: Callable[[Path, str], list[Finding]],
    safe: Callable[[Finding], bool],
    write: bool,
) -> FixRun:
    """Apply each outcome's safe fixes; with ``write``, replace its file, and its findings with what is left."""
    run = FixRun()
    for outcome in sorted(outcomes, key=lambda o: o.path):
        if outcome.error or not any(f.fix and safe(f) for f in outcome.findings):
            continue
        where = where_of[outcome.path]
        fixed = fix_text(outcome.text, outcome.findings, lambda text: lint(where, text), safe)
        run.lines += _skipped_lines(outcome.path, fixed)
        if fixed.text == outcome.text:
            continue
        if write:
            try:
                original = where.read_bytes()
                if decode(original, outcome.path) != outcome.text:
                    raise RewriteError(f"{outcome.path}: changed on disk while answerlint was linting it; left as it is")
                rewrite(where, original, fixed.text)
            except (OSError, RewriteError) as error:
                run.errors.append(str(error) if isinstance(error, RewriteError) else f"{outcome.path}: cannot read: {error}")
                continue
            outcome.text, outcome.findings = fixed.text, fixed.findings
        else:
            run.diffs.append(unified_diff(outcome.path, outcome.text, fixed.text))
        run.lines += _applied_lines(outcome.path, fixed, write)
        run.fixed += len(fixed.applied)
        run.files += 1
    return run


def _applied_lines(path: str, fixed: FixOutcome, written: bool) -> list[str]:
    verb = "fixed" if written else "would fix"
    out = []
    for finding, text in fixed.applied:
        position = LineIndex(text).position(finding.start)
        out.append(f"{path}:{position.line + 1}:{position.column + 1}: {verb} {finding.rule}: {finding.fix.title}")
    return out


def _skipped_lines(path: str, fixed: FixOutcome) -> list[str]:
    out = []
    for finding, why, text in fixed.skipped:
        position = LineIndex(text).position(finding.start)
        out.append(f"{path}:{position.line + 1}:{position.column + 1}: skipped {finding.rule} fix: {why}; run --fix again to apply it if it still applies")
    return out


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def unified_diff(path: str, before: str, after: str) -> str:
    """A ``diff -u`` of the two texts; lines end where Markdown says they do (LF, CRLF or CR)."""
    lines = difflib.unified_diff(_LINE.findall(before), _LINE.findall(after), f"a/{path}", f"b/{path}")
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
