"""The CLI as a user runs it: whole processes, real files, exact output."""

import json
import os
import subprocess
import sys
from pathlib import Path


from answerlint import batch, cli

HEADLINE = "AL101,AL201,AL301,AL303,AL401"  # the short drafts here would trip answer-length and friends
BLAME = "The launch failed because the vendor was late with the API."
GOOD = (
    "# Missed launch\n\nI promised the launch for 3 May without checking the test plan, and it slipped 9 days.\n\n"
    "What I learned: I now agree dates only after QA signs the plan, and the next 4 launches were on time.\n"
)


def run(*args, cwd=None, stdin=None, env=None):
    return subprocess.run(
        [sys.executable, "-m", "answerlint", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
    )


def write(folder: Path, name: str, text: str, newline="\n") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.replace("\n", newline).encode("utf-8"))
    return path


def test_json_contract_is_exact(tmp_path):
    write(tmp_path, "a.md", f"# Story 😀\n\n中文 {BLAME}\n")
    result = run("check", "--format", "json", "--select", "AL101,AL401", "a.md", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout) == [
        {
            "path": "a.md",
            "rule": "missing-learning",
            "code": "AL401",
            "severity": "error",
            "message": "No lesson: add what you learned and what you now do differently.",
            "line": 1,
            "column": 1,
            "end_line": 1,
            "end_column": 10,
            "fix": {
                "title": "Insert the 'What I learned' section",
                "edits": [
                    {
                        "line": 4,
                        "column": 1,
                        "end_line": 4,
                        "end_column": 1,
                        "new_text": "\n## What I learned\n\n_What specific practice did you take from it, and where have you used it since?_\n",
                    }
                ],
            },
        },
        {
            "path": "a.md",
            "rule": "blame-shifting",
            "code": "AL101",
            "severity": "warning",
            "message": "This places the cause on someone else. Say which decision or check was yours.",
            "line": 3,
            "column": 30,
            "end_line": 3,
            "end_column": 49,
            "fix": None,
        },
    ]


def test_exit_codes_and_summary(tmp_path):
    write(tmp_path, "good.md", GOOD)
    clean = run("check", "--select", HEADLINE, "good.md", cwd=tmp_path)
    assert (clean.returncode, clean.stdout.decode()) == (0, "All clear: 1 draft checked.\n")
    write(tmp_path, "bad.md", BLAME + "\n")
    found = run("check", "--select", HEADLINE, ".", cwd=tmp_path)
    assert found.returncode == 1
    assert found.stdout.decode().endswith("Found 3 findings in 2 drafts.\n")
    assert run("check", "--select", HEADLINE, "--exit-zero", ".", cwd=tmp_path).returncode == 0
    quiet = run("check", "--quiet", "--select", "AL101", ".", cwd=tmp_path)
    assert quiet.stdout.decode() == "bad.md:1:27: AL101 warning [blame-shifting] This places the cause on someone else. Say which decision or check was yours.\n"


def test_usage_errors_are_one_line(tmp_path):
    result = run("check", "--select", "blame-shift", ".", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.decode() == "answerlint: --select: unknown rule 'blame-shift' (see `answerlint rules`)\n"
    assert run("explain", "AL999").returncode == 2
    assert run().returncode == 2


def test_bad_files_are_reported_and_the_rest_linted(tmp_path):
    write(tmp_path, "ok.md", BLAME + "\n")
    (tmp_path / "latin1.md").write_bytes("caf\xe9 failure".encode("latin-1"))
    (tmp_path / "binary.md").write_bytes(b"\x00\x01\x02")
    result = run("check", "--quiet", "--select", "AL101", ".", "missing.md", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stdout.decode().startswith("ok.md:1:27: AL101")
    assert sorted(result.stderr.decode().splitlines()) == [
        "answerlint: binary.md: looks like a binary file (it contains NUL bytes); skipped",
        "answerlint: latin1.md: not valid UTF-8 at byte 3; save it as UTF-8 to lint it",
        "answerlint: missing.md: no such file or folder",
    ]


def test_config_is_found_per_draft_and_errors_exit_2(tmp_path):
    write(tmp_path, "team/answerlint.toml", 'ignore = ["blame-shifting"]\n')
    write(tmp_path, "team/a.md", BLAME + "\n")
    write(tmp_path, "b.md", BLAME + "\n")
    result = run("check", "--quiet", "--select", "AL101", ".", cwd=tmp_path)
    assert [line.split(":")[0] for line in result.stdout.decode().splitlines()] == ["b.md"]
    write(tmp_path, "team/answerlint.toml", 'ignore = ["blame-shift"]\n')
    broken = run("check", ".", cwd=tmp_path)
    assert broken.returncode == 2
    assert broken.stderr.decode().splitlines() == [
        f"answerlint: {(tmp_path / 'team' / 'answerlint.toml').resolve()}: ignore: unknown rule 'blame-shift' (did you mean 'blame-shifting'?)"
    ]
    assert b"Traceback" not in broken.stderr
    override = run("check", "--quiet", "--config", str(tmp_path / "none.toml"), ".", cwd=tmp_path)
    assert override.returncode == 2 and b"cannot read" in override.stderr


def test_stdin_uses_stdin_filename_for_config_and_output(tmp_path):
    write(tmp_path, "pyproject.toml", '[tool.answerlint]\nselect = ["AL101"]\n')
    result = run("check", "-", "--stdin-filename", "drafts/x.md", "--format", "json", cwd=tmp_path, stdin=(BLAME + "\n").encode())
    assert [(f["path"], f["code"]) for f in json.loads(result.stdout)] == [("drafts/x.md", "AL101")]


def test_crlf_positions(tmp_path):
    write(tmp_path, "crlf.md", f"# Title\n\nFirst line.\n{BLAME}\n", newline="\r\n")
    result = run("check", "--format", "json", "--select", "AL101", "crlf.md", cwd=tmp_path)
    [finding] = json.loads(result.stdout)
    assert (finding["line"], finding["column"], finding["end_column"]) == (4, 27, 46)


def test_parallel_run_is_ordered_like_a_serial_one(tmp_path, monkeypatch, capsys):
    for i in range(40):
        write(tmp_path, f"d{i:02d}/draft.md", BLAME + "\n" + ("Things didn't go as planned.\n" if i % 3 else ""))
    parallel = run("check", "--format", "json", ".", cwd=tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(batch, "PARALLEL_THRESHOLD", 10**9)
    cli.main(["check", "--format", "json", "."])
    serial = json.loads(capsys.readouterr().out)
    assert len({f["path"] for f in serial}) == 40
    assert json.loads(parallel.stdout) == serial


def test_statistics(tmp_path):
    write(tmp_path, "a.md", BLAME + "\n")
    write(tmp_path, "b.md", BLAME + "\n")
    result = run("check", "--statistics", "--quiet", "--select", "AL101,AL303", ".", cwd=tmp_path)
    assert result.stdout.decode() == "    2  AL101  blame-shifting\n    2  AL303  no-metrics\n"


def test_rules_explain_new(tmp_path):
    rows = json.loads(run("rules", "--format", "json").stdout)
    assert {"name": "blame-shifting", "code": "AL101", "family": "ownership", "kind": "span", "severity": "warning"}.items() <= rows[0].items()
    explained = run("explain", "blame-shifting").stdout.decode()
    assert explained.startswith("# AL101 blame-shifting\n") and "## Why it matters to an interviewer" in explained
    target = tmp_path / "draft.md"
    assert run("new", "--framework", "star-l", str(target)).returncode == 0
    assert "## Learned" in target.read_text()
    target.write_text("my own words")
    again = run("new", "--framework", "star-l", str(target))
    assert again.returncode == 2 and target.read_text() == "my own words"
    assert b"never overwrites" in again.stderr
    assert run("new", "--framework", "nope", str(tmp_path / "x.md")).returncode == 2


def test_cli_never_imports_the_language_server(tmp_path):
    write(tmp_path, "a.md", BLAME + "\n")
    code = "import sys; from answerlint.cli import main; main(['check', '--quiet', 'a.md']); print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs')))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True)
    assert result.stdout.splitlines()[-1] == "[]"


def test_new_writes_only_the_named_file_and_never_over_one(tmp_path):
    result = run("new", "--framework", "star-l", "answer.md", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(os.listdir(tmp_path)) == ["answer.md"]
    written = (tmp_path / "answer.md").read_bytes()
    again = run("new", "--framework", "what-why-did-learned", "answer.md", cwd=tmp_path)
    assert again.returncode == 2
    assert again.stderr.decode().strip() == "answerlint: answer.md: already exists; answerlint never overwrites a file"
    assert (tmp_path / "answer.md").read_bytes() == written and sorted(os.listdir(tmp_path)) == ["answer.md"]


def test_a_draft_over_the_size_limit_is_reported_not_linted(tmp_path):
    write(tmp_path, "answerlint.toml", "max-draft-bytes = 1000\n")
    write(tmp_path, "big.md", f"# Story\n\n{BLAME}\n" * 20)
    write(tmp_path, "small.md", f"# Story\n\n{BLAME}\n")
    result = run("check", "--no-cache", "--select", "AL101", ".", cwd=tmp_path)
    size = len((tmp_path / "big.md").read_bytes())
    assert result.returncode == 1
    lines = result.stderr.decode().splitlines()
    assert size > 1000 and lines == ["big.md:1:1: not linted: the draft is over the limit of 1,000 bytes (max-draft-bytes)"]
    out = result.stdout.decode()
    assert "small.md:3:" in out and "big.md:3:" not in out
    assert out.endswith("Found 1 finding in 2 drafts. 1 of them not linted (over max-draft-bytes).\n")


def test_a_draft_over_the_size_limit_is_answered_without_loading_a_rule(tmp_path, monkeypatch, capsys):
    from answerlint import plugins

    def no_plugins():
        raise AssertionError("the plugins were loaded")

    monkeypatch.setattr(plugins, "default_registry", no_plugins)
    big = write(tmp_path, "big.md", BLAME * (1_000_000 // len(BLAME) + 1))  # over the default 1 MB; no config file to check
    assert cli.main(["check", "--cache-dir", str(tmp_path / "cache"), str(big)]) == 1
    assert "not linted" in capsys.readouterr().err


def test_a_stuck_and_a_garbage_plugin_are_reported_once_by_name_and_the_rest_delivered(tmp_path, monkeypatch, capsys):
    from answerlint import plugins
    from answerlint.finding import Severity
    from answerlint.hookspecs import hookimpl
    from answerlint.rule import Rule, RuleMeta

    def stuck(draft, context):
        n = 0
        while True:
            n += 1

    class Misbehaving:
        @hookimpl
        def answerlint_rules(self):
            return [
                Rule(RuleMeta("ZZ901", "stuck-rule", "test", "span", Severity.WARNING, "s", "m", "d"), stuck),
                Rule(RuleMeta("ZZ902", "garbage-rule", "test", "span", Severity.WARNING, "s", "m", "d"), lambda d, c: [42]),
            ]

    registry = plugins.load_registry({"misbehaving": Misbehaving()})
    monkeypatch.setattr(plugins, "default_registry", lambda: registry)
    write(tmp_path, "answerlint.toml", "rule-time-budget = 0.3\nselect = ['AL101', 'ZZ9']\n")
    for name in ("a.md", "b.md"):
        write(tmp_path, name, f"# Story\n\n{BLAME}\n")
    status = cli.main(["check", "--no-cache", "--format", "json", str(tmp_path / "a.md"), str(tmp_path / "b.md")])
    out, err = capsys.readouterr()
    assert status == 1
    assert [f["code"] for f in json.loads(out)] == ["AL101", "AL101"]
    assert sorted(err.splitlines()) == [
        f"answerlint: rule garbage-rule (ZZ902) returned an invalid finding: 42 (first seen in {(tmp_path / 'a.md').as_posix()}); its findings are missing",
        "answerlint: rule stuck-rule (ZZ901) ran over its time budget of 0.3 s (rule-time-budget) and is disabled for the rest of the run"
        f" (first seen in {(tmp_path / 'a.md').as_posix()}); its findings are missing",
    ]
