"""The result cache: a stored result comes back whole, keys change with anything that decides a result."""

import json
import multiprocessing
import sys
import types

from answerlint.cache import FORMAT, ResultCache, code_fingerprint
from answerlint.draft import Problem
from answerlint.finding import Edit, Finding, Fix, Severity

FINDINGS = [
    Finding("missing-learning", "AL401", Severity.ERROR, "No lesson 😀", 0, 9, Fix("Insert it", (Edit(12, 12, "\n## 学んだこと\n"),))),
    Finding("hedging", "AL304", Severity.INFO, "Cut the hedge.", 3, 10),
]
PROBLEMS = [Problem(4, "front matter: line 2 is not key: value")]


def cache(tmp_path, fingerprint="f1"):
    return ResultCache(tmp_path / "c", fingerprint)


def test_a_stored_result_comes_back_whole(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "settings", "text")
    assert store.get(key) is None
    store.put(key, FINDINGS, PROBLEMS)
    got = store.get(key)
    assert got.findings == FINDINGS and got.problems == PROBLEMS
    assert isinstance(got.findings[0].severity, Severity)


def test_the_key_changes_with_everything_that_decides_a_result(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "text")
    assert key == store.key(tmp_path / "a.md", "s", "text")
    others = {
        store.key(tmp_path / "b.md", "s", "text"),
        store.key(tmp_path / "a.md", "s2", "text"),
        store.key(tmp_path / "a.md", "s", "text "),
        cache(tmp_path, "f2").key(tmp_path / "a.md", "s", "text"),
    }
    assert key not in others and len(others) == 4


def test_text_with_lone_surrogates_has_a_key(tmp_path):
    store = cache(tmp_path)
    assert store.key(tmp_path / "a.md", "s", "bad \udcff") != store.key(tmp_path / "a.md", "s", "bad")


def test_a_corrupted_entry_is_ignored_and_rewritten(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "text")
    store.put(key, FINDINGS, PROBLEMS)
    entry = store.root / f"v{FORMAT}" / key[:2] / key[2:]
    for garbage in (b"{not json", b"[]", b'{"findings": [{"rule": 1}], "problems": []}', b"\xff\xfe", b""):
        entry.write_bytes(garbage)
        assert store.get(key) is None
    store.put(key, FINDINGS, PROBLEMS)
    assert store.get(key).findings == FINDINGS


def test_an_unwritable_cache_only_costs_speed(tmp_path):
    (tmp_path / "c").write_text("a file where the cache folder should be")
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "t")
    store.put(key, FINDINGS, PROBLEMS)  # no exception
    assert store.get(key) is None
    assert (tmp_path / "c").read_text() == "a file where the cache folder should be"


def test_the_cache_folder_says_what_it_is(tmp_path):
    store = cache(tmp_path)
    store.put(store.key(tmp_path / "a.md", "s", "t"), [], [])
    assert (store.root / ".gitignore").read_text() == "*\n"
    assert (store.root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def _hammer(args):
    root, worker = args
    store = ResultCache(root, "f")
    key = store.key(root / "a.md", "s", "shared")
    for _ in range(40):
        store.put(key, FINDINGS, PROBLEMS)
        got = store.get(key)
        assert got is not None and got.findings == FINDINGS  # a reader never sees half an entry
    return worker


def test_writers_running_at_once_never_leave_a_broken_entry(tmp_path):
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(4) as pool:
        assert sorted(pool.map(_hammer, [(tmp_path, n) for n in range(8)])) == list(range(8))
    store = ResultCache(tmp_path, "f")
    assert store.get(store.key(tmp_path / "a.md", "s", "shared")).findings == FINDINGS
    leftovers = [p for p in tmp_path.rglob(".tmp-*")]
    assert leftovers == []


def test_the_code_fingerprint_changes_when_a_rule_module_changes(tmp_path):
    module_file = tmp_path / "fingerprint_probe_rules.py"
    module_file.write_text("X = 1\n")
    module = types.ModuleType("fingerprint_probe_rules")
    module.__file__ = str(module_file)
    sys.modules["fingerprint_probe_rules"] = module
    try:
        before = code_fingerprint(["fingerprint_probe_rules"])
        assert before == code_fingerprint(["fingerprint_probe_rules"])
        module_file.write_text("X = 22\n")
        assert code_fingerprint(["fingerprint_probe_rules"]) != before
        assert code_fingerprint([]) != before
    finally:
        del sys.modules["fingerprint_probe_rules"]


def test_entries_are_plain_json(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "t")
    store.put(key, FINDINGS, PROBLEMS)
    data = json.loads((store.root / f"v{FORMAT}" / key[:2] / key[2:]).read_text(encoding="utf-8"))
    assert data["findings"][0]["fix"]["edits"] == [[12, 12, "\n## 学んだこと\n"]]
