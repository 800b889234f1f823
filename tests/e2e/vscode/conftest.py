"""The packaged extension and an installed code-server, once per session: building and installing take
a minute the first time (seconds once node_modules is cached). A failed install fails the tests; it never
skips them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vscode_harness import (
    CodeServer,
    SetupError,
    answerlint_executable,
    build_vsix,
    install_code_server,
    running_code_server,
)


def _or_fail(step, *args):
    try:
        return step(*args)
    except SetupError as error:
        problem = str(error)
    pytest.fail(f"VS Code end-to-end setup: {problem}", pytrace=False)


@pytest.fixture(scope="session")
def vsix() -> Path:
    return _or_fail(build_vsix)


@pytest.fixture(scope="session")
def code_server_script() -> Path:
    return _or_fail(install_code_server)


@pytest.fixture(scope="session")
def project_settings() -> dict:
    """The extension runs this venv's answerlint, as a user points answerlint.path at theirs."""
    return {"answerlint.path": str(_or_fail(answerlint_executable))}


@pytest.fixture(scope="session")
def code_server(vsix: Path, code_server_script: Path, project_settings: dict, tmp_path_factory) -> Iterator[CodeServer]:
    """code-server with the .vsix installed and no other settings."""
    home = tmp_path_factory.mktemp("code-server")
    with _or_fail(running_code_server, code_server_script, vsix, home, project_settings) as server:
        yield server


@pytest.fixture
def code_server_with(vsix: Path, code_server_script: Path, tmp_path: Path) -> Iterator[Callable[[dict], CodeServer]]:
    """Start another code-server with the given user settings (stopped after the test)."""
    with contextlib.ExitStack() as stack:

        def start(settings: dict) -> CodeServer:
            home = tmp_path / f"code-server-{len(stack._exit_callbacks)}"
            home.mkdir()
            return stack.enter_context(_or_fail(running_code_server, code_server_script, vsix, home, settings))

        yield start
