"""Pointer and keyboard details a person notices: clicks land where they aim, nothing jumps away
from the pointer, Enter does what the page says, and pressed buttons keep their whole text.

Clicks here go to the window at a position (as a real pointer's do), so Qt finds the widget under
the pointer at press and again at release: if the page scrolls in between, the click is lost.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard

from app.ui.look import stylesheet, theme
from app.ui.parts.reveal import settle_layouts
from app.ui.wizard.wizard import QUIZ_ID, SUMMARY_ID

KEY = Qt.Key


def settle() -> None:
    """What a person waits for without noticing: every pending layout and paint is done."""
    for _ in range(3):
        settle_layouts()
        QApplication.processEvents()


def click_at(wizard, widget, pos: QPoint | None = None) -> QPoint:
    """Press and release the pointer at `pos` in `widget`, as a mouse does (hit-tested each time)."""
    settle()
    pos = pos if pos is not None else widget.rect().center()
    where = widget.mapTo(wizard.window(), pos)
    QTest.mouseClick(wizard.window().windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()
    return where


def go_to(person, wizard, page_name: str, answers: dict) -> None:
    person.pick("region", answers.get("region", "uk"))
    person.next()
    while wizard.currentPage().objectName() != page_name:
        page = wizard.currentPage()
        for qid, box in page.boxes.items():
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if box.isVisible() and box.value() is None:
                value = answers.get(qid) or next(v for v in ("no", "none", "not_sure") if v in box.buttons)
                person.pick(qid, value)
        person.next()


def place_at_bottom(page, widget, visible_px: int) -> None:
    """Scroll so that only the top `visible_px` of `widget` are inside the page's view."""
    settle()
    bar = page.scroll_area.verticalScrollBar()
    top = widget.mapTo(page.scroll_area.widget(), QPoint(0, 0)).y()
    bar.setValue(top - page.scroll_area.viewport().height() + visible_px)
    QApplication.processEvents()
    seen = widget.mapTo(page.scroll_area.viewport(), QPoint(0, 0)).y()
    assert page.scroll_area.viewport().height() - seen == visible_px, "the page cannot scroll that far"


def can_scroll_to_bottom(page, widget) -> bool:
    top = widget.mapTo(page.scroll_area.widget(), QPoint(0, 0)).y()
    return top - page.scroll_area.viewport().height() + widget.height() + 4 >= 0


def test_a_partly_visible_check_box_is_ticked_by_one_click(person, wizard):
    go_to(person, wizard, "page-serious", {})
    page = wizard.currentPage()
    box = (
        page.boxes["serious_allergies"]
        if "serious_allergies" in page.boxes
        else next(b for b in page.boxes.values() if b.question.multiple and b.isVisible())
    )
    target = list(box.buttons.values())[-1]  # the last choice: lowest on the page
    place_at_bottom(page, target, target.height() // 2)
    click_at(wizard, target, QPoint(target.width() // 3, target.height() // 4))
    assert target.isChecked(), "the click scrolled the check box but did not tick it"


@pytest.mark.parametrize("page_name", ["page-pregnancy", "page-mental_health", "page-serious"])
def test_what_was_clicked_stays_under_the_pointer(person, wizard, page_name):
    """Near the bottom of the view, fully visible: a click ticks it and it does not move (neither
    scrolled into view nor pushed by a question or fact that the answer reveals)."""
    go_to(person, wizard, page_name, {"region": "not_sure"})
    page = wizard.currentPage()
    clicked = 0
    for box in list(page.boxes.values()):
        if box.typed:  # typed answers (age, weight, medicines) are optional
            continue
        if not box.isVisible() or box.value() is not None:
            continue
        value = next(v for v in ("yes", "not_sure") if v in box.buttons)
        button = box.buttons[value]
        if can_scroll_to_bottom(page, button):
            place_at_bottom(page, button, button.height() + 4)
        else:
            page.scroll_area.ensureWidgetVisible(button)
        where = click_at(wizard, button)
        if wizard.crisis_dialog is not None and wizard.crisis_dialog.isVisible():
            wizard.crisis_dialog.accept()
        settle()
        assert button.isChecked(), box.question.id
        assert button.mapTo(wizard, button.rect().center()) == where, f"{box.question.id} moved"
        under = wizard.childAt(where)
        assert under is button or button.isAncestorOf(under), f"{box.question.id}: something else is there now"
        clicked += 1
    assert clicked >= 2


def test_text_size_buttons_stay_under_the_pointer(wizard, qtbot):
    """Low-vision users press A+ twice: the second press must land on A+ again."""
    look = theme.appearance()
    larger = wizard.welcome_controls.larger
    try:
        qtbot.waitUntil(larger.isVisible)
        where = click_at(wizard, larger)
        assert look.scale == 125
        QApplication.processEvents()
        assert wizard.childAt(where) is larger
        click_at(wizard, larger)
        assert look.scale == 150
        smaller = wizard.welcome_controls.smaller
        where = click_at(wizard, smaller)
        QApplication.processEvents()
        assert wizard.childAt(where) is smaller
        click_at(wizard, smaller)
        assert look.scale == 100
    finally:
        look.set_scale(100)


def test_enter_after_the_last_quiz_answer_goes_on(qtbot, person, wizard):
    """Answering the last check item locks it; Return must then mean Next, never Back."""
    from tests.ui.test_quiz_page import start_check, walk_to_quiz

    walk_to_quiz(person, {"region": "uk"})
    page = start_check(person)
    items = page.visible_items()
    for item in items:
        page.scroll_area.ensureWidgetVisible(item.buttons["not_sure"])
        item.buttons["not_sure"].setFocus()
        qtbot.keyClick(item.buttons["not_sure"], KEY.Key_Space)
        assert item.feedback.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not wizard.button(QWizard.WizardButton.BackButton)
    qtbot.keyClick(focus, KEY.Key_Return)
    assert wizard.currentId() == SUMMARY_ID, f"Return went to page {wizard.currentId()} (the check is {QUIZ_ID})"


@pytest.mark.parametrize("scale", [100, 200])
def test_crisis_heading_does_not_run_into_the_contacts(person, wizard, scale):
    look = theme.appearance()
    look.set_scale(scale)
    try:
        go_to(person, wizard, "page-mental_health", {"region": "uk"})
        person.pick("mh_harm_thoughts_now", "yes")
        dialog = wizard.crisis_dialog
        QApplication.processEvents()
        heading, title = dialog.panel.heading, dialog.panel.title
        heading_text = wizard.content.meta.texts.crisis_heading
        assert heading.text() == heading_text and title.text() == wizard.crisis_info().title
        assert not any(heading_text in label.text() and label is not heading for label in dialog.findChildren(QLabel))
        assert heading.geometry().bottom() < title.geometry().top(), "heading and title overlap"
        assert heading.height() >= heading.heightForWidth(heading.width()), "the heading is cut off"
        # A screen reader hears them apart too.
        assert dialog.panel.accessibleName() == heading_text
        assert dialog.panel.accessibleDescription().startswith(wizard.crisis_info().title + ".")
        dialog.accept()
    finally:
        look.set_scale(100)


def test_not_sure_about_harm_gets_the_gentle_heading_and_contacts_stay(person, wizard):
    go_to(person, wizard, "page-mental_health", {"region": "us"})
    person.pick("mh_harm_thoughts_now", "not_sure")
    dialog = wizard.crisis_dialog
    gentle = wizard.content.meta.texts.crisis_gentle_heading
    assert dialog is not None and dialog.panel.heading.text() == gentle
    dialog.accept()
    page = wizard.currentPage()
    panels = [p for p, _region in page.crisis.panels.values() if p.isVisible()]
    assert len(panels) == 1 and "988" in " ".join(label.text() for label in panels[0].lines)
    assert panels[0].heading.text() == gentle
    person.pick("mh_harm_thoughts_now", "yes")
    wizard.crisis_dialog.accept()
    assert panels[0].heading.text() == wizard.content.meta.texts.crisis_heading
    person.pick("mh_harm_thoughts_now", "no")
    assert not panels[0].isVisible()


STATE = re.compile(r"([^{}]*:(?:checked|pressed|hover|default|focus|disabled)[^{}]*)\{([^}]*)\}")


@pytest.mark.parametrize("t", [theme.STANDARD, theme.HIGH_CONTRAST], ids=lambda t: t.name)
def test_no_state_changes_the_size_of_text(t):
    """A pressed, checked or focused control keeps its font: Qt sizes buttons for the normal font."""
    sheet = stylesheet.build(t, 12)
    bad = [selector.strip() for selector, body in STATE.findall(sheet) if re.search(r"font-(weight|size)", body)]
    assert bad == []


def test_a_pressed_toggle_shows_its_whole_text(qapp):
    """A checkable button at its own size: checked, its words are drawn exactly as unchecked (the
    bold "checked" font was wider than the button, so Qt cut it: "Most importan")."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    button = QPushButton("Most important")
    button.setCheckable(True)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    holder.show()
    QApplication.processEvents()
    masks = []
    for checked in (False, True):
        button.setChecked(checked)
        QApplication.processEvents()
        masks.append(text_pixels(button))
    holder.deleteLater()
    assert masks[0], "no text drawn"
    spans = [(min(x for x, _ in m), max(x for x, _ in m)) for m in masks]
    assert abs(spans[1][0] - spans[0][0]) <= 1 and abs(spans[1][1] - spans[0][1]) <= 1, spans
    assert abs(len(masks[1]) - len(masks[0])) <= 0.1 * len(masks[0]), "the checked text is drawn differently"


def text_pixels(button: QPushButton) -> set[tuple[int, int]]:
    """Where the words are: the glyphs' dark cores (both backgrounds are light), away from the border."""
    image = button.grab().toImage()
    inset = 6
    return {
        (x, y)
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
        if QColor(image.pixel(x, y)).lightness() < 90
    }
