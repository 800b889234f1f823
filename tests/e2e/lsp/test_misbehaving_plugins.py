"""A plugin that prints, raises, fails to load, returns garbage or never returns: reported once
by name, everyone else's findings delivered, and the server keeps serving."""

from __future__ import annotations

import asyncio
import sys

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from lsp_harness import make_client, open_draft, pushed, start

pytestmark = pytest.mark.asyncio(loop_scope="module")

# The real server, with two extra plugins registered the way entry points are.
SERVER = """
from answerlint import plugins
from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.rule import Rule, RuleMeta

META = RuleMeta("ZZ900", "noisy-rule", "test", "span", Severity.WARNING, "s", "m", "d")

def check(draft, context):
    print("a plugin printing to stdout")
    raise RuntimeError("noisy rule broke")

class Noisy:
    @hookimpl
    def answerlint_rules(self):
        return [Rule(META, check)]

class Broken:
    @hookimpl
    def answerlint_rules(self):
        raise ValueError("broken pack")

def stuck(draft, context):
    n = 0
    while True:
        n += 1

def garbage(draft, context):
    return [META.finding(0, 10**9), "junk"]

class Misbehaving:
    @hookimpl
    def answerlint_rules(self):
        return [
            Rule(RuleMeta("ZZ901", "stuck-rule", "test", "span", Severity.WARNING, "s", "m", "d"), stuck),
            Rule(RuleMeta("ZZ902", "garbage-rule", "test", "span", Severity.WARNING, "s", "m", "d"), garbage),
        ]

plugins.default_registry = lambda: plugins.load_registry({"noisy": Noisy(), "broken": Broken(), "misbehaving": Misbehaving()})

from answerlint.lsp.start import start
start()
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-c", SERVER], client_factory=make_client), scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    await start(lsp_client, "visual-studio-code", tmp_path_factory.mktemp("noisy"), settings={"rule-time-budget": 0.5, "max-draft-bytes": 2000})
    yield
    await lsp_client.shutdown_session()


async def test_reported_and_still_serving(client, tmp_path_factory, capsys):
    uri = (tmp_path_factory.getbasetemp() / "noisy-draft.md").as_uri()
    open_draft(client, uri, "# Oops\n\nI broke the build.\n")
    found = await pushed(client, uri, 1)
    assert "AL401" in {d.code for d in found}
    for _ in range(100):  # the server's stderr reaches the test a little later
        if "a plugin printing to stdout" in capsys.readouterr().err:
            break
        await asyncio.sleep(0.05)
    else:
        raise AssertionError("the plugin's print never reached stderr")
    messages = [m.message for m in client.messages]
    assert any("noisy rule broke" in m for m in messages)
    assert any("broken pack" in m for m in messages)
    stuck = "rule stuck-rule (ZZ901) ran over its time budget of 0.5 s (rule-time-budget) and is disabled for the rest of the run; its findings are missing"
    assert stuck in messages
    assert any(m.startswith("rule garbage-rule (ZZ902) returned an invalid finding") for m in messages)
    # a second draft: still served, the offenders not reported again, the stuck rule not run again
    other = (tmp_path_factory.getbasetemp() / "noisy-second.md").as_uri()
    open_draft(client, other, "# Again\n\nThe launch failed because the vendor was late.\n")
    assert "AL101" in {d.code for d in await pushed(client, other, 1)}
    assert [m.message for m in client.messages].count(stuck) == 1
    assert sum("garbage-rule" in m.message for m in client.messages) == 1


async def test_a_draft_over_the_size_limit_gets_one_diagnostic_saying_it_was_not_linted(client, tmp_path_factory):
    uri = (tmp_path_factory.getbasetemp() / "noisy-big.md").as_uri()
    text = "I blamed the vendor. " * 100  # 2,100 bytes; this server's max-draft-bytes is 2,000
    open_draft(client, uri, text)
    [diagnostic] = await pushed(client, uri, 1)
    assert diagnostic.message == "not linted: the draft is over the limit of 2,000 bytes (max-draft-bytes)"
    assert (diagnostic.range.start.line, diagnostic.range.start.character) == (0, 0)
