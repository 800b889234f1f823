from answerlint.engine import lint_text
from answerlint.finding import Finding, Severity
from answerlint.plugins import default_registry
from answerlint.settings import Length, Settings
from answerlint.summary import summarise


def finding(rule):
    return Finding(rule, "X", Severity.WARNING, "m", 0, 1)


def test_checklist_items_follow_their_rules():
    summary = summarise([finding("blame-shifting")], ["blame-shifting", "ethics-risk", "missing-learning"], 300, 150, "star-l")
    assert summary.checklist == {
        "accountability": False,
        "learning": True,
        "judgment": None,
        "self-awareness": None,
        "trustworthiness": True,
    }
    assert (summary.speaking_seconds, summary.speaking_time) == (120, "2 min 00 s")


def test_speaking_time_uses_the_length_settings():
    text = "# Story\n\n" + "word " * 412 + "\n"
    result = lint_text(text, Settings(select=("blame-shifting",), length=Length(words_per_minute=150)), default_registry())
    assert result.summary.word_count == 412
    assert result.summary.speaking_time == "2 min 45 s"
    assert result.summary.checklist["accountability"] is True
