"""Running the real Neovim on the plugin in editor-clients/nvim.

``ensure_neovim`` finds ``nvim`` or installs Debian's package (as root);
``run_script`` runs one of the Lua test scripts in ``nvim/`` headless, with
the plugin on the runtimepath and its parameters as JSON in
``$ANSWERLINT_NVIM_TEST``. A script exits 0 when it passes and 1 when it
fails, so the exit status carries the result.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
PLUGIN = ROOT / "editor-clients" / "nvim"
SCRIPTS = Path(__file__).resolve().with_name("nvim")
DRAFTS = ROOT / "fixtures" / "drafts"
INSTALL = "apt-get update && apt-get install -y neovim"
WAIT_MS = 60_000  # each wait inside a script; plugins load slowly on a busy machine
RUN_TIMEOUT = 300  # seconds for a whole script


class NeovimMissing(Exception):
    """Neovim is not installed and could not be installed here."""


def ensure_neovim(path: str | None = None, is_root: bool | None = None) -> str:
    """The path of ``nvim``, installing Debian's ``neovim`` package first when it is missing."""
    path = os.environ.get("PATH", "") if path is None else path
    is_root = os.geteuid() == 0 if is_root is None else is_root
    found = shutil.which("nvim", path=path)
    if found:
        return found
    if not is_root:
        raise NeovimMissing(f"nvim is not installed and the tests do not run as root, so they cannot install it: run `{INSTALL}` as root")
    apt_get = shutil.which("apt-get", path=path)
    if apt_get is None:
        raise NeovimMissing("nvim is not installed and there is no apt-get to install it with: install Neovim 0.7 or newer so `nvim` is on PATH")
    env = {**os.environ, "PATH": path, "DEBIAN_FRONTEND": "noninteractive"}
    for args in (["update"], ["install", "-y", "neovim"]):
        result = subprocess.run([apt_get, *args], env=env, capture_output=True, text=True)
        if result.returncode != 0:
            tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-5:])
            raise NeovimMissing(f"`apt-get {' '.join(args)}` failed (exit {result.returncode}) while installing Neovim:\n{tail}")
    found = shutil.which("nvim", path=path)
    if found is None:
        raise NeovimMissing("apt-get installed the neovim package but there is still no `nvim` on PATH")
    return found


def nvim_version(nvim: str) -> tuple[int, int, int]:
    output = subprocess.run([nvim, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"NVIM v(\d+)\.(\d+)\.(\d+)", output)
    assert match, f"cannot read the version from `nvim --version`:\n{output}"
    return tuple(int(part) for part in match.groups())  # type: ignore[return-value]


def expected_api(version: tuple[int, int, int]) -> str:
    """The API the plugin must pick on this Neovim (see editor-clients/nvim/lua/answerlint/start.lua)."""
    if version >= (0, 11, 0):
        return "config"
    if version >= (0, 8, 0):
        return "start"
    return "start_client"


def server_command() -> list[str]:
    """The project's own installed ``answerlint``, beside this interpreter."""
    executable = Path(sys.executable).with_name("answerlint")
    assert executable.is_file(), f"{executable} is missing: install the project with `pip install -e '.[test]'`"
    return [str(executable), "server"]


def draft_without_task(folder: Path, name: str) -> Path:
    """The STAR-L sample draft with its Task section removed, so missing-section (AL405) fires."""
    text = (DRAFTS / "01-nurse-star-l.md").read_text(encoding="utf-8")
    without = re.sub(r"## T — Task\n.*?\n\n", "", text, count=1, flags=re.S)
    assert without != text, "01-nurse-star-l.md no longer has a '## T — Task' section"
    path = folder / name
    path.write_text(without, encoding="utf-8")
    return path


def run_script(nvim: str, script: str, params: dict, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run ``nvim/<script>`` headless; the result's ``output`` holds everything Neovim printed."""
    state = tmp_path / "nvim-state"
    env = {
        **os.environ,
        "ANSWERLINT_NVIM_TEST": json.dumps({"plugin": str(PLUGIN), "timeout_ms": WAIT_MS, **params}),
        "ANSWERLINT_NVIM_LUA": str(SCRIPTS),
        # Neovim's log, the LSP log and swap files go here, not into the user's home.
        **{f"XDG_{kind}_HOME": str(state / kind.lower()) for kind in ("CACHE", "STATE", "DATA", "CONFIG")},
    }
    command = [
        nvim, "--headless", "--clean", "-n",
        "--cmd", "lua package.path = os.getenv('ANSWERLINT_NVIM_LUA') .. '/?.lua;' .. package.path",
        "-c", f"luafile {SCRIPTS / script}",
    ]  # fmt: skip
    try:
        result = subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired as error:
        raise AssertionError(f"nvim ran {script} for more than {RUN_TIMEOUT} s:\n{error.stdout}\n{error.stderr}") from None
    lsp_logs = [log.read_text(errors="replace")[-4000:] for log in state.rglob("lsp.log")]
    result.output = "\n".join([result.stdout, result.stderr, *(f"--- lsp.log ---\n{log}" for log in lsp_logs)])
    return result


def api_used(output: str) -> str | None:
    match = re.search(r"^answerlint-api: (\S+)$", output, re.M)
    return match.group(1) if match else None
