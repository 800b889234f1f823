"""Finding drafts on disk and reading them safely.

A folder is searched recursively for ``.md`` and ``.markdown`` files, skipping
hidden folders and the usual tool folders; a file named explicitly is always
read. Reading never raises: an unreadable, binary or non-UTF-8 file gives one
:class:`ReadError` naming the file and what is wrong.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

EXTENSIONS = (".md", ".markdown")
SKIPPED_FOLDERS = {"node_modules", "__pycache__", "venv", "site-packages"}


@dataclass(frozen=True)
class ReadError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


def discover(paths: list[str]) -> tuple[list[Path], list[ReadError]]:
    """Every draft the paths name, sorted and without duplicates."""
    found: dict[str, Path] = {}
    errors: list[ReadError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for draft in _walk(path):
                found.setdefault(os.path.normpath(draft), draft)
        elif path.is_file():
            found.setdefault(os.path.normpath(path), path)
        elif path.exists():
            errors.append(ReadError(given, "not a regular file or folder"))
        else:
            errors.append(ReadError(given, "no such file or folder"))
    return sorted(found.values(), key=lambda p: p.as_posix()), errors


def _walk(folder: Path) -> Iterator[Path]:
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith(".") and f not in SKIPPED_FOLDERS)
        for name in sorted(names):
            if name.lower().endswith(EXTENSIONS) and not name.startswith("."):
                yield Path(root) / name


def decode(data: bytes, shown: str) -> str | ReadError:
    if b"\x00" in data[:8192]:
        return ReadError(shown, "looks like a binary file (it contains NUL bytes); skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return ReadError(shown, f"not valid UTF-8 at byte {error.start}; save it as UTF-8 to lint it")


def read_draft(path: Path) -> str | ReadError:
    shown = path.as_posix()
    try:
        data = path.read_bytes()
    except OSError as error:
        return ReadError(shown, f"cannot read: {error.strerror or error}")
    return decode(data, shown)
