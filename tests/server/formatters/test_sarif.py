from __future__ import annotations

import json
from pathlib import PurePath

import answerlint
from answerlint.finding import Finding, Severity
from answerlint.formatters import FileReport, render
from answerlint.lines import LineIndex


def check_structure(log: dict) -> None:
    """The parts of the SARIF 2.1.0 schema, and of GitHub's own limits, that we rely on."""
    assert log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and len(log["runs"]) == 1
    run = log["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "answerlint"
    assert isinstance(driver["informationUri"], str) and driver["informationUri"].startswith("https://")
    assert isinstance(driver["version"], str)
    ids = []
    for rule in driver["rules"]:
        assert set(rule) == {
            "id", "name", "shortDescription", "fullDescription", "help", "defaultConfiguration", "properties",
        }
        assert isinstance(rule["id"], str) and isinstance(rule["name"], str)
        assert isinstance(rule["shortDescription"]["text"], str)
        assert isinstance(rule["fullDescription"]["text"], str)
        assert isinstance(rule["help"]["text"], str) and isinstance(rule["help"]["markdown"], str)
        assert rule["defaultConfiguration"]["level"] in {"none", "note", "warning", "error"}
        assert all(isinstance(tag, str) for tag in rule["properties"]["tags"])
        ids.append(rule["id"])
    assert len(ids) == len(set(ids))
    assert isinstance(run["results"], list)
    for result in run["results"]:
        assert isinstance(result["ruleId"], str)
        if "ruleIndex" in result:
            assert ids[result["ruleIndex"]] == result["ruleId"]
        assert result["level"] in {"none", "note", "warning", "error"}
        assert isinstance(result["message"]["text"], str)
        [location] = result["locations"]
        physical = location["physicalLocation"]
        assert isinstance(physical["artifactLocation"]["uri"], str)
        region = physical["region"]
        for key in ("startLine", "startColumn", "endLine", "endColumn"):
            assert isinstance(region[key], int) and region[key] >= 1, key
        assert (region["endLine"], region["endColumn"]) >= (region["startLine"], region["startColumn"])


def test_structure(reports, rules):
    check_structure(json.loads(render("sarif", reports, rules)))


def test_driver_and_rules(reports, rules):
    run = json.loads(render("sarif", reports, rules))["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["version"] == answerlint.__version__
    assert run["columnKind"] == "unicodeCodePoints"
    # Sorted by code, whatever order the plugins loaded in.
    assert [rule["id"] for rule in driver["rules"]] == ["AL101", "AL202", "AL301", "AL401"]
    assert driver["rules"][0] == {
        "id": "AL101",
        "name": "blame-shifting",
        "shortDescription": {"text": "Summary of blame-shifting."},
        "fullDescription": {"text": "Summary of blame-shifting."},
        "help": {
            "text": "Summary of blame-shifting.\n\n## What it does\nFlags *blame-shifting*.",
            "markdown": "Summary of blame-shifting.\n\n## What it does\nFlags *blame-shifting*.",
        },
        "defaultConfiguration": {"level": "warning"},
        "properties": {"tags": ["ownership"]},
    }
    assert [rule["defaultConfiguration"]["level"] for rule in driver["rules"]] == ["warning", "note", "note", "error"]


def test_results(reports, rules):
    results = json.loads(render("sarif", reports, rules))["runs"][0]["results"]
    assert [(r["ruleId"], r["ruleIndex"], r["level"]) for r in results] == [
        ("AL101", 0, "warning"),
        ("AL401", 3, "error"),
        ("AL301", 2, "note"),
        ("AL202", 1, "note"),
    ]
    assert results[1] == {
        "ruleId": "AL401",
        "ruleIndex": 3,
        "level": "error",
        "message": {"text": 'Say what you learned: 100% of it, <not> "nothing" & more.\nThen stop.'},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": "drafts/a.md", "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": 3, "startColumn": 11, "endLine": 3, "endColumn": 18},
                }
            }
        ],
    }
    # Code points after the emoji and CJK, not UTF-16 units.
    assert results[0]["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 15, "endLine": 2, "endColumn": 25,
    }
    assert results[2]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "notes/odd%2C%20name%3A1.md",
        "uriBaseId": "%SRCROOT%",
    }


def test_empty(rules):
    log = json.loads(render("sarif", [], rules))
    check_structure(log)
    assert log["runs"][0]["results"] == []
    assert len(log["runs"][0]["tool"]["driver"]["rules"]) == 4


def test_deterministic(reports, rules):
    assert render("sarif", reports, rules) == render("sarif", reports, list(reversed(rules)))


def test_unknown_rule_has_no_index(rules):
    finding = Finding("stray", "XX001", Severity.INFO, "m", 0, 1)
    log = json.loads(render("sarif", [FileReport("a.md", LineIndex("x\n"), [finding])], rules))
    check_structure(log)
    [result] = log["runs"][0]["results"]
    assert result["ruleId"] == "XX001" and "ruleIndex" not in result


def test_absolute_path_is_a_file_uri(rules):
    path = str(PurePath("/") / "tmp" / "my draft.md") if PurePath("/").is_absolute() else "C:\\tmp\\my draft.md"
    finding = Finding("r", "AL101", Severity.WARNING, "m", 0, 1)
    log = json.loads(render("sarif", [FileReport(path, LineIndex("x\n"), [finding])], rules))
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": PurePath(path).as_uri()}
    assert artifact["uri"].startswith("file:///") and artifact["uri"].endswith("/tmp/my%20draft.md")
