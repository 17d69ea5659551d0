"""The kiosk at large text on small screens (the 2026-12 accessibility review, M3; WCAG 2.4.11 and
1.4.4): at 200 % on a 1280 x 720 screen and at the largest text A+ gives there (175 %), the crisis
panel's "I have read this" is on the screen (the contacts scroll above it, their heading first) and,
after the panel, Return still means Next; at the largest text A+ gives on each screen (175 % on 1280 x 720
and 1280 x 800, 150 % on 1024 x 600), no text is cut off on any page: each label and button is compared
with the size its text needs at its width (tests.ui.test_text_size.problems_on: the word-wrapped
height, or the text's width) and with its parent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as WaitTimeout

from app.ui.look import theme
from app.ui.wizard.wizard import SUMMARY_ID
from tests.helpers.kiosk import start_session
from tests.kiosk.test_panels import walk_until_crisis
from tests.kiosk.test_small_screen import larger_as_far_as_it_goes, on_screen, small_shell
from tests.ui.test_text_size import problems_on


def shown_in(area, widget) -> bool:
    """All of `widget` inside the visible part of scroll area `area`."""
    viewport = area.viewport()
    return viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size()))


def press_return() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QApplication.processEvents()


def answer_the_rest(person, wizard) -> None:
    page = wizard.currentPage()
    for question_id in list(page.boxes):
        box = page.boxes[question_id]
        if box.isVisible() and not box.typed and box.value() is None:
            person.pick(question_id, next(v for v in ("uk", "no", "none", "not_sure") if v in box.buttons))


@pytest.mark.parametrize("scale", [175, 200])
def test_the_crisis_panels_button_is_on_screen_and_return_then_goes_on(qtbot, make_shell, request, scale):
    """At the largest text A+ gives on 1280 x 720 (175 %), and at 200 % (set past that limit)."""
    shell = small_shell(make_shell, request, 1280, 720)
    person = start_session(qtbot, shell)
    assert larger_as_far_as_it_goes(qtbot, shell, person) == 175
    theme.appearance().max_scale = scale
    theme.appearance().set_scale(scale)
    walk_until_crisis(person, shell)
    QApplication.processEvents()
    overlay, dialog = shell.session.overlay, shell.wizard.crisis_dialog
    button = QApplication.focusWidget()
    assert button.text() == "I have read this"
    assert on_screen(shell, button) and shown_in(overlay.scroll_area, button), (
        f"'I have read this' at {button.mapTo(shell, QPoint(0, 0))} on a {shell.size()} screen"
    )
    assert dialog.body.verticalScrollBar().maximum() > 0, "the contacts are taller than the room: they scroll"
    assert on_screen(shell, dialog.panel.heading) and shown_in(dialog.body, dialog.panel.heading), "heading first"
    press_return()  # on "I have read this"
    assert not overlay.isVisible()
    assert QApplication.focusWidget().objectName() == "choice-mh_harm_thoughts_now-yes", "back to the answer"
    for _ in range(2):  # Return means Next on this page and on the next
        answer_the_rest(person, shell.wizard)
        before = shell.wizard.currentId()
        press_return()
        assert shell.wizard.currentId() != before, f"Return did not go on from {before}"


# Not fixed yet: on 800 x 600 (at 100 % too) the list page's buttons need more height than there is, and
# the page squeezes the header: its title is cut at the bottom and the step line sticks out of it.
KNOWN = {(800, 600): "page-summary"}


@pytest.mark.parametrize(
    "width, height, largest",
    [(1280, 720, 175), (1280, 800, 175), (1024, 600, 150), (800, 600, 125)],
)
def test_no_text_is_cut_off_at_the_largest_text(qtbot, make_shell, request, width, height, largest):
    shell = small_shell(make_shell, request, width, height)
    person = start_session(qtbot, shell)
    assert larger_as_far_as_it_goes(qtbot, shell, person) == largest
    wizard, found = shell.wizard, {}
    while True:
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.isVisible() and not box.typed and box.value() is None:
                value = "yes" if question_id == "mh_harm_thoughts_now" else None
                person.pick(question_id, value or next(v for v in ("uk", "no", "none", "not_sure") if v in box.buttons))
                if shell.session.overlay.isVisible():  # the crisis contacts: read, then closed with their button
                    found["crisis panel"] = settled(qtbot, shell.session.overlay)
                    press_return()
        found[page.objectName()] = settled(qtbot, shell.session)
        if wizard.currentId() == SUMMARY_ID:
            break
        person.next()
    cut = {name: problems for name, problems in found.items() if problems}
    if (known := KNOWN.get((width, height))) is not None:
        assert known in cut, f"{known} at {width} x {height} is fixed now: take it out of KNOWN"
        del cut[known]
    assert cut == {}


def settled(qtbot, widget) -> list[str]:
    """What is cut off on `widget` once its word-wrapped layouts have settled (up to a second)."""
    try:
        qtbot.waitUntil(lambda: not problems_on(widget), timeout=1000)
    except WaitTimeout:
        pass  # reported by the caller
    return problems_on(widget)
