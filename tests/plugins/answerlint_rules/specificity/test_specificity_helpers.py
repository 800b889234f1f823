"""The specificity rules' private helpers: the fast paths must agree with the slow definitions."""

from __future__ import annotations

import re

import pytest

from answerlint.draft import Draft
from answerlint.plugins import default_registry
from answerlint.rule import RuleContext
from answerlint.settings import Settings
from answerlint_rules.language import has_quantity
from answerlint_rules.specificity import no_metrics
from answerlint_rules.specificity._text import lowered, word_alternation
from answerlint_rules.specificity._vague import vague_spans


def test_word_alternation_matches_exactly_its_words():
    words = ["i", "it", "in", "is", "didn't", "did", "went", "were", "was"]
    pattern = re.compile(rf"(?:{word_alternation(words)})\Z")
    for word in words:
        assert pattern.match(word), word
    for other in ["", "d", "di", "didn", "wen", "w", "iss", "wasn't", "dids"]:
        assert not pattern.match(other), other


def test_lowered_keeps_offsets():
    draft = Draft.parse("İstanbul DIDN’T go AS PLANNED.\n")
    low = lowered(draft)
    assert len(low) == len(draft.text)
    assert "didn't go as planned" in low


DRAFTS = [
    "We lost the COVID-19 contract and the B2B pilot.",
    "The pilot ran for 3 weeks.",
    "It cost £400 to fix.",
    "It took two weeks.",
    "Someone had done it before, and it was done today.",
    "It was often a matter of attention and content.",
    "One day I forgot the keys.",
    "We met one client that morning.",
    "I may have missed it in march.",
    "We met on March the fourth.",
    "We met by March.",
    "I was late by a week.",
    "The rota was my job for a term.",
    "我们花了两周时间。",
    "A third of the orders failed.",
    "## 3 lessons\n\nI learned a lot about myself.",
    "It was the Saturday shift that went wrong.",
    "We were halfway there, in the second half.",
    "Nothing here is counted at all.",
]


@pytest.mark.parametrize("text", DRAFTS)
def test_no_metrics_fast_path_agrees_with_has_quantity(text):
    registry = default_registry()
    draft = Draft.parse(text + "\n", registry.frameworks)
    settings = Settings()
    context = RuleContext(length=settings.length, frameworks={f.id: f for f in registry.frameworks})
    slow = bool(draft.sentences) and not any(has_quantity(s.text) for s in draft.sentences)
    assert bool(list(no_metrics.check(draft, context))) == slow


def test_vague_spans_stay_inside_their_sentence():
    text = "The launch went\n\n## Wrong\n\nThings didn't go as planned. It all worked out in the end.\n"
    draft = Draft.parse(text)
    spans = list(vague_spans(draft))
    assert spans, "expected the two vague sentences to be found"
    for sentence, start, end in spans:
        assert sentence.start <= start < end <= sentence.end
