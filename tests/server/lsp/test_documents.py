from lsprotocol import types

from answerlint.lsp.documents import Document, apply_changes


def change(start, end, text):
    return types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=start[0], character=start[1]), end=types.Position(line=end[0], character=end[1])),
        text=text,
    )


def test_incremental_changes_use_the_clients_lines_and_units():
    text = "one\u2028😋 two\r\nthree"
    # U+2028 does not end a line for the client, and 😋 is two UTF-16 units
    assert apply_changes(text, [change((0, 7), (0, 10), "2")], "utf-16") == "one\u2028😋 2\r\nthree"
    assert apply_changes(text, [change((0, 11), (0, 14), "2")], "utf-8") == "one\u2028😋 2\r\nthree"
    assert apply_changes(text, [change((1, 0), (1, 5), "3")], "utf-16") == "one\u2028😋 two\r\n3"


def test_changes_apply_in_order_and_a_whole_text_replaces():
    changes = [
        types.TextDocumentContentChangeWholeDocument(text="abc\n"),
        change((0, 3), (0, 3), "d"),
        change((1, 0), (1, 0), "e"),
    ]
    assert apply_changes("old", changes, "utf-16") == "abcd\ne"


def test_drafts_by_language_or_extension():
    assert Document("file:///a.txt", "", 1, "markdown").is_draft
    assert Document("file:///a.MD", "", 1, "plaintext").is_draft
    assert not Document("file:///a.txt", "", 1, "plaintext").is_draft
