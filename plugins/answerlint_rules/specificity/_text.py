"""Small text helpers the specificity rules share (kept here so ``language.py`` stays untouched)."""

from __future__ import annotations

import bisect
import re

from answerlint_rules.language import plain


def lowered(draft) -> str:
    """The folded prose in lower case, the same length as the text (cached on the draft).

    Lower case lets the rules search with the standard library's ``re`` and no IGNORECASE
    flag, which is several times faster than a case-insensitive search."""
    cached = getattr(draft, "_specificity_lower", None)
    if cached is None:
        text = plain(draft)
        cached = text.lower()
        if len(cached) != len(text):  # "İ" and a few others grow when lowered: lower each other character alone
            cached = text.translate({ord(c): c.lower() for c in set(text) if len(c.lower()) == 1})
        draft._specificity_lower = cached  # type: ignore[attr-defined]
    return cached


def sentences_with(draft, cue: re.Pattern) -> list:
    """The sentences of prose in which ``cue`` matches the lower-cased text, in order."""
    low = lowered(draft)
    sentences = draft.sentences
    starts = getattr(draft, "_specificity_starts", None)
    if starts is None:
        starts = [s.start for s in sentences]
        draft._specificity_starts = starts  # type: ignore[attr-defined]
    found: list = []
    last = -1
    for match in cue.finditer(low):
        index = bisect.bisect_right(starts, match.start()) - 1
        if index <= last or index < 0 or match.start() >= sentences[index].end:
            continue
        found.append(sentences[index])
        last = index
    return found


def word_alternation(words) -> str:
    """A regex alternation of ``words`` folded into a trie ("wa(?:s|sn't)…"), so ``re`` tests
    one branch per letter instead of every word at every position."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else "(?:" + "|".join(branches) + ")"
        return body + ("?" if "" in node else "")

    return emit(root)
