"""Custom rules, --fix and --diff as a coach runs them: whole processes, real files, exact output."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from test_cli import run, write

CONFIG = """\
[[custom-rules]]
name = "no-buzzwords"
message = "Say what you actually did instead of a buzzword."
kind = "substitution"
phrases = ["synergy", "leveraged"]
replacement = "worked with"
link = "https://example.org/our-advice"

[[custom-rules]]
name = "say-sorry"
message = "Say you apologised."
severity = "info"
kind = "existence"
phrases = ["I'm sorry"]
"""
DRAFT = "# Situation\n\nWe leveraged synergy, I’m sorry.\n"


def folder(tmp_path: Path, config: str = CONFIG) -> Path:
    write(tmp_path, "answerlint.toml", config)
    write(tmp_path, "a.md", DRAFT)
    return tmp_path


def test_custom_rules_are_checked_listed_and_explained(tmp_path):
    folder(tmp_path)
    result = run("check", "--select", "CUSTOM", "a.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.decode().splitlines() == [
        "a.md:3:4: CUSTOM warning [no-buzzwords] Say what you actually did instead of a buzzword.",
        "a.md:3:14: CUSTOM warning [no-buzzwords] Say what you actually did instead of a buzzword.",
        "a.md:3:23: CUSTOM info [say-sorry] Say you apologised.",
        "Found 3 findings in 1 draft.",
    ]
    only = run("check", "--select", "say-sorry", "--format", "json", "a.md", cwd=tmp_path)
    assert [f["rule"] for f in json.loads(only.stdout)] == ["say-sorry"]
    listed = run("rules", cwd=tmp_path).stdout.decode().splitlines()
    assert listed[-2].split()[:5] == ["CUSTOM", "no-buzzwords", "custom", "span", "warning"]
    assert listed[-1].split()[:2] == ["CUSTOM", "say-sorry"]
    explained = run("explain", "no-buzzwords", cwd=tmp_path)
    assert explained.returncode == 0
    assert explained.stdout.decode().startswith("# CUSTOM no-buzzwords\n\ncustom · span rule · default severity: warning\n")
    assert "https://example.org/our-advice" in explained.stdout.decode()
    elsewhere = run("explain", "no-buzzwords", "--config", str(tmp_path / "answerlint.toml"), cwd=tmp_path.parent)
    assert elsewhere.returncode == 0


def test_explain_custom_lists_the_configured_custom_rules(tmp_path):
    folder(tmp_path)
    listed = run("explain", "CUSTOM", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.decode().splitlines()
    assert lines[0] == "# CUSTOM: the custom rules of this configuration"
    assert [line.split("`")[1] for line in lines if line.startswith("- ")] == ["no-buzzwords", "say-sorry"]
    elsewhere = tmp_path.parent / f"{tmp_path.name}-no-config"
    elsewhere.mkdir()
    none_here = run("explain", "custom", cwd=elsewhere)
    assert none_here.returncode == 2
    assert "no custom rules are configured" in none_here.stderr.decode()


def test_sarif_gives_each_custom_rule_its_own_id(tmp_path):
    folder(tmp_path)
    log = json.loads(run("check", "--format", "sarif", "--select", "CUSTOM", "a.md", cwd=tmp_path).stdout)
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    ids = [r["id"] for r in rules]
    assert {"CUSTOM/no-buzzwords", "CUSTOM/say-sorry"} <= set(ids)
    for result in log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_invalid_definitions_fail_the_run_with_one_line_each_and_valid_rules_still_run(tmp_path):
    folder(tmp_path, CONFIG + '\n[[custom-rules]]\nname = "hedging"\nmessage = "m"\nkind = "existence"\nphrases = ["x"]\n')
    for attempt in range(2):  # the second run must not be answered from the cache
        result = run("check", "--select", "CUSTOM", "a.md", cwd=tmp_path)
        assert result.returncode == 2
        assert result.stderr.decode().splitlines() == [
            f"answerlint: {tmp_path / 'answerlint.toml'}: custom-rules #3 (hedging): name: clashes with the built-in rule AL304 hedging"
        ]
        assert "[no-buzzwords]" in result.stdout.decode()


def test_fix_rewrites_only_the_named_drafts_and_reports_each_change(tmp_path):
    folder(tmp_path)
    crlf = write(tmp_path, "b.md", "\ufeffLeveraged it.\n", newline="\r\n")
    os.chmod(crlf, 0o640)
    untouched = write(tmp_path, "c.md", DRAFT)
    result = run("check", "--fix", "--select", "CUSTOM", "a.md", "b.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr  # say-sorry has no fix: it remains
    assert result.stdout.decode().splitlines() == [
        "a.md:3:4: fixed no-buzzwords: Replace 'leveraged' with 'worked with'",
        "a.md:3:14: fixed no-buzzwords: Replace 'synergy' with 'worked with'",
        "b.md:1:1: fixed no-buzzwords: Replace 'Leveraged' with 'Worked with'",
        "a.md:3:29: CUSTOM info [say-sorry] Say you apologised.",
        "Found 4 findings in 2 drafts (3 fixed, 1 remaining).",
    ]
    assert (tmp_path / "a.md").read_bytes() == b"# Situation\n\nWe worked with worked with, I\xe2\x80\x99m sorry.\n"
    assert crlf.read_bytes() == b"\xef\xbb\xbfWorked with it.\r\n"
    assert stat.S_IMODE(crlf.stat().st_mode) == 0o640
    assert untouched.read_text(encoding="utf-8") == DRAFT
    again = run("check", "--fix", "--select", "no-buzzwords", "a.md", "b.md", cwd=tmp_path)
    assert (again.returncode, again.stdout.decode()) == (0, "All clear: 2 drafts checked.\n")


def test_fix_inserts_missing_sections_but_leaves_unsafe_fixes_to_the_editor(tmp_path):
    draft = write(tmp_path, "star.md", "---\nframework: star-l\n---\n\n# Situation\n\nA night shift.\n\n# Learned\n\nI now plan.\n")
    result = run("check", "--fix", "--select", "missing-section,missing-root-cause", "star.md", cwd=tmp_path)
    assert "fixed missing-section: Insert the 'Task', 'Action' and 'Result' sections" in result.stdout.decode()
    assert "fixed missing-root-cause" not in result.stdout.decode()
    text = draft.read_text(encoding="utf-8")
    assert text.startswith("---\nframework: star-l\n---\n\n# Situation\n\nA night shift.\n") and "# Task" in text
    assert text.endswith("# Learned\n\nI now plan.\n")


def test_diff_shows_the_fixes_and_writes_nothing(tmp_path):
    folder(tmp_path)
    result = run("check", "--diff", "--select", "CUSTOM", ".", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout.decode() == (
        "--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n # Situation\n \n"
        "-We leveraged synergy, I’m sorry.\n+We worked with worked with, I’m sorry.\n"
    )
    assert "Would fix 2 findings in 1 draft." in result.stderr.decode()
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == DRAFT
    clean = run("check", "--diff", "--select", "say-sorry", ".", cwd=tmp_path)
    assert (clean.returncode, clean.stdout) == (0, b"")


def test_diff_reads_stdin_and_fix_refuses_it(tmp_path):
    folder(tmp_path)
    shown = run("check", "--diff", "--select", "CUSTOM", "--stdin-filename", "s.md", "-", cwd=tmp_path, stdin=b"Synergy.")
    assert shown.stdout.decode().endswith("-Synergy.\n\\ No newline at end of file\n+Worked with.\n\\ No newline at end of file\n")
    refused = run("check", "--fix", "-", cwd=tmp_path, stdin=b"Synergy.")
    assert refused.returncode == 2
    assert "cannot write back to stdin" in refused.stderr.decode()


EXAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "coach-example"


def test_the_readme_coach_example_finds_and_fixes_what_it_says(tmp_path):
    import shutil

    shutil.copytree(EXAMPLE, tmp_path / "cohort")
    found = run("check", "--no-cache", "--select", "CUSTOM", "cohort", cwd=tmp_path)
    assert [line.split(": ", 1)[1].split("]")[0] for line in found.stdout.decode().splitlines()[:-1]] == [
        "CUSTOM info [plain-verbs",
        "CUSTOM warning [lesson-not-importance",
        "CUSTOM warning [own-the-decision",
        "CUSTOM warning [no-buzzwords",
        "CUSTOM info [plain-verbs",
    ]
    before = {p.name: p.read_bytes() for p in (tmp_path / "cohort").iterdir()}
    diff = run("check", "--no-cache", "--diff", "cohort", cwd=tmp_path)
    assert diff.returncode == 1 and diff.stdout.decode().count("\n+## Task\n") == 1
    assert {p.name: p.read_bytes() for p in (tmp_path / "cohort").iterdir()} == before
    fixed = run("check", "--no-cache", "--fix", "cohort", cwd=tmp_path)
    assert "Would" not in fixed.stdout.decode() and "fixed plain-verbs" in fixed.stdout.decode()
    assert b"utili" not in (tmp_path / "cohort" / "tomas-launch.md").read_bytes()
    assert run("check", "--no-cache", "--diff", "cohort", cwd=tmp_path).stdout == b""
