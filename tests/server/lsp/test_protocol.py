"""Messages pygls cannot read get a JSON-RPC answer that says what was wrong (answerlint.lsp.protocol)."""

from __future__ import annotations

import asyncio

from bench.lsp_fuzz.actions import Client
from bench.lsp_fuzz.session import Session
from bench.lsp_fuzz.transports import InProcess


def exchange(*messages):
    """Send (method, params, is_request) messages to a fresh in-process server; its answers and log."""

    async def run():
        session = Session(Client(), None, InProcess())
        await session.start()
        answers = []
        for method, params, is_request in messages:
            if is_request:
                answers.append(await session.request(method, params))
            else:
                session.notify(method, params)
        await session.settle()
        await session.close()
        return answers, session.shown

    return asyncio.run(run())


def test_a_request_with_a_missing_field_is_invalid_params_naming_it():
    [answer], _ = exchange(("textDocument/hover", {"textDocument": {"uri": "file:///a.md"}}, True))
    assert answer["error"]["code"] == -32602
    assert "textDocument/hover" in answer["error"]["message"]
    assert "required field missing @ $.params.position" in answer["error"]["message"]


def test_a_field_of_the_wrong_type_is_named():
    params = {"textDocument": {"uri": "file:///a.md"}, "position": {"line": "one", "character": 0}}
    [answer], _ = exchange(("textDocument/hover", params, True))
    assert answer["error"]["code"] == -32602
    assert "$.params.position.line" in answer["error"]["message"]


def test_an_unknown_method_is_method_not_found_even_with_unreadable_params():
    [answer], _ = exchange(("textDocument/rename", [1, 2], True))
    assert answer["error"]["code"] == -32601


def test_a_broken_notification_is_logged_once_and_not_shown_as_a_server_error():
    broken = {"textDocument": {"uri": "file:///a.md", "version": 2}, "contentChanges": "x"}
    _, shown = exchange(("textDocument/didChange", broken, False))
    assert [m["type"] for m in shown] == [2]  # one warning in the log, no error pop-up
    assert shown[0]["message"].startswith("answerlint ignored a textDocument/didChange it could not read")
    assert "content_changes" in shown[0]["message"]
