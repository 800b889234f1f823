from answerlint.lsp.lens import lens_title
from answerlint.summary import Summary


def test_title_has_checklist_words_and_time():
    summary = Summary({"accountability": True, "learning": False, "judgment": None}, 301, 125, None)
    assert lens_title(summary) == "✓ accountability  ✗ learning  – judgment  ·  301 words  ·  2 min 05 s spoken"
