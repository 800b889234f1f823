"""Sequences the language-server fuzzer (``bench.lsp_fuzz``) found failing, replayed as they were shrunk.

Each is named after the bug it caught; each failed before its fix. They run
in process, against ``create_server()``, with the checks of
:func:`bench.lsp_fuzz.session.run_sequence`.
"""

from __future__ import annotations

import pytest

from bench.lsp_fuzz.actions import At, Ask, Change, Client, Close, Command, Edit, Mangle, Open, Raw, sequence_of
from bench.lsp_fuzz.session import play
from bench.lsp_fuzz.workspace import fuzz_workspace

UTF16, UTF8, UTF32 = Client(), Client(("utf-8",)), Client(("utf-32",))
STORY = "They failed to ship because the vendor was late.\n"

REGRESSIONS = {
    # pygls raised out of its read loop on params it could not structure: the request was never answered
    "request-with-unreadable-params-is-answered": (
        UTF16, (Open(0, STORY), Mangle(Ask("textDocument/hover", 0, At(3)), "drop", 1))
    ),
    # ... and a broken notification popped up "Error in server" as if the server had failed
    "notification-with-unreadable-params-is-ignored": (
        UTF16, (Open(0, STORY), Mangle(Change(0, (Edit(Raw(0, 0), Raw(0, 1), "Z"),)), "retype", 3, "x"))
    ),
    # an unknown method with params that fit no type: Method not found, not Invalid params or silence
    "unknown-method-with-unreadable-params": (
        UTF16, (Open(0, STORY), Mangle(Ask("textDocument/hover", 0, At(3)), "params", 0, [1, 2]))
    ),
    # pygls updated its own copy first and raised KeyError for a document that is not open
    "change-to-a-closed-document": (
        UTF16, (Open(0, STORY), Close(0), Change(0, (Edit(Raw(1, 0), Raw(1, 4), "Z"),)))
    ),
    # insertScaffold on a document that is not open was an Internal error (-32603), not Invalid params
    "insert-scaffold-for-a-document-not-open": (
        UTF16, (Open(0, STORY), Command("answerlint.insertScaffold", ("untitled:Untitled-1", "what-why-did-learned")))
    ),
    "insert-scaffold-with-an-unknown-framework": (
        UTF16, (Open(0, STORY), Command("answerlint.insertScaffold", ("file:///fuzz/story.md", "no-such-framework")))
    ),
    # pygls requires every named parameter of a command: insertScaffold with only a URI (the framework id is
    # optional, says the README) was refused; with no arguments at all it was an Internal error
    "insert-scaffold-with-only-a-uri": (
        UTF16, (Open(0, STORY), Command("answerlint.insertScaffold", ("file:///fuzz/story.md",)))
    ),
    "insert-scaffold-without-arguments": (UTF16, (Open(0, STORY), Command("answerlint.insertScaffold", ()))),
    # a reversed range inserted at its start and deleted nothing; the client meant the text between its ends
    "reversed-range": (
        UTF16, (Open(0, "I failed.\n" + STORY), Change(0, (Edit(At(40), At(12), ""),)))
    ),
    # a position between the halves of a surrogate pair was taken as after the emoji, not before it
    "position-inside-a-surrogate-pair": (
        UTF16, (Open(0, "😋 " + STORY), Change(0, (Edit(At(0, 0, 1), At(0, 0, 1), "Z"),)))
    ),
    # the same inside a UTF-8 sequence
    "position-inside-a-utf8-sequence": (
        UTF8, (Open(0, "😋 " + STORY), Change(0, (Edit(At(0, 0, 2), At(0, 0, 3), "Z"),)))
    ),
}


# The fuzzer's own bug, found by its first long run: a problem diagnostic (no code) beside a finding
# could not be sorted for the comparison.
REGRESSIONS["directive-naming-an-unknown-rule-beside-a-finding"] = (
    Client(None, False, False, False),
    sequence_of(
        Open(0, "", "markdown"),
        [Open(0, "", "markdown")] * 5
        + [Change(0, (Edit(At(0), At(0), "0"), Edit(At(0), At(0), "<!-- answerlint-disable-next-line hedging -->\n"),
                      Edit(At(24), At(25), "")))],
    ),
)


@pytest.mark.parametrize("name", list(REGRESSIONS))
def test_regression(name):
    client, sequence = REGRESSIONS[name]
    play(client, sequence, fuzz_workspace())


@pytest.mark.parametrize("client", [UTF16, UTF8, UTF32], ids=["utf-16", "utf-8", "utf-32"])
def test_edits_past_every_end_are_clamped(client):
    """Past the line, past the last line, the largest number: the server's text stays the client's.

    Failed before pygls's own document copy was bypassed: for the last edit
    (a character past the end of line 2, in a text with U+2028) pygls
    rewrote the shared params in place, by its own line count, before
    answerlint's handler read them.
    """
    sequence = (
        Open(0, "ab\r\n😋 cd\u2028ef\rgh"),
        Change(0, (Edit(Raw(0, 99), Raw(0, 2**31 - 1), "<"),)),
        Change(0, (Edit(Raw(2**31 - 1, 0), Raw(2**31 - 1, 5), ">"),)),
        Change(0, (Edit(At(5, 0, 1), At(9, 1, 0), "|"),)),
    )
    play(client, sequence, fuzz_workspace())
