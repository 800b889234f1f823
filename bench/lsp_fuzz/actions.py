"""What a fuzzed client does, as plain data, and the hypothesis strategies that draw it.

A sequence is a tuple of actions. Actions never hold absolute positions
computed from a text: a position is either :class:`Raw` numbers (often out of
range) or :class:`At`, resolved when the action runs against the client's
copy of the text at that moment (an offset, then nudged into a surrogate
pair, past the end of the line, or past the last line). So a sequence is
plain, printable data: hypothesis shrinks it, and a failing one pasted into
a regression test replays exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import strategies as st

from bench.lsp_fuzz.reference import MAX_UINTEGER

URIS = (
    "file:///fuzz/story.md",
    "file:///fuzz/with%20space/%C3%BCn%C3%AF.md",
    "untitled:Untitled-1",
    "file:///fuzz/notes.txt",
    "file:///fuzz/never-opened.md",  # the generator never opens it: requests for an unknown document
)
NEVER_OPENED = len(URIS) - 1
FRAMEWORKS = ("star-l", "what-why-did-learned", "no-such-framework")


@dataclass(frozen=True)
class At:
    """A position from the client's current text: ``offset`` (modulo its length + 1), then nudged."""

    offset: int
    line_shift: int = 0
    char_shift: int = 0


@dataclass(frozen=True)
class Raw:
    line: int
    character: int


Pos = At | Raw


@dataclass(frozen=True)
class Edit:
    start: Pos
    end: Pos
    text: str


@dataclass(frozen=True)
class Whole:
    text: str


@dataclass(frozen=True)
class Open:
    doc: int
    text: str
    language: str = "markdown"


@dataclass(frozen=True)
class Change:
    doc: int
    changes: tuple[Edit | Whole, ...]


@dataclass(frozen=True)
class Save:
    doc: int
    with_text: bool = False


@dataclass(frozen=True)
class Close:
    doc: int


@dataclass(frozen=True)
class Ask:
    """A request about a document: hover, codeAction, documentSymbol, codeLens or a diagnostic pull."""

    method: str
    doc: int
    start: Pos = At(0)
    end: Pos = At(0)
    only: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Command:
    name: str
    arguments: tuple


@dataclass(frozen=True)
class Configure:
    settings: object


@dataclass(frozen=True)
class Mangle:
    """``action``'s message with its params broken: a field dropped or retyped, one added, or params replaced."""

    action: Open | Change | Save | Close | Ask | Command
    how: str  # "drop" | "retype" | "extra" | "params"
    path: int = 0  # which field (modulo the number of fields in the params)
    value: object = None


@dataclass(frozen=True)
class Unknown:
    method: str
    request: bool


@dataclass(frozen=True)
class Pause:
    """Let the server's pending lints run before the next action."""


Action = Open | Change | Save | Close | Ask | Command | Configure | Mangle | Unknown | Pause


@dataclass(frozen=True)
class Client:
    """What the fuzzed client declares at ``initialize``."""

    encodings: tuple[str, ...] | None = None  # general.positionEncodings; None: not sent (UTF-16)
    pull: bool = False  # textDocument.diagnostic: the server then pushes nothing for open drafts
    document_changes: bool = True  # workspace edits as versioned documentChanges
    configuration: bool = True  # answers workspace/configuration (with no answerlint section)


# -- strategies ---------------------------------------------------------------------------

PIECES = (
    "# Situation\n", "## What I learned\n", "\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\t", " ",
    "They failed to ship because the vendor was late. ", "I missed the deadline by two weeks. ",
    "I learned a lot. ", "We lost 20% of sign-ups. ", "Honestly, I never really fail. ", "It was not my fault. ",
    "Now I review every plan with the team. ", "- a bullet\n", "> a quote\n", "```\ncode\n```\n",
    "---\nframework: star-l\n---\n", "<!-- answerlint-disable-next-line hedging -->\n", "**Result:** ",
    "😋", "👩‍💻", "🇫🇷", "日本語の文章。", "e\u0301", "a\u0308\u0323", "שלום", "\u200b", "\x00", "\ud83d", "é",
)
HUGE = ("x" * 70_000, "😋" * 20_000, "\n" * 20_000, "They failed to ship because the vendor was late. " * 120)
WRONG_VALUES = (None, [], {}, "", "x", -1, MAX_UINTEGER + 1, 2**63, 1.5, {"line": -1}, [1, 2])


def rare_huge_texts() -> st.SearchStrategy[str]:
    """Mostly small texts of Markdown, prose and awkward characters; a huge one about one time in 64."""
    small = st.one_of(st.lists(st.sampled_from(PIECES), max_size=12).map("".join), st.text(max_size=30))
    huge = st.integers(0, len(HUGE) - 1).map(HUGE.__getitem__)  # by index: the strategy's repr stays short
    # 41, not 0 or 63: hypothesis draws the ends of a range far more often than 1 in 64
    return st.tuples(st.integers(0, 63), small, huge).map(lambda t: t[2] if t[0] == 41 else t[1])


positions = st.one_of(
    st.builds(
        At,
        st.integers(0, 2_000),
        st.sampled_from((0, 0, 0, 0, 1, 3, MAX_UINTEGER)),
        st.sampled_from((0, 0, 0, 0, 1, 2, 3, 200, MAX_UINTEGER)),
    ),
    st.builds(Raw, st.sampled_from((0, 1, 2, 5, 40, MAX_UINTEGER)), st.sampled_from((0, 1, 3, 17, 1000, MAX_UINTEGER))),
)
docs = st.integers(0, len(URIS) - 2)
any_doc = st.integers(0, len(URIS) - 1)
inserted = st.lists(st.sampled_from(PIECES), max_size=3).map("".join) | st.text(max_size=5)
changes = st.lists(
    st.one_of(st.builds(Edit, positions, positions, inserted), st.builds(Edit, positions, positions, inserted),
              st.builds(Whole, rare_huge_texts())),
    min_size=1,
    max_size=4,
).map(tuple)
opens = st.builds(Open, docs, rare_huge_texts(), st.sampled_from(("markdown", "markdown", "markdown", "plaintext")))
asks = st.builds(
    Ask,
    st.sampled_from(
        ("textDocument/hover", "textDocument/codeAction", "textDocument/documentSymbol", "textDocument/codeLens",
         "textDocument/diagnostic")
    ),
    any_doc,
    positions,
    positions,
    st.sampled_from((None, None, ("quickfix",), ("source",), ("source.answerlint.scaffold",), ("refactor",))),
)
commands = st.builds(
    Command,
    st.sampled_from(("answerlint.insertScaffold", "answerlint.insertScaffold", "answerlint.lintWorkspace", "answerlint.nope")),
    st.one_of(
        st.tuples(st.sampled_from(URIS)),
        st.tuples(st.sampled_from(URIS), st.sampled_from(FRAMEWORKS)),
        st.just(()),
        st.tuples(st.sampled_from(WRONG_VALUES)),
        st.tuples(st.sampled_from(URIS), st.integers(), st.integers()),
    ),
)
plain_actions = st.one_of(
    opens,
    st.builds(Change, any_doc, changes),
    st.builds(Change, docs, changes),
    st.builds(Save, any_doc, st.booleans()),
    st.builds(Close, any_doc),
    asks,
    commands,
)
mangles = st.builds(
    Mangle,
    plain_actions,
    st.sampled_from(("drop", "retype", "extra", "params")),
    st.integers(0, 40),
    st.sampled_from(WRONG_VALUES),
)
actions = st.one_of(
    opens,
    st.builds(Change, docs, changes),
    st.builds(Change, docs, changes),
    plain_actions,
    mangles,
    st.builds(Configure, st.sampled_from((None, {}, {"answerlint": None}, {"answerlint": 5}, [1]))),
    st.builds(Unknown, st.sampled_from(("textDocument/rename", "answerlint/nope", "$/whatever")), st.booleans()),
    st.just(Pause()),
)
def sequence_of(first: Action, rest: list[Action]) -> tuple[Action, ...]:
    """A named builder, so hypothesis prints a failing sequence as code that runs: ``sequence_of(Open(...), [...])``."""
    return (first, *rest)


# most sequences open a draft first, so the edits after it have a text to land in
sequences = st.builds(sequence_of, st.one_of(opens, opens, opens, actions), st.lists(actions, min_size=3, max_size=19))
clients = st.builds(
    Client,
    st.sampled_from((None, ("utf-16",), ("utf-8",), ("utf-32",), ("utf-32", "utf-8"), ("latin-1", "utf-8"))),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
