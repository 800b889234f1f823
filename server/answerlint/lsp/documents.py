"""The open documents, as the client sees them.

pygls keeps its own copies, but applies incremental changes with
``str.splitlines`` line numbers; these copies apply them with the client's
line breaks (see :mod:`answerlint.lsp.positions`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from answerlint.files import EXTENSIONS
from answerlint.lines import Encoding
from answerlint.lsp.positions import PositionMap


@dataclass(frozen=True)
class Document:
    uri: str
    text: str
    version: int | None
    language_id: str = "markdown"

    @property
    def path(self) -> Path | None:
        return path_of(self.uri)

    @property
    def is_draft(self) -> bool:
        """Markdown by the client's language id, or by the file's extension."""
        return self.language_id == "markdown" or self.uri.lower().endswith(EXTENSIONS)


def path_of(uri: str) -> Path | None:
    fs_path = to_fs_path(uri)
    return Path(fs_path) if fs_path else None


def apply_changes(
    text: str, changes: Sequence[types.TextDocumentContentChangeEvent], encoding: Encoding
) -> str:
    for change in changes:
        if isinstance(change, types.TextDocumentContentChangePartial):
            positions = PositionMap(text, encoding)
            start, end = positions.offset(change.range.start), positions.offset(change.range.end)
            if end < start:  # a reversed range covers the same text as its ends swapped (VS Code's Range)
                start, end = end, start
            text = text[:start] + change.text + text[end:]
        else:
            text = change.text
    return text


class Documents:
    def __init__(self) -> None:
        self._open: dict[str, Document] = {}

    def __contains__(self, uri: str) -> bool:
        return uri in self._open

    def __iter__(self):
        return iter(list(self._open.values()))

    def get(self, uri: str) -> Document | None:
        return self._open.get(uri)

    def open(self, item: types.TextDocumentItem) -> Document:
        document = Document(item.uri, item.text, item.version, item.language_id)
        self._open[item.uri] = document
        return document

    def change(self, params: types.DidChangeTextDocumentParams, encoding: Encoding) -> Document | None:
        current = self._open.get(params.text_document.uri)
        if current is None:
            return None
        text = apply_changes(current.text, params.content_changes, encoding)
        document = Document(current.uri, text, params.text_document.version, current.language_id)
        self._open[current.uri] = document
        return document

    def replace_text(self, uri: str, text: str) -> Document | None:
        """didSave with the text included: trust the client's copy."""
        current = self._open.get(uri)
        if current is None or current.text == text:
            return current
        document = Document(uri, text, current.version, current.language_id)
        self._open[uri] = document
        return document

    def close(self, uri: str) -> None:
        self._open.pop(uri, None)
