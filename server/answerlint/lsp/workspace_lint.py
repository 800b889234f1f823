"""The ``answerlint.lintWorkspace`` command: lint every draft in the workspace folders.

Open drafts are linted from their buffers, the others from disk; each file's
diagnostics are published as it is done, with work-done progress the user
can cancel. Drafts open in a client that pulls diagnostics are left to the
pull, so nothing is shown twice.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls.uris import from_fs_path

from answerlint.files import ReadError, discover, read_draft
from answerlint.lsp.documents import path_of

if TYPE_CHECKING:
    from answerlint.lsp.server import AnswerlintServer

LINT_WORKSPACE = "answerlint.lintWorkspace"


def workspace_folders(ls: AnswerlintServer) -> list[Path]:
    folders = [p for f in ls.workspace.folders.values() if (p := path_of(f.uri))]
    if not folders and ls.workspace.root_path:
        folders = [Path(ls.workspace.root_path)]
    return folders


async def lint_workspace(ls: AnswerlintServer) -> dict:
    folders = workspace_folders(ls)
    paths, _ = await ls.linter.in_worker(discover, [str(f) for f in folders])
    progress = _Progress(ls)
    await progress.begin(f"Linting {len(paths)} drafts")
    findings = 0
    done = 0
    for done, path in enumerate(paths, 1):
        if progress.cancelled():
            break
        uri = from_fs_path(str(path)) or path.as_uri()
        if uri in ls.documents:
            linted = await ls.linter.fresh(uri)
            if linted is not None:
                findings += sum(1 for d in linted.diagnostics if d.code)
                ls.publish(linted)
        else:
            text = await ls.linter.in_worker(read_draft, path)
            if isinstance(text, ReadError):
                ls.report(str(text))
                continue
            diagnostics, messages = await ls.linter.in_worker(ls.linter.lint_file, path, text, ls.encoding)
            for message in messages:
                ls.report(message)
            findings += sum(1 for d in diagnostics if d.code)
            ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))
        progress.report(done, len(paths), path.name)
    progress.end(f"{findings} findings in {done} drafts")
    return {"drafts": done, "findings": findings}


class _Progress:
    """Work-done progress, when the client supports it; silent otherwise."""

    def __init__(self, ls: AnswerlintServer) -> None:
        window = ls.client_capabilities.window
        self.ls = ls
        self.token = str(uuid.uuid4()) if window and window.work_done_progress else None

    async def begin(self, title: str) -> None:
        if self.token is None:
            return
        try:
            await self.ls.work_done_progress.create_async(self.token)
        except Exception:  # the client refused a token: carry on without progress
            self.token = None
            return
        self.ls.work_done_progress.begin(
            self.token, types.WorkDoneProgressBegin(title=title, percentage=0, cancellable=True)
        )

    def report(self, done: int, total: int, name: str) -> None:
        if self.token is not None:
            percentage = round(100 * done / total) if total else 100
            self.ls.work_done_progress.report(
                self.token, types.WorkDoneProgressReport(message=f"{done}/{total} {name}", percentage=percentage)
            )

    def cancelled(self) -> bool:
        if self.token is None:
            return False
        future = self.ls.work_done_progress.tokens.get(self.token)
        return bool(future is not None and future.cancelled())

    def end(self, message: str) -> None:
        if self.token is not None:
            self.ls.work_done_progress.end(self.token, types.WorkDoneProgressEnd(message=message))
