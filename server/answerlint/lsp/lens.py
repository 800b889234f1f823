"""The code lens on the first line: the interviewer's checklist, word count and spoken time.

Clicking it runs ``answerlint.insertScaffold`` for the best-matching
framework, which adds only the sections the draft lacks.
"""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from answerlint.framework import Framework
from answerlint.lsp.actions import best_framework
from answerlint.lsp.linting import Linted
from answerlint.summary import Summary

INSERT_SCAFFOLD = "answerlint.insertScaffold"
MARKS = {True: "✓", False: "✗", None: "–"}


def lens_title(summary: Summary) -> str:
    checklist = "  ".join(f"{MARKS[passed]} {item}" for item, passed in summary.checklist.items())
    words = f"{summary.word_count} word{'s' if summary.word_count != 1 else ''}"
    return f"{checklist}  ·  {words}  ·  {summary.speaking_time} spoken"


def code_lenses(linted: Linted, frameworks: Sequence[Framework]) -> list[types.CodeLens]:
    summary = linted.result.summary
    if summary is None:
        return []
    framework = best_framework(linted.result.draft, frameworks)
    if framework is None:
        arguments, tooltip = [linted.document.uri], None
    else:
        arguments = [linted.document.uri, framework.id]
        tooltip = f"Insert the {framework.title} scaffold: only the sections the draft lacks"
    command = types.Command(title=lens_title(summary), command=INSERT_SCAFFOLD, arguments=arguments, tooltip=tooltip)
    top = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    return [types.CodeLens(range=top, command=command)]
