"""Settings: the project file, the editor's layer on top, both changing while the server runs."""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from lsp_harness import CONFIG, TIMEOUT, open_draft, pushed, start

pytestmark = pytest.mark.asyncio(loop_scope="module")

SHORT = "# Oops\n\nI broke the build on a Friday.\n"  # too short, and nothing learned


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    root = tmp_path_factory.mktemp("configured")
    (root / "answerlint.toml").write_text('select = ["missing-learning"]\n', "utf-8")
    return root


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, project):
    await start(lsp_client, "visual-studio-code", project, settings={})
    yield
    await lsp_client.shutdown_session()


async def next_codes(client, uri: str, seen: int) -> list[str]:
    """The codes in the first publish for ``uri`` after the ``seen`` earlier ones."""
    for _ in range(TIMEOUT * 20):
        mine = [p for p in client.published if p.uri == uri]
        if len(mine) > seen:
            return sorted(str(d.code) for d in mine[seen].diagnostics)
        await asyncio.sleep(0.05)
    raise AssertionError("no new diagnostics")


def published_count(client, uri: str) -> int:
    return len([p for p in client.published if p.uri == uri])


async def quiet(client, uri: str, for_seconds: float = 1.0) -> None:
    """Wait until nothing new is published for ``uri`` for a while (the start-up re-lint is done)."""
    count, still = published_count(client, uri), 0.0
    for _ in range(TIMEOUT * 20):
        await asyncio.sleep(0.05)
        now = published_count(client, uri)
        count, still = now, (still + 0.05 if now == count else 0.0)
        if still >= for_seconds:
            return
    raise AssertionError("the server never stopped publishing")


async def reconfigure(client, uri: str, settings: dict) -> list[str]:
    seen = published_count(client, uri)
    client.set_configuration(settings, section="answerlint")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    return await next_codes(client, uri, seen)


async def test_settings_precedence_and_reloading(client, project):
    uri = (project / "draft.md").as_uri()
    open_draft(client, uri, SHORT)
    assert sorted(str(d.code) for d in await pushed(client, uri, 1)) == ["AL401"]
    # the server re-lints open drafts once its plugins and the client's settings are in;
    # a publish from that must not be mistaken for the answer to the change below
    await quiet(client, uri)

    # editorFirst (the default): the editor's select replaces the file's
    assert await reconfigure(client, uri, {"select": ["answer-length"]}) == ["AL407"]
    assert client.code_lens_refreshes  # the checklist follows the settings too
    assert await reconfigure(client, uri, {"select": ["answer-length"], "ignore": ["AL407"]}) == []
    # filesystemFirst: a project file wins outright
    assert await reconfigure(client, uri, {"select": ["answer-length"], "configurationPreference": "filesystemFirst"}) == ["AL401"]
    # editorOnly: the file is ignored
    assert await reconfigure(client, uri, {"select": ["answer-length"], "configurationPreference": "editorOnly"}) == ["AL407"]

    # a broken editor setting is reported; linting goes on with the file's settings
    assert await reconfigure(client, uri, {"select": ["no-such-rule"]}) == ["AL401"]
    assert any("no-such-rule" in m.message for m in client.messages)

    # the file changes on disk: the server re-reads it when told
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in client.registrations)
    await reconfigure(client, uri, {})
    seen = published_count(client, uri)
    (project / "answerlint.toml").write_text('select = ["answer-length", "missing-learning"]\n', "utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(project / "answerlint.toml").as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    assert await next_codes(client, uri, seen) == ["AL401", "AL407"]

    # a broken file is reported; linting goes on with the defaults
    seen = published_count(client, uri)
    (project / "answerlint.toml").write_text("select = [\n", "utf-8")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=(project / "answerlint.toml").as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    codes = await next_codes(client, uri, seen)
    assert {"AL401", "AL407"} <= set(codes)
    assert any("invalid TOML" in m.message for m in client.messages)
