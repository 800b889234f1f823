"""Shared servers: starting one loads every plugin (seconds), so there is one
per real-client capability set for the whole session, in one workspace
folder. Tests use their own document URIs so they don't meet.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from lsp_harness import CONFIG, start


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("workspace")


@pytest_lsp.fixture(config=CONFIG, scope="session")
async def vscode(lsp_client: LanguageClient, workspace: Path):
    """VS Code 1.65: diagnostics are pushed, positions in UTF-16, versioned edits."""
    await start(lsp_client, "visual-studio-code", workspace)
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG, scope="session")
async def neovim(lsp_client: LanguageClient, workspace: Path):
    """Neovim 0.11: diagnostics are pulled, positions in UTF-8, plain ``changes`` edits."""
    await start(lsp_client, "neovim", workspace)
    yield
    await lsp_client.shutdown_session()
