"""A third-party rule pack, installed like a user would, seen through the CLI.

The example pack in ``plugins/answerlint-example`` is installed without
network access into a temporary folder, which the CLI subprocesses get on
``PYTHONPATH``; nothing is installed into the test environment itself.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PACK = Path(__file__).resolve().parents[2] / "plugins" / "answerlint-example"

OPENER = "Great question!"
BLAME = "The launch failed because my manager was late with the budget."
DRAFT = (
    f"{OPENER} {BLAME} We missed the date by three weeks and lost two clients.\n\n"
    "What I learned is to agree the budget before I commit to a date.\n"
)


def install_pack(target: Path, scratch: Path) -> None:
    """``pip install --target`` without network or build isolation, as a user would offline.

    It builds from a copy of the pack, so the build leaves nothing in the repository.
    """
    source = scratch / "answerlint-example"
    shutil.copytree(PACK, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "--quiet", "--target", str(target), str(source)],
        capture_output=True,
        text=True,
    )
    assert pip.returncode == 0, f"pip could not install the example pack:\n{pip.stdout}\n{pip.stderr}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("example-pack-site")
    install_pack(target, tmp_path_factory.mktemp("example-pack-build"))
    assert (target / "answerlint_example" / "cliche_opener.py").is_file()
    return target


def run(*args: str, cwd: Path, pythonpath: list[Path] | None = None) -> subprocess.CompletedProcess:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = os.pathsep.join(map(str, pythonpath))
    return subprocess.run(
        [sys.executable, "-m", "answerlint", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
    )


@pytest.fixture
def draft(tmp_path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def codes(result: subprocess.CompletedProcess) -> list[str]:
    return [finding["code"] for finding in json.loads(result.stdout)]


def test_rules_lists_the_pack_beside_the_built_ins(site, tmp_path):
    result = run("rules", "--format", "json", cwd=tmp_path, pythonpath=[site])
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert rows["cliche-opener"] == {
        "name": "cliche-opener",
        "code": "EX100",
        "family": "example",
        "kind": "span",
        "severity": "info",
        "summary": "The answer opens with a stock filler such as 'Great question' or 'Honestly,'.",
    }
    assert rows["blame-shifting"]["code"] == "AL101"


def test_explain_prints_the_pack_docs(site, tmp_path):
    result = run("explain", "EX100", cwd=tmp_path, pythonpath=[site])
    assert result.returncode == 0, result.stderr
    for heading in ("What it does", "Why it matters to an interviewer", "Example", "Use instead"):
        assert f"## {heading}" in result.stdout


def test_check_reports_the_pack_and_built_in_findings(site, draft):
    result = run("check", "--format", "json", draft.name, cwd=draft.parent, pythonpath=[site])
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""
    findings = json.loads(result.stdout)
    assert {"EX100", "AL101"} <= set(codes(result))
    opener = next(f for f in findings if f["code"] == "EX100")
    assert opener["rule"] == "cliche-opener"
    assert opener["severity"] == "info"
    assert (opener["line"], opener["column"], opener["end_line"], opener["end_column"]) == (1, 1, 1, len(OPENER) + 1)
    assert opener["fix"]["title"] == "Remove the filler opener"
    blame = next(f for f in findings if f["code"] == "AL101")
    assert blame["line"] == 1 and blame["column"] > len(OPENER)


def test_ignore_removes_the_pack_rule(site, draft):
    result = run("check", "--format", "json", "--ignore", "EX100", draft.name, cwd=draft.parent, pythonpath=[site])
    assert result.returncode == 1, result.stderr
    found = codes(result)
    assert "EX100" not in found
    assert "AL101" in found


def test_without_the_pack_the_rule_is_absent(draft):
    rules = run("rules", "--format", "json", cwd=draft.parent)
    assert rules.returncode == 0, rules.stderr
    names = {row["name"] for row in json.loads(rules.stdout)}
    assert "blame-shifting" in names
    assert "cliche-opener" not in names
    check = run("check", "--format", "json", draft.name, cwd=draft.parent)
    assert check.returncode == 1, check.stderr
    assert "EX100" not in codes(check)
    assert "AL101" in codes(check)


def write_broken_distribution(folder: Path) -> None:
    """A distribution whose entry point names a module that raises ImportError on import."""
    info = folder / "answerlint_broken-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: answerlint-broken\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[answerlint]\nbroken-pack = answerlint_broken\n", encoding="utf-8")
    (folder / "answerlint_broken.py").write_text(
        'raise ImportError("this plugin is broken on purpose")\n', encoding="utf-8"
    )


def test_a_broken_plugin_is_reported_once_and_the_rest_still_run(site, draft, tmp_path):
    broken = tmp_path / "broken-site"
    write_broken_distribution(broken)
    result = run("check", "--format", "json", draft.name, cwd=draft.parent, pythonpath=[site, broken])
    assert result.returncode == 1, result.stderr
    found = codes(result)
    assert "AL101" in found  # the built-in rules still run
    assert "EX100" in found  # and so does the healthy third-party pack
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "broken-pack" in lines[0]
    assert "ImportError" in lines[0]


# -- the result cache never answers for other plugins ---------------------------------------


def test_installing_editing_and_removing_a_pack_are_never_answered_from_the_cache(site, draft, tmp_path):
    own_site = tmp_path / "own-site"
    shutil.copytree(site, own_site)
    cache = ["--cache-dir", str(tmp_path / "cache")]

    def check(*pythonpath: Path) -> subprocess.CompletedProcess:
        return run("check", "--format", "json", *cache, draft.name, cwd=draft.parent, pythonpath=list(pythonpath))

    assert "EX100" not in codes(check())
    assert "EX100" in codes(check(own_site))  # installed: not the cached result of the run without it
    module = own_site / "answerlint_example" / "cliche_opener.py"
    module.write_text(module.read_text(encoding="utf-8").replace("Remove the filler opener", "Cut the stock opener"), encoding="utf-8")
    edited = json.loads(check(own_site).stdout)
    assert next(f for f in edited if f["code"] == "EX100")["fix"]["title"] == "Cut the stock opener"
    assert "EX100" not in codes(check())  # removed again


def test_with_a_broken_plugin_results_are_not_stored_and_it_is_reported_every_run(site, draft, tmp_path):
    broken = tmp_path / "broken-site"
    write_broken_distribution(broken)
    cache = ["--cache-dir", str(tmp_path / "cache")]
    for _ in range(2):
        result = run("check", "--format", "json", *cache, draft.name, cwd=draft.parent, pythonpath=[site, broken])
        assert "broken-pack" in result.stderr and "EX100" in codes(result)
    assert not list((tmp_path / "cache").glob("v*/*/*.json"))
