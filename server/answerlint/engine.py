"""Lint one text: parse it, run the active rules, apply severities and suppressions.

Each rule runs on its own: one that raises, or returns something that is not
its own finding inside the text (a wrong type, a span or fix outside the
text, another rule's name or code), is recorded in
:attr:`LintResult.rule_errors` and every other rule's findings still come
out. A rule that runs past ``settings.rule_time_budget`` is stopped (see
:mod:`answerlint.budget`), recorded the same way, and disabled for the rest
of the run: the registry remembers it in :attr:`Registry.disabled`.

A draft longer than ``settings.max_draft_bytes`` (UTF-8) is not parsed or
linted: the result has no findings and one problem saying so.

A long-lived caller (the language server) passes ``cancelled``: it is asked
before each rule, and :class:`LintCancelled` is raised once it says yes, so
a run for text that has since changed stops early instead of finishing.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from answerlint.budget import RuleOverran, watch
from answerlint.draft import Draft, Problem
from answerlint.finding import Finding, Fix
from answerlint.plugins import Registry
from answerlint.rule import RuleContext
from answerlint.settings import Settings
from answerlint.summary import Summary, summarise
from answerlint.suppression import Suppressions


class LintCancelled(Exception):
    """The caller's ``cancelled`` check said the result is no longer wanted."""


@dataclass
class LintResult:
    draft: Draft
    findings: list[Finding]
    problems: list[Problem] = field(default_factory=list)
    rule_errors: dict[str, str] = field(default_factory=dict)
    summary: Summary | None = None
    registry: Registry | None = None  # the rules it ran with, the configuration's custom rules included


def lint_text(
    text: str,
    settings: Settings,
    registry: Registry,
    path: Path | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LintResult:
    too_large = settings.too_large(text)
    if too_large is not None:
        return LintResult(Draft.unread(text), [], [Problem(0, too_large)], {}, summarise([], [], 0, settings.length.words_per_minute, None))
    registry = settings.registry_for(registry)  # with the configuration's custom rules
    draft = Draft.parse(text, registry.frameworks)
    suppressions = Suppressions(draft, registry)
    frameworks = {f.id: f for f in registry.frameworks}
    findings: list[Finding] = []
    rule_errors: dict[str, str] = {}
    active = settings.active_rules(registry, path)
    budget = settings.rule_time_budget
    for rule, severity in active:
        if cancelled is not None and cancelled():
            raise LintCancelled()
        name = rule.meta.name
        if name in registry.disabled:
            rule_errors[name] = registry.disabled[name]
            continue
        context = RuleContext(
            length=settings.length,
            extra_phrases=settings.extend_phrases.get(name, ()),
            frameworks=frameworks,
        )
        began = time.perf_counter()
        try:
            with watch(budget):
                produced = _collect(rule.check(draft, context))
        except RuleOverran:
            produced = None
        except Exception as error:
            rule_errors[name] = f"rule {name} ({rule.meta.code}) raised {type(error).__name__}: {_short(error)}"
            continue
        elapsed = time.perf_counter() - began
        if produced is None or elapsed > budget:
            registry.disabled[name] = rule_errors[name] = (
                f"rule {name} ({rule.meta.code}) ran over its time budget of {budget:g} s "
                f"(rule-time-budget) and is disabled for the rest of the run"
            )
            continue
        if isinstance(produced, str):
            rule_errors[name] = f"rule {name} ({rule.meta.code}) returned {produced}, not findings"
            continue
        bad = next((f for f in produced if not _valid(f, rule, len(text))), None)
        if bad is not None:
            rule_errors[name] = f"rule {name} ({rule.meta.code}) returned an invalid finding: {_short(bad)}"
            continue
        for finding in produced:
            finding = replace(finding, severity=severity)
            if not suppressions.suppresses(finding, draft.lines.line_of(finding.start)):
                findings.append(finding)
    findings = _dedupe(sorted(findings, key=lambda f: f.sort_key))
    ran = [rule.meta.name for rule, _ in active if rule.meta.name not in rule_errors]
    framework = draft.framework.id if draft.framework else None
    summary = summarise(findings, ran, draft.word_count, settings.length.words_per_minute, framework)
    return LintResult(draft, findings, draft.problems + suppressions.problems, rule_errors, summary, registry)


def _collect(produced: object) -> list | str:
    """A check's findings as a list, or a description of what it gave instead."""
    if isinstance(produced, (str, bytes)) or not isinstance(produced, Iterable):
        return type(produced).__name__
    return list(produced)


def _short(value: object) -> str:
    try:
        text = repr(value) if not isinstance(value, BaseException) else str(value)
    except Exception as error:  # a garbage object's own __repr__ may raise
        text = f"<{type(value).__name__}; repr failed: {type(error).__name__}>"
    text = text.replace("\n", "\\n").replace("\r", "\\r")
    return text if len(text) <= 200 else text[:199] + "…"


def _valid(finding: object, rule, length: int) -> bool:
    return (
        type(finding) is Finding
        and finding.rule == rule.meta.name
        and finding.code == rule.meta.code
        and type(finding.start) is int
        and type(finding.end) is int
        and 0 <= finding.start <= finding.end <= length
        and isinstance(finding.message, str)
        and (finding.fix is None or _valid_fix(finding.fix, length))
    )


def _valid_fix(fix: object, length: int) -> bool:
    """Edits inside the text that do not overlap: applied in any order they give one result."""
    if type(fix) is not Fix or not isinstance(fix.title, str) or not isinstance(fix.edits, tuple):
        return False
    last_end = -1
    for edit in sorted(fix.edits, key=lambda e: (getattr(e, "start", 0), getattr(e, "end", 0))):
        if not (type(edit.start) is int and type(edit.end) is int and isinstance(edit.new_text, str)):
            return False
        if not (0 <= edit.start <= edit.end <= length) or edit.start < last_end:
            return False
        last_end = edit.end
    return True


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for finding in findings:
        key = (finding.rule, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
