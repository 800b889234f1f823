import pytest

from answerlint.framework import normalise_heading
from answerlint.plugins import default_registry


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("S — Situation", "situation"),
        ("S: Situation", "situation"),
        ("Situation (S)", "situation"),
        ("L (Learned)", "learned"),
        ("1. Situation:", "situation"),
        ("Step 2 - Task", "task"),
        ("RESULTS", "results"),
        ("What I’d do differently", "what i d do differently"),
        ("What I learned", "what i learned"),
    ],
)
def test_normalise_heading(heading, expected):
    assert normalise_heading(heading) == expected


@pytest.mark.parametrize(
    "heading, title",
    [("Lessons learned", "Learned"), ("What I learned from it", "Learned"), ("Results", "Result"), ("A — Action", "Action")],
)
def test_star_l_matches_forgiving_headings(heading, title):
    star_l = default_registry().framework("star-l")
    assert star_l.section_named(heading).title == title


def test_longest_name_wins():
    framework = default_registry().framework("what-why-did-learned")
    assert framework.section_named("What I did about it").title == "What I did"
    assert framework.section_named("Why it happened").title == "Why it happened"
