"""The draft's outline: its headings, nested by level, each named with the framework section it is."""

from __future__ import annotations

from lsprotocol import types

from answerlint.lsp.linting import Linted


def document_symbols(linted: Linted) -> list[types.DocumentSymbol]:
    draft = linted.result.draft
    text = draft.text
    positions = linted.positions
    roots: list[types.DocumentSymbol] = []
    stack: list[tuple[int, types.DocumentSymbol]] = []
    for section in draft.sections:
        heading_end = _trimmed(text, section.start, section.heading_end)
        end = max(_trimmed(text, section.start, section.end), heading_end)
        words = f"{section.words} word{'s' if section.words != 1 else ''}"
        part = section.framework_section.title if section.framework_section else None
        symbol = types.DocumentSymbol(
            name=section.heading.strip() or "(untitled)",
            detail=f"{part} · {words}" if part else words,
            kind=types.SymbolKind.String,
            range=positions.range(section.start, end),
            selection_range=positions.range(section.start, heading_end),
            children=[],
        )
        while stack and stack[-1][0] >= section.level:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(symbol)
        stack.append((section.level, symbol))
    return roots


def _trimmed(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return end
