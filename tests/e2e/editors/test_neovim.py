"""The Neovim plugin in a real, headless Neovim against the installed ``answerlint server``."""

from __future__ import annotations

from answerlint_rules.frameworks import FRAMEWORKS
from neovim_harness import api_used, draft_without_task, expected_api, nvim_version, run_script, server_command


def test_diagnostics_scaffold_and_settings_in_neovim(nvim, tmp_path):
    drafts = [draft_without_task(tmp_path, name) for name in ("first.md", "second.md")]
    params = {"cmd": server_command(), "drafts": [str(d) for d in drafts], "frameworks": [f.id for f in FRAMEWORKS]}
    result = run_script(nvim, "scaffold_flow.lua", params, tmp_path)
    assert result.returncode == 0, result.output
    assert api_used(result.output) == expected_api(nvim_version(nvim)), result.output


def test_missing_executable_says_how_to_install(nvim, tmp_path):
    params = {
        "missing_program": "answerlint-not-installed-here",
        "draft": str(draft_without_task(tmp_path, "first.md")),
        "other_draft": str(draft_without_task(tmp_path, "second.md")),
    }
    result = run_script(nvim, "missing_server.lua", params, tmp_path)
    assert result.returncode == 0, result.output
    assert api_used(result.output) == expected_api(nvim_version(nvim)), result.output
