"""The workspace folder the fuzzed servers are given: two drafts on disk, for ``answerlint.lintWorkspace``."""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

DRAFTS = {
    "on-disk.md": "# Situation\n\nThey failed to ship because the vendor was late.\n\n## What I learned\n\nI learned a lot.\n",
    "sub/crlf.md": "# Task\r\n\r\nI missed the deadline by two weeks. 😋\r\n",
}


@functools.lru_cache(maxsize=1)
def fuzz_workspace() -> Path:
    """A temporary folder, made once per process and removed at its exit (nothing writes to it)."""
    root = Path(tempfile.mkdtemp(prefix="answerlint-lsp-fuzz-"))
    atexit.register(shutil.rmtree, root, True)
    for name, text in DRAFTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(text.encode("utf-8"))
    return root
