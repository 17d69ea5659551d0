"""Next acts once per click: a double click or a held key never skips a page (Pregnancy, or Mood with
the self-harm question); each page says how many of its questions are answered; before the list, the
person sees which topics they skipped, with a way back to each."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard

from app.core.unanswered import answered_count, unanswered_topics


def next_button(wizard):
    return wizard.button(QWizard.WizardButton.NextButton)


def to_page_two(person, wizard):
    person.pick("region", "us")
    person.next()
    return wizard.currentPage().objectName()


def test_a_double_click_on_next_moves_one_page(person, wizard, qtbot):
    first = to_page_two(person, wizard)
    button = next_button(wizard)
    where, left, none = QPoint(10, 10), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # What an X server delivers for a double click (seen with xdotool): press, release, double click, release.
    QTest.mousePress(button, left, none, where)
    QTest.mouseRelease(button, left, none, where)
    QTest.mouseDClick(button, left, none, where)
    QTest.mouseRelease(button, left, none, where)
    qtbot.wait(20)
    after = wizard.currentPage().objectName()
    assert after != first, "the double click did not move on at all"
    wizard.back()
    assert wizard.currentPage().objectName() == first, f"a double click went two pages: {first} -> {after}"


def test_two_separate_clicks_still_move_two_pages(person, wizard, qtbot):
    first = to_page_two(person, wizard)
    person.next()
    second = wizard.currentPage().objectName()
    qtbot.wait(QApplication.doubleClickInterval() + 50)  # a person clicking again, not a double click
    person.next()
    assert len({first, second, wizard.currentPage().objectName()}) == 3


def test_a_held_return_key_moves_one_page(person, wizard, qtbot):
    first = to_page_two(person, wizard)
    focus = wizard.currentPage().scroll_area
    focus.setFocus()
    QTest.keyPress(focus, Qt.Key.Key_Return)  # the first press: Next
    moved_to = wizard.currentPage().objectName()
    assert moved_to != first
    for _ in range(5):  # the key is still down: the system repeats it
        receiver = QApplication.focusWidget() or wizard
        QApplication.sendEvent(
            receiver, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r", True)
        )
    QTest.keyRelease(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
    assert wizard.currentPage().objectName() == moved_to, "repeats of a held Return key skipped pages"
    receiver = QApplication.focusWidget() or wizard
    QTest.keyClick(receiver, Qt.Key.Key_Return)  # a new press after the release: Next again
    assert wizard.currentPage().objectName() != moved_to


def test_answered_count_follows_the_shown_questions(content):
    pregnancy = next(a for a in content.areas if a.id == "pregnancy")
    assert answered_count(content, {"region": "us"}, pregnancy)[0] == 0
    answers = {"region": "us", "preg_can_become_pregnant": "yes"}
    done, shown = answered_count(content, answers, pregnancy)
    assert done == 1 and shown > 1  # "yes" shows the birth control questions
    done_no, shown_no = answered_count(content, {"region": "us", "preg_can_become_pregnant": "no"}, pregnancy)
    assert done_no == 1 and shown_no < shown


def test_unanswered_topics_in_page_order_and_skipped_parts_left_out(content):
    topics = unanswered_topics(content, {"region": "us"})
    ids = [t.area_id for t in topics]
    order = [a.id for a in content.areas]
    assert ids == sorted(ids, key=order.index) and "pregnancy" in ids and "mental_health" in ids
    skippable = next(a.id for a in content.areas if a.skippable)
    assert skippable not in [t.area_id for t in unanswered_topics(content, {"region": "us"}, {skippable})]


def test_each_page_says_how_many_of_its_questions_are_answered(person, wizard):
    to_page_two(person, wizard)
    while not any(b.isVisible() for b in wizard.currentPage().boxes.values()):
        assert "answered" not in wizard.currentPage().subTitle()  # a page without questions counts none
        person.next()
    page = wizard.currentPage()
    shown = [q for q, b in page.boxes.items() if b.isVisible()]
    assert page.subTitle().endswith(f"  ·  0 of {len(shown)} answered"), page.subTitle()
    first = shown[0]
    person.pick(first, next(v for v in ("no", "none", "not_sure") if v in page.boxes[first].buttons))
    shown = [q for q, b in page.boxes.items() if b.isVisible()]
    assert page.subTitle().endswith(f"  ·  1 of {len(shown)} answered"), page.subTitle()
    subtitle = wizard.findChild(QLabel, "wizard-subtitle")
    assert subtitle is not None and subtitle.text() == page.subTitle()  # what the header shows


@pytest.fixture
def reviewing(qtbot, content):
    from app.ui.wizard.wizard import RiskWizard, WizardOptions

    wizard = RiskWizard(content, WizardOptions(review_skipped=True))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def press_next_to_the_end(person, wizard):
    from app.ui.wizard.wizard import SUMMARY_ID

    for _ in range(30):
        if wizard.currentId() == SUMMARY_ID or _review(wizard) is not None:
            return
        person.click(next_button(wizard))
        qtbot_wait()
    raise AssertionError("never reached the list")


def qtbot_wait():
    QApplication.processEvents()


def _review(wizard):
    from app.ui.wizard.skipped_review import SkippedReview

    return next((d for d in wizard.findChildren(SkippedReview) if d.isVisible()), None)


def test_before_the_list_the_skipped_topics_are_listed_with_a_way_back(qtbot, content, reviewing):
    from tests.ui.driver import Person

    wizard = reviewing
    person = Person(qtbot, wizard)
    person.pick("region", "us")
    person.next()
    # the person answers nothing and presses Next through every page
    press_next_to_the_end(person, wizard)
    review = _review(wizard)
    assert review is not None, "no review before the list"
    assert wizard.currentId() != wizard.SUMMARY_PAGE  # the list waits
    listed = list(review.go_buttons)
    assert "pregnancy" in listed and "mental_health" in listed
    assert listed == [t.area_id for t in unanswered_topics(content, wizard.answers, wizard.skipped)]
    person.click(review.go_buttons["mental_health"])
    qtbot.waitUntil(lambda: not review.isVisible())
    assert wizard.currentPage().objectName() == "page-mental_health"
    focused = wizard.focusWidget()  # (the window's focus: offscreen, no window is active)
    assert focused is not None and wizard.currentPage().isAncestorOf(focused), focused  # on its first question
    # Answer one, go on: the review shows again (the gaps changed), then "Go on to my list" goes on
    page = wizard.currentPage()
    first = next(q for q, b in page.boxes.items() if b.isVisible())
    person.pick(first, "no")
    press_next_to_the_end(person, wizard)
    review = _review(wizard)
    assert review is not None, (wizard.currentPage().objectName(), wizard.reviewed_gaps)
    person.click(review.go_on)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.SUMMARY_PAGE)
    # Back and Next again with the same gaps: not asked twice
    wizard.back()
    person.click(next_button(wizard))
    assert wizard.currentId() == wizard.SUMMARY_PAGE and _review(wizard) is None


def test_no_review_when_everything_is_answered(qtbot, content, reviewing):
    from tests.ui.driver import Person

    person = Person(qtbot, reviewing)
    person.walk({"region": "uk"}, every_visible="no")
    assert reviewing.currentId() == reviewing.SUMMARY_PAGE and _review(reviewing) is None


def test_high_contrast_can_be_switched_on_any_page(person, wizard, qtbot, standard_look):
    from app.ui.look import theme

    to_page_two(person, wizard)
    person.next()
    toggle = wizard.findChild(QWidget, "contrast-toggle")
    qtbot.waitUntil(lambda: toggle.isVisible())  # in the header's corner, beside A- and A+
    assert toggle.parentWidget().parentWidget().objectName() == "header-corner"
    person.click(toggle)
    assert theme.appearance().high_contrast and toggle.isChecked()
    assert wizard.welcome_controls.contrast.isChecked()  # the welcome page's check box agrees
    person.click(toggle)
    assert not theme.appearance().high_contrast


def test_back_at_100_percent_the_page_is_laid_out_as_before(person, wizard, qtbot, standard_look):
    """A+ then A- leaves no layout behind: the header and every question card where they were."""
    from PySide6.QtCore import QPoint

    from app.ui.parts.reveal import settle_layouts

    to_page_two(person, wizard)
    person.next()
    page = wizard.currentPage()

    def layout() -> dict:
        for _ in range(3):
            settle_layouts()
            qtbot.wait(200)
        shown = [b for b in page.boxes.values() if b.isVisible()]
        places = {b.objectName(): (b.mapTo(wizard, QPoint(0, 0)).y(), b.height(), b.compact) for b in shown}
        title = wizard.findChild(QLabel, "wizard-title")
        places["header"] = (title.mapTo(wizard, QPoint(0, 0)).y(), title.height(), None)
        return places

    before = layout()
    standard_look.larger()
    layout()
    standard_look.smaller()
    assert layout() == before
