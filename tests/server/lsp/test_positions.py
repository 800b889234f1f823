from lsprotocol import types

from answerlint.lsp.positions import PositionMap, encoding_of

TEXT = "a😋b\r\nc\u2028é中\rlast"


def test_encoding_negotiated_or_utf16():
    assert encoding_of(types.PositionEncodingKind.Utf8) == "utf-8"
    assert encoding_of("utf-32") == "utf-32"
    assert encoding_of(None) == "utf-16"


def test_columns_per_encoding():
    after_emoji = TEXT.index("b")
    assert PositionMap(TEXT, "utf-16").position(after_emoji) == types.Position(line=0, character=3)
    assert PositionMap(TEXT, "utf-8").position(after_emoji) == types.Position(line=0, character=5)
    assert PositionMap(TEXT, "utf-32").position(after_emoji) == types.Position(line=0, character=2)


def test_lines_break_on_crlf_and_cr_only():
    positions = PositionMap(TEXT, "utf-16")
    middle = TEXT.index("中")
    assert positions.position(middle) == types.Position(line=1, character=3)
    assert positions.position(TEXT.index("last")) == types.Position(line=2, character=0)


def test_offsets_round_trip():
    for encoding in ("utf-8", "utf-16", "utf-32"):
        positions = PositionMap(TEXT, encoding)
        for offset in range(len(TEXT) + 1):
            if TEXT[offset - 1 : offset + 1] == "\r\n":
                continue  # between \r and \n is the end of the line
            assert positions.offset(positions.position(offset)) == offset
