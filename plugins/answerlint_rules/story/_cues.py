"""Shared machinery for the story rules: cheap candidate sentences, then clause facts.

Every story rule works in two steps. The draft's words are listed once; a set
lookup of word beginnings picks the few places (or sentences) that could hold a
finding; only there do the expensive patterns run, anchored, followed by the clause
checks (who did it, is it negated, only considered, someone else's words). That keeps each rule linear in
the length of a draft and cheap on the many sentences that cannot match.
"""

from __future__ import annotations

import re

import regex

from answerlint import compiled_patterns

from answerlint_rules.language import FLAGS, LazyPattern, plain


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def sentence_tokens(draft) -> dict[int, list[tuple[int, str]]]:
    """The words of each sentence, listed once per draft and keyed by the sentence's start:
    [(offset, lower-case word)]. All the story rules read this one list."""
    cached = getattr(draft, "_story_sentence_tokens", None)
    if cached is None:
        text = plain(draft)
        finditer = _WORD.finditer
        cached = {
            sentence.start: [(match.start(), match.group().lower()) for match in finditer(text, sentence.start, sentence.end)]
            for sentence in draft.sentences
        }
        draft._story_sentence_tokens = cached  # type: ignore[attr-defined]
    return cached


def anchored(draft, text: str, sentences, first: Stems, pattern):
    """Matches of ``pattern`` tried only where a word of ``sentences`` begins with ``first``."""
    by_sentence = sentence_tokens(draft)
    for sentence in sentences:
        reach = -1
        known = first.known
        for offset, word in by_sentence.get(sentence.start, ()):
            if offset < reach:
                continue
            hit = known.get(word)
            if hit is None:
                hit = word in first
            if not hit:
                continue
            match = pattern.match(text, offset, sentence.end)
            if match is not None:
                reach = match.end()
                yield sentence, match


class Stems:
    """Word beginnings that can start a finding; looked up by prefix in a set (no regex scan).
    Each distinct word is decided once and remembered."""

    def __init__(self, stems: str):
        self.stems = frozenset(stems.lower().split())
        self.lengths = sorted({len(stem) for stem in self.stems})
        self.known: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        known = self.known.get(word)
        if known is None:
            known = any(word[:length] in self.stems for length in self.lengths if length <= len(word))
            if len(self.known) < 50_000:
                self.known[word] = known
        return known


def candidate_sentences(draft, stems: Stems):
    """The sentences holding a word that begins with one of ``stems``, each once, in order."""
    cache = getattr(draft, "_story_candidates", None)
    if cache is None:
        cache = draft._story_candidates = {}  # type: ignore[attr-defined]
    found = cache.get(id(stems))
    if found is None:
        vocabulary, sentence_words = _sentence_words(draft)
        known = stems.known
        hits = set()
        for word in vocabulary:  # each distinct word of the draft decided once, not each time it occurs
            hit = known.get(word)
            if hit is None:
                hit = word in stems
            if hit:
                hits.add(word)
        found = [sentence for sentence, words in sentence_words if not hits.isdisjoint(words)] if hits else []
        cache[id(stems)] = found
    return found


def _sentence_words(draft) -> tuple[set[str], list[tuple[object, frozenset[str]]]]:
    """The draft's distinct words, and each sentence with its own (cached on the draft)."""
    cached = getattr(draft, "_story_sentence_words", None)
    if cached is None:
        by_sentence = sentence_tokens(draft)
        sentence_words = [
            (sentence, frozenset(word for _offset, word in by_sentence.get(sentence.start, ()))) for sentence in draft.sentences
        ]
        vocabulary = set().union(*(words for _sentence, words in sentence_words))
        cached = draft._story_sentence_words = (vocabulary, sentence_words)  # type: ignore[attr-defined]
    return cached


def words(pattern: str) -> regex.Pattern:
    """A verbose pattern with plain word boundaries (cheaper than look-behind edges), compiled on first use."""
    return LazyPattern(rf"\b(?:{pattern})\b", FLAGS | regex.X)  # type: ignore[return-value]


# Who did it: the last subject before a verb. The writer ("I", "we"), or someone else:
# a pronoun, a person noun after a determiner, or a capitalised name before a verb.
_PEOPLE = r"""
    colleagues?|co-?workers?|managers?|boss(?:es)?|supervisors?|interns?|team\s*mates?|clients?|customers?|suppliers?|vendors?|
    contractors?|predecessors?|students?|pupils?|employees?|staff|drivers?|nurses?|doctors?|directors?|friends?|reps?|partners?|
    juniors?|seniors?|trainees?|apprentices?|engineers?|analysts?|developers?|chefs?|owners?|founders?|leads?|assistants?|
    accountants?|auditors?|officers?|agents?|technicians?|teachers?|peers?|classmates?|members?|brother|sister|cousin|husband|wife
"""
SUBJECT = words(
    rf"""
      (?P<me>I|we|I'd|we'd|I've|we've|I'm|we're|myself|ourselves|me(?=\s+and\b))
    | (?P<other>he|she|they|someone|somebody|nobody|no\s+one|everyone|anyone|
        (?:a|an|the|my|our|his|her|their|one\s+of\s+(?:my|our|the))\s+(?:[\p{{L}}-]+\s+)?(?:{_PEOPLE})(?!'s|’s)
          (?=\s+(?:had|was|were|has|have|is|are|kept|would|could|did|didn't|then|also|just|who|'d|told|said|took|gave|made|wrote|sent|stole|
             lied|hid|let|put|got|went|came|found|knew|thought|saw|began|ran|left|forgot|\p{{L}}+ed|\p{{L}}+ing|\p{{L}}+s)\b)|
        (?-i:(?<=\s)\p{{Lu}}\p{{Ll}}+)(?=\s+(?:had|was|kept|would|did|then|also|who|\p{{L}}+ed)\b))
    """
)


def last_subject(text: str, start: int, offset: int):
    """The nearest subject before ``offset`` (from ``start``), or None."""
    last = None
    for match in SUBJECT.finditer(text, start, offset):
        last = match
    return last


def writer_is_subject(text: str, start: int, offset: int, default: bool = False) -> bool:
    """Whether the nearest subject before ``offset`` (from ``start``) is the writer."""
    last = last_subject(text, start, offset)
    if last is None:
        return default
    return last.group("me") is not None


# Between the writer and the deed: only considered, requested, refused, avoided or alleged.
NOT_DONE = words(
    r"""
      tempt(?:ed|ing|ation)|could\s+have|could've|would\s+have|would've|might\s+have|almost|nearly|
      considered|contemplated|thought\s+about|wondered|wanted\s+to|was\s+going\s+to|planned\s+to|meant\s+to|
      (?:asked|told|pressured|pushed|instructed|expected|urged|encouraged|ordered|invited|begged|wanted|needed)\s+(?:me|us)|
      suggested|refus(?:e|ed|ing)|declin(?:e|ed|ing)|wouldn't|would\s+not|won't|instead\s+of|rather\s+than|
      accus(?:ed|ation|ations)|alleg(?:ed|ation|ations)|suspect(?:ed)?|falsely|wrongly|
      to\s+(?:avoid|prevent|stop|catch|detect|spot|report|resist)|never|no\s+longer
    """
)
# The clause around the deed makes it general, conditional or a rule: "if you pad your hours ...".
HYPOTHETICAL = words(
    r"""if|unless|whether|how\s+to|not\s+to|never\s+to|easy\s+to|option|chance|pressure\s+to|temptation|
    anyone\s+who|people\s+who|those\s+who|policy|policies|training|lesson|rule\s+(?:is|was)|the\s+idea\s+of"""
)
# A turn after the deed: "..., but I didn't", "..., but I stopped myself".
CHANGED_MIND = compiled_patterns.compile(
    r"^[^.;]{0,80}?\bbut\s+(?:I|we)\s+(?:didn't|did\s+not|never|stopped|resisted|thought\s+better|held\s+off|decided\s+against|said\s+no|refused)",
    FLAGS,
)
WENT_ALONG = compiled_patterns.compile(
    r"\b(?:and|so)\s+(?:I|we)\s+(?:did(?:\s+it)?|went\s+along|agreed|complied)\b|\bwhich\s+(?:I|we)\s+did\b", FLAGS
)
ACCIDENT = words(
    r"accidentally|by\s+accident|by\s+mistake|mistakenly|inadvertently|unknowingly|unintentionally|"
    r"without\s+(?:realis|realiz|notic|know)ing|didn't\s+(?:realise|realize|notice|know)|did\s+not\s+(?:realise|realize|notice|know)|"
    r"wrong\s+(?:recipient|person|address|customer|client|patient|list|email|file|ward|number)"
)
