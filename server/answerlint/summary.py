"""The per-draft summary the server and reports show: the interviewer's checklist,
word count and estimated speaking time.

The checklist asks the five things an interviewer is listening for; each is
derived from the rules that speak to it. An item is ``True`` when none of its
rules found anything, ``False`` when one did, and ``None`` when none of its
rules ran (not selected, or not installed).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from answerlint.finding import Finding

CHECKLIST: dict[str, tuple[str, ...]] = {
    "accountability": ("blame-shifting", "excuse-making", "passive-agency"),
    "learning": ("missing-learning", "generic-lesson", "unresolved-lesson", "missing-change"),
    "judgment": ("missing-root-cause", "red-flag-failure", "repeated-mistake"),
    "self-awareness": ("never-failed", "humblebrag", "self-flagellation", "indifference"),
    "trustworthiness": ("ethics-risk",),
}


@dataclass(frozen=True)
class Summary:
    checklist: dict[str, bool | None]
    word_count: int
    speaking_seconds: int
    framework: str | None

    @property
    def speaking_time(self) -> str:
        minutes, seconds = divmod(self.speaking_seconds, 60)
        return f"{minutes} min {seconds:02d} s" if minutes else f"{seconds} s"


def speaking_seconds(words: int, words_per_minute: int) -> int:
    return round(words * 60 / words_per_minute)


def summarise(
    findings: Iterable[Finding], rules_run: Iterable[str], word_count: int, words_per_minute: int, framework: str | None
) -> Summary:
    fired = {finding.rule for finding in findings}
    ran = set(rules_run)
    checklist: dict[str, bool | None] = {}
    for item, rules in CHECKLIST.items():
        relevant = ran.intersection(rules)
        checklist[item] = None if not relevant else not (fired & relevant)
    return Summary(checklist, word_count, speaking_seconds(word_count, words_per_minute), framework)
