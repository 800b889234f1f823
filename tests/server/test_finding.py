from answerlint.finding import Edit, apply_edits


def test_insertions_at_one_place_keep_their_order():
    # found by the fuzzer: they came out reversed; LSP clients apply them in the order given
    assert apply_edits("ab", [Edit(1, 1, "x"), Edit(1, 1, "y"), Edit(0, 1, "A")]) == "Axyb"


def test_edits_refer_to_the_text_before_any_edit():
    assert apply_edits("hello world", [Edit(6, 11, "there"), Edit(0, 5, "hi")]) == "hi there"
