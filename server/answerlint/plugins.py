"""Load plugins from the ``answerlint`` entry-point group into one registry.

Built-in and third-party rule packs go through the same path. A plugin that
fails to import, or whose hook raises or returns something that is not a
rule, is recorded once by name in :attr:`Registry.errors`; every other
plugin still loads. Plugins come only from installed packages, never from the
folder being linted or the current folder
(:func:`~answerlint.fingerprint.plugin_search_path`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
import pluggy

from answerlint import hookspecs
from answerlint.fingerprint import installed_entry_points
from answerlint.framework import Framework
from answerlint.rule import Rule


@dataclass
class Registry:
    rules: list[Rule] = field(default_factory=list)
    frameworks: list[Framework] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    # the plugin (entry point) name each rule came from
    origin: dict[str, str] = field(default_factory=dict)
    # the module of the plugin each rule came from: where its docs live
    module_of: dict[str, str] = field(default_factory=dict)
    by_id: dict[str, Rule] = field(default_factory=dict, repr=False)
    # kept to build rules from configuration files (the answerlint_custom_rules hook)
    manager: pluggy.PluginManager | None = field(default=None, repr=False)
    # rules stopped for running over their time budget, with the reason: skipped from then on
    disabled: dict[str, str] = field(default_factory=dict)

    def find(self, name_or_code: str) -> Rule | None:
        key = name_or_code.strip()
        return self.by_id.get(key) or self.by_id.get(key.upper())

    def resolve(self, selector: str) -> list[Rule] | None:
        """Rules a selector names: a rule name, a code, or a code prefix like ``AL1``."""
        rule = self.find(selector)
        if rule:
            return [rule]
        prefix = selector.strip().upper()
        if prefix == "ALL":
            return list(self.rules)
        matches = [r for r in self.rules if prefix and r.meta.code.startswith(prefix)]
        return matches or None

    def framework(self, framework_id: str) -> Framework | None:
        return next((f for f in self.frameworks if f.id == framework_id), None)

    def add(self, plugin_name: str, rules: object, frameworks: object, module: str | None = None) -> None:
        for item in _as_list(rules):
            if not isinstance(item, Rule):
                self.errors.append(f"plugin {plugin_name!r}: answerlint_rules returned {type(item).__name__}, not a Rule")
                continue
            clash = self.by_id.get(item.meta.name) or self.by_id.get(item.meta.code)
            if clash:
                self.errors.append(
                    f"plugin {plugin_name!r}: rule {item.meta.code} {item.meta.name} clashes with "
                    f"{clash.meta.code} {clash.meta.name} from {self.origin[clash.meta.name]!r}; skipped"
                )
                continue
            self.rules.append(item)
            self.origin[item.meta.name] = plugin_name
            if module:
                self.module_of[item.meta.name] = module
            self.by_id[item.meta.name] = item
            self.by_id[item.meta.code] = item
        for item in _as_list(frameworks):
            if isinstance(item, Framework):
                if self.framework(item.id) is None:
                    self.frameworks.append(item)
            else:
                self.errors.append(f"plugin {plugin_name!r}: answerlint_frameworks returned {type(item).__name__}, not a Framework")

    def sort(self) -> None:
        self.rules.sort(key=lambda r: r.meta.code)

    # -- rules defined in configuration files ------------------------------------------

    def custom_rules(self, definitions: list[object], source: str) -> tuple[list[Rule], list[str]]:
        """Build the rules a configuration file defines, through the plugin that implements the hook.

        ``source`` starts every error line: the file and the key (``answerlint.toml: custom-rules``).
        """
        if self.manager is None:
            return [], [f"{source}: no plugin is loaded to read them"]
        try:
            built = self.manager.hook.answerlint_custom_rules(definitions=definitions, source=source, registry=self)
        except Exception as error:  # a failing plugin costs the custom rules, never the run
            return [], [f"{source}: the plugin reading them raised {type(error).__name__}: {error}"]
        if built is None:
            return [], [f"{source}: no installed plugin reads them (is answerlint installed whole?)"]
        rules, errors = built
        return [r for r in rules if isinstance(r, Rule)], [str(e) for e in errors]

    def with_rules(self, rules: tuple[Rule, ...]) -> Registry:
        """This registry plus rules from a configuration file, found by name only.

        They share the code ``CUSTOM`` (a selector for all of them), so only
        their names go into :attr:`by_id`. The plugin building them has
        already refused names that clash with anything here.
        """
        if not rules:
            return self
        extended = Registry(
            rules=self.rules + list(rules),
            frameworks=self.frameworks,
            errors=self.errors,
            origin={**self.origin, **{r.meta.name: "custom-rules" for r in rules}},
            module_of=self.module_of,
            by_id={**self.by_id, **{r.meta.name: r for r in rules}},
            manager=self.manager,
            disabled=self.disabled,  # a rule stopped over its budget stays stopped
        )
        return extended


def _as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def plugin_manager() -> pluggy.PluginManager:
    manager = pluggy.PluginManager(hookspecs.PROJECT)
    manager.add_hookspecs(hookspecs)
    return manager


def load_registry(extra_plugins: dict[str, object] | None = None) -> Registry:
    """Import every installed plugin and collect its rules and frameworks."""
    registry = Registry()
    manager = plugin_manager()
    for entry_point in sorted(installed_entry_points(), key=lambda e: e.name):
        try:
            plugin = entry_point.load()
            manager.register(plugin, name=entry_point.name)
        except Exception as error:  # a broken plugin is reported, never fatal
            registry.errors.append(f"plugin {entry_point.name!r} failed to load: {type(error).__name__}: {error}")
    for name, plugin in (extra_plugins or {}).items():
        manager.register(plugin, name=name)
    for name, plugin in manager.list_name_plugin():
        rules = _call(manager, "answerlint_rules", plugin, name, registry)
        frameworks = _call(manager, "answerlint_frameworks", plugin, name, registry)
        registry.add(name, rules, frameworks, getattr(plugin, "__name__", None))
    registry.sort()
    registry.manager = manager
    return registry


def _call(manager: pluggy.PluginManager, hook_name: str, plugin: object, name: str, registry: Registry) -> object:
    """Call one plugin's implementation of a hook, so one failure stays its own."""
    for implementation in getattr(manager.hook, hook_name).get_hookimpls():
        if implementation.plugin is plugin:
            try:
                return implementation.function()
            except Exception as error:
                registry.errors.append(f"plugin {name!r}: {hook_name} raised {type(error).__name__}: {error}")
    return None


@functools.lru_cache(maxsize=1)
def default_registry() -> Registry:
    return load_registry()
