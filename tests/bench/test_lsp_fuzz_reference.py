"""The fuzzer's reference model of LSP text sync, against the spec's own examples and rules."""

from __future__ import annotations

import pytest

from bench.lsp_fuzz.reference import apply_change, apply_text_edits, is_valid_position, lines, offset_at, position_at


def change(start, end, text):
    return {"range": {"start": {"line": start[0], "character": start[1]}, "end": {"line": end[0], "character": end[1]}},
            "text": text}


def test_lines_end_only_at_lf_crlf_and_cr():
    text = "a\r\nb\rc\nd\u2028e\x85f"
    assert [text[s:e] for s, e in lines(text)] == ["a", "b", "c", "d\u2028e\x85f"]
    assert lines("") == ((0, 0),)
    assert lines("x\n") == ((0, 1), (2, 2))


@pytest.mark.parametrize("encoding, character", [("utf-16", 3), ("utf-8", 5), ("utf-32", 2)])
def test_the_specs_example_a_surrogate_b(encoding, character):
    # "a𐐀b": the character offset of b is 3 in UTF-16 (the spec's words), 5 in UTF-8, 2 in UTF-32
    assert offset_at("a𐐀b", 0, character, encoding) == 2
    assert position_at("a𐐀b", 2, encoding) == (0, character)


def test_inside_a_character_is_before_it():
    assert offset_at("a𐐀b", 0, 2, "utf-16") == 1
    assert offset_at("a😋b", 0, 3, "utf-8") == 1
    assert not is_valid_position("a𐐀b", 0, 2, "utf-16")
    assert is_valid_position("a𐐀b", 0, 3, "utf-16")


def test_past_the_line_is_its_end_and_past_the_last_line_is_the_end():
    text = "ab\r\ncd"
    assert offset_at(text, 0, 99, "utf-16") == 2  # not into the \r\n, not onto the next line
    assert offset_at(text, 7, 0, "utf-16") == len(text)
    assert position_at(text, 3, "utf-16") == (0, 2)  # between \r and \n: the end of the line


def test_changes_apply_in_order_and_reversed_ranges_are_swapped():
    assert apply_change("hello world", change((0, 11), (0, 5), ""), "utf-16") == "hello"
    assert apply_change("old", {"text": "new"}, "utf-16") == "new"


def test_text_edits_all_refer_to_the_original_text_and_inserts_keep_their_order():
    edits = [{"range": c["range"], "newText": c["text"]} for c in
             (change((0, 0), (0, 0), "A"), change((0, 0), (0, 0), "B"), change((0, 1), (0, 2), ""))]
    assert apply_text_edits("xyz", edits, "utf-16") == "ABxz"
