"""Lint one text: parse it, run the active rules, apply severities and suppressions.

Each rule runs on its own: one that raises or returns something that is not
a finding inside the text is recorded in :attr:`LintResult.rule_errors` and
every other rule's findings still come out.

A long-lived caller (the language server) passes ``cancelled``: it is asked
before each rule, and :class:`LintCancelled` is raised once it says yes, so
a run for text that has since changed stops early instead of finishing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from answerlint.draft import Draft, Problem
from answerlint.finding import Finding
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
    registry = settings.registry_for(registry)  # with the configuration's custom rules
    draft = Draft.parse(text, registry.frameworks)
    suppressions = Suppressions(draft, registry)
    frameworks = {f.id: f for f in registry.frameworks}
    findings: list[Finding] = []
    rule_errors: dict[str, str] = {}
    active = settings.active_rules(registry, path)
    for rule, severity in active:
        if cancelled is not None and cancelled():
            raise LintCancelled()
        context = RuleContext(
            length=settings.length,
            extra_phrases=settings.extend_phrases.get(rule.meta.name, ()),
            frameworks=frameworks,
        )
        try:
            produced = list(rule.check(draft, context))
        except Exception as error:
            rule_errors[rule.meta.name] = f"rule {rule.meta.name} ({rule.meta.code}) raised {type(error).__name__}: {error}"
            continue
        bad = next((f for f in produced if not _valid(f, len(text))), None)
        if bad is not None:
            rule_errors[rule.meta.name] = f"rule {rule.meta.name} ({rule.meta.code}) returned an invalid finding: {bad!r:.200}"
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


def _valid(finding: object, length: int) -> bool:
    return (
        isinstance(finding, Finding)
        and isinstance(finding.start, int)
        and isinstance(finding.end, int)
        and 0 <= finding.start <= finding.end <= length
        and isinstance(finding.message, str)
    )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int]] = set()
    unique = []
    for finding in findings:
        key = (finding.rule, finding.start, finding.end)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
