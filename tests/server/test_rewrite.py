"""Rewriting a draft in place: atomic, and keeping the BOM, line endings and permissions it had."""

from __future__ import annotations

import os
import stat

import pytest

from answerlint.rewrite import BOM, RewriteError, rewrite


def test_keeps_bom_and_permissions_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "draft.md"
    original = BOM + "I leveraged it.\r\n".encode()
    path.write_bytes(original)
    os.chmod(path, 0o640)
    rewrite(path, original, "I used it.\r\n")
    assert path.read_bytes() == BOM + b"I used it.\r\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["draft.md"]


def test_follows_a_symbolic_link_and_keeps_the_link(tmp_path):
    target = tmp_path / "real.md"
    target.write_bytes(b"old\n")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    rewrite(link, b"old\n", "new\n")
    assert link.is_symlink() and target.read_bytes() == b"new\n"


def test_a_file_changed_since_it_was_read_is_left_alone(tmp_path):
    path = tmp_path / "draft.md"
    path.write_bytes(b"edited meanwhile\n")
    with pytest.raises(RewriteError, match="changed on disk"):
        rewrite(path, b"what was read\n", "fixed\n")
    assert path.read_bytes() == b"edited meanwhile\n"


def test_a_failed_rename_gives_one_line_and_leaves_the_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "draft.md"
    path.write_bytes(b"old\n")

    def full_disk(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(RewriteError, match=r"draft.md: cannot write: No space left on device"):
        rewrite(path, b"old\n", "new\n")
    assert path.read_bytes() == b"old\n"
    assert os.listdir(tmp_path) == ["draft.md"]
