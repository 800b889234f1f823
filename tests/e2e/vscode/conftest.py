"""One packaged extension and one code-server for the session: building and installing take a minute
the first time (seconds once node_modules is cached). A failed install fails the tests; it never skips them.
"""

from __future__ import annotations

from collections.abc import Iterator
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
        pytest.fail(f"VS Code end-to-end setup: {error}", pytrace=False)


@pytest.fixture(scope="session")
def vsix() -> Path:
    return _or_fail(build_vsix)


@pytest.fixture(scope="session")
def code_server_script() -> Path:
    return _or_fail(install_code_server)


@pytest.fixture(scope="session")
def code_server(vsix: Path, code_server_script: Path, tmp_path_factory) -> Iterator[CodeServer]:
    """code-server with the .vsix installed and answerlint.path set to this venv's answerlint."""
    home = tmp_path_factory.mktemp("code-server")
    settings = {"answerlint.path": str(_or_fail(answerlint_executable))}
    with _or_fail(running_code_server, code_server_script, vsix, home, settings) as server:
        yield server
