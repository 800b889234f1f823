"""Every built-in rule checked against hand-written examples, proselint-style.

Each rule has ``examples/<rule-name>.txt`` (plain text, so the examples are
never linted as drafts themselves). The format:

* ``# fire`` and ``# quiet`` on a line of their own start a section: examples
  the rule must report, and examples it must leave alone.
* Any other line starting with ``#`` outside a block is a comment; blank lines
  are ignored.
* Every other line is one example. ``\\n`` in it stands for a line break and
  ``\\t`` for a tab, so a short document fits on one line.
* A line ``<<<`` opens a multi-line example and a line ``>>>`` closes it; the
  lines between are taken verbatim (headings, front matter, code fences and
  block quotes included). Document rules mostly use this form.
* In a fire example of a span rule, ``[[...]]`` marks each span the rule must
  report: it must report exactly those spans, no more and no fewer. The
  brackets are removed before linting. A fire example of a document rule must
  produce exactly one finding, at the draft's anchor.

Each example is linted on its own with only its rule selected. Every
installed built-in rule must have an example file with at least
:data:`MINIMUM` examples of each kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from answerlint.engine import lint_text
from answerlint.plugins import default_registry
from answerlint.settings import Settings

EXAMPLES = Path(__file__).parent / "examples"
MINIMUM = 8
_OPEN, _CLOSE = "<<<", ">>>"


@dataclass(frozen=True)
class Example:
    rule: str
    expect: str  # "fire" | "quiet"
    text: str  # markers removed
    spans: tuple[tuple[int, int], ...]  # expected spans (fire examples of span rules)
    marked: bool  # the source had [[...]] markers
    line: int

    @property
    def id(self) -> str:
        return f"{self.rule}:{self.line}:{self.expect}"


def _unescape(line: str) -> str:
    out, i = [], 0
    while i < len(line):
        if line[i] == "\\" and i + 1 < len(line) and line[i + 1] in "nt\\":
            out.append({"n": "\n", "t": "\t", "\\": "\\"}[line[i + 1]])
            i += 2
        else:
            out.append(line[i])
            i += 1
    return "".join(out)


def _strip_markers(source: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    text, spans, cursor = [], [], 0
    length = 0
    while True:
        start = source.find("[[", cursor)
        if start < 0:
            break
        end = source.find("]]", start + 2)
        if end < 0:
            raise ValueError(f"unclosed [[ in {source!r}")
        before = source[cursor:start]
        inner = source[start + 2 : end]
        text.append(before)
        length += len(before)
        spans.append((length, length + len(inner)))
        text.append(inner)
        length += len(inner)
        cursor = end + 2
    text.append(source[cursor:])
    return "".join(text), tuple(spans)


def parse_examples(path: Path) -> list[Example]:
    rule = path.stem
    examples: list[Example] = []
    section: str | None = None
    block: list[str] | None = None
    block_line = 0
    lines = path.read_text(encoding="utf-8").split("\n")

    def add(raw: str, line: int) -> None:
        if section is None:
            raise ValueError(f"{path.name}:{line}: example before '# fire' or '# quiet'")
        text, spans = _strip_markers(raw)
        examples.append(Example(rule, section, text, spans, bool(spans), line))

    for number, line in enumerate(lines, start=1):
        if block is not None:
            if line == _CLOSE:
                add("\n".join(block) + "\n", block_line)
                block = None
            else:
                block.append(line)
            continue
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.lower() in ("# fire", "# quiet"):
            section = stripped[2:].lower()
        elif stripped == _OPEN:
            block, block_line = [], number
        elif stripped.startswith("#"):
            continue
        else:
            add(_unescape(line) + "\n", number)
    if block is not None:
        raise ValueError(f"{path.name}:{block_line}: '<<<' is never closed")
    return examples


def _builtin_rules():
    registry = default_registry()
    return [r for r in registry.rules if r.check.__module__.startswith("answerlint_rules.")]


def _all_examples() -> list[Example]:
    found: list[Example] = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        found.extend(parse_examples(path))
    return found


ALL = _all_examples()


@pytest.mark.parametrize("rule", [r.meta.name for r in _builtin_rules()])
def test_every_builtin_rule_has_examples(rule):
    path = EXAMPLES / f"{rule}.txt"
    assert path.is_file(), f"built-in rule {rule} has no example file {path.name}"
    examples = parse_examples(path)
    fire = [e for e in examples if e.expect == "fire"]
    quiet = [e for e in examples if e.expect == "quiet"]
    assert len(fire) >= MINIMUM, f"{rule}: only {len(fire)} fire examples (need {MINIMUM})"
    assert len(quiet) >= MINIMUM, f"{rule}: only {len(quiet)} quiet examples (need {MINIMUM})"


def test_every_example_file_names_an_installed_rule():
    registry = default_registry()
    for path in EXAMPLES.glob("*.txt"):
        assert registry.find(path.stem) is not None, f"{path.name} names no installed rule"


@pytest.mark.parametrize("example", ALL, ids=[e.id for e in ALL])
def test_example(example: Example):
    registry = default_registry()
    rule = registry.find(example.rule)
    assert rule is not None
    result = lint_text(example.text, Settings(select=(rule.meta.name,)), registry)
    assert not result.rule_errors, result.rule_errors
    found = [f for f in result.findings if f.rule == rule.meta.name]
    reported = [example.text[f.start : f.end] for f in found]
    if example.expect == "quiet":
        assert not example.marked, "a quiet example cannot mark spans"
        assert not found, f"expected no finding, got {reported} in {example.text!r}"
        return
    assert found, f"expected a finding in {example.text!r}"
    if rule.meta.kind == "document":
        assert len(found) == 1, f"a document rule reports once, got {reported}"
        assert found[0].start == result.draft.anchor()[0]
    else:
        assert example.marked, "a fire example of a span rule must mark its span with [[...]]"
        expected = [example.text[s:e] for s, e in example.spans]
        assert sorted((f.start, f.end) for f in found) == sorted(example.spans), (
            f"expected {expected}, got {reported} in {example.text!r}"
        )
