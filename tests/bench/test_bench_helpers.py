"""The pure helpers behind bench/peers.py and bench/scaling.py: nothing here is timed or networked."""

import re
from pathlib import Path

import pytest

from bench import peers, scaling
from bench.timing import (
    Outcome,
    chunk_argv,
    fmt_ratio,
    growth_exponent,
    markdown_table,
    ratio,
    summarise,
)


# -- timing.py ------------------------------------------------------------------------------


def test_summarise_takes_the_median_not_the_mean():
    s = summarise([1.0, 9.0, 2.0])
    assert (s.median, s.low, s.high, s.runs) == (2.0, 1.0, 9.0, 3)
    assert summarise([1.0, 2.0, 3.0, 10.0]).median == 2.5


def test_summarise_refuses_no_samples():
    with pytest.raises(ValueError):
        summarise([])


def test_ratio_is_missing_when_a_side_is():
    assert ratio(3.0, 1.5) == 2.0
    assert ratio(None, 1.0) is None
    assert ratio(1.0, None) is None
    assert ratio(1.0, 0.0) is None


@pytest.mark.parametrize(
    "a, ta, b, tb, k",
    [(1000, 1.0, 10000, 10.0, 1.0), (1000, 1.0, 10000, 100.0, 2.0), (10, 2.0, 100, 2.0, 0.0)],
)
def test_growth_exponent(a, ta, b, tb, k):
    assert growth_exponent(a, ta, b, tb) == pytest.approx(k)


def test_growth_exponent_cannot_tell_from_nothing():
    assert growth_exponent(1000, 0.0, 10000, 1.0) is None
    assert growth_exponent(1000, 1.0, 1000, 2.0) is None


def test_fmt_ratio_keeps_small_ratios_readable():
    assert fmt_ratio(0.0312) == "0.03×"
    assert fmt_ratio(12.34) == "12.3×"
    assert fmt_ratio(None) == "–"


def test_markdown_table_aligns_and_escapes_pipes():
    text = markdown_table(("tool", "s"), [("a|b", "1.5"), ("c", "10.25")], right=(1,))
    lines = text.splitlines()
    assert lines[0] == "| tool |     s |"
    assert lines[1] == "| ---- | ----: |"
    assert lines[2] == "| a\\|b |   1.5 |"
    assert len({len(line) for line in lines}) == 1


def test_markdown_table_rejects_ragged_rows():
    with pytest.raises(ValueError):
        markdown_table(("a", "b"), [("only one",)])


def test_chunk_argv_keeps_every_item_once_in_order_within_the_limit():
    items = [f"draft-{i:04d}.md" for i in range(500)]
    limit = 2000
    chunks = chunk_argv(["write-good", "--parse"], items, limit)
    assert len(chunks) > 1
    assert all(chunk[:2] == ["write-good", "--parse"] for chunk in chunks)
    assert [item for chunk in chunks for item in chunk[2:]] == items
    assert all(sum(len(a.encode()) + 9 for a in chunk) <= limit for chunk in chunks)


def test_chunk_argv_one_line_when_it_fits_and_refuses_an_item_that_never_fits():
    assert chunk_argv(["t"], ["a", "b"], 10_000) == [["t", "a", "b"]]
    assert chunk_argv(["t"], [], 10_000) == [["t"]]
    with pytest.raises(ValueError):
        chunk_argv(["t"], ["x" * 100], 50)


# -- peers.py: how each tool is called, and what counts as a crash ---------------------------------


FOLDER = peers.Target("drafts", "3 drafts", Path("/c"), ("a.md", "b.md", "c.md"), True)
ONE = peers.Target("one", "1 draft", Path("/c"), ("a.md",), False)


def test_answerlint_flags_read_from_help():
    assert peers.answerlint_flags("  --exit-zero  exit 0\n  --quiet, -q") == {"no_cache": False, "cache_dir": False}
    assert peers.answerlint_flags("  --no-cache   skip\n  --cache-dir DIR  where") == {"no_cache": True, "cache_dir": True}
    # an option that merely starts the same way is not the flag
    assert peers.answerlint_flags("  --no-cached-thing")["no_cache"] is False


def test_answerlint_cold_uses_no_cache_else_a_cache_dir_else_nothing():
    none = {"no_cache": False, "cache_dir": False}
    both = {"no_cache": True, "cache_dir": True}
    only_dir = {"no_cache": False, "cache_dir": True}
    base = ["py", "-m", "answerlint", "check", "--format", "json", "--exit-zero"]
    assert peers.answerlint_argv("py", FOLDER, none, "cold", Path("/x")) == [*base, "."]
    assert peers.answerlint_argv("py", ONE, both, "cold", Path("/x")) == [*base, "--no-cache", "a.md"]
    assert peers.answerlint_argv("py", ONE, only_dir, "cold", Path("/x")) == [*base, "--cache-dir", "/x", "a.md"]
    assert peers.answerlint_argv("py", FOLDER, both, "warm", Path("/w")) == [*base, "--cache-dir", "/w", "."]
    with pytest.raises(ValueError):
        peers.answerlint_argv("py", FOLDER, none, "warm", Path("/w"))


def test_file_args_prefers_the_tools_own_glob_for_a_folder():
    assert peers.file_args(FOLDER, "*.md") == ["*.md"]
    assert peers.file_args(FOLDER, None) == ["a.md", "b.md", "c.md"]
    assert peers.file_args(ONE, "*.md") == ["a.md"]


def test_every_peer_is_pinned_to_an_exact_version():
    assert set(peers.PINS) == {"proselint", *peers.NPM_PEERS}
    for packages in peers.PINS.values():
        for version in packages.values():
            assert re.fullmatch(r"\d+\.\d+\.\d+", version)


def test_install_commands_pin_exact_versions():
    npm = peers.npm_install_argv(Path("/p"), {"textlint": "15.8.0", "textlint-rule-write-good": "2.0.0"})
    assert npm[:4] == ["npm", "install", "--prefix", "/p"]
    assert npm[-2:] == ["textlint@15.8.0", "textlint-rule-write-good@2.0.0"]
    assert "--save-exact" in npm
    pip = peers.pip_install_argv(Path("/v"), {"proselint": "0.16.0"})
    assert pip[0] == "/v/bin/python" and pip[-1] == "proselint==0.16.0"


def test_write_good_gets_the_file_list_in_chunks(monkeypatch):
    tools = {t.name: t for t in peers.peer_tools(limit=300)}
    many = peers.Target("d", "d", Path("/c"), tuple(f"draft-{i:04d}.md" for i in range(40)), True)
    commands = tools["write-good"].build(many)
    assert len(commands) > 1
    assert [a for c in commands for a in c[2:]] == list(many.files)
    assert tools["alex"].build(many)[0][-1] == "*.md"
    assert tools["proselint"].build(many)[0][-2:] == ["check", "."]


def _tool(**kw):
    defaults = dict(name="t", peer=True, build=lambda t: [], ok_codes=frozenset({0, 1}),
                    crash=(peers.NODE_STACK,), finding=re.compile(r"warning"), report_stream="stderr")
    defaults.update(kw)
    return peers.Tool(**defaults)


def test_judge_accepts_found_problems_exit_codes_and_rejects_others():
    tool = _tool()
    assert peers.judge(tool, Outcome(1.0, [1], "a.md 1:1 warning x"), validate=True) is None
    failure = peers.judge(tool, Outcome(1.0, [0, 2], "boom"), validate=False)
    assert failure.startswith("exit 2")


def test_judge_sees_a_node_crash_behind_an_accepted_exit_code():
    stack = "TypeError: x is not a function\n    at lint (/p/node_modules/alex/lib/index.js:12:5)\n"
    assert "crashed" in peers.judge(_tool(), Outcome(1.0, [1], stack), validate=False)


def test_judge_sees_proselints_swallowed_per_file_error():
    proselint = next(t for t in peers.peer_tools() if t.name == "proselint")
    out = Outcome(1.0, [0], "Error encountered while linting /x.md: [Errno 2] No such file", stdout="")
    assert "crashed" in peers.judge(proselint, out, validate=False)


def test_judge_validation_wants_a_finding_on_the_tools_own_stream():
    tool = _tool()
    assert "shows no finding" in peers.judge(tool, Outcome(1.0, [0], "", stdout="warning on stdout"), validate=True)
    assert peers.judge(tool, Outcome(1.0, [0], "", stdout=""), validate=False) is None


def test_fastest_peer_ignores_answerlint_and_failed_peers():
    results = [
        peers.Result("answerlint (cold)", "c", [0.1, 0.1]),
        peers.Result("slow", "c", [5.0, 6.0, 7.0]),
        peers.Result("quick", "c", [2.0, 3.0, 2.5]),
        peers.Result("broken", "c", [0.5], failure="crashed"),
    ]
    assert peers.fastest_peer(results, {"slow", "quick", "broken"}).tool == "quick"
    assert peers.fastest_peer(results[:1], {"slow"}) is None


def test_table_gives_ratios_to_answerlint_and_to_the_fastest_peer_and_shows_failures():
    results = [
        peers.Result("answerlint (cold)", "c", [1.0]),
        peers.Result("quick", "c", [2.0]),
        peers.Result("slow", "c", [8.0]),
        peers.Result("broken", "c", failure="exit 3"),
    ]
    text = peers.table({"c": results}, {"quick", "slow", "broken"})
    row = {line.split("|")[2].strip(): [c.strip() for c in line.split("|")[1:-1]] for line in text.splitlines()[2:]}
    assert row["slow"][-2:] == ["8.00×", "4.00×"]
    assert row["quick ★"][-2:] == ["2.00×", "1.00×"]
    assert row["answerlint (cold)"][-2:] == ["1.00×", "0.50×"]
    assert "FAILED: exit 3" in row["broken"][-1]


def test_target_checks_use_the_issues_thresholds():
    medians = {("answerlint (cold)", "drafts"): 0.5, ("answerlint (cold)", "one"): 0.4,
               ("answerlint (cold)", "long"): 1.0}
    fastest = {"drafts": 1.7, "one": 0.3, "long": 2.5}
    checks = {c.name: c for c in peers.target_checks(medians, fastest, ("drafts", "one", "long"), False)}
    assert checks["1,000 drafts, cold"].passed is True  # 3.4× ≥ 3
    assert checks["1,000 drafts, warm"].passed is None
    assert "not supported" in checks["1,000 drafts, warm"].measured
    assert checks["1 draft"].passed is False  # 0.4 s is slower than 0.3 s
    assert checks["50,000-word document"].passed is True  # 2.5×
    medians[("answerlint (cold)", "drafts")] = 0.6
    assert {c.name: c for c in peers.target_checks(medians, fastest, ("drafts", "one", "long"), False)}[
        "1,000 drafts, cold"].passed is False  # 2.83×


def test_last_error_line_picks_npms_error_over_noise():
    log = "npm http fetch GET 200\nnpm ERR! code ETARGET\nnpm ERR! notarget No matching version\nsome footer\n"
    assert peers._last_error_line(log) == "npm ERR! notarget No matching version"


# -- scaling.py -------------------------------------------------------------------------------


def test_scaling_rows_net_of_fixed_cost_per_thousand_words_and_k():
    series = scaling.Series("s", {1000: [1.5, 1.6, 1.4], 10000: [6.0], 100000: [51.0]}, fixed=[1.0])
    rows = scaling.rows(series, {1000: 1000, 10000: 10000, 100000: 100000})
    assert [r.net for r in rows] == pytest.approx([0.5, 5.0, 50.0])
    assert [r.per_thousand_ms for r in rows] == pytest.approx([500.0, 500.0, 500.0])
    assert rows[0].k is None
    assert rows[1].k == pytest.approx(1.0) and rows[2].k == pytest.approx(1.0)
    assert scaling.overall_k(rows) == pytest.approx(1.0)
    assert scaling.verdict(rows).startswith("linear")


def test_scaling_verdict_calls_out_quadratic_growth():
    series = scaling.Series("s", {1000: [0.01], 10000: [1.0]})
    rows = scaling.rows(series, {1000: 1000, 10000: 10000})
    assert rows[1].k == pytest.approx(2.0)
    assert scaling.verdict(rows).startswith("SUPER-LINEAR")
