"""The result cache as a user meets it: same output warm or cold, never stale, easy to move or bypass."""

from pathlib import Path

from tests.e2e.test_cli import BLAME, GOOD, run, write

RULES = "AL101,AL303,AL401"


def entries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and p.parent.name != folder.name]


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


def test_a_corrupted_cache_is_ignored_and_rebuilt(tmp_path):
    write(tmp_path, "a.md", f"# Story\n\n{BLAME}\n")
    first = run("check", "--format", "json", "--select", RULES, "a.md", cwd=tmp_path)
    for entry in entries(tmp_path / ".answerlint_cache"):
        entry.write_bytes(b"\x00garbage")
    again = run("check", "--format", "json", "--select", RULES, "a.md", cwd=tmp_path)
    assert again.stdout == first.stdout and again.stderr == first.stderr
    assert all(e.read_bytes().startswith(b"{") for e in entries(tmp_path / ".answerlint_cache"))


def test_a_bad_cache_dir_setting_is_one_clear_line(tmp_path):
    write(tmp_path, "answerlint.toml", "cache-dir = 3\n")
    write(tmp_path, "a.md", GOOD)
    result = run("check", "a.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode().strip().splitlines() == [
        f"answerlint: {tmp_path / 'answerlint.toml'}: cache-dir: expected a folder path, got a number (3)"
    ]
