from answerlint.draft import Draft, count_words
from answerlint.plugins import default_registry


def parse(text):
    return Draft.parse(text, default_registry().frameworks)


def test_prose_mask_keeps_length_and_offsets():
    text = "# S — Situation\n\nI led a *team* of `code` [the docs](http://x.y/3) <b>now</b>.\n"
    draft = parse(text)
    assert len(draft.prose) == len(text)
    assert "code" not in draft.prose and "http" not in draft.prose and "<b>" not in draft.prose
    start = draft.prose.index("team")
    assert text[start : start + 4] == "team"
    assert "the docs" in draft.prose


def test_never_prose():
    text = (
        "---\nframework: star-l\nrole: nurse\n---\n"
        "> Tell me about a time you failed, they asked.\n\n"
        "```\nthey failed 42 times\n```\n\n"
        "    indented code 7\n\n"
        "<div>\nhtml block 9\n</div>\n\n"
        "<!-- a comment 11 -->\n\n"
        "Real prose here.\n"
    )
    draft = parse(text)
    assert draft.prose.split() == ["Real", "prose", "here."]
    assert draft.front_matter == {"framework": "star-l", "role": "nurse"}
    assert [s.text for s in draft.sentences] == ["Real prose here."]
    assert draft.comments[0].body == " a comment 11 "


def test_sentences_respect_abbreviations_decimals_and_blocks():
    text = "We were 2.5 days late, e.g. on the U.S. launch. Then I called Dr. Ruiz! Why?\n\n- bullet one\n- bullet two\n"
    draft = parse(text)
    assert [s.text for s in draft.sentences] == [
        "We were 2.5 days late, e.g. on the U.S. launch.",
        "Then I called Dr. Ruiz!",
        "Why?",
        "bullet one",
        "bullet two",
    ]


def test_a_word_ending_in_one_letter_is_not_an_initial():
    draft = parse("I said it wasn't. Then J. Ruiz called. We didn't.\n")
    assert [s.text for s in draft.sentences] == ["I said it wasn't.", "Then J. Ruiz called.", "We didn't."]


def test_cjk_sentences_and_word_count():
    draft = parse("我错过了截止日期。我学到了很多。\n")
    assert len(draft.sentences) == 2
    assert count_words("我错过了") == 4
    assert count_words("I didn't ship on-time, 2.5 days late") == 7


def test_sections_framework_and_parts():
    text = "# My story\n\n## S — Situation\n\nA.\n\n## Action\n\nB did.\n\n## Lessons learned\n\n\n## Notes\n\nx\n"
    draft = parse(text)
    assert draft.framework.id == "star-l" and not draft.framework_declared
    titles = [(s.heading, s.framework_section.title if s.framework_section else None, s.words) for s in draft.sections]
    assert titles == [
        ("My story", None, 4),
        ("S — Situation", "Situation", 1),
        ("Action", "Action", 2),
        ("Lessons learned", "Learned", 0),
        ("Notes", None, 1),
    ]
    assert "learning" not in draft.parts_present()  # the learning section is empty
    assert {"context", "action"} <= draft.parts_present()


def test_declared_framework_and_unknown_framework():
    assert parse("---\nframework: Failure_Growth_Gain\n---\ntext\n").framework.id == "failure-growth-gain"
    draft = parse("---\nframework: starl\n---\ntext\n")
    assert draft.framework is None
    assert "unknown framework 'starl'" in draft.problems[0].message


def test_crlf_and_setext_heading():
    text = "Title\r\n=====\r\n\r\nI was late.\r\n"
    draft = parse(text)
    assert draft.sections[0].heading == "Title"
    sentence = draft.sentences[0]
    assert text[sentence.start : sentence.end] == "I was late."
    assert draft.anchor() == (0, 5)


def test_anchor_without_headings_is_first_prose_line():
    text = "---\nrole: x\n---\n\nFirst line of prose\nsecond line.\n"
    draft = parse(text)
    start, end = draft.anchor()
    assert text[start:end] == "First line of prose"


def test_empty_and_odd_documents_parse():
    for text in ["", "\n", "\x00", "#", "- ", "> ", "```", "<!--", "\u2028\u2029", "---\n---\n"]:
        draft = parse(text)
        assert len(draft.prose) == len(text)


def test_a_link_target_in_angle_brackets_is_not_prose():
    # found by the fuzzer: a destination with a space, written <like this>, leaked into prose
    text = "I blamed [the vendor](<http://x.example/a b> \"title\") for it.\n"
    draft = Draft.parse(text)
    assert "http" not in draft.prose and "title" not in draft.prose and "the vendor" in draft.prose


def test_text_without_a_full_stop_is_cut_into_bounded_sentences():
    # found by the fuzzer: one 38 KB "sentence" made blame-shifting take minutes
    from answerlint.draft import MAX_SENTENCE

    text = "because the vendor was late " * 2000
    draft = Draft.parse(text)
    assert len(draft.sentences) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in draft.sentences)
    assert all(not s.text[0].isspace() and not s.text[-1].isspace() for s in draft.sentences)
    assert "".join(s.text for s in draft.sentences).replace(" ", "") == text.replace(" ", "")


def test_comments_without_closers_are_found_in_one_pass():
    # found by the fuzzer: every "<!--" without a "-->" scanned to the end (quadratic)
    from answerlint.draft import _comment_spans

    text = "<!--" * 5 + "a -->" + "<!--" * 3
    assert _comment_spans(text) == [(0, 25)]
    assert _comment_spans("x <!-- a --> y <!--b-->") == [(2, 12), (15, 23)]
