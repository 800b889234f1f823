"""The word gates in front of the cue patterns never hide a match.

``parts._cues`` runs a cue pattern on a sentence only when the sentence has one
of the words in the pattern's gate. A gate missing a word an alternative needs
would silently drop that cue, so every sentence of every draft we have (the
train corpus, the sample drafts, every rule's examples) is run through each
pattern with no gate, and any match must pass its gate.
"""

from __future__ import annotations

import pytest

from answerlint.draft import Draft
from answerlint.plugins import default_registry

from answerlint_rules import parts
from answerlint_rules.language import plain

REGISTRY = default_registry()


GATED = [(part, pattern, gate) for part, pattern, gate in parts._CUES if gate is not None] + [
    ("surfaced", parts.SURFACED, parts._SURFACED_GATE),
    ("later work", parts.LATER_WORK, parts._LATER_GATE),
    ("realised", parts._REALISED, parts._REALISED_GATE),
]


@pytest.fixture(scope="module")
def sentences(sample_texts) -> list[tuple[str, str]]:
    found = []
    for text in sample_texts:
        draft = Draft.parse(text, REGISTRY.frameworks)
        prose = plain(draft)
        found += [(prose, s.text) for s in draft.sentences]
    assert len(found) > 1000
    return found


@pytest.mark.parametrize(("part", "pattern", "gate"), GATED, ids=[g[0] for g in GATED])
def test_no_gate_hides_a_match(part, pattern, gate, sentences):
    hidden = []
    for _, sentence in sentences:
        match = pattern.search(parts.fold(sentence))
        if match and gate.isdisjoint(parts._TOKEN.findall(sentence.lower())):
            hidden.append((match.group(), sentence))
    assert not hidden, hidden[:5]


def test_a_gate_does_drop_sentences_without_its_words():
    assert parts._GATES["learning"].isdisjoint(parts._TOKEN.findall("the pallets arrived on tuesday"))
    assert not parts._GATES["learning"].isdisjoint(parts._TOKEN.findall("the real lesson was simple"))
