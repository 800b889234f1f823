"""Every built-in rule documents itself the same way, for ``answerlint explain`` and the editor."""

from __future__ import annotations

import re

import pytest

from answerlint.plugins import default_registry
from answerlint.rule import DOC_HEADINGS

BUILTIN = [r for r in default_registry().rules if r.check.__module__.startswith("answerlint_rules.")]

# A message says what to do: one of its clauses opens with an instruction.
_IMPERATIVE = {
    "add", "say", "name", "give", "choose", "pick", "cut", "drop", "replace", "use", "try", "tell", "put", "describe",
    "explain", "state", "keep", "move", "show", "write", "remove", "own", "rephrase", "lead", "end", "start", "link",
    "tie", "mention", "swap", "spell", "quantify", "shorten", "trim", "split", "speak", "focus", "make", "turn",
    "insert", "include", "frame", "finish", "open", "close", "reword", "check", "count", "ask", "answer", "offer",
}


def _sections(docs: str) -> dict[str, str]:
    parts = re.split(r"^##\s+(.+?)\s*$", docs, flags=re.M)
    return {parts[i].strip(): parts[i + 1].strip() for i in range(1, len(parts) - 1, 2)}


def test_there_are_builtin_rules():
    assert BUILTIN


@pytest.mark.parametrize("rule", BUILTIN, ids=[r.meta.name for r in BUILTIN])
def test_docs_have_the_four_headings_with_content(rule):
    sections = _sections(rule.meta.docs)
    for heading in DOC_HEADINGS:
        assert heading in sections, f"{rule.meta.name}: docs lack '## {heading}'"
        assert sections[heading], f"{rule.meta.name}: '## {heading}' is empty"
    order = [h for h in sections if h in DOC_HEADINGS]
    assert order == list(DOC_HEADINGS), f"{rule.meta.name}: headings out of order: {order}"


@pytest.mark.parametrize("rule", BUILTIN, ids=[r.meta.name for r in BUILTIN])
def test_summary_and_message(rule):
    meta = rule.meta
    assert meta.summary.strip(), f"{meta.name}: empty summary"
    assert meta.message.strip(), f"{meta.name}: empty message"
    assert len(meta.message) < 120, f"{meta.name}: message is {len(meta.message)} characters"
    clauses = [c.strip() for c in re.split(r"[.:;!?]", meta.message) if c.strip()]
    openers = {c.split()[0].lower().strip(",()\"'") for c in clauses}
    assert openers & _IMPERATIVE, f"{meta.name}: the message does not say what to do instead: {meta.message!r}"


@pytest.mark.parametrize("rule", BUILTIN, ids=[r.meta.name for r in BUILTIN])
def test_example_and_use_instead_show_text(rule):
    sections = _sections(rule.meta.docs)
    assert "```" in sections["Example"], f"{rule.meta.name}: the Example has no fenced sample"
    assert "```" in sections["Use instead"] or len(sections["Use instead"].split()) >= 8


def _fenced(section: str) -> str | None:
    match = re.search(r"```[\w-]*\n(.*?)```", section, flags=re.S)
    return match.group(1) if match else None


# Rules whose samples are whole, lintable drafts (others may elide with "…").
LINTABLE_SAMPLES = [r for r in BUILTIN if r.meta.name in ("blame-shifting", "ethics-risk", "vague-failure", "no-metrics", "missing-learning")]


@pytest.mark.parametrize("rule", LINTABLE_SAMPLES, ids=[r.meta.name for r in LINTABLE_SAMPLES])
def test_the_docs_practise_what_they_preach(rule):
    """The Example fires the rule; the Use instead sample does not."""
    from answerlint.engine import lint_text
    from answerlint.settings import Settings

    sections = _sections(rule.meta.docs)
    settings = Settings(select=(rule.meta.name,))
    example, instead = _fenced(sections["Example"]), _fenced(sections["Use instead"])
    assert example is not None
    assert lint_text(example, settings, default_registry()).findings, f"{rule.meta.name}: its own Example does not fire"
    if instead is not None:
        found = lint_text(instead, settings, default_registry()).findings
        assert not found, f"{rule.meta.name}: its own 'Use instead' fires: {found}"
