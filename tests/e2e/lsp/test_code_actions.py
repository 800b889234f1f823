"""Every code action, applied to a fixture and linted again: its finding goes, no other text changes."""

from __future__ import annotations

import itertools
from collections import Counter
from pathlib import Path

import pytest
from lsprotocol import types

from lsp_harness import apply_text_edits, diagnostics, open_draft, pulled, uri_in, workspace_edit_changes

pytestmark = pytest.mark.asyncio(loop_scope="session")

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "drafts"
PARTIAL_STAR_L = """---
framework: star-l
role: Line cook
---

# The Saturday I ran out of stock

## Situation

I was the sous chef on a Saturday with 180 covers booked.

## Result

We comped 30 mains and two tables left before ordering.
"""
MISSING_FIXES = {"AL401", "AL402", "AL403", "AL404", "AL405"}
counter = itertools.count()


def drafts() -> dict[str, str]:
    texts = {"partial-star-l": PARTIAL_STAR_L}
    for name in ("10-barista-crlf.md", "11-pilot-trainee-unicode.md"):
        texts[name] = (FIXTURES / name).read_bytes().decode("utf-8")
    return texts


async def relint(neovim, workspace: Path, text: str) -> Counter:
    """How often each (code, message) is found in the text."""
    uri = uri_in(workspace, f"relint-{next(counter)}.md")
    open_draft(neovim, uri, text)
    found = await pulled(neovim, uri)
    neovim.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri=uri)))
    return Counter((str(d.code), d.message) for d in found if d.code)


async def actions_for(client, uri: str, range_: types.Range, found, only=None) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=range_,
            context=types.CodeActionContext(diagnostics=found, only=only),
        )
    )
    return list(result or [])


def applied(client, uri: str, text: str, action: types.CodeAction) -> str:
    changes = workspace_edit_changes(action.edit)
    assert list(changes) == [uri]
    edits = changes[uri]
    assert edits and all(e.range.start == e.range.end for e in edits), "an action may only insert text"
    return apply_text_edits(text, edits, client.encoding)


@pytest.mark.parametrize("name", list(drafts()))
async def test_every_action_resolves_its_finding(name, vscode, neovim, workspace):
    text = drafts()[name]
    uri = uri_in(workspace, f"actions-{name}")
    open_draft(vscode, uri, text)
    found = await diagnostics(vscode, uri)
    before = Counter((str(d.code), d.message) for d in found if d.code)
    fixed_codes = set()
    for diagnostic in found:
        if not diagnostic.code:
            continue
        code, target = str(diagnostic.code), (str(diagnostic.code), diagnostic.message)
        quick = await actions_for(vscode, uri, diagnostic.range, [diagnostic], only=[types.CodeActionKind.QuickFix])
        assert {a.title for a in quick} >= {f"Disable {diagnostic.data['rule']} for this line", f"Disable {diagnostic.data['rule']} for this file"}
        for action in quick:
            after = await relint(neovim, workspace, applied(vscode, uri, text, action))
            if action.title.endswith("for this file"):
                assert not any(c == code for c, _ in after), action.title
            elif action.title.endswith("for this line"):
                assert after[target] < before[target], action.title
            else:  # the fix: this finding is gone (an inserted, still unanswered prompt may be flagged anew)
                assert after[target] == 0, action.title
            if not action.title.startswith("Disable"):
                fixed_codes.add(code)
    assert fixed_codes >= MISSING_FIXES & {c for c, _ in before}

    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=10_000, character=0))
    scaffolds = await actions_for(vscode, uri, whole, [], only=[types.CodeActionKind.Source])
    assert scaffolds and all(a.kind == "source.answerlint.scaffold" for a in scaffolds)
    for action in scaffolds:
        new_text = applied(vscode, uri, text, action)
        again = uri_in(workspace, f"scaffolded-{next(counter)}.md")
        open_draft(neovim, again, new_text)
        offered = await actions_for(neovim, again, whole, [], only=[types.CodeActionKind.Source])
        assert action.title not in {a.title for a in offered}


async def test_partial_star_l_offers_only_the_missing_sections(vscode, workspace):
    uri = uri_in(workspace, "scaffold-star-l.md")
    open_draft(vscode, uri, PARTIAL_STAR_L)
    await diagnostics(vscode, uri)
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0))
    offered = await actions_for(vscode, uri, whole, [], only=[types.CodeActionKind.Source])
    star_l = next(a for a in offered if "STAR-L" in a.title)
    new_text = applied(vscode, uri, PARTIAL_STAR_L, star_l)
    headings = [line for line in new_text.splitlines() if line.startswith("## ")]
    assert headings == ["## Situation", "## Task", "## Action", "## Result", "## Learned"]
