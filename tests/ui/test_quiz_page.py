"""The optional teach-back page, walked with real clicks: right answers add nothing, wrong or "not sure"
answers add "Please explain again" questions to the list and the saved PDF, skipping adds nothing."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.model import NOT_SURE
from app.ui.wizard.wizard import QUIZ_ID, SUMMARY_ID
from tests.helpers.text import pdf_text, squash
from tests.ui.test_summary_page import question_rows

EXPLAIN = "Please explain again"


def walk_to_quiz(person, answers: dict, rest: str = "no") -> list[str]:
    """Like Person.walk, but stop on the quiz page."""
    wizard = person.wizard
    seen = []
    while wizard.currentId() != QUIZ_ID:
        assert wizard.currentId() != SUMMARY_ID, "the quiz page was skipped"
        page = wizard.currentPage()
        seen.append(page.objectName())
        for question_id in list(page.boxes):
            box = page.boxes[question_id]
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if not box.isVisible():
                continue
            if question_id in answers:
                value = answers[question_id]
                person.pick(question_id, *((value,) if isinstance(value, str) else value))
            elif box.value() is None:
                person.pick(question_id, next(v for v in (rest, "none", NOT_SURE) if v in box.buttons))
        person.next()
    return seen


def start_check(person):
    page = person.wizard.currentPage()
    assert page.objectName() == "page-quiz"
    assert not page.items_widget.isVisible()  # nothing is asked until the person chooses to
    person.click(page.start_button)
    assert page.items_widget.isVisible()
    return page


def answer(person, page, item_id: str, value: str) -> None:
    box = page.item_boxes[item_id]
    person.qtbot.waitUntil(box.isVisible)
    page.scroll_area.ensureWidgetVisible(box.buttons[value])
    person.click(box.buttons[value])
    assert box.feedback.isVisible()
    assert not any(b.isEnabled() for b in box.buttons.values())  # answered: locked


def summary_texts(wizard) -> list[str]:
    wizard.summary.printout.update_preview()
    return [r.text() for r in question_rows(wizard.summary)]


def test_order_last_area_then_quiz_then_summary(person, wizard):
    seen = walk_to_quiz(person, {"region": "us"})
    page = wizard.currentPage()
    n, m = int(page.subTitle().split()[1]), int(page.subTitle().split()[3])
    assert n == m - 1 == len(seen) + 1  # "Step N of M": the quiz is the step before the summary
    person.next()
    assert wizard.currentId() == SUMMARY_ID
    assert wizard.summary.subTitle().startswith(f"Step {m} of {m}")
    person.back()
    assert wizard.currentId() == QUIZ_ID


def test_all_right_adds_nothing(person, wizard, content):
    walk_to_quiz(person, {"region": "us", "preg_can_become_pregnant": "yes"})
    page = start_check(person)
    items = page.visible_items()
    assert 5 <= len(items) <= 8
    assert "quiz_birth_control_us" in [b.item.id for b in items]
    for box in items:
        answer(person, page, box.item.id, box.item.correct)
        feedback = box.feedback.text()
        assert "that is right" in feedback and box.item.explain in feedback
        assert "Added to your list" not in feedback
        for tag in box.item.sources:  # the publishers, not the register's tags (Spanish review M11)
            assert html.escape(content.sources[tag].publisher) in feedback and f"{tag}," not in feedback
    assert "score" not in " ".join(b.feedback.text().lower() for b in items)
    person.next()
    assert wizard.currentId() == SUMMARY_ID
    assert not [t for t in summary_texts(wizard) if t.startswith(EXPLAIN)]
    assert EXPLAIN not in wizard.summary.printout.preview.document().toPlainText()


def test_wrong_and_not_sure_answers_reach_the_list_and_the_pdf(person, wizard, tmp_path, monkeypatch):
    walk_to_quiz(person, {"region": "uk", "preg_can_become_pregnant": "yes"})
    page = start_check(person)
    items = {b.item.id: b.item for b in page.visible_items()}
    assert "quiz_birth_control_uk_eu" in items and "quiz_birth_control_us" not in items
    answer(person, page, "quiz_birth_control_uk_eu", "condoms_only")  # wrong
    answer(person, page, "quiz_blood_donation", NOT_SURE)
    answer(person, page, "quiz_mood", "stop_and_tell")  # right
    wrong_box = page.item_boxes["quiz_birth_control_uk_eu"]
    assert "Not quite" in wrong_box.feedback.text()
    assert items["quiz_birth_control_uk_eu"].explain in wrong_box.feedback.text()
    assert "NHS" in wrong_box.feedback.text() and "NHS-PREG" not in wrong_box.feedback.text()
    assert "Added to your list: Please explain again: which birth control" in wrong_box.feedback.text()
    person.next()

    expected = [items["quiz_birth_control_uk_eu"].review_question, items["quiz_blood_donation"].review_question]
    listed = [t for t in summary_texts(wizard) if t.startswith(EXPLAIN)]
    assert sorted(listed) == sorted(expected)
    assert items["quiz_mood"].review_question not in summary_texts(wizard)

    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(wizard.summary.output_actions.pdf_button)
    text = squash(pdf_text(target))
    for question in expected:
        assert squash(question) in text
    assert squash(items["quiz_mood"].review_question) not in text


def test_skipping_adds_nothing_even_after_answers(person, wizard):
    walk_to_quiz(person, {"region": "eu"})
    page = start_check(person)
    answer(person, page, "quiz_tetracyclines", NOT_SURE)
    person.click(page.skip_button)  # changed their mind: the check is skipped
    assert not page.items_widget.isVisible()
    person.next()
    assert not [t for t in summary_texts(wizard) if t.startswith(EXPLAIN)]


def test_not_choosing_counts_as_skipping(person, wizard):
    walk_to_quiz(person, {"region": "us"})
    person.next()
    assert wizard.currentId() == SUMMARY_ID and not wizard.quiz_wanted
    assert not [t for t in summary_texts(wizard) if t.startswith(EXPLAIN)]


def test_going_back_keeps_the_answers_in_memory(person, wizard):
    walk_to_quiz(person, {"region": "us"})
    page = start_check(person)
    answer(person, page, "quiz_vitamin_a", "yes")
    person.next()
    assert any(t.startswith(EXPLAIN) for t in summary_texts(wizard))
    person.back()
    box = page.item_boxes["quiz_vitamin_a"]
    assert box.buttons["yes"].isChecked() and box.feedback.isVisible()
    assert wizard.quiz_answers == {"quiz_vitamin_a": "yes"}  # held by the wizard only, never written


def test_who_cannot_become_pregnant_sees_no_pregnancy_items(person, wizard):
    walk_to_quiz(person, {"region": "us", "preg_can_become_pregnant": "no", "preg_breastfeeding": "no"})
    page = start_check(person)
    ids = [b.item.id for b in page.visible_items()]
    assert len(ids) == 5 and not [i for i in ids if "pregnancy" in i or "birth_control" in i or "breast" in i]


@pytest.mark.parametrize("scale", [100, 200])
def test_quiz_page_fits_at_large_text(scale, person, wizard, qtbot, tmp_path):
    from app.ui.look import theme
    from tests.ui.test_text_size import WINDOW, problems_on

    look = theme.appearance()
    look.set_scale(scale)
    try:
        wizard.resize(*WINDOW)
        walk_to_quiz(person, {"region": "uk", "preg_can_become_pregnant": "yes"})
        page = start_check(person)
        for box, value in zip(page.visible_items(), ("one_month", "condoms_only", NOT_SURE), strict=False):
            answer(person, page, box.item.id, value)
        qtbot.waitUntil(lambda: not problems_on(page), timeout=2000)
        wizard.grab().save(str(tmp_path / f"quiz-{scale}.png"))
        assert (wizard.width(), wizard.height()) == WINDOW
    finally:
        look.set_scale(100)


def test_a_clicked_answer_stays_under_the_pointer_when_its_feedback_opens(person, wizard, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    wizard.resize(1100, 600)
    walk_to_quiz(person, {"region": "uk", "preg_can_become_pregnant": "yes"})
    page = start_check(person)
    box = page.visible_items()[1]
    button = box.buttons[box.item.correct]
    viewport = page.scroll_area.viewport()
    bar = page.scroll_area.verticalScrollBar()
    # the answer near the bottom of what shows, as when a person reads down and clicks
    bar.setValue(max(0, button.mapTo(viewport.parentWidget(), QPoint(0, 0)).y() + bar.value() - viewport.height() + 60))
    qtbot.wait(50)
    before = button.mapTo(viewport, QPoint(0, 0)).y()
    assert 0 <= before < viewport.height() - button.height()
    middle = QPoint(12, button.height() // 2)
    QTest.mouseMove(button, middle)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    qtbot.wait(100)  # (the timers that used to scroll the feedback into view)
    assert box.feedback.isVisible()
    assert button.mapTo(viewport, QPoint(0, 0)).y() == before, "the page moved under the pointer"
