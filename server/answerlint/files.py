"""Finding drafts on disk, reading them safely, and creating a new one atomically.

A folder is searched recursively for ``.md`` and ``.markdown`` files, skipping
hidden folders and the usual tool folders; a file named explicitly is always
read. Reading never raises: an unreadable, binary or non-UTF-8 file gives one
:class:`ReadError` naming the file and what is wrong.

The one file answerlint writes for the user (``answerlint new``) is created
whole or not at all, and never over an existing file: see :func:`create_file`.
"""

from __future__ import annotations

import os
import tempfile
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


def create_file(path: Path, text: str) -> None:
    """Create ``path`` holding ``text`` (UTF-8, line endings as given), atomically.

    The text goes to a temporary file in the same folder, is flushed to
    disk, and is then hard-linked to ``path``, which fails if ``path``
    exists: a reader sees no file or the whole file, and nothing is ever
    overwritten, even a file created a moment ago by someone else. The new
    file gets the permissions any new file would (0666 less the umask), not
    the temporary file's 0600. Where hard links are not supported, ``path``
    is claimed with ``O_EXCL`` and the temporary file moved over the claim
    with ``os.replace``. The temporary file never outlives the call.

    :raises FileExistsError: ``path`` exists.
    :raises OSError: the folder cannot be written.
    """
    temporary = write_temporary(path.parent, path.name, text.encode("utf-8"), 0o666 & ~_umask())
    try:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network and FAT file systems)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            os.replace(temporary, path)
    finally:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass


def write_temporary(folder: Path, name: str, data: bytes, mode: int) -> str:
    """A new temporary file beside ``name`` in ``folder`` holding ``data``, flushed to disk, with ``mode``.

    The one step every atomic write here shares; the caller then links or
    renames it into place, and removes it if that fails. If writing it
    fails, it is removed here.

    :raises OSError: the folder cannot be written.
    """
    descriptor, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
    except BaseException:
        os.unlink(temporary)
        raise
    return temporary


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
