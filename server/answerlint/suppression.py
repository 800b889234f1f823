"""Suppression comments and front-matter ignores.

In a draft::

    <!-- answerlint-disable blame-shifting AL304 -->   ... until enabled again
    <!-- answerlint-enable blame-shifting -->
    <!-- answerlint-disable-next-line hedging -->
    <!-- answerlint-disable-file ethics-risk -->

and in front matter ``answerlint: {ignore: [no-metrics]}``. Rules are named by
name or code, separated by spaces or commas; no rules means all of them. A
finding is suppressed by the directive in force on the line it starts on.

:func:`disable_next_line` and :func:`disable_file` are the edits that write
such a directive (the editor's quick fixes): each only inserts a line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from answerlint.draft import Draft, Problem
from answerlint.finding import Edit, Finding
from answerlint.lines import LineIndex
from answerlint.plugins import Registry
from answerlint.scaffold import line_ending

_DIRECTIVE = regex.compile(r"^\s*answerlint-(disable-next-line|disable-file|disable|enable)\b(.*)$", regex.S)
ALL = "*"


@dataclass(frozen=True)
class _Change:
    line: int
    action: str  # "disable" | "enable"
    rules: frozenset[str]


class Suppressions:
    def __init__(self, draft: Draft, registry: Registry) -> None:
        self.problems: list[Problem] = []
        self._file: set[str] = set()
        self._next_line: dict[int, set[str]] = {}
        self._changes: list[_Change] = []
        for comment in draft.comments:
            match = _DIRECTIVE.match(comment.body)
            if not match:
                continue
            action, names = match.groups()
            rules = self._rules(names, comment.start, registry)
            line = draft.lines.line_of(comment.start)
            if action == "disable-file":
                self._file |= rules
            elif action == "disable-next-line":
                target = draft.lines.line_of(comment.end) + 1
                self._next_line.setdefault(target, set()).update(rules)
            else:
                # a directive takes effect on its own line (an inline comment covers its sentence)
                self._changes.append(_Change(line, action, frozenset(rules)))
        ignore = draft.front_matter.get("answerlint")
        if isinstance(ignore, dict) and "ignore" in ignore:
            names = ignore["ignore"]
            if isinstance(names, str):
                names = [names]
            if isinstance(names, list):
                self._file |= self._rules(" ".join(str(n) for n in names), 0, registry, "front matter answerlint.ignore")
            else:
                self.problems.append(Problem(0, "front matter: answerlint.ignore must be a list of rules"))

    def _rules(self, names: str, offset: int, registry: Registry, where: str = "answerlint directive") -> set[str]:
        found: set[str] = set()
        given = [name for name in regex.split(r"[\s,]+", names.strip()) if name]
        if not given:
            return {ALL}
        for name in given:
            rules = registry.resolve(name)
            if rules:
                found.update(rule.meta.name for rule in rules)
            else:
                self.problems.append(Problem(offset, f"{where}: unknown rule {name!r}"))
        return found

    def suppresses(self, finding: Finding, line: int) -> bool:
        if _covers(self._file, finding.rule) or _covers(self._next_line.get(line, set()), finding.rule):
            return True
        disabled: set[str] = set()
        enabled_after_all: set[str] = set()
        for change in self._changes:
            if change.line > line:
                break
            if change.action == "disable":
                disabled |= change.rules
                enabled_after_all -= change.rules
            elif ALL in change.rules:
                disabled.clear()
                enabled_after_all.clear()
            else:
                disabled -= change.rules
                enabled_after_all |= change.rules
        if finding.rule in enabled_after_all:
            return False
        return _covers(disabled, finding.rule)


def _covers(rules: set[str] | frozenset[str], name: str) -> bool:
    return ALL in rules or name in rules


# -- the edits that write a directive ---------------------------------------------------


def disable_next_line(text: str, lines: LineIndex, line: int, rule: str) -> Edit:
    """Insert ``<!-- answerlint-disable-next-line RULE -->`` above ``line``, with its indent."""
    line = max(0, min(line, lines.line_count - 1))
    line_start = lines.starts[line]
    content = text[line_start : lines.line_end(line)]
    indent = content[: len(content) - len(content.lstrip(" \t"))]
    return Edit(line_start, line_start, f"{indent}<!-- answerlint-disable-next-line {rule} -->{line_ending(text)}")


def disable_file(text: str, lines: LineIndex, rule: str) -> Edit:
    """Insert ``<!-- answerlint-disable-file RULE -->`` where the body starts (after front matter)."""
    top = front_matter_end(text, lines)
    before = line_ending(text) if top == len(text) and text and not text.endswith(("\n", "\r")) else ""
    return Edit(top, top, f"{before}<!-- answerlint-disable-file {rule} -->{line_ending(text)}")


def front_matter_end(text: str, lines: LineIndex) -> int:
    """Where the body starts: after a YAML front matter block, else 0."""
    if lines.line_count < 2 or text[: lines.line_end(0)].rstrip() != "---":
        return 0
    for line in range(1, lines.line_count):
        if text[lines.starts[line] : lines.line_end(line)].rstrip() in ("---", "..."):
            return lines.starts[line + 1] if line + 1 < lines.line_count else len(text)
    return 0
