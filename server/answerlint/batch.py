"""Lint many files, in parallel across cores, with results in a stable order."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from answerlint.files import ReadError, read_draft
from answerlint.finding import Finding, Problem
from answerlint.settings import Settings

# Below this many files a process pool costs more than it saves.
PARALLEL_THRESHOLD = 24


@dataclass
class FileOutcome:
    path: str
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rule_errors: dict[str, str] = field(default_factory=dict)
    error: ReadError | None = None
    linted: bool = True  # False: over max-draft-bytes, answered without loading a rule


@dataclass(frozen=True)
class Job:
    path: Path
    shown: str
    settings: Settings
    text: str | None = None  # None: read the file


def lint_one(job: Job) -> FileOutcome:
    text = job.text
    if text is None:
        read = read_draft(job.path)
        if isinstance(read, ReadError):
            return FileOutcome(job.shown, error=ReadError(job.shown, read.message))
        text = read
    too_large = job.settings.too_large(text)
    if too_large is not None:  # answered before the plugins load: a huge file costs a start-up, not a lint
        return FileOutcome(job.shown, text, problems=[Problem(0, too_large)], linted=False)
    # Imported here: a run whose every draft the cache answers never loads the engine or the plugins.
    from answerlint.engine import lint_text
    from answerlint.plugins import default_registry

    result = lint_text(text, job.settings, default_registry(), job.path)
    return FileOutcome(job.shown, text, result.findings, result.problems, result.rule_errors)


def _lint_in_worker(job: Job) -> FileOutcome:
    from answerlint import compiled_patterns  # loaded already: lint_one ran in the parent before the fork

    outcome = lint_one(job)
    # a forked worker ends without running exit handlers: keep what it compiled as it goes, in batches
    compiled_patterns.save(at_least=20)
    return outcome


def lint_many(jobs: Sequence[Job], progress: Callable[[int, int], None] | None = None) -> list[FileOutcome]:
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_THRESHOLD or workers < 2:
        outcomes = []
        for done, job in enumerate(jobs, 1):
            outcomes.append(lint_one(job))
            if progress:
                progress(done, len(jobs))
        return outcomes
    # Lint the first draft here, before forking: that loads the plugins and
    # compiles the patterns rules compile on first use, once, and every forked
    # worker inherits them instead of compiling its own copy.
    outcomes = [lint_one(jobs[0])]
    if progress:
        progress(1, len(jobs))
    # imported here: a run over a few files never starts a pool, and these imports cost ~15 ms
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    rest = jobs[1:]
    chunk = max(1, len(rest) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for done, outcome in enumerate(pool.map(_lint_in_worker, rest, chunksize=chunk), 2):
            outcomes.append(outcome)
            if progress:
                progress(done, len(jobs))
    return outcomes
