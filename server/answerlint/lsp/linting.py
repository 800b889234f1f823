"""Lint open documents off the event loop: debounced, one run at a time, newest wins.

Every open, change, save or settings change bumps the document's
*generation*. A run is tied to the generation it started for: the worker
skips it if a newer one exists before it starts, the engine stops it between
rules once one appears (:class:`~answerlint.engine.LintCancelled`), and a
result whose generation is no longer current is never cached or published.
So a slow run on old text can never overwrite diagnostics for newer text.

Lints run on a few worker threads, so a small draft is not stuck behind a
long document's lint; the first job loads the plugins, so the server
answers ``initialize`` while they load.

Only the last :data:`KEEP_LINTED` lints are kept for the features (hover,
code actions, symbols, lenses, pulls). A lint holds the parsed draft and
what the rules worked out about it, about 200 KB for an ordinary draft, and
a coach may have hundreds of drafts open; one that was dropped is simply
linted again when a feature asks for it. Its published diagnostics stay.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from lsprotocol import types

from answerlint.engine import LintCancelled, LintResult, lint_text
from answerlint.lines import Encoding
from answerlint.lsp.configuration import SettingsResolver
from answerlint.lsp.diagnostics import custom_rule_links, to_diagnostics
from answerlint.lsp.documents import Document, Documents
from answerlint.lsp.positions import PositionMap
from answerlint.plugins import Registry

log = logging.getLogger(__name__)
T = TypeVar("T")

DEBOUNCE_SECONDS = 0.12
WORKERS = 3
KEEP_LINTED = 16


@dataclass(frozen=True)
class Linted:
    """One lint of one version of a document, with everything the features need."""

    document: Document
    generation: int
    result: LintResult
    positions: PositionMap
    diagnostics: list[types.Diagnostic]
    result_id: str


class Linter:
    def __init__(
        self,
        documents: Documents,
        load_registry: Callable[[], Registry],
        encoding: Callable[[], Encoding],
        publish: Callable[[Linted], None],
        report: Callable[[str], None],
        debounce: float = DEBOUNCE_SECONDS,
    ) -> None:
        self.documents = documents
        self.encoding = encoding
        self.publish = publish
        self.report = report  # called on the event loop with a message for the user
        self.debounce = debounce
        self.worker = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="answerlint-lint")
        self._registry = self.worker.submit(load_registry)
        self._resolver: SettingsResolver | None = None
        self._resolver_lock = threading.Lock()
        self._generation: dict[str, int] = {}
        self._touched_at: dict[str, float] = {}
        self._settles_at: dict[str, float] = {}
        self._linted: OrderedDict[str, Linted] = OrderedDict()  # least recently used first
        self._pending: dict[str, tuple[int, asyncio.Future]] = {}
        self._scheduled: dict[str, asyncio.Task] = {}
        self._result_ids = itertools.count(1)
        self._failed_rules: set[str] = set()

    # -- in the worker ---------------------------------------------------------------

    @property
    def registry(self) -> Registry:
        return self._registry.result()

    @property
    def resolver(self) -> SettingsResolver:
        with self._resolver_lock:  # workers must share one resolver and its client settings
            if self._resolver is None:
                self._resolver = SettingsResolver(self.registry)
            return self._resolver

    async def in_worker(self, function: Callable[..., T], *args) -> T:
        """Run ``function`` on a lint worker thread."""
        return await asyncio.wrap_future(self.worker.submit(function, *args))

    def _lint(self, document: Document, generation: int, encoding: Encoding) -> tuple[Linted, list[str]]:
        def stale() -> bool:
            return self._generation.get(document.uri) != generation

        if stale():
            raise LintCancelled()
        began = time.perf_counter()
        settings, _, problems = self.resolver.settings_for(document.path)
        result = lint_text(document.text, settings, self.registry, document.path, cancelled=stale)
        positions = PositionMap(document.text, encoding, result.draft.lines)
        diagnostics = to_diagnostics(result.findings, result.problems, positions, document.version, custom_rule_links(settings))
        log.info("linted %s version %s in %.0f ms", document.uri, document.version, (time.perf_counter() - began) * 1000)
        messages = problems + self._new_rule_errors(result.rule_errors)
        return Linted(document, generation, result, positions, diagnostics, str(next(self._result_ids))), messages

    def _new_rule_errors(self, rule_errors: dict[str, str]) -> list[str]:
        """A failing rule is reported the first time only: it would fail on every keystroke."""
        fresh = [f"{message}; its findings are missing" for name, message in rule_errors.items() if name not in self._failed_rules]
        self._failed_rules.update(rule_errors)
        return fresh

    def lint_file(self, path: Path, text: str, encoding: Encoding) -> tuple[list[types.Diagnostic], list[str]]:
        """Lint a draft that is not open (the workspace lint)."""
        settings, _, problems = self.resolver.settings_for(path)
        result = lint_text(text, settings, self.registry, path)
        positions = PositionMap(text, encoding, result.draft.lines)
        diagnostics = to_diagnostics(result.findings, result.problems, positions, None, custom_rule_links(settings))
        return diagnostics, problems + self._new_rule_errors(result.rule_errors)

    # -- on the event loop -----------------------------------------------------------

    def touch(self, uri: str, delay: float | None = None) -> None:
        """The document (or its settings) changed: lint it after ``delay``.

        By default an edit is linted at once unless it is part of a burst:
        it comes within the debounce of the last one *and* the last one's
        lint is still under way (the server is behind the typist). Then it
        waits for the burst to pause. An edit the last lint already
        answered is a pause, however short: waiting would only add the
        debounce to every keystroke of someone who types after each
        diagnostic. Results for earlier generations are dropped from now on.
        """
        now = time.monotonic()
        previous = self._scheduled.get(uri)
        behind = previous is not None and not previous.done()
        in_burst = behind and now - self._touched_at.get(uri, float("-inf")) < self.debounce
        if delay is None:
            delay = self.debounce if in_burst else 0
        self._generation[uri] = self._generation.get(uri, 0) + 1
        self._touched_at[uri] = now
        self._settles_at[uri] = now + delay
        task = self._scheduled.pop(uri, None)
        if task is not None:
            task.cancel()
        self._scheduled[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    def touch_all(self) -> None:
        for document in self.documents:
            self.touch(document.uri)

    def forget(self, uri: str) -> None:
        self._generation[uri] = self._generation.get(uri, 0) + 1
        task = self._scheduled.pop(uri, None)
        if task is not None:
            task.cancel()
        self._linted.pop(uri, None)
        self._pending.pop(uri, None)

    def cached(self, uri: str) -> Linted | None:
        """The last lint of the document's current generation, if it is done."""
        linted = self._linted.get(uri)
        if linted is None or linted.generation != self._generation.get(uri):
            return None
        self._linted.move_to_end(uri)
        return linted

    async def _lint_later(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        linted = await self.fresh(uri)
        if linted is not None and linted.generation == self._generation.get(uri):
            self.publish(linted)

    async def settled(self, uri: str) -> None:
        """Wait until the last change's delay has passed (a pull during a burst waits for its end)."""
        wait = self._settles_at.get(uri, 0.0) - time.monotonic()
        if wait > 0:
            await asyncio.sleep(wait)

    async def fresh(self, uri: str) -> Linted | None:
        """The lint of the document's current text, linting it if needed.

        None when the document is not open or is not a draft, or when the
        lint itself failed (which has been reported).
        """
        while True:
            document = self.documents.get(uri)
            if document is None or not document.is_draft:
                return None
            generation = self._generation.setdefault(uri, 0)
            cached = self.cached(uri)
            if cached is not None:
                return cached
            pending = self._pending.get(uri)
            if pending is None or pending[0] != generation:
                future = asyncio.wrap_future(self.worker.submit(self._lint, document, generation, self.encoding()))
                # Its waiter may be cancelled by a newer edit; mark its outcome seen so asyncio
                # does not log a cancelled run's LintCancelled as "never retrieved".
                future.add_done_callback(_seen)
                pending = (generation, future)
                self._pending[uri] = pending
            try:
                linted, messages = await asyncio.shield(pending[1])
            except LintCancelled:
                continue  # a newer generation exists: lint that instead
            except Exception as error:  # the engine itself failed on this text
                log.exception("linting %s failed", uri)
                if self._pending.get(uri) is pending:
                    del self._pending[uri]
                self.report(f"answerlint could not lint {uri}: {type(error).__name__}: {error}")
                return None
            finally:
                if self._pending.get(uri) is pending and pending[1].done():
                    del self._pending[uri]
            for message in messages:
                self.report(message)
            if linted.generation == self._generation.get(uri):
                self._keep(uri, linted)
                return linted

    def _keep(self, uri: str, linted: Linted) -> None:
        self._linted[uri] = linted
        self._linted.move_to_end(uri)
        while len(self._linted) > KEEP_LINTED:
            self._linted.popitem(last=False)

    def shutdown(self) -> None:
        for task in self._scheduled.values():
            task.cancel()
        self.worker.shutdown(wait=False, cancel_futures=True)


def _seen(future: asyncio.Future) -> None:
    if not future.cancelled():
        future.exception()
