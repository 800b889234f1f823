"""The document model: a Markdown draft as the rules see it.

The central idea is the *prose mask*: :attr:`Draft.prose` is a string exactly
as long as the text, in which every character a rule must not read (code,
HTML, front matter, link targets, block quotes, Markdown punctuation) is a
space and line breaks are kept. A rule runs its patterns over ``prose`` and
the offsets it finds are offsets into the user's text, with no mapping back.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate
from dataclasses import dataclass, field

import regex
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from answerlint import compiled_patterns
from answerlint.framework import Framework, FrameworkSection, Part, match_section, normalise_heading
from answerlint.frontmatter import parse_front_matter
from answerlint.finding import Problem  # noqa: F401  (re-exported: rules and tests import it from here)
from answerlint.lines import LineIndex


@dataclass(frozen=True)
class Block:
    """A paragraph, list-item paragraph or heading, as a span of the text."""

    kind: str  # "paragraph" | "heading"
    start: int
    end: int
    in_list: bool = False


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str  # the prose of the sentence, Markdown punctuation blanked
    block: int  # index into Draft.blocks
    section: int | None  # index into Draft.sections, None before the first heading


@dataclass(frozen=True)
class Section:
    heading: str
    level: int
    start: int  # where the heading line starts
    heading_end: int
    end: int  # where the section's body ends: the next heading of the same or a higher level
    framework_section: FrameworkSection | None
    words: int  # prose words in the body, subsections included

    @property
    def parts(self) -> tuple[Part, ...]:
        return self.framework_section.parts if self.framework_section else ()


@dataclass(frozen=True)
class Comment:
    """An HTML comment, where suppression directives live."""

    start: int
    end: int
    body: str


@dataclass
class Draft:
    text: str
    prose: str
    lines: LineIndex
    blocks: list[Block]
    sections: list[Section]
    sentences: list[Sentence]
    comments: list[Comment]
    front_matter: dict[str, object]
    framework: Framework | None
    framework_declared: bool
    word_count: int
    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str, frameworks: Sequence[Framework] = ()) -> Draft:
        return _parse(text, tuple(frameworks))

    @classmethod
    def unread(cls, text: str) -> Draft:
        """A draft that was not parsed (too large to lint): no prose, no structure.

        The features (hover, symbols, scaffolds) still get a draft with the
        real text and lines, so they answer with nothing rather than fail.
        """
        return cls(text, " " * len(text), LineIndex(text), [], [], [], [], {}, None, False, 0)

    def anchor(self) -> tuple[int, int]:
        """Where a document finding points: the first heading, else the first line of prose."""
        if self.sections:
            first = self.sections[0]
            return first.start, _rstrip_end(self.text, first.start, first.heading_end)
        if self.blocks:
            block = self.blocks[0]
            return block.start, self.lines.line_end(self.lines.line_of(block.start))
        return 0, self.lines.line_end(0)

    def parts_present(self) -> set[Part]:
        """The answer parts carried by a non-empty section."""
        return {part for section in self.sections if section.words for part in section.parts}

    def section_of(self, offset: int) -> Section | None:
        found = None
        for section in self.sections:
            if section.start <= offset:
                found = section
            else:
                break
        return found


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    return end


@functools.lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    # Only block tokens and their line maps are read; inline tokens' children (emphasis, links, ...)
    # never are, and parsing them was half of markdown-it's time.
    return MarkdownIt("commonmark").use(front_matter_plugin).disable(["inline", "text_join"])


# Inline Markdown that is not prose, blanked in this order (code first: it may contain anything).
_CODE_SPAN = compiled_patterns.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", regex.S)
_NOT_PROSE = compiled_patterns.compile(
    r"""
      <(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>      # autolink
    | </?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>                            # inline HTML tag
    | !\[[^\]]{0,999}\]\((?:[^()\s]|\([^()]*\))*(?:\s+[^)]{0,999})?\)      # image
    | \]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]{0,999}"|'[^']{0,999}'|\([^)]{0,999}\)))?\s*\)  # link target
    | \]\(\s*<[^<>\r\n]*>(?:\s+(?:"[^"]{0,999}"|'[^']{0,999}'|\([^)]{0,999}\)))?\s*\)         # link target in <...>
    | \]\[[^\]]{0,999}\]                                                  # reference label
    | (?:\bhttps?://|\bwww\.)[^\s<>]+                                     # bare URL
    | &\#?\w{1,31};                                                      # entity
    | \\(?=[!-/:-@\[-`{-~])                                              # backslash escape
    | [*~\[\]]+                                                           # emphasis, brackets
    | (?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])                              # underscore emphasis
    """,
    regex.X,
)
# Alt text, titles and labels are bounded (CommonMark caps a link label at 999
# characters): unbounded, each "![" or '"' with no closer scanned to the end of the
# block, and a block of them took minutes.
_LIST_MARKER = compiled_patterns.compile(r"^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))+(?:\[[ xX]\](?:[ \t]+|$))?")
_ATX_OPEN = compiled_patterns.compile(r"^[ \t]*#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = compiled_patterns.compile(r"(?:[ \t]+#+)?[ \t]*$")
_NOT_BREAK = compiled_patterns.compile(r"[^\r\n]")

# A sentence ends at . ! ? (or their CJK forms), after any closing quotes or brackets,
# where white space follows and the next word does not start in lower case.
_SENTENCE_END = compiled_patterns.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+(?!\p{Ll})|\s*$)|[。！？]+[」』”’）]*")
_ABBREVIATION = compiled_patterns.compile(
    r"(?:\b(?:e\.g|i\.e|etc|vs|mr|mrs|ms|dr|prof|inc|ltd|co|jr|sr|st|approx|no|fig|dept|est|u\.s|u\.k|a\.m|p\.m|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)|(?-i:\b\p{Lu}))\.$",
    regex.I,
)
_WORD = compiled_patterns.compile(r"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")
_CJK = compiled_patterns.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")


def _comment_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``<!-- ... -->`` spans in ``text[start:end]``, found in one pass.

    The obvious pattern ``<!--.*?-->`` scans to the end for every opener
    without a closer: quadratic, and minutes for a draft of ``<!--``.
    Once no ``-->`` follows an opener, none follows any later one either.
    """
    end = len(text) if end is None else end
    spans = []
    at = text.find("<!--", start, end)
    while at >= 0:
        close = text.find("-->", at + 4, end)
        if close < 0:
            break
        spans.append((at, close + 3))
        at = text.find("<!--", close + 3, end)
    return spans


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    pieces, cursor = [], 0
    for start, end in spans:
        pieces += [text[cursor:start], _blank(text[start:end])]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _blank(text: str) -> str:
    return _NOT_BREAK.sub(" ", text)


def _mask(segment: str, pattern: regex.Pattern) -> str:
    return pattern.sub(lambda m: _blank(m.group()), segment)


def count_words(prose: str) -> int:
    """Words as a listener hears them; each CJK character counts as one."""
    words = _WORD.findall(prose)
    if not _CJK.search(prose):  # the common case: no per-word test needed
        return len(words)
    return len(_CJK.findall(prose)) + sum(1 for word in words if not _CJK.match(word))


def _parse(text: str, frameworks: tuple[Framework, ...]) -> Draft:
    lines = LineIndex(text)
    tokens = _markdown().parse(text)
    problems: list[Problem] = []
    front_matter: dict[str, object] = {}
    blocks: list[Block] = []
    raw_comments: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []  # (block index, level)

    def span(line_range: list[int]) -> tuple[int, int]:
        start = lines.starts[line_range[0]]
        end = lines.starts[line_range[1]] if line_range[1] < lines.line_count else len(text)
        return start, end

    quote_depth = 0
    list_depth = 0
    heading_level = 0
    for token in tokens:
        kind = token.type
        if kind == "front_matter" and token.map:
            values = parse_front_matter(token.content)
            front_matter = values.values
            for line, message in values.problems:
                problems.append(Problem(lines.starts[min(token.map[0] + 1 + line, lines.line_count - 1)], f"front matter: {message}"))
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind == "list_item_open":
            list_depth += 1
        elif kind == "list_item_close":
            list_depth -= 1
        elif kind == "heading_open":
            heading_level = int(token.tag[1])
        elif kind == "html_block" and token.map and not quote_depth:
            start, end = span(token.map)
            raw_comments.extend(_comment_spans(text, start, end))
        elif kind == "inline" and token.map and not quote_depth:
            start, end = span(token.map)
            if heading_level:
                headings.append((len(blocks), heading_level))
                blocks.append(Block("heading", start, end))
            else:
                blocks.append(Block("paragraph", start, end, in_list=list_depth > 0))
            heading_level = 0
        elif kind == "heading_close":
            heading_level = 0

    # Build the prose mask: blank everything, then write back each block's prose.
    pieces: list[str] = []
    cursor = 0
    item_first_lines = _list_item_first_lines(tokens, lines)
    for block in blocks:
        pieces.append(_blank(text[cursor : block.start]))
        segment = text[block.start : block.end]
        segment = _mask(segment, _CODE_SPAN)
        comments = _comment_spans(segment)
        raw_comments.extend((block.start + s, block.start + e) for s, e in comments)
        if comments:
            segment = _blank_spans(segment, comments)
        if block.kind == "heading":
            segment = _heading_prose(segment)
        elif block.start in item_first_lines:
            segment = _mask(segment, _LIST_MARKER)
        segment = _mask(segment, _NOT_PROSE)
        pieces.append(segment)
        cursor = block.end
    pieces.append(_blank(text[cursor:]))
    prose = "".join(pieces)

    comments = [Comment(s, e, text[s + 4 : e - 3]) for s, e in sorted(set(raw_comments))]
    framework, declared = _choose_framework(front_matter, headings, blocks, prose, frameworks, problems)
    block_words = [count_words(prose[b.start : b.end]) if b.kind == "paragraph" else 0 for b in blocks]
    sections = _sections(headings, blocks, block_words, prose, text, framework, frameworks)
    sentences = _sentences(blocks, prose, sections)
    word_count = sum(block_words)
    return Draft(
        text=text,
        prose=prose,
        lines=lines,
        blocks=blocks,
        sections=sections,
        sentences=sentences,
        comments=comments,
        front_matter=front_matter,
        framework=framework,
        framework_declared=declared,
        word_count=word_count,
        problems=problems,
    )


def _list_item_first_lines(tokens, lines: LineIndex) -> set[int]:
    """Offsets of the lines that open a list item, where a marker must be blanked."""
    return {lines.starts[t.map[0]] for t in tokens if t.type == "list_item_open" and t.map}


def _heading_prose(segment: str) -> str:
    first, sep, rest = segment.partition("\n")
    if _ATX_OPEN.match(first):
        body = _mask(first, _ATX_OPEN)
        close = _ATX_CLOSE.search(body.rstrip("\r"))
        if close and "#" in close.group():
            body = body[: close.start()] + _blank(body[close.start() :])
        return body + sep + rest
    return segment  # setext: the underline is outside the inline token's lines


def _heading_text(prose: str, block: Block) -> str:
    return " ".join(prose[block.start : block.end].split())


def _choose_framework(front_matter, headings, blocks, prose, frameworks, problems):
    declared = front_matter.get("framework")
    if declared is not None:
        wanted = str(declared).strip().casefold().replace("_", "-").replace(" ", "-")
        for framework in frameworks:
            if framework.id == wanted:
                return framework, True
        known = ", ".join(f.id for f in frameworks)
        problems.append(Problem(0, f"front matter: unknown framework {declared!r} (known: {known})"))
    keys = [normalise_heading(_heading_text(prose, blocks[index])) for index, _ in headings]
    best: tuple[float, int, Framework] | None = None
    for framework in frameworks:
        matched = {match_section(framework.sections, key) for key in keys} - {None}
        if len(matched) < 2:
            continue
        score = (len(matched), len(matched) / len(framework.sections))
        if best is None or score > best[:2]:
            best = (*score, framework)
    return (best[2] if best else None), False


def _sections(headings, blocks, block_words, prose, text, framework, frameworks) -> list[Section]:
    sections: list[Section] = []
    starts = [b.start for b in blocks]  # blocks are in source order
    words_before = [0, *accumulate(block_words)]  # words_before[i]: words in blocks[:i]
    every_section = tuple(s for f in frameworks for s in f.sections)
    for position, (index, level) in enumerate(headings):
        block = blocks[index]
        end = len(text)
        for later_index, later_level in headings[position + 1 :]:
            if later_level <= level:
                end = blocks[later_index].start
                break
        key = normalise_heading(_heading_text(prose, block))
        matched = match_section(framework.sections, key) if framework else None
        if matched is None:
            matched = match_section(every_section, key)
        first, stop = bisect_left(starts, block.end), bisect_left(starts, end)
        words = words_before[max(first, stop)] - words_before[first]
        sections.append(Section(_heading_text(prose, block), level, block.start, block.end, end, matched, words))
    return sections


def _sentences(blocks: list[Block], prose: str, sections: list[Section]) -> list[Sentence]:
    sentences: list[Sentence] = []
    section_index: int | None = None
    heading_starts = {s.start: i for i, s in enumerate(sections)}
    for block_index, block in enumerate(blocks):
        if block.kind == "heading":
            section_index = heading_starts.get(block.start, section_index)
            continue
        start = block.start
        for match in _SENTENCE_END.finditer(prose, block.start, block.end):
            if _ABBREVIATION.search(prose, max(start, match.start() - 6), match.start() + 1):
                continue
            _add_sentence(sentences, prose, start, match.end(), block_index, section_index)
            start = match.end()
        _add_sentence(sentences, prose, start, block.end, block_index, section_index)
    return sentences


# No one says 2,000 characters (some 350 words) without a full stop. Text that long
# without one (a pasted log, a list flattened onto one line) is cut into pieces this
# long at a space, so the work a rule does per sentence stays bounded: several rules
# look at the whole sentence around each match, which on one 400 KB "sentence"
# took minutes.
MAX_SENTENCE = 2000


def _add_sentence(sentences, prose, start, end, block_index, section_index) -> None:
    while start < end and prose[start].isspace():
        start += 1
    while end > start and prose[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = start + MAX_SENTENCE
        space = prose.rfind(" ", start + MAX_SENTENCE // 2, cut)
        cut = space if space > start else cut
        _add_sentence(sentences, prose, start, cut, block_index, section_index)
        start = cut
        while start < end and prose[start].isspace():
            start += 1
    if start < end:
        sentences.append(Sentence(start, end, prose[start:end], block_index, section_index))
