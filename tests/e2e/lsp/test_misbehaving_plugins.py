"""A plugin that prints, raises or fails to load: reported, and the server keeps serving."""

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

plugins.default_registry = lambda: plugins.load_registry({"noisy": Noisy(), "broken": Broken()})

from answerlint.lsp.start import start
start()
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-c", SERVER], client_factory=make_client), scope="module")
async def client(lsp_client: LanguageClient, tmp_path_factory):
    await start(lsp_client, "visual-studio-code", tmp_path_factory.mktemp("noisy"))
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
    messages = " ".join(m.message for m in client.messages)
    assert "noisy rule broke" in messages
    assert "broken pack" in messages
