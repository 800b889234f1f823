"""The result cache: a stored result comes back whole, keys change with anything that decides a result."""

import json
import multiprocessing

from answerlint.cache import FORMAT, MAX_SHARDS, ResultCache
from answerlint.finding import Edit, Finding, Fix, Problem, Severity

FINDINGS = [
    Finding("missing-learning", "AL401", Severity.ERROR, "No lesson 😀", 0, 9, Fix("Insert it", (Edit(12, 12, "\n## 学んだこと\n"),))),
    Finding("hedging", "AL304", Severity.INFO, "Cut the hedge.", 3, 10),
]
PROBLEMS = [Problem(4, "front matter: line 2 is not key: value")]


def cache(tmp_path, fingerprint="f1"):
    return ResultCache(tmp_path / "c", fingerprint)


def shards(store):
    return sorted(store.folder.glob("*.json"))


def saved_shard(tmp_path):
    """One result stored and saved: its key, and the one shard file that holds it."""
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "text")
    store.put(key, FINDINGS, PROBLEMS)
    store.save()
    [shard] = shards(store)
    return key, shard


def test_a_stored_result_comes_back_whole_in_this_run_and_the_next(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "settings", "text")
    assert store.get(key) is None
    store.put(key, FINDINGS, PROBLEMS)
    assert store.get(key).findings == FINDINGS
    store.save()
    got = cache(tmp_path).get(key)
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


def test_an_edited_draft_misses_and_its_old_result_is_replaced(tmp_path):
    store = cache(tmp_path)
    old, new = store.key(tmp_path / "a.md", "s", "before"), store.key(tmp_path / "a.md", "s", "after")
    store.put(old, FINDINGS, [])
    store.save()
    later = cache(tmp_path)
    assert later.get(new) is None and later.get(old) is not None
    later.put(new, [], [])
    later.save()
    latest = cache(tmp_path)
    assert latest.get(new).findings == [] and latest.get(old) is None


def test_another_fingerprint_never_sees_the_results(tmp_path):
    store = cache(tmp_path, "code-one")
    store.put(store.key(tmp_path / "a.md", "s", "t"), FINDINGS, [])
    store.save()
    other = cache(tmp_path, "code-two")
    assert other.get(other.key(tmp_path / "a.md", "s", "t")) is None


def test_text_with_lone_surrogates_has_a_key(tmp_path):
    store = cache(tmp_path)
    assert store.key(tmp_path / "a.md", "s", "bad \udcff") != store.key(tmp_path / "a.md", "s", "bad")


def test_a_damaged_shard_is_ignored_with_one_note_and_merged_away(tmp_path):
    key, shard = saved_shard(tmp_path)
    for garbage in (b"{not json", b"[]", b'{"entries": []}', b"\xff\xfe", b"", b"\x00garbage"):
        shard.write_bytes(garbage)
        damaged = cache(tmp_path)
        assert damaged.get(key) is None
        assert len(damaged.notes) == 1 and str(shard) in damaged.notes[0]
    damaged.put(key, FINDINGS, PROBLEMS)
    damaged.save()
    assert not shard.exists() and len(shards(damaged)) == 1
    rebuilt = cache(tmp_path)
    assert rebuilt.get(key).findings == FINDINGS and rebuilt.notes == []


def test_an_entry_of_the_wrong_shape_is_a_miss(tmp_path):
    key, shard = saved_shard(tmp_path)
    for entry in ([key.digest, [["rule"]], []], [key.digest], "x", [key.digest, [], [[1]]]):
        shard.write_text(json.dumps({"entries": {key.slot: entry}}))
        assert cache(tmp_path).get(key) is None


def test_an_unwritable_cache_only_costs_speed(tmp_path):
    (tmp_path / "c").write_text("a file where the cache folder should be")
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "t")
    store.put(key, FINDINGS, PROBLEMS)
    store.save()  # no exception
    assert cache(tmp_path).get(key) is None
    assert (tmp_path / "c").read_text() == "a file where the cache folder should be"


def test_the_cache_folder_says_what_it_is(tmp_path):
    store = cache(tmp_path)
    store.put(store.key(tmp_path / "a.md", "s", "t"), [], [])
    store.save()
    assert (store.root / ".gitignore").read_text() == "*\n"
    assert (store.root / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172789f06886806bc55")


def test_a_run_writes_one_shard_and_too_many_are_merged_into_one(tmp_path):
    keys = []
    for n in range(MAX_SHARDS + 1):
        store = cache(tmp_path)
        keys.append(store.key(tmp_path / f"{n}.md", "s", "t"))
        for key in keys:
            assert store.get(key) is not None or key is keys[-1]
        store.put(keys[-1], FINDINGS, [])
        store.save()
        assert len(shards(store)) == (n + 1 if n < MAX_SHARDS else 1)
    merged = cache(tmp_path)
    assert all(merged.get(key).findings == FINDINGS for key in keys)


def test_a_run_that_linted_nothing_writes_nothing(tmp_path):
    store = cache(tmp_path)
    store.save()
    assert not store.root.exists()


def _run(args):
    """One whole run: read the shards, add results for its own drafts and one shared draft, save."""
    root, worker = args
    store = ResultCache(root, "f")
    for n in range(20):
        store.put(store.key(root / f"w{worker}-{n}.md", "s", "t"), FINDINGS, PROBLEMS)
    store.put(store.key(root / "shared.md", "s", "t"), FINDINGS, PROBLEMS)
    store.save()
    return worker


def test_runs_writing_at_once_lose_nothing_and_leave_no_broken_file(tmp_path):
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with context.Pool(4) as pool:
        assert sorted(pool.map(_run, [(tmp_path, n) for n in range(12)])) == list(range(12))
    store = ResultCache(tmp_path, "f")
    assert store.get(store.key(tmp_path / "shared.md", "s", "t")).findings == FINDINGS
    assert all(store.get(store.key(tmp_path / f"w{w}-{n}.md", "s", "t")) for w in range(12) for n in range(20))
    assert store.notes == [] and list(tmp_path.rglob(".tmp-*")) == []


def test_shards_are_plain_json(tmp_path):
    store = cache(tmp_path)
    key = store.key(tmp_path / "a.md", "s", "t")
    store.put(key, FINDINGS, PROBLEMS)
    store.save()
    [shard] = shards(store)
    assert shard.parent.parent.name == f"v{FORMAT}"
    data = json.loads(shard.read_text(encoding="utf-8"))
    assert data["entries"][key.slot][1][0][6] == ["Insert it", [[12, 12, "\n## 学んだこと\n"]]]
