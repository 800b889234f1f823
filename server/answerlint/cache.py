"""Results of earlier runs, so an unchanged draft is not linted again.

A result is stored under a key made of everything that decides it: the
draft's text and path, the settings that apply to it (the caller passes what
they are read from) and the code that ran (:mod:`answerlint.fingerprint`:
answerlint's version, the installed plugins and the bytes of their files). A
stale entry can therefore never be found: it simply has another key.

Everything for one fingerprint lives in one folder, as a few *shards*: JSON
files mapping a *slot* (draft path plus settings) to the key of the text it
was linted for and the result. A run reads the shards once, answers every
lookup from memory, and writes what it linted as one new shard, created
under a temporary name and renamed into place: two runs writing at once each
add a whole shard, and a reader never sees half of one. The newest shard
wins for a slot, so an edited draft's old result is dropped the next time
the shards are merged into one, which a run does once there are too many.

A shard that cannot be read or does not have the expected shape is ignored
with a one-line note and merged away; an entry that does not have the
expected shape is treated as missing. Results whose rules raised are not
stored: the next run tries again.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from answerlint.finding import Edit, Finding, Fix, Problem, Severity

DEFAULT_DIR = ".answerlint_cache"
FORMAT = 2  # bump when the stored shape changes
MAX_SHARDS = 8  # more than this and a run merges them into one
STALE_AFTER = 24 * 3600  # seconds; other fingerprints' folders untouched this long are removed
_README = "This folder is answerlint's result cache. It is safe to delete.\n"
_TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"


@dataclass(frozen=True)
class Key:
    slot: str  # which draft, under which settings
    digest: str  # of everything that decides the result


@dataclass(frozen=True)
class CachedResult:
    findings: list[Finding]
    problems: list[Problem]


class ResultCache:
    def __init__(self, root: Path, fingerprint: str) -> None:
        self.root = root
        self.fingerprint = fingerprint
        self.folder = root / f"v{FORMAT}" / fingerprint[:32]
        self.notes: list[str] = []  # one line each, for the user
        self._stored: dict[str, list] | None = None  # slot -> [digest, findings, problems], as read
        self._shards: list[Path] = []
        self._damaged = False
        self._new: dict[str, list] = {}

    def key(self, path: Path, settings_key: str, text: str) -> Key:
        slot = hashlib.sha256()
        for part in (os.path.abspath(path), settings_key):
            slot.update(part.encode("utf-8", "surrogatepass"))
            slot.update(b"\0")
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(slot.digest())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return Key(slot.hexdigest(), digest.hexdigest())

    def get(self, key: Key) -> CachedResult | None:
        entry = self._new.get(key.slot) or self._read().get(key.slot)
        if not isinstance(entry, list) or len(entry) != 3 or entry[0] != key.digest:
            return None
        try:
            return CachedResult([_finding(f) for f in entry[1]], [Problem(int(o), str(m)) for o, m in entry[2]])
        except (ValueError, KeyError, TypeError, IndexError):
            return None  # not ours: lint again

    def put(self, key: Key, findings: list[Finding], problems: list[Problem]) -> None:
        """Remember a result; :meth:`save` writes what was put."""
        self._new[key.slot] = [key.digest, [_finding_data(f) for f in findings], [[p.offset, p.message] for p in problems]]

    def save(self) -> None:
        """Write this run's results as one shard; a cache that cannot be written only costs speed."""
        self._read()
        merge = self._damaged or len(self._shards) >= MAX_SHARDS
        if not self._new and not merge:
            return
        entries = {**self._stored, **self._new} if merge else self._new
        try:
            self._prepare()
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", errors="surrogatepass") as out:
                    json.dump({"entries": entries}, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(temporary, self.folder / f"{time.time_ns():020d}-{os.getpid()}.json")
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            return
        if merge:  # only the shards merged: one another run adds meanwhile stays
            for shard in self._shards:
                _remove(shard)
            self._prune_other_fingerprints()
        self._stored, self._new = entries if merge else {**self._stored, **self._new}, {}

    def _read(self) -> dict[str, list]:
        if self._stored is not None:
            return self._stored
        self._stored = {}
        try:
            names = sorted(n for n in os.listdir(self.folder) if n.endswith(".json"))
        except OSError:
            return self._stored
        for name in names:  # oldest first: a newer shard's entry for a slot wins
            shard = self.folder / name
            try:
                entries = json.loads(shard.read_bytes())["entries"]
                if not isinstance(entries, dict):
                    raise TypeError("entries is not an object")
            except FileNotFoundError:
                continue  # merged away by another run meanwhile
            except (OSError, ValueError, KeyError, TypeError) as error:
                if not self._damaged:
                    self.notes.append(f"ignoring a damaged cache file {shard} ({type(error).__name__}); it will be rebuilt")
                self._damaged = True
                self._shards.append(shard)
                continue
            self._shards.append(shard)
            self._stored.update(entries)
        return self._stored

    def _prepare(self) -> None:
        if self.folder.is_dir():
            return
        fresh = not self.root.exists()
        self.folder.mkdir(parents=True, exist_ok=True)
        if fresh:  # mark the folder so tools and people know what it is
            for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", _TAG), ("README", _README)):
                try:
                    (self.root / name).write_text(text, encoding="utf-8")
                except OSError:
                    pass

    def _prune_other_fingerprints(self) -> None:
        """Remove results of other code (or cache formats) nobody has written for a day."""
        cutoff = time.time() - STALE_AFTER
        for folder in (*self.root.glob("v*/*"), *self.root.glob("v*")):
            if folder.is_dir() and folder not in (self.folder, self.folder.parent):
                try:
                    if folder.stat().st_mtime < cutoff:
                        shutil.rmtree(folder, ignore_errors=True)
                except OSError:
                    pass


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass  # another run merged it away first


def _finding_data(finding: Finding) -> list:
    fix = finding.fix
    edits = [[e.start, e.end, e.new_text] for e in fix.edits] if fix else None
    return [finding.rule, finding.code, finding.severity.value, finding.message, finding.start, finding.end,
            [fix.title, edits] if fix else None]


def _finding(data: list) -> Finding:
    rule, code, severity, message, start, end, fix = data
    return Finding(
        str(rule),
        str(code),
        Severity(severity),
        str(message),
        int(start),
        int(end),
        Fix(str(fix[0]), tuple(Edit(int(s), int(e), str(t)) for s, e, t in fix[1])) if fix else None,
    )
