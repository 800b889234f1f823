from answerlint.frontmatter import parse_front_matter


def test_scalars_flow_lists_and_maps():
    fm = parse_front_matter('framework: star-l\nrole: "Data engineer"\nanswerlint: {ignore: [hedging, AL301]}\n')
    assert fm.values == {"framework": "star-l", "role": "Data engineer", "answerlint": {"ignore": ["hedging", "AL301"]}}
    assert fm.problems == []


def test_block_lists_comments_and_block_scalars():
    fm = parse_front_matter("answerlint:\n  ignore:\n    - hedging\n    - AL301\n# note\nquestion: Tell me # why\nx: |\n  one\n  two\n")
    assert fm.values == {"answerlint": {"ignore": ["hedging", "AL301"]}, "question": "Tell me", "x": "one\ntwo"}


def test_bad_lines_are_reported_and_the_rest_kept():
    fm = parse_front_matter("not a pair\nanswerlint: {ignore: [a\nrole: nurse\n")
    assert fm.values == {"role": "nurse"}
    assert fm.problems == [(0, "expected `key: value`"), (1, "`answerlint`: missing ']'")]
