"""Positions are right with emoji, CJK, combining marks, U+2028 and CRLF, in UTF-16 and UTF-8."""

from __future__ import annotations

import pytest

from lsp_harness import diagnostics, expected_spans, open_draft, spans, uri_in

pytestmark = pytest.mark.asyncio(loop_scope="session")

TRICKY = (
    "# 😋 Café (e\u0301) 中文 — the failure\r\n"
    "\r\n"
    "## Situation\r\n"
    "\r\n"
    "I led 🚀 the 东京 launch for Zoë\u2028and my teammate messed it up, so it was not my fault.\r\n"
    "Things didn't go as planned 🙃 and basically it was kind of a disaster.\r\n"
)


async def test_the_sample_is_position_sensitive():
    assert expected_spans(TRICKY, "utf-8") != expected_spans(TRICKY, "utf-16")


@pytest.mark.parametrize("client_name", ["vscode", "neovim"])
async def test_ranges_match_the_negotiated_encoding(client_name, request, workspace):
    client = request.getfixturevalue(client_name)
    assert client.encoding == {"vscode": "utf-16", "neovim": "utf-8"}[client_name]
    uri = uri_in(workspace, f"tricky-{client_name}.md")
    open_draft(client, uri, TRICKY)
    assert spans(await diagnostics(client, uri)) == expected_spans(TRICKY, client.encoding)
