"""Patterns compiled on first use, so that importing a rule costs next to nothing.

The ownership rules hold dozens of long alternations; compiling them all at import took most
of a second. A :class:`LazyPattern` stands in for the compiled pattern and compiles it the first
time one of its methods is asked for, then keeps the real methods as its own attributes so
later calls cost no more than on the pattern itself.

They compile with simple case folding (``regex.V0``): full folding (``V1``) is several times
slower to compile and to match, and nothing in these English phrases needs it.
"""

from __future__ import annotations

import regex

from answerlint_rules.language import _AFTER, _BEFORE

_METHODS = ("match", "search", "finditer", "fullmatch", "findall", "sub", "split", "pattern", "groupindex", "flags")


class LazyPattern:
    def __init__(self, build):
        self._build = build

    def compiled(self) -> regex.Pattern:
        pattern = self._build()
        for name in _METHODS:
            setattr(self, name, getattr(pattern, name))
        return pattern

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)


def _simple_folding(flags: int) -> int:
    return (flags & ~regex.V1) | regex.V0


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(pattern, flags)`` on first use, with simple case folding."""
    return LazyPattern(lambda: regex.compile(pattern, _simple_folding(flags)))


def lazy_words(pattern: str) -> LazyPattern:
    """``language.compile_words(pattern)`` on first use, with simple case folding."""

    return LazyPattern(lambda: regex.compile(rf"{_BEFORE}(?:{pattern}){_AFTER}", regex.I | regex.X | regex.V0))
