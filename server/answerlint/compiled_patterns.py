"""Compiled ``regex`` patterns kept from one run to the next, as Python keeps bytecode.

The ``regex`` module parses and optimises a pattern in pure Python; for the
rules' large case-insensitive alternations that is most of the cost of a
short run (about a second for one draft). Its last step hands plain data to
its C extension: the program as a list of ints, the group names, the flags.
:func:`compile` records that data the first time it compiles a pattern and,
in later runs, hands it straight to the extension, which takes microseconds.

This leans on two private names of ``regex``: ``regex._main._regex`` (the C
module, read while a pattern compiles) and ``_regex.compile``. The guard:

* the table is stored per ``regex`` version, C-module ``MAGIC`` and Python
  cache tag, so a program is only ever replayed by the build that produced it;
* a replayed pattern must come back with its source, the flags it was asked
  for and the group count recorded, and an entry of the wrong shape is never
  replayed;
* when a private name is missing or anything fails, the pattern is compiled
  by ``regex.compile`` as usual. Speed is all that is lost.

The table is one file in the user's cache folder (``$XDG_CACHE_HOME/answerlint``,
``~/.cache/answerlint``, or ``%LOCALAPPDATA%\\answerlint``), shared by every
project, written at exit (atomically, merged with what another run wrote
meanwhile) only when the run compiled something new. It holds programs, never
results: ``--no-cache`` is about results and leaves it alone. A corrupt or
unreadable table is ignored and rewritten; where nothing can be written,
every run compiles as before.
"""

from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
import threading
from pathlib import Path

import regex

_ARITY = 11  # _regex.compile(pattern, flags, code, group_index, index_group, named_lists,
#              named_list_indexes, req_offset, req_chars, req_flags, group_count)
_MAX_ENTRIES = 2000  # a table that grows past this keeps only what the writing run used

_lock = threading.Lock()
_compiled: dict[tuple[str, int], regex.Pattern] = {}
_table: dict[tuple[str, int], tuple] | None = None
_used: set[tuple[str, int]] = set()
_new = False


def _c_module():
    """The ``_regex`` extension module ``regex.compile`` calls, or None if it is not where we expect."""
    main = getattr(regex, "_main", None)
    module = getattr(main, "_regex", None)
    return module if callable(getattr(module, "compile", None)) else None


def table_path() -> Path | None:
    """Where the table for this ``regex`` build and interpreter is kept (None if it cannot be)."""
    module = _c_module()
    if module is None:
        return None
    folder = _cache_home()
    if folder is None:
        return None
    magic = getattr(module, "MAGIC", "unknown")
    tag = sys.implementation.cache_tag or "python"
    return folder / "answerlint" / f"regex-programs.{tag}.regex-{regex.__version__}.{magic}.v{int(regex.DEFAULT_VERSION)}.marshal"


def _cache_home() -> Path | None:
    for variable in ("XDG_CACHE_HOME", "LOCALAPPDATA"):
        if os.environ.get(variable):
            return Path(os.environ[variable])
    try:
        return Path.home() / ".cache"
    except RuntimeError:  # no home folder to be found
        return None


def compile(source: str, flags: int = 0) -> regex.Pattern:  # noqa: A001 - the same call as regex.compile
    """``regex.compile(source, flags)``, replayed from the table when this build compiled it before."""
    key = (source, int(flags))
    pattern = _compiled.get(key)
    if pattern is None:
        with _lock:
            pattern = _compiled.get(key)
            if pattern is None:
                pattern = _replay(key) or _record(key)
                _compiled[key] = pattern
    return pattern


def _replay(key: tuple[str, int]) -> regex.Pattern | None:
    args = _load().get(key)
    module = _c_module()
    if args is None or module is None or not _well_formed(args, key):
        return None
    try:
        pattern = module.compile(*args)
    except Exception:
        return None
    if pattern.pattern != key[0] or int(pattern.flags) != args[1] or args[1] & key[1] != key[1] or pattern.groups != args[10]:
        return None
    _used.add(key)
    return pattern


def _well_formed(args: object, key: tuple[str, int]) -> bool:
    return (
        isinstance(args, tuple)
        and len(args) == _ARITY
        and args[0] == key[0]
        and isinstance(args[1], int)
        and isinstance(args[2], list)
        and isinstance(args[10], int)
    )


class _Recorder:
    """Stands in for the C module while one pattern compiles, and keeps what it was handed."""

    def __init__(self, module, thread: int):
        self._module, self._thread, self.args = module, thread, None

    def __getattr__(self, name):
        return getattr(self._module, name)

    def compile(self, *args):
        if threading.get_ident() == self._thread:
            self.args = args
        return self._module.compile(*args)


def _record(key: tuple[str, int]) -> regex.Pattern:
    """Compile through ``regex`` and, where the guard allows, remember the program it built."""
    global _new
    source, flags = key
    module = _c_module()
    if module is None:
        return regex.compile(source, flags)
    recorder = _Recorder(module, threading.get_ident())
    regex._main._regex = recorder  # type: ignore[attr-defined]
    try:
        pattern = regex.compile(source, flags, cache_pattern=False)
    finally:
        regex._main._regex = module  # type: ignore[attr-defined]
    args = recorder.args
    if args is None or len(args) != _ARITY or args[5] or int(args[1]) & regex.LOCALE:
        return pattern  # named lists or locale-dependent: not something to keep
    try:
        kept = (args[0], int(args[1]), *args[2:9], int(args[9]), args[10])
        marshal.dumps(kept)  # only plain data can be kept
    except (TypeError, ValueError):
        return pattern
    _load()[key] = kept
    _used.add(key)
    if not _new:
        _new = True
        atexit.register(save)
    return pattern


def _load() -> dict[tuple[str, int], tuple]:
    global _table
    if _table is None:
        _table = {}
        path = table_path()
        if path is not None:
            try:
                loaded = marshal.loads(path.read_bytes())
            except (OSError, EOFError, ValueError, TypeError):
                loaded = None
            if isinstance(loaded, dict):
                _table = loaded
    return _table


def save() -> None:
    """Write the table, merged with what another run may have written since, if this run added to it."""
    global _new
    path = table_path()
    if not _new or path is None:
        return
    with _lock:
        table = dict(_load())
        _new = False
    try:
        on_disk = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        on_disk = None
    if isinstance(on_disk, dict):
        table = {**on_disk, **table}
    if len(table) > _MAX_ENTRIES:
        table = {key: args for key, args in table.items() if key in _used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(table))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass  # a read-only install: every run compiles, as before
