"""Settings: ``answerlint.toml`` or ``[tool.answerlint]`` in ``pyproject.toml``.

The nearest configuration file walking up from a draft applies to it
(``answerlint.toml`` wins over ``pyproject.toml`` in the same folder);
``--config FILE`` overrides the search. Every problem is a
:class:`ConfigError` that names the file, the key and what is wrong.
"""

from __future__ import annotations

import difflib
import functools
import math
import stat
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from answerlint.finding import NOT_LINTED, Severity

if TYPE_CHECKING:  # only for annotations: reading where a cache lives must not load the plugins
    import regex

    from answerlint.plugins import Registry
    from answerlint.rule import Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

CONFIG_NAMES = ("answerlint.toml", "pyproject.toml")
OFF = "off"


class ConfigError(Exception):
    """A configuration problem, printed as one line: ``FILE: KEY: what is wrong``.

    Keys and values come from the user's file and may hold line breaks or
    other control characters; they are escaped so the message stays one line.
    """

    def __init__(self, source: str, key: str, message: str) -> None:
        self.source, self.key, self.message = _one_line(source), _one_line(key), _one_line(message)
        super().__init__(f"{self.source}: {self.key}: {self.message}" if key else f"{self.source}: {self.message}")


def _one_line(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape", "backslashreplace").decode("ascii") for ch in text)


@dataclass(frozen=True)
class Length:
    min_words: int = 100
    max_words: int = 400
    words_per_minute: int = 150


DEFAULT_MAX_DRAFT_BYTES = 1_000_000  # 1 MB of UTF-8: about 150,000 words, hundreds of real answers
DEFAULT_RULE_TIME_BUDGET = 10.0  # seconds per rule per draft; the slowest rule takes ~3 s on a 1 MB draft


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity | None] = field(default_factory=dict)  # None means off
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    length: Length = Length()
    extend_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cache_dir: Path | None = None  # where batch runs keep results (None: the default)
    max_draft_bytes: int = DEFAULT_MAX_DRAFT_BYTES  # a longer draft is not linted, and says so
    rule_time_budget: float = DEFAULT_RULE_TIME_BUDGET  # a rule that takes longer is stopped and disabled
    root: Path | None = None  # the folder per-file-ignores globs are relative to
    source: str | None = None  # the file these came from
    custom_rules: tuple[Rule, ...] = ()  # [[custom-rules]] that were valid
    problems: tuple[str, ...] = ()  # one line per invalid custom rule; the rest of the settings still apply

    def registry_for(self, registry: Registry) -> Registry:
        """The installed rules plus this file's custom rules."""
        return registry.with_rules(self.custom_rules)

    def with_overrides(self, select: Iterable[str] | None = None, ignore: Iterable[str] = ()) -> Settings:
        """Command-line ``--select`` replaces the file's list; ``--ignore`` adds to it."""
        return replace(
            self,
            select=tuple(select) if select is not None else self.select,
            ignore=self.ignore + tuple(ignore),
        )

    def too_large(self, text: str) -> str | None:
        """Why ``text`` is not linted, if it is over ``max_draft_bytes`` of UTF-8; else None.

        Cheap for any size: a code point takes one to four bytes, so the length
        decides all but texts near the limit, and only those are encoded.
        """
        limit = self.max_draft_bytes
        if len(text) * 4 <= limit:
            return None
        if len(text) <= limit and len(text.encode("utf-8", "surrogatepass")) <= limit:
            return None
        return f"{NOT_LINTED} the draft is over the limit of {limit:,} bytes (max-draft-bytes)"

    def active_rules(self, registry: Registry, path: Path | None = None) -> list[tuple[Rule, Severity]]:
        """The rules to run on a draft at ``path``, each with its effective severity."""
        names = {r.meta.name for r in registry.rules}
        if self.select is not None:
            names = {r.meta.name for s in self.select for r in registry.resolve(s) or ()}
        names -= {r.meta.name for s in self.ignore for r in registry.resolve(s) or ()}
        if path is not None:
            for pattern, rules in self.per_file_ignores:
                if _glob_matches(pattern, path, self.root):
                    names -= {r.meta.name for s in rules for r in registry.resolve(s) or ()}
        active = []
        for rule in registry.rules:
            if rule.meta.name not in names:
                continue
            severity = self.severity.get(rule.meta.name, rule.meta.severity)
            if severity is not None:
                active.append((rule, severity))
        return active


# -- reading ------------------------------------------------------------------------

_KEYS = {
    "select",
    "ignore",
    "severity",
    "per-file-ignores",
    "length",
    "extend-phrases",
    "cache-dir",
    "max-draft-bytes",
    "rule-time-budget",
    "custom-rules",
}
_LENGTH_KEYS = {"min-words": "min_words", "max-words": "max_words", "words-per-minute": "words_per_minute"}


def find_config(folder: Path) -> Path | None:
    """The nearest configuration file at or above ``folder`` that configures answerlint.

    Not cached here: a long-lived caller (the language server) must see files
    created later; batch callers cache per folder.
    """
    folder = folder.resolve()
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_folder / name
            if name == "answerlint.toml" and (candidate.exists() or candidate.is_symlink()):
                return candidate  # whatever it is: reading it says what is wrong with it
            if candidate.is_file() and _has_tool_table(candidate):
                return candidate
    return None


MAX_CONFIG_BYTES = 1_000_000  # a configuration file is a few lines; a bigger one is a mistake


def _has_tool_table(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return b"answerlint" in data and "answerlint" in _read_toml(path).get("tool", {})


def config_bytes(path: Path) -> bytes:
    """A configuration file's bytes, after checking it is a regular file of sane size.

    Looked at before reading: a FIFO would block the read forever, a device
    never end.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise ConfigError(str(path), "", f"cannot read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ConfigError(str(path), "", "is a directory, not a configuration file")
    if not stat.S_ISREG(info.st_mode):
        raise ConfigError(str(path), "", "is not a regular file")
    if info.st_size > MAX_CONFIG_BYTES:
        raise ConfigError(str(path), "", f"is {info.st_size:,} bytes; a configuration file is at most {MAX_CONFIG_BYTES:,}")
    try:
        return path.read_bytes()
    except OSError as error:
        raise ConfigError(str(path), "", f"cannot read: {error.strerror or error}") from None


def _read_toml(path: Path) -> dict:
    raw = config_bytes(path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError(str(path), "", "is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ConfigError(str(path), "", f"not UTF-8 (line {line}, byte {error.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(str(path), "", f"invalid TOML: {error}") from None


def load_settings(path: Path, registry: Registry) -> Settings:
    """Read and check one configuration file."""
    table, prefix = _answerlint_table(path)
    if not isinstance(table, dict):
        raise ConfigError(str(path), prefix.rstrip("."), "must be a table")
    return parse_settings(table, registry, source=str(path), root=path.parent, prefix=prefix)


def _answerlint_table(path: Path) -> tuple[object, str]:
    """The table that configures answerlint in a file, and the prefix its keys are named with."""
    data = _read_toml(path)
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("answerlint", {}), "tool.answerlint."
    return data, ""


def parse_settings(
    table: Mapping[str, object], registry: Registry, *, source: str, root: Path | None = None, prefix: str = ""
) -> Settings:
    """Check a settings table (from a file or from an editor) against the installed rules."""

    def fail(key: str, message: str) -> ConfigError:
        return ConfigError(source, prefix + key, message)

    for key in table:
        if key not in _KEYS:
            raise fail(key, f"unknown key{_suggest(key, _KEYS)}")

    def rule_list(key: str, value: object, selectors: bool = True) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise fail(key, f"expected a list of rule names or codes, got {_describe(value)}")
        for item in value:
            found = registry.resolve(item) if selectors else ([registry.find(item)] if registry.find(item) else None)
            if not found:
                raise fail(key, f"unknown rule {item!r}{_suggest(item, registry.by_id)}")
        return tuple(value)

    settings = Settings(source=source, root=root)
    if "custom-rules" in table:
        # first: select, ignore, severity and per-file-ignores may name the rules it defines
        settings = _with_custom_rules(settings, table["custom-rules"], registry, f"{source}: {prefix}custom-rules")
        registry = settings.registry_for(registry)
    if "select" in table:
        settings = replace(settings, select=rule_list("select", table["select"]))
    if "ignore" in table:
        settings = replace(settings, ignore=rule_list("ignore", table["ignore"]))
    if "severity" in table:
        value = table["severity"]
        if not isinstance(value, dict):
            raise fail("severity", f"expected a table of rule = severity, got {_describe(value)}")
        severities: dict[str, Severity | None] = {}
        for name, level in value.items():
            rule = registry.find(name)
            if rule is None:
                raise fail(f"severity.{name}", f"unknown rule{_suggest(name, registry.by_id)}")
            if not isinstance(level, str) or level.lower() not in ("error", "warning", "info", "hint", OFF):
                raise fail(f"severity.{name}", f"expected error, warning, info, hint or off, got {_describe(level)}")
            severities[rule.meta.name] = None if level.lower() == OFF else Severity.parse(level)
        settings = replace(settings, severity=severities)
    if "per-file-ignores" in table:
        value = table["per-file-ignores"]
        if not isinstance(value, dict):
            raise fail("per-file-ignores", f"expected a table of glob = [rules], got {_describe(value)}")
        entries = []
        for pattern, rules in value.items():
            try:
                _glob_regex(pattern)
            except ValueError as error:
                raise fail(f"per-file-ignores.{pattern!r}", str(error)) from None
            entries.append((pattern, rule_list(f"per-file-ignores.{pattern!r}", rules)))
        settings = replace(settings, per_file_ignores=tuple(entries))
    if "length" in table:
        value = table["length"]
        if not isinstance(value, dict):
            raise fail("length", f"expected a table, got {_describe(value)}")
        numbers = {}
        for key, number in value.items():
            if key not in _LENGTH_KEYS:
                raise fail(f"length.{key}", f"unknown key{_suggest(key, _LENGTH_KEYS)}")
            if isinstance(number, bool) or not isinstance(number, int) or number <= 0:
                raise fail(f"length.{key}", f"expected a positive whole number, got {_describe(number)}")
            numbers[_LENGTH_KEYS[key]] = number
        length = Length(**numbers)
        if length.min_words > length.max_words:
            raise fail("length", f"min-words ({length.min_words}) is larger than max-words ({length.max_words})")
        settings = replace(settings, length=length)
    if "extend-phrases" in table:
        value = table["extend-phrases"]
        if not isinstance(value, dict):
            raise fail("extend-phrases", f"expected a table of rule = [phrases], got {_describe(value)}")
        phrases: dict[str, tuple[str, ...]] = {}
        for name, items in value.items():
            rule = registry.find(name)
            if rule is None:
                raise fail(f"extend-phrases.{name}", f"unknown rule{_suggest(name, registry.by_id)}")
            if not rule.meta.phrases:
                raise fail(f"extend-phrases.{name}", "this rule does not use a phrase list")
            if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                raise fail(f"extend-phrases.{name}", f"expected a list of non-empty strings, got {_describe(items)}")
            phrases[rule.meta.name] = tuple(i.strip() for i in items)
        settings = replace(settings, extend_phrases=phrases)
    if "cache-dir" in table:
        settings = replace(settings, cache_dir=_cache_dir(table["cache-dir"], root, fail))
    if "max-draft-bytes" in table:
        value = table["max-draft-bytes"]
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise fail("max-draft-bytes", f"expected a positive whole number of bytes, got {_describe(value)}")
        settings = replace(settings, max_draft_bytes=value)
    if "rule-time-budget" in table:
        value = table["rule-time-budget"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value <= 0:
            raise fail("rule-time-budget", f"expected a positive number of seconds, got {_describe(value)}")
        settings = replace(settings, rule_time_budget=float(value))
    return settings


def _with_custom_rules(settings: Settings, value: object, registry: Registry, where: str) -> Settings:
    if not isinstance(value, list):
        return replace(settings, problems=(f"{where}: expected [[custom-rules]] tables, got {_describe(value)}",))
    rules, problems = registry.custom_rules(value, where)
    return replace(settings, custom_rules=tuple(rules), problems=tuple(problems))


def cache_dir_of(path: Path) -> Path | None:
    """The ``cache-dir`` a configuration file sets, read without checking anything else in it."""
    table, prefix = _answerlint_table(path)
    if not isinstance(table, dict) or "cache-dir" not in table:
        return None
    return _cache_dir(table["cache-dir"], path.parent, lambda key, message: ConfigError(str(path), prefix + key, message))


def _cache_dir(value: object, root: Path | None, fail: Callable[[str, str], ConfigError]) -> Path:
    if not isinstance(value, str) or not value.strip() or "\0" in value:
        raise fail("cache-dir", f"expected a folder path, got {_describe(value)}")
    folder = Path(value).expanduser()
    return folder if folder.is_absolute() or root is None else root / folder


def _describe(value: object) -> str:
    kind = {str: "a string", bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "a table"}
    return f"{kind.get(type(value), type(value).__name__)} ({value!r})" if not isinstance(value, (list, dict)) else kind[type(value)]


def _suggest(word: str, choices: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


# -- globs ------------------------------------------------------------------------------

MAX_GLOB_WILDCARDS = 8
GLOB_TIMEOUT = 0.1  # seconds for one match of one path


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> regex.Pattern:
    """Translate a path glob: ``**`` crosses folders, ``*`` and ``?`` do not."""
    import regex  # here, not at the top: a warm batch run never matches a glob

    if not pattern.strip():
        raise ValueError("empty glob")
    if len(regex.findall(r"\*+", pattern)) > MAX_GLOB_WILDCARDS:
        raise ValueError(f"bad glob {pattern!r}: more than {MAX_GLOB_WILDCARDS} wildcards")
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[":
            end = pattern.find("]", i + 2)
            if end < 0:
                raise ValueError(f"bad glob {pattern!r}: '[' is never closed")
            body = pattern[i + 1 : end]
            negate = body.startswith("!")
            out.append("[" + ("^" if negate else "") + regex.escape(body[1:] if negate else body, special_only=True).replace("\\-", "-") + "]")
            i = end + 1
        else:
            out.append(regex.escape(char))
            i += 1
    try:
        return regex.compile("".join(out) + r"\Z")
    except regex.error as error:
        raise ValueError(f"bad glob {pattern!r}: {error}") from None


def _glob_matches(pattern: str, path: Path, root: Path | None) -> bool:
    candidates = [PurePosixPath(path.as_posix())]
    if root is not None:
        try:
            candidates.insert(0, PurePosixPath(path.resolve().relative_to(root.resolve()).as_posix()))
        except (ValueError, OSError, RuntimeError):  # outside the root, or a symlink loop
            pass
    compiled = _glob_regex(pattern)
    # A glob without a slash matches the file name anywhere, as .gitignore does.
    # The wildcard limit keeps matching fast; the timeout is the backstop for a
    # glob that still backtracks on a long path: it does not match, rather than hang.
    try:
        return any(
            compiled.match(str(c), timeout=GLOB_TIMEOUT) or ("/" not in pattern and compiled.match(c.name, timeout=GLOB_TIMEOUT))
            for c in candidates
        )
    except TimeoutError:
        return False
