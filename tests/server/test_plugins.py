from answerlint.finding import Severity
from answerlint.hookspecs import hookimpl
from answerlint.plugins import default_registry, load_registry
from answerlint.rule import Rule, RuleMeta

CATALOG_HEADLINERS = {"AL101": "blame-shifting", "AL201": "ethics-risk", "AL301": "vague-failure", "AL303": "no-metrics", "AL401": "missing-learning"}


def test_built_in_rules_load_through_entry_points():
    registry = default_registry()
    assert registry.errors == []
    names = {r.meta.code: r.meta.name for r in registry.rules}
    assert CATALOG_HEADLINERS.items() <= names.items()
    assert registry.origin["blame-shifting"] == "blame-shifting"
    assert [f.id for f in registry.frameworks] == [
        "star-l", "what-why-did-learned", "failure-reflection-improvement", "failure-growth-gain", "failure-persistence-breakthrough"
    ]


def test_resolve_names_codes_and_prefixes():
    registry = default_registry()
    assert [r.meta.name for r in registry.resolve("al101")] == ["blame-shifting"]
    assert {r.meta.code for r in registry.resolve("AL3")} >= {"AL301", "AL303"}
    assert registry.resolve("nope") is None


class _Raising:
    @hookimpl
    def answerlint_rules(self):
        raise ValueError("bad pack")


class _Clashing:
    @hookimpl
    def answerlint_rules(self):
        return [Rule(RuleMeta("AL101", "my-blame", "x", "span", Severity.INFO, "s", "m", "d"), lambda d, c: []), "junk"]


def test_failing_and_clashing_plugins_are_reported_once_and_skipped():
    registry = load_registry({"raising-pack": _Raising(), "clashing-pack": _Clashing()})
    assert "plugin 'raising-pack': answerlint_rules raised ValueError: bad pack" in registry.errors
    assert any("clashes with AL101 blame-shifting" in e for e in registry.errors)
    assert "plugin 'clashing-pack': answerlint_rules returned str, not a Rule" in registry.errors
    assert registry.find("AL101").meta.name == "blame-shifting"


def test_the_registry_knows_each_rules_module():
    """The docs of a rule live in its plugin's module, even when its check is shared code."""
    registry = default_registry()
    assert registry.module_of["blame-shifting"] == "answerlint_rules.ownership.blame_shifting"
    assert registry.module_of["missing-action"] == "answerlint_rules.structure.missing_action"


def test_a_failing_custom_rules_plugin_costs_only_the_custom_rules():
    class Broken:
        @hookimpl
        def answerlint_custom_rules(self, definitions, source, registry):
            raise RuntimeError("boom")

    registry = load_registry({"broken-custom": Broken()})
    rules, errors = registry.custom_rules([{"name": "x-rule"}], "answerlint.toml: custom-rules")
    assert rules == []
    assert errors == ["answerlint.toml: custom-rules: the plugin reading them raised RuntimeError: boom"]
    assert [r.meta.code for r in registry.rules] == [r.meta.code for r in default_registry().rules]
