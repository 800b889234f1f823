from answerlint.engine import lint_text
from answerlint.finding import Severity
from answerlint.plugins import Registry, default_registry
from answerlint.rule import Rule, RuleMeta
from answerlint.settings import Settings

BASE = default_registry()
TEXT = "# Story\n\nThe launch failed because the vendor was late.\n"


def meta(code, name):
    return RuleMeta(code, name, "test", "span", Severity.INFO, "s", "m", "docs")


def registry_with(*extra):
    return Registry(rules=list(BASE.rules) + list(extra), frameworks=list(BASE.frameworks))


def test_a_rule_that_raises_is_isolated():
    def boom(draft, context):
        raise RuntimeError("kaput")
        yield

    registry = registry_with(Rule(meta("ZZ001", "boom"), boom))
    result = lint_text(TEXT, Settings(), registry)
    assert result.rule_errors == {"boom": "rule boom (ZZ001) raised RuntimeError: kaput"}
    assert "blame-shifting" in {f.rule for f in result.findings}


def test_garbage_and_out_of_range_findings_are_rejected():
    registry = registry_with(
        Rule(meta("ZZ002", "garbage"), lambda d, c: ["not a finding"]),
        Rule(meta("ZZ003", "outside"), lambda d, c: [meta("ZZ003", "outside").finding(0, 10_000)]),
    )
    result = lint_text(TEXT, Settings(), registry)
    assert set(result.rule_errors) == {"garbage", "outside"}
    assert not {"garbage", "outside"} & {f.rule for f in result.findings}


def test_severity_override_and_sorting():
    settings = Settings(severity={"blame-shifting": Severity.ERROR})
    result = lint_text(TEXT, settings, BASE)
    by_rule = {f.rule: f for f in result.findings}
    assert by_rule["blame-shifting"].severity is Severity.ERROR
    assert [f.start for f in result.findings] == sorted(f.start for f in result.findings)


def test_extend_phrases_reach_the_rule():
    text = "The deal slipped past the quarter because of the reorg.\n"
    plain = lint_text(text, Settings(select=("blame-shifting",)), BASE)
    extended = lint_text(text, Settings(select=("blame-shifting",), extend_phrases={"blame-shifting": ("because of the reorg",)}), BASE)
    assert plain.findings == []
    assert [text[f.start : f.end] for f in extended.findings] == ["because of the reorg"]


# -- isolation: garbage, time budget ---------------------------------------------------

import itertools
import time

import pytest

from answerlint.finding import Edit, Finding, Fix


class _BadRepr:
    def __repr__(self):
        raise RuntimeError("no repr")


@pytest.mark.parametrize(
    "check, said",
    [
        (lambda d, c: None, "returned NoneType, not findings"),
        (lambda d, c: 42, "returned int, not findings"),
        (lambda d, c: "AL999", "returned str, not findings"),
        (lambda d, c: [_BadRepr()], "invalid finding: <_BadRepr; repr failed: RuntimeError>"),
        (lambda d, c: [Finding("other-rule", "ZZ010", Severity.INFO, "m", 0, 1)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "AL101", Severity.INFO, "m", 0, 1)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", -1, 1)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 3, 2)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 0.0, 1)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, None, 0, 1)], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 0, 1, Fix("t", (Edit(0, 10**6, ""),)))], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 0, 1, Fix("t", (Edit(0, 4, ""), Edit(2, 6, "x"))))], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 0, 1, Fix("t", [Edit(0, 1, "")]))], "invalid finding"),
        (lambda d, c: [Finding("garbage", "ZZ010", Severity.INFO, "m", 0, 1, "fix me")], "invalid finding"),
    ],
)
def test_garbage_of_every_kind_is_rejected_and_named(check, said):
    registry = registry_with(Rule(meta("ZZ010", "garbage"), check))
    result = lint_text(TEXT, Settings(), registry)
    assert set(result.rule_errors) == {"garbage"}
    assert result.rule_errors["garbage"].startswith("rule garbage (ZZ010) ")
    assert said in result.rule_errors["garbage"] and "\n" not in result.rule_errors["garbage"]
    assert "blame-shifting" in {f.rule for f in result.findings}
    assert "garbage" not in {f.rule for f in result.findings}


def test_a_valid_fix_passes():
    fix = Fix("t", (Edit(2, 4, "x"), Edit(0, 1, "")))
    registry = registry_with(Rule(meta("ZZ011", "fine"), lambda d, c: [meta("ZZ011", "fine").finding(0, 1, fix=fix)]))
    result = lint_text(TEXT, Settings(), registry)
    assert not result.rule_errors and "fine" in {f.rule for f in result.findings}


def _stuck(draft, context):
    for n in itertools.count():  # pure Python, never returns
        n += 1
    yield


def _endless(draft, context):
    while True:
        yield meta("ZZ013", "endless").finding(0, 1)


def _slow_in_c(draft, context):
    time.sleep(0.3)  # one C call: cannot be interrupted, only measured
    return []


@pytest.mark.parametrize("name, check", [("stuck", _stuck), ("endless", _endless), ("slow", _slow_in_c)])
def test_a_rule_over_its_budget_is_stopped_reported_and_disabled(name, check):
    registry = registry_with(Rule(meta("ZZ012", name), check))
    settings = Settings(rule_time_budget=0.1)
    began = time.monotonic()
    first = lint_text(TEXT, settings, registry)
    assert time.monotonic() - began < 5  # stopped, not waited for (a generous bound: the point is "not forever")
    said = first.rule_errors[name]
    assert said == f"rule {name} (ZZ012) ran over its time budget of 0.1 s (rule-time-budget) and is disabled for the rest of the run"
    assert "blame-shifting" in {f.rule for f in first.findings} and name not in {f.rule for f in first.findings}
    # disabled from now on: not run again, still named so a caller knows the result is incomplete
    second = lint_text(TEXT, settings, registry)
    assert second.rule_errors == {name: said}
    assert registry.disabled == {name: said}
    assert {f.rule for f in second.findings} == {f.rule for f in first.findings}


def test_a_budget_stop_never_leaks_into_the_next_rule():
    # Many tiny budgets that expire right around the rule's end: a stop that arrives late must not hit other code.
    registry = registry_with(Rule(meta("ZZ014", "edge"), lambda d, c: [sum(range(2000))] and []))
    for _ in range(200):
        result = lint_text(TEXT, Settings(rule_time_budget=0.0005), registry)
        assert set(result.rule_errors) <= {"edge"} | set(registry.disabled)
        registry.disabled.clear()


# -- size limit ----------------------------------------------------------------------------


def test_a_draft_over_the_size_limit_is_not_linted_and_says_so():
    text = "I blamed the vendor. " * 50
    result = lint_text(text, Settings(max_draft_bytes=500), BASE)
    assert result.findings == [] and result.rule_errors == {}
    [problem] = result.problems
    assert problem.offset == 0
    assert problem.message == "not linted: the draft is over the limit of 500 bytes (max-draft-bytes)"
    assert result.draft.text == text and result.draft.sections == []


def test_the_size_limit_counts_utf8_bytes():
    text = "é" * 300  # 300 code points, 600 bytes
    assert lint_text(text, Settings(max_draft_bytes=600), BASE).problems == []
    [problem] = lint_text(text, Settings(max_draft_bytes=599), BASE).problems
    assert "limit of 599 bytes" in problem.message
    assert lint_text("😀" * 150, Settings(max_draft_bytes=600), BASE).problems == []  # 4 bytes each: exactly 600
    assert lint_text("😀" * 150 + "a", Settings(max_draft_bytes=600), BASE).problems != []


@pytest.mark.parametrize("phrase", ["(a+)+$", "[", "\\", "a{999999999}", "(?i)x", "\\p{L}+", ".*"])
def test_user_phrases_are_literal_and_cannot_hang_a_rule(phrase):
    text = "# Story\n\n" + "a" * 5000 + "! It failed because of " + phrase + " again.\n"
    settings = Settings(select=("blame-shifting",), extend_phrases={"blame-shifting": (phrase,)}, rule_time_budget=5)
    began = time.monotonic()
    result = lint_text(text, settings, registry_with())
    assert time.monotonic() - began < 5 and result.rule_errors == {}
    # a pattern would match the run of a's or everything; a literal phrase only where it is written
    assert all("a" * 50 not in text[f.start : f.end] for f in result.findings)
