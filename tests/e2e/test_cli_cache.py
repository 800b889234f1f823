"""The result cache as a user meets it: same output warm or cold, never stale, easy to move or bypass."""

import json
import subprocess
import sys
from pathlib import Path

from tests.e2e.test_cli import BLAME, GOOD, run, write

RULES = "AL101,AL303,AL401"


def shards(folder: Path) -> list[Path]:
    return sorted(folder.glob("v*/*/*.json"))


def entries(folder: Path) -> list[str]:
    """Every stored result's slot, across the cache's shards."""
    return [slot for shard in shards(folder) for slot in json.loads(shard.read_bytes())["entries"]]


def test_a_warm_run_prints_what_a_cold_run_prints(tmp_path):
    write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    write(tmp_path, "b.md", GOOD)
    cold = run("check", "--format", "json", "--select", RULES, ".", cwd=tmp_path)
    assert len(entries(tmp_path / ".answerlint_cache")) == 2
    warm = run("check", "--format", "json", "--select", RULES, ".", cwd=tmp_path)
    uncached = run("check", "--format", "json", "--select", RULES, "--no-cache", ".", cwd=tmp_path)
    assert cold.returncode == warm.returncode == uncached.returncode == 1
    assert cold.stdout == warm.stdout == uncached.stdout and b"blame-shifting" in cold.stdout


def test_an_edited_draft_is_linted_again(tmp_path):
    draft = write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    assert b"blame-shifting" in run("check", "--select", RULES, "a.md", cwd=tmp_path).stdout
    draft.write_text(GOOD, encoding="utf-8")
    after = run("check", "--select", RULES, "a.md", cwd=tmp_path)
    assert after.returncode == 0, after.stdout


def test_changed_settings_are_never_answered_from_the_cache(tmp_path):
    write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    assert b"blame-shifting" in run("check", "--select", RULES, "a.md", cwd=tmp_path).stdout
    write(tmp_path, "answerlint.toml", 'ignore = ["blame-shifting"]\n')
    assert b"blame-shifting" not in run("check", "--select", RULES, "a.md", cwd=tmp_path).stdout


def test_no_cache_writes_nothing(tmp_path):
    write(tmp_path, "a.md", GOOD)
    run("check", "--no-cache", "a.md", cwd=tmp_path)
    assert not (tmp_path / ".answerlint_cache").exists()


def test_cache_dir_flag_and_setting_move_the_cache(tmp_path):
    write(tmp_path, "a.md", GOOD)
    run("check", "--cache-dir", "elsewhere", "a.md", cwd=tmp_path)
    assert len(entries(tmp_path / "elsewhere")) == 1 and not (tmp_path / ".answerlint_cache").exists()
    project = tmp_path / "project"
    write(project, "answerlint.toml", 'cache-dir = "build/lint-cache"\n')
    write(project, "drafts/b.md", GOOD)
    run("check", "drafts", cwd=project)
    assert len(entries(project / "build" / "lint-cache")) == 1


def test_the_default_cache_sits_beside_the_config_file(tmp_path):
    write(tmp_path, "answerlint.toml", "")
    write(tmp_path, "drafts/a.md", GOOD)
    run("check", "a.md", cwd=tmp_path / "drafts")
    assert (tmp_path / ".answerlint_cache").is_dir() and not (tmp_path / "drafts" / ".answerlint_cache").exists()


def test_a_corrupted_cache_is_ignored_with_one_note_and_rebuilt(tmp_path):
    write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    first = run("check", "--format", "json", "--select", RULES, "a.md", cwd=tmp_path)
    [shard] = shards(tmp_path / ".answerlint_cache")
    shard.write_bytes(b"\x00garbage")
    again = run("check", "--format", "json", "--select", RULES, "a.md", cwd=tmp_path)
    assert again.stdout == first.stdout and again.returncode == first.returncode
    [note] = again.stderr.decode().splitlines()
    assert note.startswith("answerlint: ignoring a damaged cache file") and str(shard) in note
    assert not shard.exists() and len(entries(tmp_path / ".answerlint_cache")) == 1
    third = run("check", "--format", "json", "--select", RULES, "a.md", cwd=tmp_path)
    assert third.stdout == first.stdout and third.stderr == b""


def test_a_warm_run_loads_no_plugin_parser_or_language_server(tmp_path):
    write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    write(tmp_path, "b.md", GOOD)
    cold = run("check", "--format", "json", ".", cwd=tmp_path)
    code = (
        "import sys\nfrom answerlint.cli import main\n"
        "status = main(['check', '--format', 'json', '.'])\n"
        "heavy = ('answerlint_rules', 'answerlint.plugins', 'answerlint.engine', 'answerlint.draft',"
        " 'markdown_it', 'pluggy', 'pygls', 'regex', 'multiprocessing')\n"
        "print(sorted({m.split('.')[0] if not m.startswith('answerlint.') else m for m in sys.modules if m.startswith(heavy)}),"
        " file=sys.stderr)\n"
        "raise SystemExit(status)\n"
    )
    warm = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True)
    assert warm.stdout == cold.stdout and warm.returncode == cold.returncode == 1
    assert warm.stderr.decode().strip() == "[]"


def test_a_bad_option_is_still_reported_when_there_is_nothing_to_lint(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run("check", "--select", "no-such-rule", "empty", cwd=tmp_path)
    assert result.returncode == 2 and b"--select: unknown rule 'no-such-rule'" in result.stderr
    result = run("check", "--config", "missing.toml", "empty", cwd=tmp_path)
    assert result.returncode == 2 and b"missing.toml" in result.stderr


def test_the_same_config_bytes_elsewhere_are_other_settings(tmp_path):
    """per-file-ignores globs are relative to the config's folder: its place is part of the key."""
    for project in ("one", "two"):
        write(tmp_path / project, "answerlint.toml", 'per-file-ignores = { "sub/*.md" = ["blame-shifting"] }\n')
    write(tmp_path, "one/sub/a.md", f"# Story\n\n{BLAME}\n")
    shared = ["--cache-dir", str(tmp_path / "cache"), "--select", RULES]
    inside = run("check", *shared, "--config", "one/answerlint.toml", "one/sub/a.md", cwd=tmp_path)
    outside = run("check", *shared, "--config", "two/answerlint.toml", "one/sub/a.md", cwd=tmp_path)
    assert b"blame-shifting" not in inside.stdout and b"blame-shifting" in outside.stdout


def test_a_bad_cache_dir_setting_is_one_clear_line(tmp_path):
    write(tmp_path, "answerlint.toml", "cache-dir = 3\n")
    write(tmp_path, "a.md", GOOD)
    result = run("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        f"answerlint: {tmp_path / 'answerlint.toml'}: cache-dir: expected a folder path, got a number (3)"
    ]
