"""Settings: ``answerlint.toml`` or ``[tool.answerlint]`` in ``pyproject.toml``.

The nearest configuration file walking up from a draft applies to it
(``answerlint.toml`` wins over ``pyproject.toml`` in the same folder);
``--config FILE`` overrides the search. Every problem is a
:class:`ConfigError` that names the file, the key and what is wrong.
"""

from __future__ import annotations

import difflib
import functools
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from answerlint.finding import Severity

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
    """A configuration problem, printed as one line: ``FILE: KEY: what is wrong``."""

    def __init__(self, source: str, key: str, message: str) -> None:
        self.source, self.key, self.message = source, key, message
        super().__init__(f"{source}: {key}: {message}" if key else f"{source}: {message}")


@dataclass(frozen=True)
class Length:
    min_words: int = 100
    max_words: int = 400
    words_per_minute: int = 150


@dataclass(frozen=True)
class Settings:
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity | None] = field(default_factory=dict)  # None means off
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    length: Length = Length()
    extend_phrases: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    cache_dir: Path | None = None  # where batch runs keep results (None: the default)
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

_KEYS = {"select", "ignore", "severity", "per-file-ignores", "length", "extend-phrases", "cache-dir", "custom-rules"}
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
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = path.read_bytes()
    except OSError:
        return False
    return b"answerlint" in data and "answerlint" in _read_toml(path).get("tool", {})


def _read_toml(path: Path) -> dict:
    try:
        raw = path.read_bytes()
    except IsADirectoryError:
        raise ConfigError(str(path), "", "is a directory, not a configuration file") from None
    except OSError as error:
        raise ConfigError(str(path), "", f"cannot read: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ConfigError(str(path), "", f"not UTF-8 (byte {error.start})") from None
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


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> regex.Pattern:
    """Translate a path glob: ``**`` crosses folders, ``*`` and ``?`` do not."""
    import regex  # here, not at the top: a warm batch run never matches a glob

    if not pattern.strip():
        raise ValueError("empty glob")
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
    return regex.compile("".join(out) + r"\Z")


def _glob_matches(pattern: str, path: Path, root: Path | None) -> bool:
    candidates = [PurePosixPath(path.as_posix())]
    if root is not None:
        try:
            candidates.insert(0, PurePosixPath(path.resolve().relative_to(root.resolve()).as_posix()))
        except ValueError:
            pass
    compiled = _glob_regex(pattern)
    # A glob without a slash matches the file name anywhere, as .gitignore does.
    return any(compiled.match(str(c)) or ("/" not in pattern and compiled.match(c.name)) for c in candidates)
