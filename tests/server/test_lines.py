import pytest
from hypothesis import given, strategies as st

from answerlint.lines import LineIndex, Position


def test_breaks_only_on_lf_crlf_cr():
    text = "one\u2028still one\r\ntwo\rthree\nfour"
    index = LineIndex(text)
    assert index.line_count == 4
    assert index.position(text.index("two")) == Position(1, 0)
    assert index.position(text.index("three")) == Position(2, 0)
    assert index.position(text.index("still")) == Position(0, 4)


@pytest.mark.parametrize(
    "encoding, column",
    [("utf-32", 8), ("utf-16", 9), ("utf-8", 17)],
)
def test_columns_in_each_encoding(encoding, column):
    text = "x\n😋 中文 é\u0301 fail"  # emoji (2 UTF-16 units, 4 bytes), CJK (3 bytes each), combining mark
    index = LineIndex(text)
    offset = text.index("fail")
    assert index.position(offset, encoding) == Position(1, column)
    assert index.offset(Position(1, column), encoding) == offset


def test_offset_inside_crlf_is_end_of_line():
    text = "ab\r\ncd"
    index = LineIndex(text)
    assert index.position(3) == Position(0, 2)
    assert index.line_end(0) == 2


def test_out_of_range_positions_are_clamped():
    index = LineIndex("ab\ncd")
    assert index.offset(Position(9, 0)) == 5
    assert index.offset(Position(0, 99)) == 2
    assert index.offset(Position(-1, 3)) == 0


@given(st.text(alphabet=st.sampled_from(["a", "\n", "\r", "😀", "é", "\u0301", "中", " ", "\u2028"]), max_size=60))
def test_round_trip_every_offset(text):
    index = LineIndex(text)
    for encoding in ("utf-32", "utf-16", "utf-8"):
        for offset in range(len(text) + 1):
            if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
                continue  # inside a CRLF pair: not a position of its own
            assert index.offset(index.position(offset, encoding), encoding) == offset


def _reference_starts(text):
    import re

    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


def _reference_position(text, offset):
    """The definition: clamp into the text, then an offset past the line's end (inside its break) is its end."""
    index = _reference_starts(text)
    offset = max(0, min(offset, len(text)))
    line = max(i for i, start in enumerate(index) if start <= offset)
    end = index[line + 1] if line + 1 < len(index) else len(text)
    while end > index[line] and text[end - 1] in "\r\n" and line + 1 < len(index):
        end -= 1
    return Position(line, min(offset, end) - index[line])


@given(st.lists(st.sampled_from(["a", "é", "\n", "\r", "\r\n", "\u2028", "😀"]), max_size=30).map("".join), st.integers(-3, 65))
def test_line_starts_and_positions_match_their_definition(text, offset):
    index = LineIndex(text)
    assert index.starts == _reference_starts(text)
    assert index.position(offset) == _reference_position(text, offset)
