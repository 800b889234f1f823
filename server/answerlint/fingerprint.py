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

Reading the entry points means importing :mod:`importlib.metadata` (and the
email package under it) and scanning every installed distribution, which was
a fifth of a run answered wholly from the cache. So what they gave can be
remembered in a file beside the cache, under a *stamp* of everything
importlib.metadata reads them from: ``sys.path``, and in each of its folders
the names of the distributions' metadata folders and the size and mtime of
each one and of its ``entry_points.txt`` and ``METADATA``. Installing,
removing or upgrading anything changes the stamp, and then they are read
again. Where a finder other than the standard one can supply distributions,
nothing is remembered.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from importlib.machinery import PathFinder
from importlib.util import find_spec
from pathlib import Path

from answerlint import __version__

ENTRY_POINT_GROUP = "answerlint"
_SKIPPED_FOLDERS = {"__pycache__"}


def code_fingerprint(cache_format: int, remember: Path | None = None) -> str:
    """The fingerprint; ``remember`` is a file where the entry points may be kept between runs."""
    digest = hashlib.sha256(f"answerlint {__version__}\0cache format {cache_format}\0python {sys.version}".encode())
    plugins, metadata = _entry_points(remember)
    packages = {"answerlint"}
    for name, value in plugins:
        digest.update(f"\0plugin {name} = {value}".encode())
        packages.add(value.partition(":")[0].partition(".")[0].strip())
    digest.update(f"\0distributions {metadata}".encode())
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


def _entry_points(remember: Path | None) -> tuple[list[tuple[str, str]], str]:
    """Each plugin's (name, target), sorted, and a digest of the METADATA of the distributions declaring them."""
    stamp = install_stamp() if remember is not None else None
    if remember is not None and stamp is not None:
        try:
            kept = json.loads(remember.read_bytes())
            if kept["stamp"] == stamp:
                return [(str(name), str(value)) for name, value in kept["plugins"]], str(kept["metadata"])
        except (OSError, ValueError, KeyError, TypeError):
            pass  # missing or damaged: read them again
    plugins, metadata = [], set()
    for entry_point in sorted(installed_entry_points(), key=lambda e: (e.name, e.value)):
        plugins.append((entry_point.name, entry_point.value))
        # The raw text, not dist.name or dist.version: those parse it with the email package, a slow import.
        dist = entry_point.dist
        if dist is not None:
            metadata.add(dist.read_text("METADATA") or dist.read_text("PKG-INFO") or "")
    digest = hashlib.sha256()
    for text in sorted(metadata):
        digest.update(b"\0distribution\0")
        digest.update(text.encode("utf-8", "surrogatepass"))
    if remember is not None and stamp is not None:
        _write(remember, {"stamp": stamp, "plugins": plugins, "metadata": digest.hexdigest()})
    return plugins, digest.hexdigest()


def plugin_search_path() -> list[str]:
    """``sys.path`` without the current folder: where installed plugins are looked for.

    ``python -m answerlint`` and ``python -c`` put the current folder first
    on ``sys.path``, and an editor starts the server in the workspace: a
    ``*.dist-info/entry_points.txt`` there would otherwise be read as an
    installed plugin and its module run. Plugins come from installed
    packages only.
    """
    try:
        here = os.path.realpath(os.getcwd())
    except OSError:  # the current folder was deleted
        here = None
    return [entry for entry in sys.path if entry and os.path.realpath(entry) != here]


def installed_entry_points() -> list:
    """The ``answerlint`` entry points of the installed distributions, first one of each name wins."""
    from importlib.metadata import distributions  # slow to import: only when needed

    found, seen = [], set()
    for dist in distributions(path=plugin_search_path()):
        # importlib.metadata.entry_points() keeps the first distribution of each (normalised) name
        name = getattr(dist, "_normalized_name", None) or id(dist)
        if name in seen:
            continue
        seen.add(name)
        found.extend(e for e in dist.entry_points if e.group == ENTRY_POINT_GROUP)
    return found


def install_stamp() -> str | None:
    """What importlib.metadata finds distributions from, cheaply; None when that cannot be told."""
    if any(hasattr(finder, "find_distributions") and finder is not PathFinder for finder in sys.meta_path):
        return None
    search_path = plugin_search_path()
    digest = hashlib.sha256(repr(search_path).encode("utf-8", "surrogatepass"))
    for entry in search_path:
        folder = entry or "."  # importlib.metadata reads "" as the current folder
        try:
            names = sorted(os.listdir(folder))
        except OSError:  # a zip file, a path hook's name, or nothing at all
            digest.update(f"\0{entry}\0{_stat(folder)}".encode("utf-8", "surrogatepass"))
            continue
        digest.update(f"\0{entry}".encode("utf-8", "surrogatepass"))
        for name in names:
            low = name.lower()
            if low.endswith((".dist-info", ".egg-info")) or low == "egg-info":
                info = os.path.join(folder, name)
                stats = [_stat(os.path.join(info, file)) for file in ("entry_points.txt", "METADATA", "PKG-INFO")]
                digest.update(f"\0{name}\0{_stat(info)}\0{stats}".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _stat(path: str) -> str:
    try:
        info = os.stat(path)
    except OSError:
        return "-"
    return f"{info.st_size}:{info.st_mtime_ns}"


def _write(path: Path, data: dict) -> None:
    """Replace the file whole; only beside a cache that exists, and never fatally."""
    if not path.parent.is_dir():
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


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
