"""The lint scheduler: newest text wins, failures are reported and linting goes on."""

from __future__ import annotations

import asyncio
import threading

from lsprotocol import types

from answerlint.finding import Severity
from answerlint.lsp.documents import Documents
from answerlint.lsp.linting import KEEP_LINTED, Linter
from answerlint.plugins import Registry
from answerlint.rule import Rule, RuleMeta

URI = "file:///draft.md"


def meta(code: str, name: str) -> RuleMeta:
    return RuleMeta(code, name, "test", "span", Severity.WARNING, "s", f"{name} found", "docs")


def word_fail(draft, context):
    start = draft.text.find("fail")
    if start >= 0:
        yield meta("ZZ101", "word-fail").finding(start, start + 4)


def broken(draft, context):
    raise RuntimeError("boom")


def make_linter(rules, gate: threading.Event | None = None, debounce: float = 0.02):
    registry = Registry()
    registry.add("test", [Rule(meta(code, name), check) for code, name, check in rules], [])

    def load():
        if gate is not None:
            gate.wait(5)
        return registry

    documents = Documents()
    published, reported = [], []
    linter = Linter(documents, load, lambda: "utf-16", published.append, reported.append, debounce=debounce)
    return linter, documents, published, reported


def open_text(documents: Documents, text: str, version: int) -> None:
    documents.open(types.TextDocumentItem(uri=URI, language_id="markdown", version=version, text=text))


async def settle(published, count: int = 1) -> None:
    for _ in range(200):
        if len(published) >= count:
            await asyncio.sleep(0.1)
            return
        await asyncio.sleep(0.01)


async def test_only_the_newest_text_is_published():
    gate = threading.Event()  # hold the worker until every edit has arrived
    linter, documents, published, _ = make_linter([("ZZ101", "word-fail", word_fail)], gate)
    for version in range(1, 6):
        open_text(documents, "I did fail." if version < 5 else "All good.", version)
        linter.touch(URI)
        await asyncio.sleep(0.03)
    gate.set()
    await settle(published)
    assert [(p.document.version, p.diagnostics) for p in published] == [(5, [])]
    linter.shutdown()


async def test_a_failing_rule_is_reported_and_the_others_still_run():
    linter, documents, published, reported = make_linter(
        [("ZZ101", "word-fail", word_fail), ("ZZ102", "broken", broken)]
    )
    open_text(documents, "I did fail.", 1)
    linter.touch(URI, delay=0)
    await settle(published)
    assert [d.code for d in published[-1].diagnostics] == ["ZZ101"]
    assert any("broken" in message and "boom" in message for message in reported)
    linter.shutdown()


async def test_plugins_that_cannot_load_are_reported_not_fatal():
    documents = Documents()
    reported = []

    def load():
        raise ImportError("no plugins")

    linter = Linter(documents, load, lambda: "utf-16", lambda linted: None, reported.append)
    open_text(documents, "text", 1)
    assert await linter.fresh(URI) is None
    assert "no plugins" in reported[0]
    linter.shutdown()


async def test_an_edit_after_a_pause_is_linted_at_once_a_burst_when_it_pauses():
    runs = []
    linting_v2, release_v2 = threading.Event(), threading.Event()

    def counted(draft, context):
        runs.append(draft.text)
        if draft.text == "v2":  # hold this lint so the edits after it arrive while it is under way
            linting_v2.set()
            release_v2.wait(5)
        return []

    linter, documents, published, _ = make_linter([("ZZ103", "counted", counted)], debounce=0.3)
    for version in (1, 2):  # each edit after the last one's diagnostics: a pause, linted at once
        open_text(documents, f"v{version}", version)
        linter.touch(URI)
        if version == 1:
            await settle(published)
            assert runs == ["v1"]
    await asyncio.to_thread(linting_v2.wait, 5)
    for version in range(3, 7):  # a burst: each edit while v2's lint is still under way
        open_text(documents, f"v{version}", version)
        linter.touch(URI)
    release_v2.set()
    assert "v6" not in runs  # still typing
    for _ in range(200):
        if published[-1].document.version == 6:
            break
        await asyncio.sleep(0.01)
    assert runs == ["v1", "v2", "v6"]
    assert [p.document.version for p in published] == [1, 6]
    linter.shutdown()


async def test_edits_each_after_the_last_diagnostics_never_wait_for_the_debounce():
    linter, documents, published, _ = make_linter([("ZZ101", "word-fail", word_fail)], debounce=30)
    for version in range(1, 6):
        open_text(documents, f"I did fail {version}.", version)
        linter.touch(URI)
        for _ in range(500):  # 5 s at most; a 30 s debounce would fail here
            if published and published[-1].document.version == version:
                break
            await asyncio.sleep(0.01)
        assert published[-1].document.version == version
    linter.shutdown()


async def test_only_the_last_lints_are_kept_and_a_dropped_one_is_linted_again():
    linter, documents, published, _ = make_linter([("ZZ101", "word-fail", word_fail)])
    uris = [f"file:///tmp/draft-{n}.md" for n in range(KEEP_LINTED + 5)]
    for uri in uris:
        documents.open(types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=f"I did fail {uri}."))
        first = await linter.fresh(uri)
        assert [d.code for d in first.diagnostics] == ["ZZ101"]
    assert [uri for uri in uris if linter.cached(uri)] == uris[-KEEP_LINTED:]
    again = await linter.fresh(uris[0])  # dropped: linted again, with the same answer
    assert [d.code for d in again.diagnostics] == ["ZZ101"] and again.document.uri == uris[0]
    assert linter.cached(uris[0]) is again and linter.cached(uris[5]) is None
    linter.shutdown()
