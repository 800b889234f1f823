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
