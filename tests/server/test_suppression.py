from answerlint.engine import lint_text
from answerlint.plugins import default_registry
from answerlint.settings import Settings

REGISTRY = default_registry()
BLAME = "The launch failed because the vendor was late with the API."
SETTINGS = Settings(select=("blame-shifting",))


def lines_of(text):
    result = lint_text(text, SETTINGS, REGISTRY)
    return [result.draft.lines.line_of(f.start) for f in result.findings], result.problems


def test_disable_next_line_by_name_and_code():
    text = f"<!-- answerlint-disable-next-line blame-shifting -->\n{BLAME}\n\n{BLAME}\n\n<!-- answerlint-disable-next-line AL101 -->\n{BLAME}\n"
    assert lines_of(text) == ([3], [])


def test_disable_and_enable_ranges():
    text = f"{BLAME}\n\n<!-- answerlint-disable -->\n\n{BLAME}\n\n<!-- answerlint-enable blame-shifting -->\n\n{BLAME}\n\n<!-- answerlint-disable AL101, vague-failure -->\n\n{BLAME}\n\n<!-- answerlint-enable -->\n\n{BLAME}\n"
    assert lines_of(text)[0] == [0, 8, 16]


def test_disable_file_and_other_rules_untouched():
    text = f"{BLAME}\n\n<!-- answerlint-disable-file ethics-risk -->\n"
    assert lines_of(text)[0] == [0]
    text = f"{BLAME}\n\n<!-- answerlint-disable-file AL1 -->\n"
    assert lines_of(text)[0] == []


def test_front_matter_ignore():
    assert lines_of(f"---\nanswerlint: {{ignore: [blame-shifting]}}\n---\n{BLAME}\n")[0] == []
    assert lines_of(f"---\nanswerlint:\n  ignore:\n    - AL101\n---\n{BLAME}\n")[0] == []


def test_unknown_rule_in_directive_is_a_problem():
    found, problems = lines_of(f"<!-- answerlint-disable-next-line blame-shift -->\n{BLAME}\n")
    assert found == [1]
    assert [p.message for p in problems] == ["answerlint directive: unknown rule 'blame-shift'"]


def test_directive_inside_code_is_not_a_directive():
    text = f"```\n<!-- answerlint-disable -->\n```\n\n{BLAME}\n"
    assert lines_of(text)[0] == [4]
