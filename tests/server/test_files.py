"""Creating the one file answerlint writes for the user: whole or not at all, never over another."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from answerlint import files
from answerlint.files import create_file


def umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def test_the_file_holds_exactly_the_text_with_ordinary_permissions(tmp_path):
    path = tmp_path / "draft.md"
    create_file(path, "# Title\r\n\r\né 😀\r")
    assert path.read_bytes() == "# Title\r\n\r\né 😀\r".encode()
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask()
    assert os.listdir(tmp_path) == ["draft.md"]  # no temporary file left, nothing else written


def test_an_existing_file_is_never_touched(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text("mine")
    os.chmod(path, 0o640)
    with pytest.raises(FileExistsError):
        create_file(path, "scaffold")
    assert path.read_text() == "mine" and path.stat().st_mode & 0o777 == 0o640
    assert os.listdir(tmp_path) == ["draft.md"]


def test_a_failed_write_leaves_nothing(tmp_path, monkeypatch):
    def fail(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", fail)
    with pytest.raises(OSError, match="No space"):
        create_file(tmp_path / "draft.md", "scaffold")
    assert os.listdir(tmp_path) == []


def test_without_hard_links_the_file_is_claimed_then_replaced(tmp_path, monkeypatch):
    def no_links(source, target):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(files.os, "link", no_links)
    create_file(tmp_path / "draft.md", "scaffold")
    assert (tmp_path / "draft.md").read_text() == "scaffold" and os.listdir(tmp_path) == ["draft.md"]
    with pytest.raises(FileExistsError):
        create_file(tmp_path / "draft.md", "other")
    assert (tmp_path / "draft.md").read_text() == "scaffold" and os.listdir(tmp_path) == ["draft.md"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(codec=None, exclude_categories=()), max_size=200))
def test_the_file_is_the_text_or_nothing(tmp_path, text):
    path = tmp_path / "new.md"
    if path.exists():
        path.unlink()
    try:
        create_file(path, text)
    except UnicodeEncodeError:  # a lone surrogate cannot be written as UTF-8: then no file at all
        assert os.listdir(tmp_path) == []
        return
    assert path.read_bytes() == text.encode("utf-8") and os.listdir(tmp_path) == ["new.md"]
