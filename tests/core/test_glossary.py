"""Glossary words: found as whole words in any case and plural, and explained at the end of the printout."""

from __future__ import annotations

from app.core.glossary import terms_in, terms_used, variants
from app.core.model import GlossaryEntry
from app.core.question_list import QuestionList
from app.core.render import glossary_used, render_html, render_text

RETINOID = GlossaryEntry("retinoid", "A medicine like vitamin A.")
IBD = GlossaryEntry("inflammatory bowel disease (IBD)", "A long-lasting swelling of the gut.")
IUD = GlossaryEntry("IUD", "A coil.")


def test_whole_words_any_case_and_plural():
    assert terms_in("Other retinoids can interact.", [RETINOID]) == [RETINOID]
    assert terms_in("RETINOID creams", [RETINOID]) == [RETINOID]
    assert terms_in("Non-retinoidal", [RETINOID]) == []
    assert terms_in("A copper IUD or implant", [IUD]) == [IUD]
    assert terms_in("fluid", [IUD]) == []


def test_long_and_short_forms():
    assert variants(IBD.term) == ["inflammatory bowel disease (IBD)", "inflammatory bowel disease", "IBD"]
    assert terms_in("Have you had IBD?", [IBD]) == [IBD]
    assert terms_in("Inflammatory bowel disease runs in my family.", [IBD]) == [IBD]


def test_order_of_first_use_and_once_each():
    texts = ["An IUD is a coil.", "Retinoids and an IUD.", "retinoid"]
    assert terms_used(texts, [RETINOID, IUD]) == [IUD, RETINOID]


def test_printout_explains_the_words_it_uses(content):
    qlist = QuestionList.from_answers(content, {"region": "us", "med_current": ("tetracycline",)})
    used = glossary_used(qlist, content)
    assert used, "the tetracycline question uses a glossary word"
    heading = content.meta.texts.glossary_heading
    html, text = render_html(qlist, content), render_text(qlist, content)
    assert heading in html and heading in text
    for entry in used:
        assert f"{entry.term}: {entry.explain}" in text
    # Only words that are printed: unticking every question (and leaving out the "know" list) leaves none.
    for i in range(len(qlist.items)):
        qlist.set_included(i, False)
    qlist.know = []
    assert glossary_used(qlist, content) == []
    assert heading not in render_text(qlist, content)
