"""A page opened with the mouse takes focus at its top without a ring around the whole page; the first
key draws it. A page opened with the keyboard shows its ring at once (app.ui.a11y.quiet_focus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWizard

from app.ui.look import theme


def ring_drawn(widget) -> bool:
    """Is the focus colour on the widget's left edge (where its 3 px ring is)? Read from its pixels."""
    QApplication.processEvents()
    image = widget.grab().toImage()
    focus = QColor(theme.STANDARD.focus)
    for x in range(3):
        for y in range(image.height() // 4, image.height() * 3 // 4, 7):
            pixel = image.pixelColor(x, y)
            if (
                max(
                    abs(pixel.red() - focus.red()), abs(pixel.green() - focus.green()), abs(pixel.blue() - focus.blue())
                )
                < 40
            ):
                return True
    return False


def test_a_page_opened_by_mouse_has_focus_at_its_top_but_no_ring_until_a_key(person, wizard, qtbot):
    person.pick("region", "us")
    person.next()  # a mouse click on Next
    page = wizard.currentPage()
    assert QApplication.focusWidget() is page.scroll_area  # focus is where screen readers start, as before
    assert not ring_drawn(page.scroll_area), "a heavy ring round the whole page after a mouse click"
    qtbot.keyClick(page.scroll_area, Qt.Key.Key_Down)
    assert page.scroll_area.hasFocus()
    assert ring_drawn(page.scroll_area), "a key pressed: the ring shows where the keyboard is"


def test_a_page_opened_by_keyboard_shows_its_ring_at_once(person, wizard, qtbot):
    person.pick("region", "uk")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.setFocus()
    qtbot.keyClick(next_button, Qt.Key.Key_Space)  # Next by the keyboard
    page = wizard.currentPage()
    assert wizard.currentId() != 0
    assert QApplication.focusWidget() is page.scroll_area
    assert ring_drawn(page.scroll_area)


def test_coming_back_to_a_quiet_page_top_draws_the_ring(person, wizard, qtbot):
    person.pick("region", "eu")
    person.next()
    person.next()  # past "What to expect", to a page with questions
    page = wizard.currentPage()
    assert not ring_drawn(page.scroll_area)
    first = next(iter(page.boxes.values())).buttons
    person.click(next(iter(first.values())))  # focus goes to the choice clicked (no key pressed)
    assert not page.scroll_area.hasFocus()
    page.scroll_area.setFocus(Qt.FocusReason.BacktabFocusReason)  # and back to the top, as Shift+Tab does
    qtbot.waitUntil(page.scroll_area.hasFocus)
    assert ring_drawn(page.scroll_area)
