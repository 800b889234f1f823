"""``ensure_neovim``: find nvim, or install Debian's package, or fail saying what to do."""

from __future__ import annotations

import pytest

from neovim_harness import NeovimMissing, ensure_neovim


def executable(folder, name, body):
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


def test_nvim_on_path_is_used_as_it_is(tmp_path):
    nvim = executable(tmp_path, "nvim", "exit 0")
    executable(tmp_path, "apt-get", "exit 1")
    assert ensure_neovim(path=str(tmp_path), is_root=True) == str(nvim)


def test_without_nvim_apt_get_installs_it(tmp_path):
    calls = tmp_path / "calls"
    executable(tmp_path, "apt-get", f'echo "$@" >> {calls}\n[ "$1" = install ] && printf "#!/bin/sh\\n" > {tmp_path}/nvim && /bin/chmod +x {tmp_path}/nvim\nexit 0')
    assert ensure_neovim(path=str(tmp_path), is_root=True) == str(tmp_path / "nvim")
    assert calls.read_text().splitlines() == ["update", "install -y neovim"]


def test_a_failed_install_fails_with_apt_gets_words(tmp_path):
    executable(tmp_path, "apt-get", '[ "$1" = install ] && echo "E: Unable to locate package neovim" >&2 && exit 100\nexit 0')
    with pytest.raises(NeovimMissing, match=r"(?s)`apt-get install -y neovim` failed \(exit 100\).*Unable to locate package neovim"):
        ensure_neovim(path=str(tmp_path), is_root=True)


def test_an_install_that_leaves_no_nvim_fails(tmp_path):
    executable(tmp_path, "apt-get", "exit 0")
    with pytest.raises(NeovimMissing, match="still no `nvim` on PATH"):
        ensure_neovim(path=str(tmp_path), is_root=True)


def test_without_root_it_says_what_to_run(tmp_path):
    executable(tmp_path, "apt-get", "exit 0")
    with pytest.raises(NeovimMissing, match=r"do not run as root.*apt-get update && apt-get install -y neovim"):
        ensure_neovim(path=str(tmp_path), is_root=False)


def test_without_apt_get_it_says_what_is_needed(tmp_path):
    with pytest.raises(NeovimMissing, match="no apt-get"):
        ensure_neovim(path=str(tmp_path), is_root=True)
