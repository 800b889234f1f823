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
