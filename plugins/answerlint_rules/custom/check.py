"""The check a custom rule runs: phrases in prose, optionally only under one framework section.

Matching is the built-in rules' own (:func:`answerlint_rules.language.phrase_pattern`):
phrases are literal, whole words, any case, any spacing, with curly and straight
apostrophes alike, and only prose is read (never code, front matter, HTML
comments, link targets or quoted questions). A match never crosses a block
(a paragraph, a list item, a heading).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from answerlint.draft import Draft, Section
from answerlint.finding import Edit, Finding, Fix
from answerlint.framework import normalise_heading
from answerlint.rule import RuleContext, RuleMeta

from answerlint_rules.language import merge_spans, phrase_pattern, plain


@dataclass(frozen=True)
class SectionNames:
    """Sections named in a definition: a framework section by title, or any heading by its words."""

    titles: frozenset[str]  # titles of framework sections the names matched
    headings: tuple[str, ...]  # the names, normalised

    def contains(self, section: Section) -> bool:
        if section.framework_section is not None and section.framework_section.title in self.titles:
            return True
        heading = normalise_heading(section.heading)
        return any(heading == name or heading.startswith(name + " ") for name in self.headings)


@dataclass(frozen=True)
class CustomCheck:
    """Picklable (plain data), so settings holding custom rules can cross to a worker process."""

    meta: RuleMeta
    kind: str  # existence | substitution | required
    phrases: tuple[str, ...]
    replacement: str | None = None
    sections: SectionNames | None = None  # required: sections that satisfy it
    scope: SectionNames | None = None  # only text under these sections

    def __call__(self, draft: Draft, context: RuleContext) -> Iterator[Finding]:
        if self.kind == "required":
            if not self._present(draft):
                yield self.meta.finding(*draft.anchor())
            return
        for start, end in self._matches(draft):
            yield self.meta.finding(start, end, fix=self._fix(draft, start, end))

    def _matches(self, draft: Draft) -> Iterator[tuple[int, int]]:
        pattern = phrase_pattern(self.phrases)
        if pattern is None:
            return
        regions = self._regions(draft)
        if not regions:
            return
        starts = [start for start, _ in regions]
        text, position, stop = plain(draft), regions[0][0], regions[-1][1]
        # one scan of the text, keeping what lies wholly inside one region (cheaper than a scan per
        # block); after a match that crosses out of its region, scan on from the next character,
        # so it never hides a shorter phrase inside the region
        while (match := pattern.search(text, position, stop)) is not None:
            index = bisect_right(starts, match.start()) - 1
            if index >= 0 and match.end() <= regions[index][1]:
                yield match.span()
                position = max(match.end(), match.start() + 1)
            else:
                position = match.start() + 1

    def _regions(self, draft: Draft) -> list[tuple[int, int]]:
        """The blocks to search, cut to the scope's sections."""
        blocks = [(b.start, b.end) for b in draft.blocks]
        if self.scope is None:
            return blocks
        scoped = merge_spans((s.heading_end, s.end) for s in draft.sections if self.scope.contains(s))
        return _intersect(blocks, scoped)

    def _present(self, draft: Draft) -> bool:
        if self.sections is not None and any(s.words and self.sections.contains(s) for s in draft.sections):
            return True
        return next(self._matches(draft), None) is not None

    def _fix(self, draft: Draft, start: int, end: int) -> Fix | None:
        if self.replacement is None:
            return None
        found = draft.text[start:end]
        if found != draft.prose[start:end]:  # Markdown inside the match (emphasis, a link): not ours to rewrite
            return None
        new = _match_case(found, self.replacement)
        return Fix(f"Replace '{found}' with '{new}'", (Edit(start, end, new),))


def _intersect(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where two sorted lists of disjoint spans overlap, in one walk (a long draft has many of both)."""
    out, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if start < end:
            out.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return out


def _match_case(found: str, replacement: str) -> str:
    """"Leveraged" becomes "Worked with" at the start of a sentence; "SYNERGY" becomes upper case."""
    if len(found) > 1 and found.isupper():
        return replacement.upper()
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
