"""Code actions: each finding's fix, disabling a rule, and framework scaffolds.

All of them are plain workspace edits, so they work in any client; the
scaffold the code lens offers goes through the ``answerlint.insertScaffold``
command, which the server executes itself with ``workspace/applyEdit``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from answerlint.draft import Draft
from answerlint.framework import Framework
from answerlint.lsp.diagnostics import SOURCE
from answerlint.lsp.documents import Document
from answerlint.lsp.edits import text_edits, workspace_edit
from answerlint.lsp.linting import Linted
from answerlint.lsp.positions import PositionMap
from answerlint.scaffold import insert_sections, missing_sections
from answerlint.suppression import disable_file, disable_next_line

SCAFFOLD_KIND = f"{types.CodeActionKind.Source.value}.answerlint.scaffold"
DISABLE_KIND = types.CodeActionKind.QuickFix


def wanted(kind: str, only: Sequence[str] | None) -> bool:
    """Whether the client asked for this kind (``context.only`` lists kinds or their parents)."""
    if not only:
        return True
    return any(kind == o or kind.startswith(f"{o}.") for o in (getattr(o, "value", o) for o in only))


def code_actions(
    params: types.CodeActionParams,
    document: Document,
    linted: Linted | None,
    encoding: str,
    frameworks: Sequence[Framework],
    capabilities: types.ClientCapabilities,
) -> list[types.CodeAction]:
    only = params.context.only
    actions: list[types.CodeAction] = []
    if wanted(types.CodeActionKind.QuickFix.value, only):
        positions = PositionMap(document.text, encoding)  # type: ignore[arg-type]
        ours = [d for d in params.context.diagnostics if d.source == SOURCE and isinstance(d.data, dict) and d.code]
        for diagnostic in ours:
            fix = _fix_action(diagnostic, document, capabilities)
            if fix is not None:
                actions.append(fix)
        for diagnostic in _one_per_rule(ours):
            actions += _disable_actions(diagnostic, document, positions, capabilities)
    if linted is not None and wanted(SCAFFOLD_KIND, only):
        for framework in frameworks:
            edit = scaffold_edit(linted, framework, capabilities)
            if edit is not None:
                actions.append(
                    types.CodeAction(title=f"Insert {framework.title} scaffold", kind=SCAFFOLD_KIND, edit=edit)
                )
    return actions


def _one_per_rule(diagnostics: Sequence[types.Diagnostic]) -> list[types.Diagnostic]:
    seen: dict[object, types.Diagnostic] = {}
    for diagnostic in diagnostics:
        # by name: custom rules share one code
        seen.setdefault((diagnostic.data.get("rule") or diagnostic.code, diagnostic.range.start.line), diagnostic)
    return list(seen.values())


def _fix_action(
    diagnostic: types.Diagnostic, document: Document, capabilities: types.ClientCapabilities
) -> types.CodeAction | None:
    data = diagnostic.data
    fix = data.get("fix")
    # Edits were computed for one version; on any other they could land in the wrong place.
    if not isinstance(fix, dict) or data.get("version") != document.version:
        return None
    try:
        edits = [types.TextEdit(range=_range(e["range"]), new_text=e["newText"]) for e in fix["edits"]]
    except (KeyError, TypeError):
        return None
    return types.CodeAction(
        title=str(fix.get("title", "Fix")),
        kind=types.CodeActionKind.QuickFix,
        diagnostics=[diagnostic],
        is_preferred=True,
        edit=workspace_edit(document.uri, edits, document.version, capabilities),
    )


def _range(data: dict) -> types.Range:
    start, end = data["start"], data["end"]
    return types.Range(
        start=types.Position(line=int(start["line"]), character=int(start["character"])),
        end=types.Position(line=int(end["line"]), character=int(end["character"])),
    )


def _disable_actions(
    diagnostic: types.Diagnostic, document: Document, positions: PositionMap, capabilities: types.ClientCapabilities
) -> list[types.CodeAction]:
    rule = diagnostic.data.get("rule") or str(diagnostic.code)
    line = diagnostic.range.start.line
    return [
        types.CodeAction(
            title=f"Disable {rule} for this {scope}",
            kind=DISABLE_KIND,
            diagnostics=[diagnostic],
            edit=workspace_edit(document.uri, text_edits([edit], positions), document.version, capabilities),
        )
        for scope, edit in (
            ("line", disable_next_line(document.text, positions.lines, line, rule)),
            ("file", disable_file(document.text, positions.lines, rule)),
        )
    ]


def best_framework(draft: Draft, frameworks: Sequence[Framework]) -> Framework | None:
    """The draft's own framework, else the one it already has most sections of."""
    if draft.framework is not None:
        return draft.framework
    if not frameworks:
        return None
    return min(frameworks, key=lambda f: (len(missing_sections(draft, f)) - len(f.sections), frameworks.index(f)))


def scaffold_edit(
    linted: Linted, framework: Framework, capabilities: types.ClientCapabilities
) -> types.WorkspaceEdit | None:
    """The edit adding the framework's sections the draft lacks, or None if it has them all."""
    draft = linted.result.draft
    fix = insert_sections(draft, framework, missing_sections(draft, framework))
    if fix is None:
        return None
    document = linted.document
    return workspace_edit(document.uri, text_edits(fix.edits, linted.positions), document.version, capabilities)
