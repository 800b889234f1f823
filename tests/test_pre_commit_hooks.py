"""The pre-commit hook definition: what pre-commit reads, and a command that exists."""

from importlib.metadata import entry_points
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_hook_runs_the_installed_check_command_on_markdown():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["answerlint"]
    hook = hooks[0]
    assert (hook["entry"], hook["language"], hook["types"]) == ("answerlint check", "python", ["markdown"])
    assert set(hook) <= {"id", "name", "description", "entry", "language", "types", "args", "pass_filenames", "require_serial"}
    command, subcommand = hook["entry"].split()
    scripts = {e.name: e.value for e in entry_points(group="console_scripts")}
    assert scripts.get(command) == "answerlint.cli:main"
    from answerlint.cli import _parser

    assert subcommand in _parser()._subparsers._group_actions[0].choices
