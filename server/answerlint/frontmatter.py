"""Read the YAML front matter of a draft.

Drafts use a handful of keys (``framework``, ``role``, ``question``,
``answerlint``), so this reads the subset of YAML that front matter is written
in: ``key: value`` scalars (plain or quoted), flow lists ``[a, b]``, flow
mappings ``{ignore: [a, b]}``, and indented block lists and mappings. A line it
cannot read is reported with its number and skipped; nothing raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_KEY = re.compile(r"""^(?P<key>[A-Za-z0-9_][\w .-]*?|"[^"]*"|'[^']*')\s*:(?:\s+|$)(?P<rest>.*)$""")
_COMMENT = re.compile(r"""\s+#.*$""")


@dataclass
class FrontMatter:
    values: dict[str, object] = field(default_factory=dict)
    # (0-based line within the front matter block, what is wrong)
    problems: list[tuple[int, str]] = field(default_factory=list)


def parse_front_matter(content: str) -> FrontMatter:
    result = FrontMatter()
    lines = [(i, _strip_comment(line)) for i, line in enumerate(content.splitlines())]
    lines = [(i, line) for i, line in lines if line.strip() and line.strip() != "---"]
    value, rest = _block(lines, 0, result)
    if isinstance(value, dict):
        result.values = value
    elif lines:
        result.problems.append((lines[0][0], "front matter is not a set of `key: value` lines"))
    for line, _ in rest:
        result.problems.append((line, "cannot read this line"))
    return result


class _Unreadable(ValueError):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    if "#" in line and not re.search(r"""["']""", line):
        return _COMMENT.sub("", line)
    return line.rstrip()


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block(lines: list[tuple[int, str]], indent: int, result: FrontMatter):
    """Parse lines at exactly ``indent`` into a list or mapping; return it and the lines left."""
    if not lines:
        return None, lines
    first = lines[0][1]
    if first.lstrip().startswith("- ") or first.strip() == "-":
        return _block_list(lines, indent, result)
    return _block_map(lines, indent, result)


def _children(lines, indent):
    """The lines indented deeper than ``indent`` at the start of ``lines``."""
    end = 0
    while end < len(lines) and _indent(lines[end][1]) > indent:
        end += 1
    return lines[:end], lines[end:]


def _block_map(lines, indent, result):
    mapping: dict[str, object] = {}
    while lines and _indent(lines[0][1]) == indent:
        number, line = lines[0]
        match = _KEY.match(line.strip())
        if not match:
            if line.lstrip().startswith("- "):
                break
            result.problems.append((number, "expected `key: value`"))
            lines = lines[1:]
            continue
        key = match["key"].strip("'\"")
        rest = match["rest"].strip()
        children, lines = _children(lines[1:], indent)
        if rest in ("|", ">", "|-", ">-", "|+", ">+"):
            joiner = "\n" if rest.startswith("|") else " "
            mapping[key] = joiner.join(text.strip() for _, text in children)
        elif rest:
            try:
                mapping[key] = _flow(rest, number)
            except _Unreadable as problem:
                result.problems.append((problem.line, f"`{key}`: {problem.message}"))
        elif children:
            mapping[key], left = _block(children, _indent(children[0][1]), result)
            for extra, _ in left:
                result.problems.append((extra, "cannot read this line"))
        else:
            mapping[key] = None
    return mapping, lines


def _block_list(lines, indent, result):
    items: list[object] = []
    while lines and _indent(lines[0][1]) == indent and lines[0][1].lstrip().startswith("-"):
        number, line = lines[0]
        rest = line.strip()[1:].strip()
        children, lines = _children(lines[1:], indent)
        if rest:
            try:
                items.append(_flow(rest, number))
            except _Unreadable as problem:
                result.problems.append((problem.line, problem.message))
        elif children:
            value, _ = _block(children, _indent(children[0][1]), result)
            items.append(value)
        else:
            items.append(None)
    return items, lines


def _flow(text: str, line: int) -> object:
    """A scalar, ``[list]`` or ``{mapping}`` written on one line."""
    value, end = _flow_value(text, 0, line)
    if text[end:].strip():
        raise _Unreadable(line, f"unexpected text after the value: {text[end:].strip()!r}")
    return value


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i] == " ":
        i += 1
    return i


def _flow_value(text: str, i: int, line: int, inside: str = "") -> tuple[object, int]:
    i = _skip_space(text, i)
    if i >= len(text):
        return None, i
    char = text[i]
    if char in "[{":
        closing = "]" if char == "[" else "}"
        items: list[object] = []
        mapping: dict[str, object] = {}
        i += 1
        while True:
            i = _skip_space(text, i)
            if i >= len(text):
                raise _Unreadable(line, f"missing {closing!r}")
            if text[i] == closing:
                return (items if char == "[" else mapping), i + 1
            if char == "{":
                key, i = _flow_value(text, i, line, ":,}")
                i = _skip_space(text, i)
                if i >= len(text) or text[i] != ":":
                    raise _Unreadable(line, f"expected ':' after {key!r}")
                value, i = _flow_value(text, i + 1, line, ",}")
                mapping[str(key)] = value
            else:
                value, i = _flow_value(text, i, line, ",]")
                items.append(value)
            i = _skip_space(text, i)
            if i < len(text) and text[i] == ",":
                i += 1
    if char in "\"'":
        end = text.find(char, i + 1)
        if end < 0:
            raise _Unreadable(line, "unclosed quote")
        return text[i + 1 : end], end + 1
    end = i
    while end < len(text) and text[end] not in inside:
        end += 1
    return _scalar(text[i:end].strip()), end


def _scalar(text: str) -> object:
    lowered = text.lower()
    if lowered in ("true", "yes"):
        return True
    if lowered in ("false", "no"):
        return False
    if lowered in ("null", "~", ""):
        return None
    if re.fullmatch(r"-?\d+", text):
        return int(text)
    return text
