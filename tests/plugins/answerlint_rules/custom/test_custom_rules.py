"""Custom rules as a coach writes them: a [[custom-rules]] table in, the exact findings out."""

from __future__ import annotations

import pickle
import textwrap
from pathlib import Path

import pytest

from answerlint.engine import lint_text
from answerlint.finding import Severity, apply_edits
from answerlint.plugins import default_registry
from answerlint.settings import load_settings

BUZZWORDS = """
[[custom-rules]]
name = "no-buzzwords"
message = "Say what you actually did instead of a buzzword."
severity = "warning"
kind = "substitution"
phrases = ["synergy", "leveraged", "didn't align"]
replacement = "worked with"
link = "https://example.org/our-advice"
"""


def settings_from(tmp_path: Path, toml: str, name: str = "answerlint.toml"):
    config = tmp_path / name
    config.write_text(textwrap.dedent(toml), encoding="utf-8")
    return load_settings(config, default_registry())


def found(settings, text: str, rule: str | None = None):
    result = lint_text(text, settings, default_registry())
    return [(f.rule, text[f.start : f.end]) for f in result.findings if rule is None or f.rule == rule]


# -- existence and substitution ------------------------------------------------------


def test_substitution_flags_whole_words_in_any_case_and_offers_the_replacement(tmp_path):
    settings = settings_from(tmp_path, BUZZWORDS)
    text = "Leveraged by nobody, we built SYNERGY. Synergystic ideas and leveraging stay.\n"
    result = lint_text(text, settings, default_registry())
    ours = [f for f in result.findings if f.rule == "no-buzzwords"]
    assert [(text[f.start : f.end], f.code, f.severity) for f in ours] == [
        ("Leveraged", "CUSTOM", Severity.WARNING),
        ("SYNERGY", "CUSTOM", Severity.WARNING),
    ]
    assert [f.fix.edits[0].new_text for f in ours] == ["Worked with", "WORKED WITH"]
    assert apply_edits(text, [e for f in ours for e in f.fix.edits]).startswith("Worked with by nobody, we built WORKED WITH.")


def test_apostrophes_match_curly_or_straight(tmp_path):
    settings = settings_from(tmp_path, BUZZWORDS)
    assert found(settings, "Our goals didn’t align at all.\n", "no-buzzwords") == [("no-buzzwords", "didn’t align")]
    assert found(settings, "Our goals didn't  align at all.\n", "no-buzzwords") == [("no-buzzwords", "didn't  align")]
    curly = settings_from(tmp_path, BUZZWORDS.replace("didn't align", "didn’t align"))
    assert found(curly, "Our goals didn't align.\n", "no-buzzwords") == [("no-buzzwords", "didn't align")]


@pytest.mark.parametrize(
    "text",
    [
        "Here is `synergy` in code.\n",
        "```\nsynergy\n```\n",
        "<!-- synergy -->\nNothing.\n",
        "---\ntitle: synergy\n---\nNothing.\n",
        "See [the memo](https://example.org/synergy).\n",
        "> Tell me about the synergy you lost.\n\nNothing.\n",
    ],
    ids=["code-span", "fence", "html-comment", "front-matter", "link-target", "quoted-question"],
)
def test_never_reads_anything_but_prose(tmp_path, text):
    assert found(settings_from(tmp_path, BUZZWORDS), text, "no-buzzwords") == []


def test_phrases_are_literal_never_patterns(tmp_path):
    settings = settings_from(
        tmp_path,
        """
        [[custom-rules]]
        name = "no-jargon"
        message = "Plain words."
        kind = "existence"
        phrases = ["c++ (beta)", "a.b", "[x]"]
        """,
    )
    assert found(settings, "We shipped c++ (beta) and axb and a.b and x.\n", "no-jargon") == [
        ("no-jargon", "c++ (beta)"),
        ("no-jargon", "a.b"),
    ]


def test_a_match_never_crosses_a_block_nor_hides_one_inside_it(tmp_path):
    settings = settings_from(
        tmp_path,
        """
        [[custom-rules]]
        name = "no-titles"
        message = "m"
        kind = "existence"
        phrases = ["the team lead", "team"]
        """,
    )
    assert found(settings, "I told the team\n\nlead the way.\n", "no-titles") == [("no-titles", "team")]


def test_no_fix_when_markdown_sits_inside_the_match(tmp_path):
    settings = settings_from(tmp_path, BUZZWORDS)
    text = "Our goals didn't *align* today.\n"
    result = lint_text(text, settings, default_registry())
    ours = [f for f in result.findings if f.rule == "no-buzzwords"]
    assert len(ours) == 1 and ours[0].fix is None


# -- required and scope ---------------------------------------------------------------

STAR_L = """# Situation

I ran the night shift and we leveraged the overtime budget.

# Learned

{learned}
"""

SCOPED = """
[[custom-rules]]
name = "learned-buzzwords"
message = "Say the lesson plainly."
kind = "existence"
phrases = ["leveraged", "synergy"]
scope = "Learned"

[[custom-rules]]
name = "concrete-lesson"
message = "Say what you now do differently."
severity = "error"
kind = "required"
phrases = ["I now", "since then"]
scope = "Learned"

[[custom-rules]]
name = "numbers-section"
message = "Add a Numbers section."
kind = "required"
sections = ["Numbers", "Result"]
"""


def test_scope_limits_matches_to_the_framework_section(tmp_path):
    settings = settings_from(tmp_path, SCOPED)
    text = STAR_L.format(learned="We leveraged synergy better. I now plan overtime weekly.")
    assert found(settings, text, "learned-buzzwords") == [("learned-buzzwords", "leveraged"), ("learned-buzzwords", "synergy")]
    assert found(settings, text, "concrete-lesson") == []


def test_scope_follows_forgiving_heading_matching(tmp_path):
    settings = settings_from(tmp_path, SCOPED)
    text = "## What happened\n\nI leveraged it.\n\n## Lessons learned\n\nSynergy matters.\n"
    assert found(settings, text, "learned-buzzwords") == [("learned-buzzwords", "Synergy")]


def test_required_fires_once_at_the_anchor_when_nothing_in_scope_says_it(tmp_path):
    settings = settings_from(tmp_path, SCOPED)
    text = "# Situation\n\nI now plan overtime weekly.\n\n# Learned\n\nPlanning matters.\n"
    result = lint_text(text, settings, default_registry())
    ours = [f for f in result.findings if f.rule == "concrete-lesson"]
    assert [(f.start, f.end, f.severity, f.message) for f in ours] == [
        (0, len("# Situation"), Severity.ERROR, "Say what you now do differently.")
    ]


def test_required_sections_are_satisfied_only_by_a_non_empty_section(tmp_path):
    settings = settings_from(tmp_path, SCOPED)
    assert found(settings, "# Numbers\n\n\n# Other\n\nText.\n", "numbers-section") == [("numbers-section", "# Numbers")]
    assert found(settings, "# Numbers\n\n3 of 40 orders late.\n", "numbers-section") == []
    assert found(settings, "# Results\n\n3 of 40 orders late.\n", "numbers-section") == []


# -- like every rule: select, ignore, severity, suppression ---------------------------------


def test_select_ignore_and_severity_name_custom_rules(tmp_path):
    text = "We leveraged it.\n"
    only = settings_from(tmp_path, 'select = ["no-buzzwords"]\n' + BUZZWORDS)
    assert found(only, text) == [("no-buzzwords", "leveraged")]
    by_code = settings_from(tmp_path, 'select = ["CUSTOM"]\n' + BUZZWORDS)
    assert found(by_code, text) == [("no-buzzwords", "leveraged")]
    ignored = settings_from(tmp_path, 'ignore = ["no-buzzwords"]\n' + BUZZWORDS)
    assert found(ignored, text, "no-buzzwords") == []
    louder = settings_from(tmp_path, BUZZWORDS + '[severity]\n"no-buzzwords" = "error"\n')
    assert [f.severity for f in lint_text(text, louder, default_registry()).findings if f.rule == "no-buzzwords"] == [Severity.ERROR]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("<!-- answerlint-disable-next-line no-buzzwords -->\nWe leveraged it.\nSynergy.\n", ["Synergy"]),
        ("<!-- answerlint-disable-file CUSTOM -->\nWe leveraged it.\n", []),
        ("<!-- answerlint-disable no-buzzwords -->\nWe leveraged it.\n<!-- answerlint-enable no-buzzwords -->\nSynergy.\n", ["Synergy"]),
        ("---\nanswerlint: {ignore: [no-buzzwords]}\n---\nWe leveraged it.\n", []),
    ],
    ids=["next-line", "file-by-code", "region", "front-matter"],
)
def test_suppression_comments_work_by_name_or_code(tmp_path, text, kept):
    settings = settings_from(tmp_path, BUZZWORDS)
    result = lint_text(text, settings, default_registry())
    assert [text[f.start : f.end] for f in result.findings if f.rule == "no-buzzwords"] == kept
    assert result.problems == []


def test_pyproject_table_works_too(tmp_path):
    toml = BUZZWORDS.replace("[[custom-rules]]", "[[tool.answerlint.custom-rules]]")
    settings = settings_from(tmp_path, toml, "pyproject.toml")
    assert found(settings, "We leveraged it.\n", "no-buzzwords") == [("no-buzzwords", "leveraged")]


def test_settings_with_custom_rules_cross_to_a_worker_process(tmp_path):
    settings = pickle.loads(pickle.dumps(settings_from(tmp_path, BUZZWORDS + SCOPED)))
    assert found(settings, "We leveraged it.\n", "no-buzzwords") == [("no-buzzwords", "leveraged")]


def test_docs_say_what_the_rule_does(tmp_path):
    settings = settings_from(tmp_path, BUZZWORDS)
    meta = settings.custom_rules[0].meta
    assert (meta.code, meta.family, meta.kind, meta.link, meta.safe_fix) == ("CUSTOM", "custom", "span", "https://example.org/our-advice", True)
    assert meta.summary == "Say what you actually did instead of a buzzword."
    for heading in ("## What it does", "## Why it matters to an interviewer", "## Fix"):
        assert heading in meta.docs
    assert '"synergy", "leveraged"' in meta.docs and "worked with" in meta.docs
