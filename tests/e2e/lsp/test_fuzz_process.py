"""A fuzz sequence over a real ``python -m answerlint server`` process and its stdio.

The fuzzer's client sends raw JSON (broken params included, which a typed
client such as pytest-lsp's cannot express) through the process's pipes,
with the same checks as the in-process runs, except the look at the
server's own copies: here the diagnostics it pushes are the only witness.
A process start costs seconds (the plugins load), so the suite plays one
sequence with every kind of message here; the many random ones run in
process (tests/server/lsp/test_fuzz_sequences.py and ``python -m
bench.lsp_fuzz``, whose ``play(..., process=True)`` replays any of them here).
"""

from __future__ import annotations

from bench.lsp_fuzz.actions import URIS, Ask, At, Change, Client, Command, Edit, Mangle, Open, Raw, Save
from bench.lsp_fuzz.session import play
from bench.lsp_fuzz.workspace import fuzz_workspace


def test_every_kind_of_message_over_stdio():
    sequence = (
        Open(0, "# Situation\n\nThey failed to ship because the vendor was late. 😋\r\nI learned a lot.\u2028\n"),
        Change(0, (Edit(At(30, 0, 1), At(12), "I missed 😋 it. "), Edit(Raw(9, 0), Raw(2**31 - 1, 3), "\r"))),
        Ask("textDocument/hover", 0, At(40)),
        Ask("textDocument/codeAction", 0, At(0), At(200)),
        Command("answerlint.insertScaffold", (URIS[0],)),
        Mangle(Ask("textDocument/hover", 0, At(3)), "drop", 1),
        Mangle(Change(0, (Edit(At(1), At(2), "y"),)), "retype", 3, "x"),
        Change(3, (Edit(Raw(0, 0), Raw(0, 1), "closed"),)),
        Save(0, with_text=True),
        Command("answerlint.lintWorkspace", ()),
    )
    play(Client(), sequence, fuzz_workspace(), process=True)

