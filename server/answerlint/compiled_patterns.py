"""Compiled patterns kept from one run to the next, as Python keeps bytecode.

The ``regex`` module parses and optimises a pattern in pure Python; for the
rules' large case-insensitive alternations that is most of the cost of a
short run (about a second for one draft). The standard ``re`` module does the
same, also in Python. The last step of either hands plain data to a C
extension: the program as a list of ints, the group names, the flags.
:func:`compile` (``regex``) and :func:`compile_re` (``re``) record that data
the first time they compile a pattern and, in later runs, hand it straight to
the extension, which takes microseconds.

This leans on private names: ``regex._main._regex`` and ``re._compiler._sre``
(the C modules, read while a pattern compiles) and their ``compile``. The guard:

* the table is stored per ``regex`` version and C-module ``MAGIC``, ``_sre``
  ``MAGIC``, Python version and cache tag, so a program is only ever replayed
  by the build that produced it;
* a replayed pattern must come back with its source, the flags it was asked
  for and the group count recorded, and an entry of the wrong shape is never
  replayed;
* when a private name is missing or anything fails, the pattern is compiled
  by ``regex.compile`` or ``re.compile`` as usual. Speed is all that is lost.

The table is one file in the user's cache folder (``$XDG_CACHE_HOME/answerlint``,
``~/.cache/answerlint``, or ``%LOCALAPPDATA%\\answerlint``), shared by every
project, written at exit (atomically, merged with what another run wrote
meanwhile) only when the run compiled something new. A program leaves the
table in memory once it is replayed, so a long-lived server does not hold
each pattern twice. It holds programs, never
results: ``--no-cache`` is about results and leaves it alone. A corrupt or
unreadable table is ignored and rewritten; where nothing can be written,
every run compiles as before.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import tempfile
import threading
from pathlib import Path

import regex

_MAX_ENTRIES = 3000  # a table that grows past this keeps only what the writing run used

_lock = threading.Lock()
_compiled: dict[tuple[str, str, int], object] = {}
_table: dict[tuple[str, str, int], bytes] | None = None
_used: set[tuple[str, str, int]] = set()
_new = 0  # programs recorded since the table was last written
_exit_save = False


_SEAL = 16  # bytes of BLAKE2b digest in front of each kept program


def _seal(program: bytes) -> bytes:
    """A kept program with its digest in front: a damaged entry is never handed to a C matcher."""
    return hashlib.blake2b(program, digest_size=_SEAL).digest() + program


def _unseal(blob: object) -> bytes | None:
    if not isinstance(blob, bytes) or len(blob) <= _SEAL:
        return None
    program = blob[_SEAL:]
    return program if hashlib.blake2b(program, digest_size=_SEAL).digest() == blob[:_SEAL] else None


class _Engine:
    """One regular-expression module: where its C module sits, how to compile through it, what to keep."""

    name = ""
    arity = 0
    skip_flags = 0  # flags whose programs depend on more than the pattern (locale, debug output)

    def owner(self):
        """The Python module whose global names the C module; None when it is not where we expect."""
        raise NotImplementedError

    def c_module(self):
        owner = self.owner()
        module = getattr(owner, self.attribute, None)
        return module if callable(getattr(module, "compile", None)) else None

    def compile_through(self, source: str, flags: int):
        raise NotImplementedError

    def fallback(self, source: str, flags: int):
        raise NotImplementedError

    def keep(self, args: tuple) -> tuple:
        raise NotImplementedError

    def gives_back(self, pattern, args: tuple, source: str, flags: int) -> bool:
        raise NotImplementedError


class _Regex(_Engine):
    # _regex.compile(pattern, flags, code, group_index, index_group, named_lists,
    #                named_list_indexes, req_offset, req_chars, req_flags, group_count)
    name, arity, attribute = "regex", 11, "_regex"
    skip_flags = int(regex.LOCALE | regex.DEBUG)

    def owner(self):
        return getattr(regex, "_main", None)

    def compile_through(self, source, flags):
        return regex.compile(source, flags, cache_pattern=False)

    def fallback(self, source, flags):
        return regex.compile(source, flags)

    def keep(self, args):
        if args[5]:
            raise ValueError("named lists")
        return (args[0], int(args[1]), *args[2:9], int(args[9]), args[10])

    def gives_back(self, pattern, args, source, flags):
        return isinstance(args[2], list) and pattern.groups == args[10]


class _Re(_Engine):
    # _sre.compile(pattern, flags, code, groups - 1, groupindex, indexgroup)
    name, arity, attribute = "re", 6, "_sre"
    skip_flags = int(re.LOCALE | re.DEBUG)

    def owner(self):
        return getattr(re, "_compiler", None) or sys.modules.get("sre_compile")  # 3.11+, 3.10

    def compile_through(self, source, flags):
        return self.owner().compile(source, flags)

    def fallback(self, source, flags):
        return re.compile(source, flags)

    def keep(self, args):
        return (args[0], int(args[1]), [int(op) for op in args[2]], int(args[3]), dict(args[4]), tuple(args[5]))  # opcodes are int subclasses

    def gives_back(self, pattern, args, source, flags):
        return isinstance(args[2], list) and pattern.groups == args[3]


_ENGINES = {engine.name: engine for engine in (_Regex(), _Re())}


def table_path() -> Path | None:
    """Where the table for these builds of ``regex``, ``re`` and the interpreter is kept (None if it cannot be)."""
    regex_c, re_c = _ENGINES["regex"].c_module(), _ENGINES["re"].c_module()
    folder = _cache_home()
    if folder is None or regex_c is None and re_c is None:
        return None
    tag = sys.implementation.cache_tag or "python"
    python = ".".join(map(str, sys.version_info[:3]))
    builds = (
        f"regex-{regex.__version__}.{getattr(regex_c, 'MAGIC', 'none')}.v{int(regex.DEFAULT_VERSION)}"
        f".sre-{getattr(re_c, 'MAGIC', 'none')}"
    )
    return folder / "answerlint" / f"programs-3.{tag}-{python}.{builds}.marshal"


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
    return _compile(_ENGINES["regex"], source, flags)


def compile_re(source: str, flags: int = 0) -> re.Pattern:
    """``re.compile(source, flags)``, replayed from the table when this interpreter compiled it before."""
    return _compile(_ENGINES["re"], source, flags)


def _compile(engine: _Engine, source: str, flags: int):
    key = (engine.name, source, int(flags))
    pattern = _compiled.get(key)
    if pattern is None:
        with _lock:
            pattern = _compiled.get(key)
            if pattern is None:
                pattern = _replay(engine, key) or _record(engine, key)
                _compiled[key] = pattern
    return pattern


def _replay(engine: _Engine, key: tuple[str, str, int]):
    _name, source, flags = key
    program = _unseal(_load().pop(key, None))  # a replayed program is on disk already: save() merges it back
    module = engine.c_module()
    if module is None or program is None:
        return None
    try:
        args = marshal.loads(program)
        if not (isinstance(args, tuple) and len(args) == engine.arity and args[0] == source and isinstance(args[1], int)):
            return None
        pattern = module.compile(*args)
        if pattern.pattern != source or int(pattern.flags) != args[1] or args[1] & flags != flags:
            return None
        if not engine.gives_back(pattern, args, source, flags):
            return None
    except Exception:
        return None
    _used.add(key)
    return pattern


class _Recorder:
    """Stands in for a C module while one pattern compiles, and keeps what it was handed."""

    def __init__(self, module, thread: int):
        self._module, self._thread, self.args = module, thread, None

    def __getattr__(self, name):
        return getattr(self._module, name)

    def compile(self, *args):
        if threading.get_ident() == self._thread:
            self.args = args
        return self._module.compile(*args)


def _record(engine: _Engine, key: tuple[str, str, int]):
    """Compile through the engine and, where the guard allows, remember the program it built."""
    global _new, _exit_save
    _name, source, flags = key
    module = engine.c_module()
    if module is None or flags & engine.skip_flags:
        return engine.fallback(source, flags)
    owner = engine.owner()
    recorder = _Recorder(module, threading.get_ident())
    setattr(owner, engine.attribute, recorder)
    try:
        pattern = engine.compile_through(source, flags)
    finally:
        setattr(owner, engine.attribute, module)
    args = recorder.args
    if args is None or len(args) != engine.arity:
        return pattern
    try:
        kept = _seal(marshal.dumps(engine.keep(args)))  # only plain data can be kept
    except (TypeError, ValueError):
        return pattern
    _load()[key] = kept  # each program stays marshalled until a run replays it: loading the table is one copy
    _used.add(key)
    _new += 1
    if not _exit_save:
        _exit_save = True
        atexit.register(save)
    return pattern


def _load() -> dict[tuple[str, str, int], bytes]:
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


def save(at_least: int = 1) -> None:
    """Write the table, merged with what another run may have written since, once this run has
    added ``at_least`` programs to it since it was last written."""
    global _new
    path = table_path()
    if _new < max(at_least, 1) or path is None:
        return
    with _lock:
        table = dict(_load())
        _new = 0
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
