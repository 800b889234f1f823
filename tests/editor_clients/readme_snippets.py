"""The fenced snippets of a README, by section, and the answerlint settings in them, checked.

``snippets(path)`` maps each ``## `` heading to its code blocks as
``(language, text)`` pairs. ``settings_problems(raw)`` runs the server's own
parser for the editor's ``answerlint`` section over ``raw``, so a snippet
with a misspelt key or rule fails the test that checks it.
"""

from __future__ import annotations

import re
from pathlib import Path

from answerlint.lsp.configuration import read_client_settings
from answerlint.plugins import default_registry

ROOT = Path(__file__).resolve().parents[2]
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.M | re.S)


def snippets(path: Path) -> dict[str, list[tuple[str, str]]]:
    sections: dict[str, list[tuple[str, str]]] = {}
    for part in re.split(r"^## ", path.read_text(encoding="utf-8"), flags=re.M)[1:]:
        heading, _, body = part.partition("\n")
        sections[heading.strip()] = [(m.group(1), m.group(2)) for m in FENCE.finditer(body)]
    return sections


def settings_problems(raw: object) -> list[str]:
    """What the server would say about these editor settings; [] when it accepts them all."""
    client, errors = read_client_settings(raw, default_registry(), None)
    if not errors and client.settings is None:
        return ["the snippet sets no lint settings, so the check proves nothing"]
    return errors


# -- a small Emacs Lisp reader: enough for the Eglot snippets ------------------------------

TOKEN = re.compile(r'\s*(?:(;[^\n]*)|("(?:[^"\\]|\\.)*")|(\#\'|[()\[\]\'.])|([^\s()\[\]\'";]+))')


class Symbol(str):
    """An Emacs Lisp symbol or keyword (a str, so ``Symbol("x") == "x"``)."""


def read_elisp(text: str) -> list:
    """Every top-level form: lists as ``list``, vectors as ``tuple``, ``(a . b)`` as ``("cons", a, b)``."""
    tokens = list(_tokens(text))
    forms, position = [], 0
    while position < len(tokens):
        form, position = _read(tokens, position)
        forms.append(form)
    return forms


def _tokens(text: str):
    position = 0
    while position < len(text):
        match = TOKEN.match(text, position)
        if match is None or match.end() == position:
            if text[position:].strip():
                raise ValueError(f"cannot read Emacs Lisp at {text[position:position + 20]!r}")
            return
        position = match.end()
        _comment, string, punctuation, atom = match.groups()
        if string:
            yield ("string", bytes(string[1:-1], "utf-8").decode("unicode_escape"))
        elif punctuation:
            yield ("punct", punctuation)
        elif atom:
            yield ("atom", atom)


def _read(tokens: list, position: int):
    kind, value = tokens[position]
    if kind == "string":
        return value, position + 1
    if kind == "atom":
        return (int(value) if re.fullmatch(r"-?\d+", value) else Symbol(value)), position + 1
    if value in ("'", "#'"):  # quote and function quote: the form itself is what is checked
        quoted, position = _read(tokens, position + 1)
        return quoted, position
    if value in "([":
        closing = ")" if value == "(" else "]"
        items, position = [], position + 1
        while True:
            if position >= len(tokens):
                raise ValueError(f"unclosed {value!r}")
            if tokens[position] == ("punct", closing):
                return (items if value == "(" else tuple(items)), position + 1
            if tokens[position] == ("punct", ".") and value == "(":
                tail, position = _read(tokens, position + 1)
                if tokens[position] != ("punct", ")"):
                    raise ValueError("a dotted pair must end after its tail")
                return ("cons", items, tail), position + 1
            item, position = _read(tokens, position)
            items.append(item)
    raise ValueError(f"unexpected {value!r}")


def plist_to_json(value):
    """Eglot's conversion: a plist is an object (keywords lose their colon), a vector an array."""
    if isinstance(value, tuple):
        return [plist_to_json(item) for item in value]
    if isinstance(value, list) and value and all(isinstance(k, Symbol) and k.startswith(":") for k in value[::2]):
        if len(value) % 2:
            raise ValueError(f"a plist needs an even number of items: {value}")
        return {key[1:]: plist_to_json(item) for key, item in zip(value[::2], value[1::2])}
    return value
