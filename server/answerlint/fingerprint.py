"""A fingerprint of the code that decides a lint result, taken without importing any plugin.

It covers answerlint's version, the cache format, the Python version, every
entry point in the ``answerlint`` group (name, target, and the METADATA of
the distribution that declares it, which holds its version and requirements)
and the bytes of every file in answerlint's package and in each plugin's
top-level package (modules and phrase data alike). Installing, removing,
upgrading or editing a plugin, answerlint or one of their data files
therefore changes it, and a cached result from other code is never found.

Plugin packages are located with :func:`importlib.util.find_spec` on their
top-level names only, which imports nothing. File contents are hashed, not
modification times, so an edit is seen even on a file system with coarse
timestamps.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator
from importlib.metadata import entry_points
from importlib.util import find_spec

from answerlint import __version__

ENTRY_POINT_GROUP = "answerlint"
_SKIPPED_FOLDERS = {"__pycache__"}


def code_fingerprint(cache_format: int) -> str:
    digest = hashlib.sha256(f"answerlint {__version__}\0cache format {cache_format}\0python {sys.version}".encode())
    packages = {"answerlint"}
    metadata: set[str] = set()
    for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        digest.update(f"\0plugin {entry_point.name} = {entry_point.value}".encode())
        # The raw text, not dist.name or dist.version: those parse it with the email package, a slow import.
        dist = entry_point.dist
        if dist is not None:
            metadata.add(dist.read_text("METADATA") or dist.read_text("PKG-INFO") or "")
        packages.add(entry_point.value.partition(":")[0].partition(".")[0].strip())
    for text in sorted(metadata):
        digest.update(b"\0distribution\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
    for package in sorted(packages):
        digest.update(f"\0package {package}".encode())
        for path in package_files(package):
            try:
                with open(path, "rb") as handle:
                    content = handle.read()
            except OSError as error:
                content = f"unreadable: {error}".encode()
            digest.update(f"\0{path}\0{len(content)}\0".encode("utf-8", "surrogatepass"))
            digest.update(content)
    return digest.hexdigest()


def package_files(name: str) -> Iterator[str]:
    """Every file of a top-level module or package, in a stable order; nothing for one not found."""
    try:
        spec = find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None:
        return
    if spec.submodule_search_locations:
        for folder in sorted(spec.submodule_search_locations):
            yield from _files_under(folder)
    elif spec.origin and os.path.isfile(spec.origin):
        yield spec.origin


def _files_under(folder: str) -> Iterator[str]:
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(f for f in folders if f not in _SKIPPED_FOLDERS and not f.startswith("."))
        for name in sorted(names):
            if not name.endswith((".pyc", ".pyo")):
                yield os.path.join(root, name)
