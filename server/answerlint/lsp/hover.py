"""Hover over a finding: its message and the rule's documentation (why it matters, a rewrite)."""

from __future__ import annotations

from lsprotocol import types

from answerlint.lsp.linting import Linted
from answerlint.plugins import Registry


def hover_at(linted: Linted, position: types.Position, registry: Registry) -> types.Hover | None:
    offset = linted.positions.offset(position)
    findings = [f for f in linted.result.findings if f.start <= offset <= f.end]
    if not findings:
        return None
    blocks: list[str] = []
    shown: set[str] = set()
    for finding in findings:
        if finding.rule in shown:
            continue
        shown.add(finding.rule)
        rule = (linted.result.registry or registry).find(finding.rule)  # custom rules are in the result's
        docs = rule.meta.docs if rule else ""
        blocks.append(f"**{finding.code} {finding.rule}**: {finding.message}\n\n{docs}".rstrip())
    first = findings[0]
    return types.Hover(
        contents=types.MarkupContent(kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(blocks)),
        range=linted.positions.range(first.start, first.end),
    )
