"""VS Code for real: build the extension, install code-server and a browser, and drive them.

Everything is installed from the project's own files: ``npm ci`` in
``editor-clients/vscode`` (the extension's toolchain) and in
``editor-clients/vscode/e2e`` (code-server and playwright-core), plus Debian's
``chromium``, ``ripgrep`` and ``libkrb5-dev`` through apt when they are
missing. Installs land in gitignored folders of the checkout and are redone
only when a lockfile changes. Any tool that is missing or fails to install
raises :class:`SetupError`, which the tests turn into a failure, never a skip.

Used by ``tests/e2e/vscode`` and by ``bench/vscode_latency.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
EXTENSION = ROOT / "editor-clients" / "vscode"
HARNESS = EXTENSION / "e2e"
CACHE = HARNESS / ".cache"
ARTIFACTS = ROOT / ".artifacts" / "vscode"
VSIX = EXTENSION / "dist" / "answerlint.vsix"
CHROMIUM = Path("/usr/bin/chromium")
APT_PACKAGES = ("chromium", "ripgrep", "libkrb5-dev")
# Where @vscode/ripgrep's install looks for a cached download (its version and target are pinned by code-server).
RIPGREP_CACHE = Path("vscode-ripgrep-cache-1.15.11") / "ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

# The VS Code user settings of the test window: no first-run pages, no network, and the project's answerlint.
BASE_SETTINGS = {
    "security.workspace.trust.enabled": False,
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": False,
    "telemetry.telemetryLevel": "off",
    "update.mode": "none",
    "extensions.autoCheckUpdates": False,
    "extensions.autoUpdate": False,
    "files.autoSave": "off",
    "files.hotExit": "off",
    "editor.minimap.enabled": False,
}


class SetupError(Exception):
    """A tool the VS Code tests need is missing or failed to install; the message says which and how to fix it."""


def answerlint_executable() -> Path:
    """The ``answerlint`` script of the interpreter running the tests (the project's venv)."""
    script = Path(sys.executable).parent / "answerlint"
    if not script.is_file():
        raise SetupError(f"{script} not found: install the project into this interpreter (pip install -e '.[test]')")
    return script


# -- installing --------------------------------------------------------------------------


def _run(command: list[str], cwd: Path, what: str, env: dict[str, str] | None = None, timeout: float = 900) -> str:
    try:
        done = subprocess.run(
            command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except FileNotFoundError:
        raise SetupError(f"{what}: {command[0]} not found") from None
    except subprocess.TimeoutExpired:
        raise SetupError(f"{what}: `{' '.join(command)}` took more than {timeout:.0f} s") from None
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-25:])
        raise SetupError(f"{what}: `{' '.join(command)}` in {cwd} exited with {done.returncode}:\n{tail}")
    return done.stdout


def ensure_apt_packages() -> None:
    """Debian's chromium (the browser), ripgrep and libkrb5-dev (code-server's install needs both)."""
    missing = [p for p in APT_PACKAGES if not _dpkg_installed(p)]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        raise SetupError(f"the VS Code tests need the Debian packages {', '.join(missing)}, and apt-get is not here")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    lock = ["-o", "DPkg::Lock::Timeout=600"]
    _run(["apt-get", *lock, "update"], ROOT, "apt-get update", env)
    _run(["apt-get", *lock, "install", "-y", *missing], ROOT, f"installing {', '.join(missing)}", env)


def _dpkg_installed(package: str) -> bool:
    try:
        status = subprocess.run(
            ["dpkg-query", "-W", "-f=${Status}", package], capture_output=True, text=True, check=False
        ).stdout
    except FileNotFoundError:
        return False
    return status.strip() == "install ok installed"


def require_node() -> None:
    for tool in ("node", "npm"):
        if shutil.which(tool) is None:
            raise SetupError(f"{tool} not found: the VS Code extension and its tests need Node.js 20+ with npm")
    version = _run(["node", "--version"], ROOT, "node --version").strip()
    if int(version.lstrip("v").split(".")[0]) < 20:
        raise SetupError(f"Node.js {version} is too old: the VS Code extension and its tests need Node.js 20+")


def npm_ci(folder: Path, env: dict[str, str] | None = None) -> None:
    """``npm ci`` from the folder's lockfile, skipped when node_modules was installed from this very lockfile."""
    lock = folder / "package-lock.json"
    stamp = folder / "node_modules" / ".answerlint-installed-from"
    digest = hashlib.sha256(lock.read_bytes()).hexdigest()
    if stamp.is_file() and stamp.read_text() == digest:
        return
    _run(["npm", "ci", "--no-audit", "--no-fund"], folder, f"installing {folder.relative_to(ROOT)}", env)
    stamp.write_text(digest)


def build_vsix() -> Path:
    """Type-check, bundle and package the extension, as a developer would (`npm ci && npm run package`)."""
    require_node()
    npm_ci(EXTENSION)
    VSIX.unlink(missing_ok=True)
    _run(["npm", "run", "package"], EXTENSION, "packaging the VS Code extension")
    if not VSIX.is_file():
        raise SetupError(f"`npm run package` did not write {VSIX}")
    return VSIX


def install_code_server() -> Path:
    """code-server and playwright-core from ``editor-clients/vscode/e2e``; returns the code-server script."""
    require_node()
    ensure_apt_packages()
    temp = CACHE / "tmp"
    cached_rg = temp / RIPGREP_CACHE
    if not cached_rg.is_file():
        rg = shutil.which("rg")
        if rg is None:
            raise SetupError("ripgrep (rg) not found after installing the ripgrep package")
        cached_rg.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(cached_rg, "w:gz") as archive:  # @vscode/ripgrep cannot download here: give it ours
            archive.add(rg, arcname="rg")
    env = {
        **os.environ,
        "TMPDIR": str(temp),  # where @vscode/ripgrep looks for its cached download
        "npm_config_unsafe_perm": "true",  # code-server's install scripts, when run as root
        "npm_config_yes": "true",  # a nested npx in node-pty's install
    }
    npm_ci(HARNESS, env)
    script = HARNESS / "node_modules" / ".bin" / "code-server"
    if not script.exists():
        raise SetupError(f"`npm ci` in {HARNESS} did not install code-server ({script} is missing)")
    return script


# -- running -----------------------------------------------------------------------------


@dataclass
class CodeServer:
    script: Path
    url: str
    home: Path

    def open_folder_url(self, folder: Path) -> str:
        return f"{self.url}/?folder={folder}"

    @property
    def user_settings(self) -> Path:
        """The window's settings.json: VS Code sees a change to it while running."""
        return self.home / "user-data" / "User" / "settings.json"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def running_code_server(script: Path, vsix: Path, home: Path, settings: dict) -> Iterator[CodeServer]:
    """code-server on 127.0.0.1 with its own user-data, extensions and config folders under ``home``."""
    user_data, extensions = home / "user-data", home / "extensions"
    (user_data / "User").mkdir(parents=True, exist_ok=True)
    (user_data / "User" / "settings.json").write_text(json.dumps({**BASE_SETTINGS, **settings}, indent=2))
    env = {**os.environ, "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data")}
    dirs = ["--user-data-dir", str(user_data), "--extensions-dir", str(extensions)]
    _run([str(script), *dirs, "--install-extension", str(vsix)], home, "installing the .vsix into code-server", env)
    port = _free_port()
    log = (home / "code-server.log").open("w")
    process = subprocess.Popen(
        [str(script), "--bind-addr", f"127.0.0.1:{port}", "--auth", "none", "--disable-telemetry",
         "--disable-update-check", "--disable-workspace-trust", *dirs],
        cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_health(url, process, home / "code-server.log")
        yield CodeServer(script, url, home)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)  # its extension hosts and answerlint servers too
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        log.close()


def _wait_for_health(url: str, process: subprocess.Popen, log: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SetupError(f"code-server exited with {process.returncode}:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"{url}/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SetupError(f"code-server did not answer {url}/healthz within {timeout:.0f} s:\n{log.read_text()[-2000:]}")


def drive(config: dict, work: Path, timeout: float = 300) -> dict:
    """Run ``drive.mjs`` (playwright-core + chromium) with ``config``; its JSON result."""
    if not CHROMIUM.exists():
        raise SetupError(f"{CHROMIUM} not found (Debian's chromium package)")
    config_file = work / f"drive-{time.monotonic_ns()}.json"
    config_file.write_text(json.dumps({"chromium": str(CHROMIUM), **config}))
    try:
        done = subprocess.run(
            ["node", str(HARNESS / "drive.mjs"), str(config_file)],
            cwd=HARNESS, capture_output=True, text=True, timeout=timeout, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise AssertionError(f"drive.mjs took more than {timeout:.0f} s") from None
    if done.returncode != 0:
        raise AssertionError(f"driving VS Code failed:\n{done.stderr.strip()[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])
