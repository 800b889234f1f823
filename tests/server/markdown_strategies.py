"""Hypothesis strategies for drafts nobody would write on purpose, and the fuzz budget.

Two kinds of text:

* :func:`any_text`: Markdown built from pieces chosen to hurt: emoji and
  ZWJ sequences, combining marks, right-to-left scripts and overrides, NUL
  and other controls, lone surrogates (Python strings may hold them; an
  editor can send them as escaped JSON), CR, CRLF, U+2028/U+2029, BOMs,
  every Markdown construct, half-finished constructs, phrases that make the
  rules fire, deep nesting and long lines, all glued in any order.
* :func:`poisoned_draft`: well-formed Markdown in which every piece that is
  *not* prose (fenced and indented code, inline code, front matter, HTML
  comments and blocks, link and image targets, autolinks, block-quoted
  questions) carries the letter :data:`POISON`, and nothing else does.
  Prose pieces come from an alphabet with no Markdown punctuation, so no
  piece can change how another one parses. The oracle is then simple: no
  poison may ever be prose.

Example counts: each property names two with :func:`examples`: a modest one
for the ordinary suite, and the one ``python -m bench.fuzz`` runs (it sets
``ANSWERLINT_FUZZ=long``; the long counts add up to over 100,000).
:data:`RUNS` counts the examples each property actually ran, for its report.
"""

from __future__ import annotations

import os
from collections import Counter

from hypothesis import strategies as st

POISON = "Ж"
RUNS: Counter[str] = Counter()


LONG = os.environ.get("ANSWERLINT_FUZZ") == "long"


def examples(default: int, long: int) -> int:
    """How many examples a property runs: ``long`` under ``bench.fuzz``, else ``default``."""
    return long if LONG else default


# -- any text ------------------------------------------------------------------------------

NASTY = [
    "😀", "👩‍👩‍👧", "🏳️‍🌈", "e\u0301", "\u0301", "a\u0308\u0323", "中文。", "日本語！", "한국어",
    "שלום", "مرحبا", "\u202e", "\u200f", "\u200d", "\u200b", "\ufeff", "\x00", "\x01", "\x7f", "\x85",
    "\x0b", "\x0c", "\t", "\ud800", "\udfff", "\udbff\udc00", "\U0010ffff", "\ufffd", "\r", "\n", "\r\n",
    "\u2028", "\u2029", "…", "’", "“", "—", "Ⅻ", "ﬁ", "İ", "ß", "Σ",
]
MARKDOWN = [
    "# ", "## ", "###### ", "#", "\n===\n", "\n---\n", "- ", "* ", "+ ", "1. ", "2) ", "- [ ] ", "- [x] ", "> ",
    "```", "```python\n", "~~~", "    ", "`", "``", "*", "**", "_", "__", "~~", "[", "]", "(", ")", "![", "](",
    "<", ">", "<!--", "-->", "<!-- answerlint-disable -->", "<!-- answerlint-enable -->",
    "<!-- answerlint-disable-next-line blame-shifting -->", "<!-- answerlint-disable-file AL1 -->",
    "<!-- answerlint-disable nope -->", "<div>", "</div>", "<br/>", "&amp;", "&#x1F600;", "\\", "|", "---\n",
    "---\nframework: star-l\n---\n", "---\nframework: [\n---\n", "---\nanswerlint: {ignore: [no-metrics]}\n---\n",
    "[a]: http://x.example\n", "<http://x.example>", "https://x.example/a_b", "[t](http://x.example \"title\")",
    "\n\n", " ", "  \n", ".", "!", "?", ",", ";", ":", "'", "\"", "-", "e.g.", "3.5", "40%", "$2m",
]
PHRASES = [
    "I blamed the vendor.", "The launch failed because the vendor was late.", "Mistakes were made.",
    "It wasn't really my fault.", "I never failed at anything.", "I'm so ashamed.", "I learned a lot.",
    "I work too hard.", "I padded the expenses.", "I keep forgetting deadlines.", "I still don't know how to fix it.",
    "Things went wrong.", "It was a failure.", "I think maybe it sort of worked.", "We shipped 9 days late.",
    "## Situation", "## Task", "## Action", "## Result", "## Learned", "## What happened", "## What I learned",
    "Tell me about a time you failed.", "I now check the plan first, and the next 4 launches were on time.",
]


_MARKDOWN, _PHRASES, _NASTY = st.sampled_from(MARKDOWN), st.sampled_from(PHRASES), st.sampled_from(NASTY)
_ANY_CHARS = st.text(st.characters(codec=None, exclude_categories=()), max_size=8)
_RUN_UNIT = st.sampled_from(["> ", "- ", "1. ", "  ", "[", "*", "`", "_", "<!--", "a ", "é", "\u2028", "\r", "😀"])
_SIMPLE = st.text(st.sampled_from("abc XYZ.\n"), max_size=12)


@st.composite
def _piece(draw) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 2:
        return draw(_MARKDOWN)
    if kind <= 4:
        return draw(_PHRASES)
    if kind <= 6:
        return draw(_NASTY)
    if kind == 7:
        return draw(_ANY_CHARS)
    if kind == 8:  # a run: deep nesting or a long line
        return draw(_RUN_UNIT) * draw(st.integers(2, 300))
    return draw(_SIMPLE)


_PIECE = _piece()


def any_text(max_pieces: int = 40) -> st.SearchStrategy[str]:
    return st.lists(_PIECE, max_size=max_pieces).map("".join)


# Deterministic extremes the random strategy reaches only in small doses. The long run
# makes the long lines four times longer; nesting is 10,000 deep in both.
_LONG = 4 if LONG else 1
EXTREMES = {
    "10k nested quotes": "> " * 10_000 + "I blamed the vendor.\n",
    "10k nested lists": "- " * 10_000 + "I blamed the vendor.\n",
    "10k nested ordered lists": "1. " * 10_000 + "x\n",
    "10k nested quote-lists": "> - " * 10_000 + "The launch failed because the vendor was late.\n",
    "10k-deep indented list": "".join(" " * (i % 80) + "- because the vendor\n" for i in range(10_000)),
    "10k brackets": "[" * 10_000 + "x" + "]" * 10_000 + "\n",
    "10k emphasis": "*" * 10_000 + "x" + "_" * 10_000,
    "10k backticks": "`" * 10_000 + "x",
    "10k comment openers": "<!--" * 10_000,
    "10k link openers": "[a](" * 10_000,
    "long line": "I blamed the vendor because the vendor was late " * 250 * _LONG,
    "long line of U+2028": "because the vendor\u2028" * 250 * _LONG,
    "long word": "x" * 100_000 * _LONG,
    "CR only": "I blamed the vendor.\r" * 500 * _LONG,
    "NUL and surrogates": "\x00\ud800 I blamed the vendor.\udfff\n" * 250 * _LONG,
}


# -- poisoned drafts: the "never prose" oracle ---------------------------------------------

# Prose words: several scripts, digits, emoji, combining marks; no Markdown punctuation.
_WORDS = (
    "because the vendor failed I blamed learned team late we shipped missed launch client manager they "
    "never mistake sorry fault plan 9 40 2024 3rd café naïve straße façade mañana 中文 日本語 한국어 שלום مرحبا "
    "😀 👩‍👩‍👧 e\u0301clair Zoë İstanbul ΣΟΦΙΑ Ⅻ ﬁnal I'm didn't team's"
).split(" ")
_SENTENCE = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12).map(" ".join).map(lambda s: s + ".")
_PROSE = st.lists(st.one_of(_SENTENCE, st.sampled_from(PHRASES[:14])), min_size=1, max_size=4).map(" ".join)
_BREAK = st.sampled_from(["\n", "\r\n", "\r"])


_INLINE_POISON = st.sampled_from(
    [
        f"`{POISON}`",
        f"``a ` {POISON}``",
        f"<!-- {POISON} -->",
        f"[link](http://{POISON}.example/x)",
        f"[link](<{POISON} x>)",
        f'[link](http://x.example "{POISON}")',
        f"![{POISON}](http://x.example/{POISON}.png)",
        f"<http://{POISON}.example>",
        f"<{POISON}@x.example>",
        f'<span title="{POISON}">',
        "",
    ]
)
_HEADING = st.sampled_from(["# ", "## ", "### "])
_ITEM = st.sampled_from(["- ", "* ", "1. ", "- [ ] "])


@st.composite
def _inline(draw) -> str:
    """A line of prose with non-prose inline pieces (each carrying the poison) between its words."""
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(_PROSE))
        parts.append(draw(_INLINE_POISON))
    return " ".join(parts)


_INLINE = _inline()


@st.composite
def _block(draw, nl: str) -> str:
    kind = draw(st.integers(0, 11))
    if kind == 0:
        return draw(_HEADING) + draw(_PROSE).rstrip(".")
    if kind == 1:
        return f"```{nl}{POISON} {draw(_PROSE)}{nl}```"
    if kind == 2:
        return f"~~~text{nl}{POISON}{nl}{draw(_PROSE)}{nl}~~~"
    if kind == 3:
        return f"    {POISON} {draw(_PROSE)}"
    if kind == 4:
        return f"> {POISON} {draw(_PROSE)}{nl}> {draw(_PROSE)}"
    if kind == 5:
        return f"<!-- {POISON}{nl}{draw(_PROSE)} -->"
    if kind == 6:
        return f"<div>{nl}{POISON} {draw(_PROSE)}{nl}</div>"
    if kind == 7:
        return f"[ref]: http://{POISON}.example"
    if kind == 8:
        marker = draw(_ITEM)
        return nl.join(marker + draw(_INLINE) for _ in range(draw(st.integers(1, 3))))
    return draw(_INLINE)


_BLOCKS = {nl: st.lists(_block(nl), min_size=1, max_size=8) for nl in ("\n", "\r\n", "\r")}
_FRONT = {
    nl: st.sampled_from(["", f"---{nl}title: {POISON}{nl}framework: star-l{nl}---{nl}", f"---{nl}question: {POISON}{nl}---{nl}"])
    for nl in ("\n", "\r\n", "\r")
}


@st.composite
def poisoned_draft(draw) -> str:
    nl = draw(_BREAK)
    front = draw(_FRONT[nl])
    blocks = draw(_BLOCKS[nl])
    # After a list, an indented block continues the last item (CommonMark): it is prose there,
    # not code. A heading between them ends the list.
    for i in range(len(blocks) - 1, 0, -1):
        if blocks[i].startswith("    ") and blocks[i - 1].startswith(("- ", "* ", "1. ")):
            blocks.insert(i, "## Then")
    return front + (nl * 2).join(blocks) + draw(st.sampled_from(["", nl]))
