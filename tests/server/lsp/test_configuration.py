from pathlib import Path

import pytest

from answerlint.finding import Severity
from answerlint.lsp.configuration import SettingsResolver, layer, read_client_settings
from answerlint.plugins import Registry
from answerlint.rule import Rule, RuleMeta
from answerlint.settings import Length, Settings


def meta(code, name):
    return RuleMeta(code, name, "test", "span", Severity.WARNING, "s", "m", "d", phrases=True)


@pytest.fixture
def registry():
    registry = Registry()
    registry.add("test", [Rule(meta("ZZ101", "one"), lambda d, c: []), Rule(meta("ZZ102", "two"), lambda d, c: [])], [])
    return registry


def test_editor_keys_layer_over_the_file():
    base = Settings(select=("one",), ignore=("two",), severity={"one": Severity.INFO}, length=Length(100, 400, 150))
    top = Settings(ignore=("one",), severity={"two": None}, length=Length(min_words=50), extend_phrases={"one": ("x",)})
    keys = {"ignore": [], "severity": {}, "length": {"min-words": 50}, "extend-phrases": {}}
    layered = layer(base, top, keys)
    assert layered.select == ("one",)
    assert layered.ignore == ("two", "one")
    assert layered.severity == {"one": Severity.INFO, "two": None}
    assert layered.length == Length(50, 400, 150)
    assert layered.extend_phrases == {"one": ("x",)}


def test_editor_limits_layer_over_the_file():
    base = Settings(max_draft_bytes=5_000, rule_time_budget=3.0)
    top = Settings(max_draft_bytes=9_000, rule_time_budget=0.5)
    assert layer(base, top, {"rule-time-budget": 0.5}) == Settings(max_draft_bytes=5_000, rule_time_budget=0.5)
    assert layer(base, top, {"max-draft-bytes": 9_000}) == Settings(max_draft_bytes=9_000, rule_time_budget=3.0)


def test_client_settings_are_checked(registry):
    client, errors = read_client_settings({"select": ["one"], "configurationPreference": "editorOnly"}, registry, None)
    assert errors == [] and client.preference == "editorOnly" and client.settings.select == ("one",)
    client, errors = read_client_settings({"select": ["nope"], "configurationPreference": "sometimes"}, registry, None)
    assert client.settings is None and client.preference == "editorFirst"
    assert len(errors) == 2 and "nope" in errors[1]
    assert read_client_settings("junk", registry, None)[1]


def test_files_are_reread_when_they_change(registry, tmp_path: Path):
    config = tmp_path / "answerlint.toml"
    config.write_text('select = ["one"]\n')
    resolver = SettingsResolver(registry)
    settings, key, errors = resolver.settings_for(tmp_path / "draft.md")
    assert settings.select == ("one",) and not errors
    config.write_text('select = ["one", "two"]\n')
    settings, new_key, _ = resolver.settings_for(tmp_path / "draft.md")
    assert settings.select == ("one", "two") and new_key != key
    config.write_text("select = [\n")
    settings, _, errors = resolver.settings_for(tmp_path / "draft.md")
    assert settings.select is None and "invalid TOML" in errors[0]


def test_editor_custom_rules_join_the_files_and_bad_ones_are_reported(tmp_path: Path):
    from answerlint.plugins import default_registry

    installed = default_registry()
    (tmp_path / "answerlint.toml").write_text(
        '[[custom-rules]]\nname = "from-file"\nmessage = "m"\nkind = "existence"\nphrases = ["synergy"]\n', "utf-8"
    )
    editor = {
        "custom-rules": [
            {"name": "from-editor", "message": "m", "kind": "existence", "phrases": ["leveraged"]},
            {"name": "broken", "message": "m", "kind": "existence"},
        ]
    }
    client, errors = read_client_settings(editor, installed, tmp_path)
    assert errors == [
        "editor settings (answerlint): custom-rules #2 (broken): phrases: missing: existence rules need a list of phrases; the other rules still run"
    ]
    resolver = SettingsResolver(installed)
    resolver.set_client(client)
    settings, _, problems = resolver.settings_for(tmp_path / "draft.md")
    assert problems == []
    assert [r.meta.name for r in settings.custom_rules] == ["from-file", "from-editor"]
