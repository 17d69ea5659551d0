"""At the answers that matter (pregnant now, might be pregnant, breastfeeding, a tetracycline, St John's
wort, condoms), a short note from the content appears right under the question, and goes with the answer."""

from __future__ import annotations

import pytest

from app.core.model import Choice
from tests.ui.driver import Person

NOTED = [
    ("pregnancy", "preg_status", "pregnant"),
    ("pregnancy", "preg_status", "might_be"),
    ("pregnancy", "preg_breastfeeding", "now"),
    ("pregnancy", "preg_birth_control", "condoms"),
    ("pregnancy", "preg_st_johns_wort", "yes"),
    ("medicines", "med_current", "tetracycline"),
]


def choice(content, qid: str, value: str) -> Choice:
    return next(c for c in content.choices_of(content.question(qid)) if c.value == value)


@pytest.mark.parametrize("area, qid, value", NOTED)
def test_the_content_has_a_sourced_note_in_both_languages(content, content_root, area, qid, value):
    from app.core.loader import load_content

    spanish_content = load_content(content_root, "es")
    for each in (content, spanish_content):
        picked = choice(each, qid, value)
        assert picked.note.strip() and picked.note_sources, (each.meta.language, qid, value)
        assert all(tag in each.sources for tag in picked.note_sources)
    assert choice(content, qid, value).note != choice(spanish_content, qid, value).note


def walk_to(person, wizard, area_id: str, answers: dict) -> None:
    person.pick("region", "us")
    person.next()
    while wizard.currentPage().objectName() != f"page-{area_id}":
        page = wizard.currentPage()
        for qid, value in answers.items():
            if qid in getattr(page, "boxes", {}) and page.boxes[qid].isVisible():
                person.pick(qid, value)
        person.next()


@pytest.mark.parametrize("area, qid, value", NOTED)
def test_picking_the_answer_shows_its_note_under_the_question(qtbot, wizard, content, area, qid, value):
    person = Person(qtbot, wizard)
    walk_to(person, wizard, area, {})
    page = wizard.currentPage()
    if area == "pregnancy":
        person.pick("preg_can_become_pregnant", "yes")
    box = page.boxes[qid]
    assert box.note is not None and not box.note.isVisible()
    person.pick(qid, value)
    note = choice(content, qid, value).note
    assert box.note.isVisible() and note in box.note.text()
    assert box.isAncestorOf(box.note)  # right there, in the question's card
    # the page's sources list names the note's sources
    from app.ui.parts.facts import source_line

    listed = page.sources_label.text()
    assert all(source_line(content, tag) in listed for tag in choice(content, qid, value).note_sources)
    other = "no" if "no" in box.buttons else "none"
    if box.question.multiple:
        person.click(box.buttons[value])  # untick
    else:
        person.pick(qid, other)
    assert not box.note.isVisible()


def test_a_question_without_notes_has_no_note_label(qtbot, wizard):
    person = Person(qtbot, wizard)
    walk_to(person, wizard, "liver", {})
    assert all(box.note is None for box in wizard.currentPage().boxes.values())


def test_a_note_without_sources_is_reported(content_copy):
    from app.core.validate import check_content

    path = content_copy / "en" / "medicines.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('note_sources = ["LABEL-PLR", "SMPC-GB"]', "note_sources = []"), encoding="utf-8")
    problems, _ = check_content(content_copy)
    assert any("tetracycline" in str(p) and "no sources" in str(p) for p in problems), problems
