"""The packaged extension in VS Code (code-server), driven by chromium through playwright-core."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from vscode_harness import ARTIFACTS, ROOT, CodeServer, drive

# The fixtures README lists ethics-risk (AL201) on "backdated two invoices" and passive-agency (AL103) on
# "The invoices were corrected" in this draft, whose headings match no framework.
DRAFT = ROOT / "fixtures" / "drafts" / "09-accountant-backdated.md"
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def _workspace(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    shutil.copyfile(DRAFT, folder / DRAFT.name)
    return folder / DRAFT.name


def test_problems_view_shows_answerlint_and_the_scaffold_command_edits_the_draft(
    code_server: CodeServer, tmp_path: Path
):
    draft = _workspace(tmp_path)
    before = draft.read_text(encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "diagnostics.png"
    screenshot.unlink(missing_ok=True)

    result = drive(
        {
            "url": code_server.open_folder_url(draft.parent),
            "draft": draft.name,
            "draftPath": str(draft),
            "code": "AL201",
            "screenshot": str(screenshot),
            "scaffold": True,
        },
        tmp_path,
    )

    assert any("AL201" in row and "answerlint" in row for row in result["problems"]), result["problems"]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    after = draft.read_text(encoding="utf-8")
    added = set(HEADING.findall(after)) - set(HEADING.findall(before))
    assert added, f"no new section heading after picking {result['picked']!r}:\n{after}"
    assert all(heading in result["picked"] for heading in added), (added, result["picked"])
    lines = iter(after.splitlines())
    assert all(line in lines for line in before.splitlines()), "the scaffold lost or reordered the writer's text"


def test_vscode_settings_reach_the_server_at_start_and_when_changed(
    code_server_with, project_settings: dict, tmp_path: Path
):
    server = code_server_with({**project_settings, "answerlint.ignore": ["ethics-risk"]})
    draft = _workspace(tmp_path)
    without_ignore = json.loads(server.user_settings.read_text())
    del without_ignore["answerlint.ignore"]

    result = drive(
        {
            "url": server.open_folder_url(draft.parent),
            "draft": draft.name,
            "code": "AL103",
            "userSettings": {"settings": without_ignore, "code": "AL201"},
        },
        tmp_path,
    )

    assert not any("AL201" in row for row in result["problems"]), result["problems"]
    assert any("AL201" in row for row in result["problemsAfterSettings"]), result["problemsAfterSettings"]


def test_a_missing_answerlint_says_how_to_install_it(code_server_with, tmp_path: Path):
    missing = tmp_path / "no-such-venv" / "bin" / "answerlint"
    server = code_server_with({"answerlint.path": str(missing)})
    draft = _workspace(tmp_path)

    result = drive(
        {"url": server.open_folder_url(draft.parent), "draft": draft.name, "expectMessage": "was not found"}, tmp_path
    )

    assert str(missing) in result["message"] and "pip install" in result["message"], result["message"]
