"""Start-up: a draft opened at once is linted once, not linted again when settings that change nothing arrive."""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from lsp_harness import CONFIG, open_draft, pushed, start

pytestmark = pytest.mark.asyncio(loop_scope="module")

DRAFT = "# Oops\n\nI broke the build on a Friday.\n"


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return tmp_path_factory.mktemp("start-up")


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def client(lsp_client: LanguageClient, project):
    await start(lsp_client, "visual-studio-code", project, settings={})
    yield
    await lsp_client.shutdown_session()


async def test_a_draft_opened_at_start_up_is_published_once(client, project):
    uri = (project / "draft.md").as_uri()
    open_draft(client, uri, DRAFT)
    assert await pushed(client, uri, 1)
    # Nothing more can be waited for: the point is that no re-lint comes. Without the fix
    # the settings load re-linted (and re-published) every open draft, and asked the
    # client to refresh its code lenses, within a second of the first publish.
    await asyncio.sleep(1.5)
    assert [p.version for p in client.published if p.uri == uri] == [1]
    assert client.code_lens_refreshes == 0
