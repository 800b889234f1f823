
import pytest

from answerlint.finding import Severity
from answerlint.plugins import default_registry
from answerlint.settings import ConfigError, Length, Settings, find_config, load_settings, parse_settings

REGISTRY = default_registry()


def parse(table):
    return parse_settings(table, REGISTRY, source="answerlint.toml")


def test_full_table():
    settings = parse(
        {
            "select": ["AL1", "no-metrics"],
            "ignore": ["AL101"],
            "severity": {"no-metrics": "info", "vague-failure": "off"},
            "per-file-ignores": {"drafts/**/*.md": ["ethics-risk"]},
            "length": {"min-words": 80, "max-words": 300, "words-per-minute": 140},
            "extend-phrases": {"blame-shifting": ["the offshore team"]},
        }
    )
    assert settings.length == Length(80, 300, 140)
    assert settings.severity == {"no-metrics": Severity.INFO, "vague-failure": None}
    active = {rule.meta.name: severity for rule, severity in settings.active_rules(REGISTRY)}
    ownership = {r.meta.name: r.meta.severity for r in REGISTRY.rules if r.meta.code.startswith("AL1") and r.meta.code != "AL101"}
    assert ownership  # AL1 selects the ownership family
    assert active == {**ownership, "no-metrics": Severity.INFO}


def test_per_file_ignores_globs(tmp_path):
    settings = parse_settings({"per-file-ignores": {"cohort/**/*.md": ["AL303"], "*.draft.md": ["AL401"]}}, REGISTRY, source="x", root=tmp_path)
    names = lambda p: {r.meta.name for r, _ in settings.active_rules(REGISTRY, tmp_path / p)}
    assert "no-metrics" not in names("cohort/a/b.md")
    assert "no-metrics" not in names("cohort/b.md")
    assert "no-metrics" in names("other/b.md")
    assert "missing-learning" not in names("deep/x.draft.md")


@pytest.mark.parametrize(
    "table, message",
    [
        ({"selekt": []}, "answerlint.toml: selekt: unknown key (did you mean 'select'?)"),
        ({"select": "AL101"}, "answerlint.toml: select: expected a list of rule names or codes, got a string ('AL101')"),
        ({"ignore": ["blame-shift"]}, "answerlint.toml: ignore: unknown rule 'blame-shift' (did you mean 'blame-shifting'?)"),
        ({"severity": {"no-metrics": "loud"}}, "answerlint.toml: severity.no-metrics: expected error, warning, info, hint or off, got a string ('loud')"),
        ({"severity": ["x"]}, "answerlint.toml: severity: expected a table of rule = severity, got a list"),
        ({"length": {"max-words": -3}}, "answerlint.toml: length.max-words: expected a positive whole number, got a number (-3)"),
        ({"length": {"min-words": 500}}, "answerlint.toml: length: min-words (500) is larger than max-words (400)"),
        ({"length": {"wpm": 3}}, "answerlint.toml: length.wpm: unknown key"),
        ({"per-file-ignores": {"[a.md": ["AL101"]}}, "answerlint.toml: per-file-ignores.'[a.md': bad glob '[a.md': '[' is never closed"),
        ({"extend-phrases": {"no-metrics": ["x"]}}, "answerlint.toml: extend-phrases.no-metrics: this rule does not use a phrase list"),
        ({"extend-phrases": {"blame-shifting": [""]}}, "answerlint.toml: extend-phrases.blame-shifting: expected a list of non-empty strings, got a list"),
    ],
)
def test_bad_settings_name_the_key(table, message):
    with pytest.raises(ConfigError) as error:
        parse(table)
    assert str(error.value) == message


def test_files_and_discovery(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(tmp_path) is None or find_config(tmp_path).parent != tmp_path
    (tmp_path / "pyproject.toml").write_text("[tool.answerlint]\nignore = ['AL303']\n")
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    found = find_config(sub)
    assert found == (tmp_path / "pyproject.toml").resolve()
    assert load_settings(found, REGISTRY).ignore == ("AL303",)
    (tmp_path / "a" / "answerlint.toml").write_text("select = ['AL101']\n")
    assert find_config(sub) == (tmp_path / "a" / "answerlint.toml").resolve()


@pytest.mark.parametrize(
    "content, message",
    [
        (b"select = [", "invalid TOML"),
        (b"\xff\xfe", "is UTF-16"),
        (b"ignore = [\"\xe9\"]", "not UTF-8 (line 1, byte 11)"),
        (b"select = 3\n", "select: expected a list"),
    ],
)
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "answerlint.toml"
    path.write_bytes(content)
    with pytest.raises(ConfigError) as error:
        load_settings(path, REGISTRY)
    assert str(error.value).startswith(str(path)) and message in str(error.value)


def test_bom_and_directory(tmp_path):
    path = tmp_path / "answerlint.toml"
    path.write_bytes(b"\xef\xbb\xbfignore = ['AL101']\n")
    assert load_settings(path, REGISTRY).ignore == ("AL101",)
    folder = tmp_path / "dir.toml"
    folder.mkdir()
    with pytest.raises(ConfigError, match="is a directory"):
        load_settings(folder, REGISTRY)


def test_overrides():
    settings = Settings(select=("AL101",), ignore=("AL201",)).with_overrides(["AL301"], ["AL303"])
    assert settings.select == ("AL301",) and settings.ignore == ("AL201", "AL303")


def test_a_backtracking_glob_cannot_hang_matching(tmp_path):
    import time

    from answerlint.settings import _glob_matches

    settings = parse_settings({"per-file-ignores": {"**a**a**a**a**a**a**a**b": ["AL101"]}}, REGISTRY, source="x", root=tmp_path)
    began = time.monotonic()
    names = {r.meta.name for r, _ in settings.active_rules(REGISTRY, tmp_path / ("a" * 3000))}
    assert time.monotonic() - began < 5  # the regex timeout (0.1 s per match) stops it; unbounded, this takes hours
    assert "blame-shifting" in names  # a glob that timed out matches nothing
    assert _glob_matches("**/*.md", tmp_path / "x" / "y.md", tmp_path)
