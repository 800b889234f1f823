"""Answer frameworks (STAR-L and friends): their sections and what each section is for.

A framework is data contributed by a plugin through ``answerlint_frameworks``.
Each section names the *parts* of a good failure answer it carries, so rules
such as missing-learning can ask "is there a learning part?" without caring
which framework the writer chose.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Literal

import regex

Part = Literal["context", "failure", "cause", "action", "result", "learning", "change"]


@dataclass(frozen=True)
class FrameworkSection:
    title: str
    parts: tuple[Part, ...]
    prompt: str
    # extra spellings of the heading, already normalised (see normalise_heading)
    aliases: tuple[str, ...] = ()

    @cached_property
    def names(self) -> tuple[str, ...]:
        return (normalise_heading(self.title), *self.aliases)


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    sections: tuple[FrameworkSection, ...]

    def section_named(self, heading: str) -> FrameworkSection | None:
        return match_section(self.sections, normalise_heading(heading))


def match_section(sections: tuple[FrameworkSection, ...], key: str) -> FrameworkSection | None:
    """The section whose name is the normalised heading, or begins it.

    "what i learned from it" is the "What I learned" section; the longest
    matching name wins so "what i did" never claims "what i did differently".
    """
    best: tuple[int, FrameworkSection] | None = None
    for section in sections:
        for name in section.names:
            if key == name or key.startswith(name + " "):
                if best is None or len(name) > best[0]:
                    best = (len(name), section)
    return best[1] if best else None


_LETTER_ONLY = regex.compile(r"^\p{L}\s*\(([\p{L}\s']+)\)\s*[:.]?$")
_LETTER_PREFIX = regex.compile(r"^\p{L}\s*(?:[-–—:.)|]|\(\w+\))\s*(?=\p{L})")
_LETTER_SUFFIX = regex.compile(r"\s*\((?:\p{L}|[\p{L}\s]+)\)$")
_NUMBER_PREFIX = regex.compile(r"^(?:\d+|[ivx]+)[.):]\s*|^(?:step|part)\s+\d+\s*[-–—:.]?\s*")
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]+")


@lru_cache(maxsize=4096)
def normalise_heading(heading: str) -> str:
    """Fold a heading to the words that identify it.

    ``"S — Situation"``, ``"Situation (S)"``, ``"1. Situation:"`` and
    ``"SITUATION"`` all become ``"situation"``; ``"What I'd do differently"``
    becomes ``"what i d do differently"``.
    """
    text = heading.strip().replace("’", "'")
    text = _LETTER_ONLY.sub(r"\1", text)
    text = _LETTER_PREFIX.sub("", text)
    text = _LETTER_SUFFIX.sub("", text)
    text = text.casefold()
    text = _NUMBER_PREFIX.sub("", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())
