"""Fuzzing the language server with random sequences of client messages.

A sequence (:mod:`bench.lsp_fuzz.actions`) opens, edits (incremental and
whole-text changes, at positions in range and out of it, inside surrogate
pairs and UTF-8 sequences, reversed), saves and closes documents, asks for
hovers, code actions, symbols, lenses and diagnostic pulls, runs the
server's commands, changes settings, calls unknown methods and sends params
with fields dropped, retyped or added, over texts with emoji, CJK, combining
marks, CRLF, lone CR, U+2028, NUL and lone surrogates, some of them huge,
from clients that negotiate UTF-16, UTF-8 or UTF-32 and push or pull
diagnostics. :mod:`bench.lsp_fuzz.session` plays it and checks that every
request is answered or properly rejected and that, at the end, each open
draft's diagnostics equal a fresh lint of the text an independent reference
model of LSP text sync (:mod:`bench.lsp_fuzz.reference`) says the server
should hold.

Why hypothesis and why in-process:

* Hypothesis, not a hand-made seeded generator: a failing sequence is
  shrunk to a few actions and printed as plain data (positions are
  resolved against the text when they run, so the printed sequence replays
  exactly), ``@seed`` makes a run repeatable, and the same strategies drive
  the default suite, the long run and the real-process tests.
* In-process through pygls's own protocol objects and read loop, not over a
  pipe to a new process: a process start loads every plugin (about a
  second), so 10,000 sequences would take hours rather than minutes. The
  in-process server is ``create_server()``, the one ``answerlint server``
  runs, fed framed bytes through ``pygls.io_.run_async``, the loop
  ``start_io`` uses; only the file descriptors are replaced. The same
  client also drives a real ``answerlint server`` process over its pipes
  (``play(..., process=True)``; one sequence in
  ``tests/e2e/lsp/test_fuzz_process.py``). Not through pytest-lsp: its
  client is typed by lsprotocol and cannot send the broken params the
  fuzzer needs; the rest of the end-to-end suite uses it.

The long run: ``python -m bench.lsp_fuzz --sequences 10000``.
"""
