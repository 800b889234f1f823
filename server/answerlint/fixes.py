"""Choosing which fixes to apply together, and applying them to a text.

A fix is a set of edits a rule attached to a finding (a custom
substitution, a scaffold section, a prompt under an empty heading). Fixes
are taken in the order of their findings; one whose edits overlap an edit
already taken is skipped and reported, never merged, so no two fixes ever
write to the same characters. An insertion touching the edge of a
replacement does not overlap it; two insertions at one place do (their
order would be a guess). A fix identical to one already taken is the same
change and is dropped silently. Text outside the taken edits' spans is
never changed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from answerlint.finding import Edit, Finding, apply_edits

MAX_PASSES = 4  # after a pass, a fresh lint may offer fixes a conflict held back


@dataclass
class FixPlan:
    edits: list[Edit] = field(default_factory=list)
    applied: list[Finding] = field(default_factory=list)
    skipped: list[tuple[Finding, str]] = field(default_factory=list)  # and why


def _overlap(a: Edit, b: Edit) -> bool:
    if a.start == a.end and b.start == b.end:
        return a.start == b.start
    return a.start < b.end and b.start < a.end


def _well_formed(edits: tuple[Edit, ...], length: int) -> bool:
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    inside = all(0 <= e.start <= e.end <= length for e in ordered)
    return inside and not any(_overlap(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :])


def plan_fixes(findings: Iterable[Finding], length: int) -> FixPlan:
    """The fixes that can be applied together to a text of ``length`` characters."""
    plan = FixPlan()
    taken: set[tuple[Edit, ...]] = set()
    for finding in sorted((f for f in findings if f.fix is not None), key=lambda f: f.sort_key):
        edits = finding.fix.edits
        if tuple(edits) in taken:
            continue
        if not edits or not _well_formed(edits, length):
            plan.skipped.append((finding, "its edits are out of range or overlap each other"))
            continue
        clash = next((f for f in plan.applied for e in edits for t in f.fix.edits if _overlap(e, t)), None)
        if clash is not None:
            plan.skipped.append((finding, f"it overlaps the fix for {clash.rule}"))
            continue
        plan.edits.extend(edits)
        plan.applied.append(finding)
        taken.add(tuple(edits))
    return plan


@dataclass
class FixOutcome:
    text: str
    findings: list[Finding]  # what a lint of the fixed text found
    applied: list[tuple[Finding, str]] = field(default_factory=list)  # each fix and the text it was applied to
    skipped: list[tuple[Finding, str, str]] = field(default_factory=list)  # finding, why, the text it was in


def fix_text(
    text: str, findings: list[Finding], lint: Callable[[str], list[Finding]], safe: Callable[[Finding], bool] = lambda f: True
) -> FixOutcome:
    """Apply the ``safe`` findings' fixes in passes, re-linting after each, until none apply or :data:`MAX_PASSES`."""
    outcome = FixOutcome(text, findings)
    for _ in range(MAX_PASSES):
        plan = plan_fixes(filter(safe, outcome.findings), len(outcome.text))
        if not plan.applied:
            break
        outcome.applied += [(f, outcome.text) for f in plan.applied]
        outcome.text = apply_edits(outcome.text, plan.edits)
        outcome.findings = lint(outcome.text)
    outcome.skipped = [(f, why, outcome.text) for f, why in plan_fixes(filter(safe, outcome.findings), len(outcome.text)).skipped]
    return outcome
