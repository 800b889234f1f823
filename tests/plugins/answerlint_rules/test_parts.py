"""The answer-parts classifier, and the fixes of the structure rules that build on it."""

from __future__ import annotations

import pytest

from answerlint.draft import Draft
from answerlint.engine import lint_text
from answerlint.finding import apply_edits
from answerlint.plugins import default_registry
from answerlint.settings import Settings

from answerlint_rules.parts import answer_parts, empty, placeholder

REGISTRY = default_registry()


def parts_of(text: str):
    return answer_parts(Draft.parse(text, REGISTRY.frameworks))


def by_sentence(text: str) -> dict[str, frozenset[str]]:
    return {c.sentence.text: c.parts for c in parts_of(text).sentences}


# -- cues in prose ------------------------------------------------------------------------------

PROSE = (
    "I was the payroll officer for a care company. "
    "In March I loaded the overtime file twice and 47 carers were overpaid. "
    "The cause was mine: I re-ran the import after a time-out without checking the first run. "
    "When a carer rang about her payslip, I told my manager and wrote to every carer that week. "
    "I learned that an import needs a second pair of eyes. "
    "Since April I reconcile every file against the rota, and we've had no duplicates in the eleven runs since.\n"
)


def test_a_draft_without_headings_is_read_from_its_prose():
    found = parts_of(PROSE)
    assert all(found.has(part) for part in ("failure", "cause", "action", "learning", "change"))
    primary = [c.primary for c in found.sentences]
    assert primary == ["context", "failure", "cause", "action", "learning", "change"]


def test_each_sentence_carries_its_own_parts():
    parts = by_sentence(PROSE)
    assert "cause" in parts["The cause was mine: I re-ran the import after a time-out without checking the first run."]
    assert "action" in parts["When a carer rang about her payslip, I told my manager and wrote to every carer that week."]
    assert "change" not in parts["I learned that an import needs a second pair of eyes."]


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("It was my call to carry on without the edge protection.", "cause"),
        ("I assumed the timing would scale from staging.", "cause"),
        ("I didn't ask anyone to review it because it looked trivial.", "cause"),
        ("I should have checked the forecast before I booked the pour.", "cause"),
        ("I put speed ahead of the final check.", "cause"),
        ("I apologised to her on the phone and took the right tablets round within the hour.", "action"),
        ("I admitted it straight away and repaid the full amount.", "action"),
        ("Lesson: the scanner is the source of truth.", "learning"),
        ("It taught me to read the terms, not the calendar.", "learning"),
        ("Now I ask what permit a product needs before I quote.", "change"),
        ("Every plan I've written since starts with a list of affected groups.", "change"),
        ("On my last two projects we had zero reportable incidents.", "change"),
        ("I’ve used a live seat count for every booking since.", "change"),
    ],
)
def test_cues(sentence, part):
    text = "Last year I missed a delivery deadline for a client.\n\n" + sentence + "\n"
    assert parts_of(text).has(part), by_sentence(text)


@pytest.mark.parametrize(
    ("sentence", "part"),
    [
        ("The vendor was late and the scanners kept dropping off the network.", "cause"),
        ("My manager said the timetable was to blame.", "cause"),
        ('He told me "the cause was mine, not yours".', "cause"),
        ("I should have called the customer, but the week was chaotic.", "action"),
        ("My manager sorted it out with the client.", "action"),
        ("I know now that the labels are part of the job.", "change"),
        ("Next time I would hold the release.", "change"),
        ("I rebooked the pupil for the next session with extra lessons.", "change"),
        ("I didn't learn much from it.", "learning"),
        ("I’ve regretted it ever since.", "change"),
    ],
)
def test_near_misses(sentence, part):
    text = "Last year I missed a delivery deadline for a client.\n\n" + sentence + "\n"
    assert not parts_of(text).has(part), by_sentence(text)


def test_a_response_verb_before_the_failure_is_not_the_response():
    text = "I emailed the guest list to the wrong agency from my phone. It held passport numbers and dates of birth, a breach.\n"
    assert not parts_of(text).has("action")
    text += "\nWithin ten minutes I called the agency and asked them to delete it.\n"
    assert parts_of(text).has("action")


# -- sections -----------------------------------------------------------------------------------


def test_a_section_lends_its_part_to_sentences_that_fit_it():
    text = (
        "## What happened\n\nThe newsletter went out with a broken link.\n\n"
        "## Why it happened\n\nI edited the template by hand the night before.\n\n"
        "## What I did\n\nA correction went out within the hour.\n\n"
        "## What I learned\n\nI test every send on three clients.\n"
    )
    found = parts_of(text)
    assert found.has("cause") and found.has("action") and found.has("learning") and found.has("change")


def test_a_cause_section_about_other_people_lends_nothing():
    text = "## Failure\n\nThe bid was rejected.\n\n## Reflection\n\nMy manager felt the funder had made up its mind.\n"
    assert not parts_of(text).has("cause")


def test_a_section_that_also_tells_the_failure_lends_nothing():
    text = (
        "## Situation\n\nI ran a night shift.\n\n"
        "## Action\n\nI moved two pickers onto returns.\n\n"
        "## Result\n\nWe missed the trailer by forty minutes.\n"
    )
    assert not parts_of(text).has("action")


def test_placeholders_are_asked_for_and_not_classified():
    text = (
        "## What happened\n\nI sent the wrong figures to the board.\n\n"
        "## Why it happened\n\n_What decision or assumption of yours caused it?_\n\n"
        "## What I did\n\nTODO\n\n"
        "## What I learned\n\n<!-- later -->\n"
    )
    draft = Draft.parse(text, REGISTRY.frameworks)
    found = answer_parts(draft)
    assert {"cause", "action", "learning"} <= found.asked  # an empty heading asks as much as a prompt does
    assert [c.sentence.text for c in found.sentences] == ["I sent the wrong figures to the board."]
    why, did, learned = draft.sections[1:]
    assert placeholder(draft, why) and placeholder(draft, did) and not placeholder(draft, learned)
    assert empty(draft, learned) and not empty(draft, draft.sections[0])


def test_the_result_is_cached_on_the_draft():
    draft = Draft.parse(PROSE, REGISTRY.frameworks)
    assert answer_parts(draft) is answer_parts(draft)


def test_words_count_for_one_primary_part_each():
    found = parts_of(PROSE)
    total = sum(c.words for c in found.sentences)
    assert found.words("context", "failure", "cause", "action", "learning", "change", "excuse") == total


# -- the fixes: apply, re-lint, the finding is gone and the writer's text is untouched -------------

NO_HEADINGS = (
    "Our newsletter went to 12,000 subscribers with a broken unsubscribe link, and 300 people complained.\n\n"
    "I learned a lot about email.\n"
)
STAR_L = (
    "# The newsletter\n\n"
    "## Situation\n\nI ran the newsletter for a charity.\n\n"
    "## Task\n\nThe spring issue had to go out on Monday.\n\n"
    "## Action\n\nI edited the template by hand.\n\n"
    "## Result\n\nIt went out with a broken link to 12,000 people.\n\n"
    "## Learned\n\nTemplates need testing.\n"
)
WHAT_WHY = (
    "---\nframework: what-why-did-learned\n---\n\n"
    "## What happened\n\nIt went out with a broken link to 12,000 people.\n\n"
    "## What I learned\n\nTemplates need testing.\n"
)
REFLECTION = (
    "## Failure\r\n\r\nIt went out with a broken link to 12,000 people.\r\n\r\n"
    "## Reflection\r\n\r\nThe email tool was new to everyone.\r\n\r\n"
    "## Improvement\r\n\r\n<!-- to do -->\r\n"
)
GROWTH_GAIN = (
    "---\nframework: failure-growth-gain\n---\n\n"
    "## Failure\n\nIt went out with a broken link to 12,000 people.\n\n"
    "## Gain\n\nTemplates need testing."
)


def _is_subsequence(original: str, fixed: str) -> bool:
    remaining = iter(fixed)
    return all(ch in remaining for ch in original)


def _lint(text: str, rule: str):
    return [f for f in lint_text(text, Settings(select=(rule,)), REGISTRY).findings if f.rule == rule]


@pytest.mark.parametrize("rule", ["missing-root-cause", "missing-action", "missing-change"])
@pytest.mark.parametrize("text", [NO_HEADINGS, STAR_L, WHAT_WHY, REFLECTION, GROWTH_GAIN], ids=["prose", "star-l", "what-why", "crlf-fri", "fgg-no-newline"])
def test_the_fix_adds_a_place_for_the_part_and_only_an_answer_there_counts(rule, text):
    (finding,) = _lint(text, rule)
    assert finding.fix is not None, finding
    assert all(edit.start == edit.end for edit in finding.fix.edits), "a fix only inserts"
    fixed = apply_edits(text, finding.fix.edits)
    assert _is_subsequence(text, fixed), "the writer's text is intact and in order"
    part = {"missing-root-cause": "cause", "missing-action": "action", "missing-change": "change"}[rule]
    assert part in answer_parts(Draft.parse(fixed, REGISTRY.frameworks)).asked, fixed
    assert len(_lint(fixed, rule)) == 1, "a heading holding only its prompt is not yet an answer"
    if "\r\n" in text:
        assert "\n" not in fixed.replace("\r\n", ""), "the fix uses the draft's line endings"


def test_the_fix_inserts_the_frameworks_own_section_in_order():
    (finding,) = _lint(WHAT_WHY, "missing-root-cause")
    fixed = apply_edits(WHAT_WHY, finding.fix.edits)
    assert fixed.index("## What happened") < fixed.index("## Why it happened") < fixed.index("## What I learned")


def test_a_star_l_draft_gets_a_cause_section_after_its_story():
    (finding,) = _lint(STAR_L, "missing-root-cause")
    fixed = apply_edits(STAR_L, finding.fix.edits)
    assert fixed.index("## Result") < fixed.index("## Why it happened") < fixed.index("## Learned")


def test_an_empty_section_gets_its_prompt():
    (finding,) = _lint(REFLECTION, "missing-change")
    fixed = apply_edits(REFLECTION, finding.fix.edits)
    assert fixed.count("## Improvement") == 1
    assert "_What did you change afterwards, and what happened the next time?_" in fixed


def test_missing_section_inserts_every_absent_section_in_the_frameworks_order():
    text = "---\nframework: star-l\n---\n\n## Situation\n\nI ran a night shift.\n\n## Result\n\nWe missed the trailer.\n"
    (finding,) = _lint(text, "missing-section")
    assert finding.message.startswith("STAR-L draft has no 'Task', 'Action' or 'Learned' sections")
    fixed = apply_edits(text, finding.fix.edits)
    assert _is_subsequence(text, fixed)
    headings = [line for line in fixed.splitlines() if line.startswith("## ")]
    assert headings == ["## Situation", "## Task", "## Action", "## Result", "## Learned"]
    (again,) = _lint(fixed, "missing-section")
    assert "is empty" in again.message or "are empty" in again.message
    assert again.fix is None


def test_missing_section_names_the_framework_and_the_section():
    text = "---\nframework: star-l\n---\n\n## Situation\n\nA.\n\n## Task\n\nB.\n\n## Action\n\nC.\n\n## Result\n\nD.\n"
    (finding,) = _lint(text, "missing-section")
    assert finding.message == "STAR-L draft has no 'Learned' section: add what you learned and do differently."


def test_missing_section_reads_well_when_several_sections_are_empty_or_absent():
    empty = "---\nframework: star-l\n---\n\n## Situation\n\nA.\n\n## Task\n\n## Action\n\n## Result\n\n## Learned\n\nE.\n"
    (finding,) = _lint(empty, "missing-section")
    assert finding.message == "STAR-L draft's 'Task', 'Action' and 'Result' sections are empty: add what each heading asks for."
    mixed = "---\nframework: star-l\n---\n\n## Situation\n\nA.\n\n## Task\n\n## Result\n\nD.\n"
    (finding,) = _lint(mixed, "missing-section")
    assert finding.message == (
        "STAR-L draft has no 'Action' or 'Learned' sections and its 'Task' section is empty: add what each heading asks for."
    )


def test_answer_length_reports_the_figures():
    words = " ".join(["word"] * 412) + ".\n"
    (finding,) = _lint(words, "answer-length")
    assert finding.message == "412 words ≈ 2 min 45 s spoken; aim for under 400."
    (short,) = _lint("I missed it. Learned.\n", "answer-length")
    assert short.message == "4 words ≈ 2 s spoken; aim for at least 100."


def test_a_label_on_a_line_of_its_own_works_as_a_heading():
    text = (
        "**What happened**\n\n- I was on the till alone.\n- The float was £40 short at close.\n\n"
        "**What I did**\n\n- Counted it again with the manager.\n- Wrote up the shortfall that night.\n"
    )
    found = parts_of(text)
    by_text = {c.sentence.text.strip(" *"): c for c in found.sentences}
    assert by_text["What I did"].primary == "heading" and not by_text["What I did"].parts
    assert by_text["Counted it again with the manager."].primary == "action"
    assert "action" in by_text["Wrote up the shortfall that night."].parts
    assert found.words("context", "failure") > 0
