"""editor-clients/README.md: every other editor's snippet parses, uses only keys that editor
documents, starts `answerlint server` for Markdown, and carries settings the server accepts."""

from __future__ import annotations

import json
import sys

import pytest

from readme_snippets import ROOT, Symbol, plist_to_json, read_elisp, settings_problems, snippets

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the project's own fallback on 3.10
    import tomli as tomllib

README = ROOT / "editor-clients" / "README.md"
SECTIONS = snippets(README)

# The keys each editor's documentation lists (links in the README's sections).
HELIX_SERVER_KEYS = {"command", "args", "config", "timeout", "environment", "required-root-patterns"}
ZED_SERVER_KEYS = {"binary", "settings", "initialization_options"}
ZED_BINARY_KEYS = {"path", "arguments", "env", "ignore_system_version"}
SUBLIME_CLIENT_KEYS = {
    "enabled", "command", "env", "settings", "initializationOptions", "selector", "priority_selector",
    "diagnostics_mode", "tcp_port", "experimental_capabilities", "disabled_capabilities",
}  # fmt: skip


def blocks(section: str, language: str) -> list[str]:
    found = [text for lang, text in SECTIONS[section] if lang == language]
    assert found, f"no {language} block under '## {section}'"
    return found


def test_every_editor_has_its_section():
    assert {"Helix", "Emacs (Eglot)", "Zed", "Sublime Text (LSP package)"} <= set(SECTIONS)


def test_helix():
    (text,) = blocks("Helix", "toml")
    config = tomllib.loads(text)
    server = config["language-server"]["answerlint"]
    assert set(server) <= HELIX_SERVER_KEYS
    assert [server["command"], *server["args"]] == ["answerlint", "server"]
    [markdown] = [language for language in config["language"] if language["name"] == "markdown"]
    assert "answerlint" in markdown["language-servers"]
    assert settings_problems(server["config"]["answerlint"]) == []


def test_emacs_eglot():
    program, local = blocks("Emacs (Eglot)", "elisp")
    forms = read_elisp(program)
    [add] = [f for f in forms if f[0] == "with-eval-after-load"]
    [_, _, [add_to_list, variable, entry]] = add
    assert (add_to_list, variable) == ("add-to-list", "eglot-server-programs")
    assert entry == ("cons", [[Symbol("markdown-mode"), Symbol("gfm-mode")]], ["answerlint", "server"])
    assert ["add-hook", "markdown-mode-hook", "eglot-ensure"] in forms
    [[(_, [nil], variables)]] = read_elisp(local)
    assert nil == "nil"
    [(_, [name], workspace)] = variables
    assert name == "eglot-workspace-configuration"
    settings = plist_to_json(workspace)
    assert list(settings) == ["answerlint"]
    assert settings_problems(settings["answerlint"]) == []


def test_zed():
    (text,) = blocks("Zed", "json")
    config = json.loads(text)
    server = config["lsp"]["answerlint"]
    assert set(server) <= ZED_SERVER_KEYS and set(server["binary"]) <= ZED_BINARY_KEYS
    assert server["binary"]["path"].endswith("answerlint") and server["binary"]["arguments"] == ["server"]
    assert config["languages"]["Markdown"]["language_servers"][0] == "answerlint"
    assert settings_problems(server["settings"]["answerlint"]) == []


def test_sublime_lsp():
    (text,) = blocks("Sublime Text (LSP package)", "json")
    client = json.loads(text)["clients"]["answerlint"]
    assert set(client) <= SUBLIME_CLIENT_KEYS
    assert client["enabled"] is True and client["command"] == ["answerlint", "server"]
    assert client["selector"] == "text.html.markdown"
    assert settings_problems(client["settings"]["answerlint"]) == []


@pytest.mark.parametrize(
    "raw",
    [{"ignore": ["hedgin"]}, {"severity": {"no-metrics": "loud"}}, {"length": {"min_words": 150}}, {"ignroe": []}],
)
def test_a_typo_in_the_settings_is_caught(raw):
    assert settings_problems(raw) != []


@pytest.mark.parametrize(
    "text, problem",
    [("(a (b)", "unclosed"), ('(a . b c)', "dotted pair"), ("(a))", "unexpected")],
)
def test_the_elisp_reader_rejects_broken_forms(text, problem):
    with pytest.raises(ValueError, match=problem):
        read_elisp(text)
