"""Results of earlier runs, so an unchanged draft is not linted again.

A result is stored under a key made of everything that decides it: the
draft's text and path, the settings that apply to it, answerlint's version
and a fingerprint of the code that ran (every loaded module of answerlint and
of the rule plugins, by path, size and modification time, so an edited rule
in a development install invalidates the cache too). A stale entry can
therefore never be found: it simply has another key.

Each entry is one small JSON file, written to a temporary file and renamed
into place, so two runs writing at once each leave a whole file and a reader
never sees half of one. An entry that cannot be read or does not have the
expected shape is treated as missing and written again.

Results whose rules raised are not stored: the next run tries again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from answerlint import __version__
from answerlint.draft import Problem
from answerlint.finding import Edit, Finding, Fix, Severity

DEFAULT_DIR = ".answerlint_cache"
FORMAT = 1  # bump when the stored shape changes
_README = "This folder is answerlint's result cache. It is safe to delete.\n"


def code_fingerprint(packages: Iterable[str]) -> str:
    """Version plus path, size and mtime of every loaded module of these top-level packages."""
    wanted = set(packages) | {"answerlint"}
    digest = hashlib.sha256(f"answerlint {__version__} format {FORMAT}".encode())
    for name, module in sorted(sys.modules.items()):
        if name.split(".", 1)[0] not in wanted:
            continue
        file = getattr(module, "__file__", None)
        if not file:
            continue
        try:
            stat = os.stat(file)
        except OSError:
            continue
        digest.update(f"\0{name}\0{file}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@dataclass(frozen=True)
class CachedResult:
    findings: list[Finding]
    problems: list[Problem]


@dataclass(frozen=True)
class ResultCache:
    root: Path
    fingerprint: str

    def key(self, path: Path, settings_key: str, text: str) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        for part in (os.path.abspath(path), settings_key, text):
            digest.update(b"\0")
            digest.update(part.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def _file(self, key: str) -> Path:
        return self.root / f"v{FORMAT}" / key[:2] / key[2:]

    def get(self, key: str) -> CachedResult | None:
        try:
            data = json.loads(self._file(key).read_bytes())
            return CachedResult(
                [_finding(f) for f in data["findings"]],
                [Problem(int(p["offset"]), str(p["message"])) for p in data["problems"]],
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # missing, unreadable or not ours: lint again

    def put(self, key: str, findings: list[Finding], problems: list[Problem]) -> None:
        """Store a result; a cache that cannot be written only costs speed, so errors are ignored."""
        payload = {
            "findings": [_finding_data(f) for f in findings],
            "problems": [{"offset": p.offset, "message": p.message} for p in problems],
        }
        target = self._file(key)
        try:
            self._prepare(target.parent)
            handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8", errors="surrogatepass") as out:
                    json.dump(payload, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(temporary, target)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            pass

    def _prepare(self, folder: Path) -> None:
        if folder.is_dir():
            return
        fresh = not self.root.exists()
        folder.mkdir(parents=True, exist_ok=True)
        if fresh:  # mark the folder so tools and people know what it is
            for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", "Signature: 8a477f597d28d172789f06886806bc55\n"), ("README", _README)):
                try:
                    (self.root / name).write_text(text, encoding="utf-8")
                except OSError:
                    pass


def _finding_data(finding: Finding) -> dict:
    data = {
        "rule": finding.rule,
        "code": finding.code,
        "severity": finding.severity.value,
        "message": finding.message,
        "start": finding.start,
        "end": finding.end,
    }
    if finding.fix is not None:
        data["fix"] = {"title": finding.fix.title, "edits": [[e.start, e.end, e.new_text] for e in finding.fix.edits]}
    return data


def _finding(data: dict) -> Finding:
    fix = data.get("fix")
    return Finding(
        str(data["rule"]),
        str(data["code"]),
        Severity(data["severity"]),
        str(data["message"]),
        int(data["start"]),
        int(data["end"]),
        Fix(str(fix["title"]), tuple(Edit(int(s), int(e), str(t)) for s, e, t in fix["edits"])) if fix else None,
    )
