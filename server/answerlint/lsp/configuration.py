"""Which settings lint a document: project config files and the editor's ``answerlint`` settings.

The editor's settings use the keys of ``answerlint.toml`` (``select``,
``ignore``, ``severity``, ``per-file-ignores``, ``length``,
``extend-phrases``, ``max-draft-bytes``, ``rule-time-budget``) plus two of
the server's own:

``custom-rules`` from the editor are added to the file's.

``configurationPreference``
    ``editorFirst`` (default): the nearest config file, with the editor's
    keys layered on top (``select`` replaces, ``ignore`` adds, ``severity``,
    ``length`` and ``extend-phrases`` merge key by key).
    ``filesystemFirst``: the nearest config file alone when there is one,
    else the editor's settings. ``editorOnly``: config files are ignored.
``configuration``
    A config file to use instead of searching, as ``--config`` does.

Config files are re-read when they change on disk (keyed by modification
time), so an edit is seen by the next lint even without file watching.
A broken file or setting never stops linting: it is reported and the
settings fall back (a broken editor layer is dropped; a broken file gives
the defaults).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from answerlint.plugins import Registry
from answerlint.settings import ConfigError, Settings, find_config, load_settings, parse_settings

PREFERENCES = ("editorFirst", "filesystemFirst", "editorOnly")
SERVER_KEYS = {"configurationPreference", "configuration"}
EDITOR_SOURCE = "editor settings (answerlint)"


@dataclass(frozen=True)
class ClientSettings:
    """The client's ``answerlint`` section, checked."""

    table: Mapping[str, object] = field(default_factory=dict)
    preference: str = "editorFirst"
    configuration: Path | None = None
    settings: Settings | None = None  # the lint keys parsed; None when there are none


def read_client_settings(raw: object, registry: Registry, root: Path | None) -> tuple[ClientSettings, list[str]]:
    """Check the client's section; return what is usable and a message for each problem."""
    if raw is None:
        return ClientSettings(), []
    if not isinstance(raw, Mapping):
        return ClientSettings(), [f"{EDITOR_SOURCE}: expected an object, got {type(raw).__name__}; ignored"]
    errors: list[str] = []
    preference = raw.get("configurationPreference", "editorFirst")
    if preference not in PREFERENCES:
        errors.append(f"{EDITOR_SOURCE}: configurationPreference: expected one of {', '.join(PREFERENCES)}, got {preference!r}")
        preference = "editorFirst"
    configuration = raw.get("configuration")
    config_path = None
    if isinstance(configuration, str) and configuration.strip():
        config_path = Path(os.path.expanduser(configuration))
        if not config_path.is_absolute() and root is not None:
            config_path = root / config_path
    elif configuration is not None:
        errors.append(f"{EDITOR_SOURCE}: configuration: expected a path, got {configuration!r}")
    table = {k: v for k, v in raw.items() if k not in SERVER_KEYS}
    settings = None
    if table:
        try:
            settings = parse_settings(table, registry, source=EDITOR_SOURCE, root=root)
            errors += [f"{problem}; the other rules still run" for problem in settings.problems]
        except ConfigError as error:
            errors.append(f"{error}; the editor's lint settings are ignored until it is fixed")
            table = {}
    return ClientSettings(table, preference, config_path, settings), errors


def layer(base: Settings, top: Settings, keys: Mapping[str, object]) -> Settings:
    """``base`` with the keys the editor set taken from ``top``."""
    changes: dict[str, object] = {}
    if "select" in keys:
        changes["select"] = top.select
    if "ignore" in keys:
        changes["ignore"] = base.ignore + top.ignore
    if "severity" in keys:
        changes["severity"] = {**base.severity, **top.severity}
    if "per-file-ignores" in keys:
        changes["per_file_ignores"] = base.per_file_ignores + top.per_file_ignores
    if "length" in keys and isinstance(keys["length"], Mapping):
        given = {name.replace("-", "_"): getattr(top.length, name.replace("-", "_")) for name in keys["length"]}
        changes["length"] = replace(base.length, **given)
    if "max-draft-bytes" in keys:
        changes["max_draft_bytes"] = top.max_draft_bytes
    if "rule-time-budget" in keys:
        changes["rule_time_budget"] = top.rule_time_budget
    if "extend-phrases" in keys:
        merged = dict(base.extend_phrases)
        for rule, phrases in top.extend_phrases.items():
            merged[rule] = merged.get(rule, ()) + phrases
        changes["extend_phrases"] = merged
    if "custom-rules" in keys:
        changes["custom_rules"] = base.custom_rules + top.custom_rules
    return replace(base, **changes)


class SettingsResolver:
    """Settings for each draft path, with config files cached by modification time."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.client = ClientSettings()
        self.client_epoch = 0
        self._files: dict[Path, tuple[tuple[int, int], Settings | ConfigError]] = {}

    def set_client(self, client: ClientSettings) -> None:
        self.client = client
        self.client_epoch += 1

    def settings_for(self, path: Path | None) -> tuple[Settings, tuple[object, ...], list[str]]:
        """The settings, a key that changes whenever they may have, and problems to report."""
        client = self.client
        errors: list[str] = []
        file_settings: Settings | None = None
        stamp: tuple[object, ...] = ()
        if client.preference != "editorOnly":
            config = client.configuration or (find_config(path.parent) if path is not None else None)
            if config is not None:
                loaded, stamp = self._load(config)
                if isinstance(loaded, ConfigError):
                    errors.append(f"{loaded}; linting with the default settings until it is fixed")
                else:
                    file_settings = loaded
                    errors += [f"{problem}; the other rules still run" for problem in loaded.problems]
        if client.settings is None:
            settings = file_settings or Settings()
        elif file_settings is None:
            settings = client.settings
        elif client.preference == "filesystemFirst":
            settings = file_settings
        else:
            settings = layer(file_settings, client.settings, client.table)
        return settings, (self.client_epoch, *stamp), errors

    def _load(self, path: Path) -> tuple[Settings | ConfigError, tuple[object, ...]]:
        try:
            info = path.stat()
            mark = (info.st_mtime_ns, info.st_size)
        except OSError:
            mark = (0, 0)
        cached = self._files.get(path)
        if cached is None or cached[0] != mark:
            try:
                loaded: Settings | ConfigError = load_settings(path, self.registry)
            except ConfigError as error:
                loaded = error
            cached = (mark, loaded)
            self._files[path] = cached
        return cached[1], (str(path), *mark)

    def forget_files(self) -> None:
        self._files.clear()
