"""Replace a draft on disk with new text, atomically, keeping what the file was.

The new text goes to a temporary file in the same folder, which is flushed,
given the original's permission bits and renamed over it (``os.replace``),
so a reader sees the old file or the new one, never half of either, and a
crash leaves the original alone. A byte-order mark the file had is kept;
line endings are whatever the text carries (fixes insert the file's own).
A symbolic link is followed, and the file it points to is replaced. If the
file changed on disk since it was read, nothing is written.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from answerlint.files import write_temporary

BOM = b"\xef\xbb\xbf"


class RewriteError(Exception):
    """One line: the file and what went wrong. The file is untouched."""


def encode_like(original: bytes, text: str) -> bytes:
    """``text`` as UTF-8, with the byte-order mark ``original`` had."""
    return (BOM if original.startswith(BOM) else b"") + text.encode("utf-8")


def rewrite(path: Path, original: bytes, text: str) -> None:
    """Write ``text`` over ``path``, which held ``original`` when it was read."""
    target = Path(os.path.realpath(path))
    try:
        if target.read_bytes() != original:
            raise RewriteError(f"{path}: changed on disk while answerlint was fixing it; left as it is")
        temporary = write_temporary(target.parent, target.name, encode_like(original, text), stat.S_IMODE(target.stat().st_mode))
    except OSError as error:
        raise RewriteError(f"{path}: cannot write: {error.strerror or error}") from None
    try:
        os.replace(temporary, target)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise RewriteError(f"{path}: cannot write: {error.strerror or error}") from None
        raise
