from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

from lsprotocol import types

from answerlint.draft import Problem
from answerlint.finding import Edit, Finding, Fix, Severity
from answerlint.lsp.diagnostics import to_diagnostics
from answerlint.lsp.positions import PositionMap

TEXT = "# 😋 Title\n\nThey failed.\n"


def test_a_finding_with_its_fix():
    fix = Fix("Insert it", (Edit(len(TEXT), len(TEXT), "## Learned\n"),))
    finding = Finding("missing-learning", "AL401", Severity.ERROR, "No lesson.", 0, 9, fix)
    [diagnostic] = to_diagnostics([finding], [], PositionMap(TEXT, "utf-16"), 7)
    assert diagnostic.range == types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=10))
    assert (diagnostic.code, diagnostic.source, diagnostic.severity) == ("AL401", "answerlint", types.DiagnosticSeverity.Error)
    docs = Path(url2pathname(urlparse(diagnostic.code_description.href).path))
    assert docs.name == "missing_learning.py" and 'code="AL401"' in docs.read_text(encoding="utf-8")
    assert diagnostic.data == {
        "rule": "missing-learning",
        "version": 7,
        "fix": {
            "title": "Insert it",
            "edits": [{"range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 0}}, "newText": "## Learned\n"}],
        },
    }


def test_severities_and_problems():
    hint = Finding("hedging", "AL304", Severity.HINT, "Filler.", 11, 15)
    problem = Problem(11, "answerlint directive: unknown rule 'x'")
    problem_diagnostic, hint_diagnostic = to_diagnostics([hint], [problem], PositionMap(TEXT, "utf-8"), None)
    assert hint_diagnostic.severity == types.DiagnosticSeverity.Hint
    assert "fix" not in hint_diagnostic.data
    assert problem_diagnostic.code is None and problem_diagnostic.source == "answerlint"
    assert problem_diagnostic.range.end == types.Position(line=2, character=12)
