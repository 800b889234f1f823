"""SARIF 2.1.0, the format GitHub code scanning (and other dashboards) ingest.

One run, with every installed rule's metadata in ``tool.driver.rules`` so a
dashboard can show a rule's docs next to its results. Regions are 1-based with
exclusive end columns counted in code points, which the run declares through
``columnKind`` (SARIF otherwise assumes UTF-16 code units).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

import answerlint
from answerlint.finding import Severity
from answerlint.formatters import FileReport, span_of
from answerlint.rule import CUSTOM_CODE, RuleMeta

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/answerlint/"

# SARIF has no "info" or "hint"; "note" is its level for both.
LEVELS = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.INFO: "note",
    Severity.HINT: "note",
}


def _rule(meta: RuleMeta) -> dict[str, Any]:
    return {
        "id": meta.rule_id,
        "name": meta.name,
        "shortDescription": {"text": meta.summary},
        "fullDescription": {"text": meta.summary},
        "help": {"text": meta.docs, "markdown": meta.docs},
        "defaultConfiguration": {"level": LEVELS[meta.severity]},
        "properties": {"tags": [meta.family]},
    }


def _artifact(path: str) -> dict[str, str]:
    pure = PurePath(path)
    if pure.is_absolute():
        # Only when the user passed an absolute path, which %SRCROOT% cannot prefix.
        return {"uri": pure.as_uri()}
    # A URI reference needs "/" separators (also on Windows) and percent-encoded
    # spaces, commas and colons ("a:b.md" would otherwise read as a URI scheme).
    return {"uri": quote(pure.as_posix(), safe="/"), "uriBaseId": "%SRCROOT%"}


def render(reports: Sequence[FileReport], rules: Sequence[RuleMeta]) -> str:
    # Sorted by code so the output does not depend on plugin load order;
    # the first rule wins if two claim one code.
    metas: dict[str, RuleMeta] = {}
    for meta in sorted(rules, key=lambda m: m.code):
        metas.setdefault(meta.rule_id, meta)
    index = {rule_id: i for i, rule_id in enumerate(metas)}

    results = []
    for report in reports:
        artifact = _artifact(report.path)
        for finding in report.findings:
            span = span_of(report.lines, finding.start, finding.end)
            rule_id = f"{CUSTOM_CODE}/{finding.rule}" if finding.code == CUSTOM_CODE else finding.code
            result: dict[str, Any] = {"ruleId": rule_id}
            if rule_id in index:
                result["ruleIndex"] = index[rule_id]
            result["level"] = LEVELS[finding.severity]
            result["message"] = {"text": finding.message}
            result["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": dict(artifact),
                        "region": {
                            "startLine": span.line,
                            "startColumn": span.column,
                            "endLine": span.end_line,
                            "endColumn": span.end_column,
                        },
                    }
                }
            ]
            results.append(result)

    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "answerlint",
                        "informationUri": INFORMATION_URI,
                        "version": answerlint.__version__,
                        "rules": [_rule(meta) for meta in metas.values()],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
