"""Each invalid [[custom-rules]] table gives exactly one line naming the file, the table, the key and the problem."""

from __future__ import annotations

import pytest

from answerlint.plugins import default_registry
from answerlint.settings import load_settings

VALID = """
[[custom-rules]]
name = "no-buzzwords"
message = "Say what you did."
kind = "existence"
phrases = ["synergy"]
"""

CASES = {
    "not-a-table": ('custom-rules = ["synergy"]', "custom-rules #1: expected a table, got a string ('synergy')"),
    "not-an-array": ('custom-rules = "synergy"', "custom-rules: expected [[custom-rules]] tables, got a string ('synergy')"),
    "missing-name": ('[[custom-rules]]\nmessage = "m"\nkind = "existence"\nphrases = ["x"]', "custom-rules #1: name: missing"),
    "not-kebab": (
        '[[custom-rules]]\nname = "No_Buzz"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]',
        "custom-rules #1 (No_Buzz): name: expected a kebab-case name such as 'no-buzzwords', got a string ('No_Buzz')",
    ),
    "built-in-name": (
        '[[custom-rules]]\nname = "hedging"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]',
        "custom-rules #1 (hedging): name: clashes with the built-in rule AL304 hedging",
    ),
    "reads-as-a-code": (
        '[[custom-rules]]\nname = "al1"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]',
        "custom-rules #1 (al1): name: 'al1' reads as a rule code or selector; choose a descriptive name",
    ),
    "duplicate": (
        VALID + VALID,
        "custom-rules #2 (no-buzzwords): name: defined twice; the first definition is kept",
    ),
    "unknown-key": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrase = ["x"]',
        "custom-rules #1 (a-rule): phrase: unknown key (did you mean 'phrases'?)",
    ),
    "missing-message": ('[[custom-rules]]\nname = "a-rule"\nkind = "existence"\nphrases = ["x"]', "custom-rules #1 (a-rule): message: missing"),
    "bad-severity": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nseverity = "loud"\nkind = "existence"\nphrases = ["x"]',
        "custom-rules #1 (a-rule): severity: expected error, warning, info or hint, got a string ('loud')",
    ),
    "bad-kind": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existance"\nphrases = ["x"]',
        "custom-rules #1 (a-rule): kind: expected one of existence, substitution, required, got a string ('existance')",
    ),
    "phrases-a-string": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrases = "synergy"',
        "custom-rules #1 (a-rule): phrases: expected a non-empty list of strings, got a string ('synergy')",
    ),
    "empty-phrase": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrases = ["ok", " "]',
        "custom-rules #1 (a-rule): phrases: every item must be text with a letter or digit, got a string (' ')",
    ),
    "no-replacement": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "substitution"\nphrases = ["x"]',
        'custom-rules #1 (a-rule): replacement: missing (to flag a phrase without replacing it, use kind = "existence")',
    ),
    "replacement-keeps-the-phrase": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "substitution"\nphrases = ["team"]\nreplacement = "my team"',
        "custom-rules #1 (a-rule): replacement: 'my team' contains one of the phrases, so the fix would never clear the finding",
    ),
    "replacement-on-existence": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]\nreplacement = "y"',
        "custom-rules #1 (a-rule): replacement: only a substitution rule has a replacement",
    ),
    "required-with-nothing": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "required"',
        "custom-rules #1 (a-rule): phrases: missing: a required rule needs phrases, sections, or both",
    ),
    "unknown-scope": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]\nscope = "Lerned"',
        "custom-rules #1 (a-rule): scope: no framework has a section 'Lerned' (did you mean 'Learned'?)",
    ),
    "bad-link": (
        '[[custom-rules]]\nname = "a-rule"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]\nlink = "javascript:alert(1)"',
        "custom-rules #1 (a-rule): link: expected an http(s) address, got a string ('javascript:alert(1)')",
    ),
}


@pytest.mark.parametrize("toml, line", CASES.values(), ids=CASES.keys())
def test_one_line_per_invalid_definition_and_the_valid_ones_still_run(tmp_path, toml, line):
    config = tmp_path / "answerlint.toml"
    whole_key = toml.startswith("custom-rules =")  # no other table can follow it
    # the invalid table goes first, so a numbering mistake would show
    config.write_text(toml if whole_key else toml + "\n" + VALID.replace("no-buzzwords", "kept-rule"), encoding="utf-8")
    settings = load_settings(config, default_registry())
    assert settings.problems == (f"{config}: {line}",)
    assert [r.meta.name for r in settings.custom_rules if r.meta.name == "kept-rule"] == ([] if whole_key else ["kept-rule"])


def test_pyproject_errors_name_the_tool_table(tmp_path):
    config = tmp_path / "pyproject.toml"
    config.write_text('[[tool.answerlint.custom-rules]]\nname = "a-rule"\n', encoding="utf-8")
    settings = load_settings(config, default_registry())
    assert settings.problems == (f"{config}: tool.answerlint.custom-rules #1 (a-rule): message: missing",)
