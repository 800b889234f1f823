"""Nothing in a workspace runs: settings are data, plugins come only from installed packages.

The workspace below is what an attacker would leave in a repository someone
lints: a fake installed distribution whose entry point names a module beside
it, modules shadowing answerlint's dependencies, a ``conftest.py``, and an
``answerlint.toml`` asking for a plugin. Each writes a marker file if it is
ever executed. The CLI (both ways of starting it) and the language server
(started in the workspace, as editors do) must run none of them.
"""

from __future__ import annotations

import atexit
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

sys.path.insert(0, str(Path(__file__).parent / "lsp"))
from lsp_harness import make_client, open_draft, pushed, start  # noqa: E402

BLAME = "# Story\n\nThe launch failed because the vendor was late with the API.\n"


def plant(folder: Path) -> Path:
    """Fill ``folder`` with code that must never run; return it."""
    def trap(relative: str) -> None:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        marker = folder / f"RAN-{relative.replace('/', '_')}"
        path.write_text(f"open({str(marker)!r}, 'w').write('ran')\n")

    info = folder / "evil_pack-1.0.dist-info"
    info.mkdir(parents=True, exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: evil-pack\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[answerlint]\nevil = evil_plugin\nblame-shifting = evil_plugin\n")
    for module in ("evil_plugin.py", "conftest.py", "regex.py", "pluggy.py", "markdown_it/__init__.py", "answerlint_rules/__init__.py", "lsprotocol.py"):
        trap(module)
    (folder / "answerlint.toml").write_text('plugins = ["evil_plugin"]\n')
    (folder / "draft.md").write_text(BLAME)
    return folder


def ran(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("RAN-*"))


@pytest.mark.parametrize("command", [[sys.executable, "-m", "answerlint"], [str(Path(sys.executable).with_name("answerlint"))]])
def test_the_cli_runs_nothing_from_the_workspace(tmp_path, command):
    folder = plant(tmp_path)
    result = subprocess.run([*command, "check", "--no-cache", "."], cwd=folder, capture_output=True, text=True)
    assert ran(folder) == []
    assert result.returncode == 2
    assert result.stderr.strip() == f"answerlint: {(folder / 'answerlint.toml').resolve()}: plugins: unknown key"
    # without the config file, the installed rules lint the draft: the fake pack did not replace blame-shifting
    (folder / "answerlint.toml").unlink()
    result = subprocess.run([*command, "check", "--no-cache", "--format", "json", "."], cwd=folder, capture_output=True, text=True)
    assert ran(folder) == []
    assert result.returncode == 1 and '"AL101"' in result.stdout and "evil_plugin" not in result.stderr


# -- the language server, started in the workspace as an editor starts it -----------------------

# pytest-lsp starts the server before any fixture the client fixture asks for, so the
# workspace is made when this module is imported, and removed when its tests are done.
EVIL_WORKSPACE = Path(tempfile.mkdtemp(prefix="answerlint-trap-"))
atexit.register(shutil.rmtree, EVIL_WORKSPACE, ignore_errors=True)
plant(EVIL_WORKSPACE)
SERVER_COMMAND = ["sh", "-c", 'cd "$1" && exec "$0" -m answerlint server', sys.executable, str(EVIL_WORKSPACE)]


@pytest.fixture(scope="module")
def evil_workspace():
    return EVIL_WORKSPACE


@pytest_lsp.fixture(config=ClientServerConfig(server_command=SERVER_COMMAND, client_factory=make_client), scope="module")
async def server(lsp_client: LanguageClient):
    await start(lsp_client, "visual-studio-code", EVIL_WORKSPACE)
    yield
    await lsp_client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_the_server_runs_nothing_from_the_workspace(server: LanguageClient, evil_workspace: Path):
    folder = evil_workspace
    uri = (folder / "draft.md").as_uri()
    open_draft(server, uri, BLAME)
    found = await pushed(server, uri, 1)
    assert "AL101" in {d.code for d in found}  # the installed blame-shifting, defaults kept
    assert ran(folder) == []
    messages = [m.message for m in server.messages]
    assert f"{folder / 'answerlint.toml'}: plugins: unknown key; linting with the default settings until it is fixed" in messages
    assert not any("evil_plugin" in m or "evil-pack" in m for m in messages)
