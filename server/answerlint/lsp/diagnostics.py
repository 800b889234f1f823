"""Findings and problems as LSP diagnostics.

Each diagnostic carries in ``data`` what its code actions need without
another lint: the rule's name, the document version it was computed for
and, when the finding has one, its fix as LSP text edits.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from lsprotocol import types

from collections.abc import Mapping

from answerlint.draft import Problem
from answerlint.finding import Finding, Fix, Severity
from answerlint.lsp.positions import PositionMap
from answerlint.settings import Settings

SOURCE = "answerlint"

SEVERITIES = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
    Severity.HINT: types.DiagnosticSeverity.Hint,
}


@functools.lru_cache(maxsize=None)
def rule_url(code: str) -> str | None:
    """Where the rule's docs are: its module, whose docstring is the docs (a ``file:`` URI).

    answerlint has no hosted docs site; the installed module is always there,
    opens in any editor, and starts with What it does / Why it matters / Example
    / Use instead. None for a rule whose code is not in a file.
    """
    from answerlint.plugins import default_registry

    registry = default_registry()
    rule = registry.find(code)
    module = sys.modules.get(registry.module_of.get(rule.meta.name, "")) if rule else None
    file = getattr(module, "__file__", None)
    return Path(file).resolve().as_uri() if file else None


def fix_data(fix: Fix, positions: PositionMap) -> dict:
    return {
        "title": fix.title,
        "edits": [
            {"range": _range_json(positions.range(e.start, e.end)), "newText": e.new_text} for e in fix.edits
        ],
    }


def _range_json(range_: types.Range) -> dict:
    return {
        "start": {"line": range_.start.line, "character": range_.start.character},
        "end": {"line": range_.end.line, "character": range_.end.character},
    }


def custom_rule_links(settings: Settings) -> dict[str, str]:
    """Where each custom rule's docs are: its ``link``, else the configuration file that defines it."""
    if not settings.custom_rules:
        return {}
    source = Path(settings.source) if settings.source else None
    file = source.resolve().as_uri() if source is not None and source.is_file() else None
    return {r.meta.name: link for r in settings.custom_rules if (link := r.meta.link or file)}


def finding_diagnostic(
    finding: Finding, positions: PositionMap, version: int | None, links: Mapping[str, str] | None = None
) -> types.Diagnostic:
    data: dict = {"rule": finding.rule, "version": version}
    if finding.fix is not None:
        data["fix"] = fix_data(finding.fix, positions)
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=href) if (href := (links or {}).get(finding.rule) or rule_url(finding.code)) else None,
        source=SOURCE,
        data=data,
    )


def problem_diagnostic(problem: Problem, positions: PositionMap) -> types.Diagnostic:
    """Something in the draft answerlint could not read (an unknown rule in a directive, …)."""
    start = problem.offset
    end = positions.lines.line_end(positions.lines.line_of(start))
    return types.Diagnostic(
        range=positions.range(start, end),
        message=problem.message,
        severity=types.DiagnosticSeverity.Warning,
        source=SOURCE,
    )


def to_diagnostics(
    findings: list[Finding],
    problems: list[Problem],
    positions: PositionMap,
    version: int | None,
    links: Mapping[str, str] | None = None,
) -> list[types.Diagnostic]:
    """``links``: a docs address by rule name, for rules whose docs are not in a module (custom rules)."""
    return [problem_diagnostic(p, positions) for p in problems] + [
        finding_diagnostic(f, positions, version, links) for f in findings
    ]
