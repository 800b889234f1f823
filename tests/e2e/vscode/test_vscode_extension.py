"""The packaged extension in VS Code (code-server), driven by chromium: diagnostics, then a scaffold."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from vscode_harness import ARTIFACTS, ROOT, CodeServer, drive

# Plain prose with no lesson: the fixtures README lists missing-learning (AL401) among its findings.
DRAFT = ROOT / "fixtures" / "drafts" / "07-sales-plain-prose.md"
EXPECTED_CODE = "AL401"
HEADING = re.compile(r"^#{1,6}\s+(.+?)\s*$", re.MULTILINE)


def test_problems_view_shows_answerlint_and_the_scaffold_command_edits_the_draft(
    code_server: CodeServer, tmp_path: Path
):
    folder = tmp_path / "drafts"
    folder.mkdir()
    draft = folder / DRAFT.name
    shutil.copyfile(DRAFT, draft)
    before = draft.read_text(encoding="utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "diagnostics.png"
    screenshot.unlink(missing_ok=True)

    result = drive(
        {
            "url": code_server.open_folder_url(folder),
            "draft": draft.name,
            "draftPath": str(draft),
            "code": EXPECTED_CODE,
            "mode": "full",
            "screenshot": str(screenshot),
        },
        tmp_path,
    )

    assert any(EXPECTED_CODE in row and "answerlint" in row for row in result["problems"]), result["problems"]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    after = draft.read_text(encoding="utf-8")
    added = set(HEADING.findall(after)) - set(HEADING.findall(before))
    assert added, f"no new section heading after picking {result['picked']!r}:\n{after}"
    assert all(heading in result["picked"] for heading in added), (added, result["picked"])
    lines = iter(after.splitlines())
    assert all(line in lines for line in before.splitlines()), "the scaffold lost or reordered the writer's text"
