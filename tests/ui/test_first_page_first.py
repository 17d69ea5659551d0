"""Start-up shows the welcome page first and makes the other pages right after (RiskWizard first_page_only).

A wizard made that way must end up exactly like one made whole: same pages, same widgets, same
keyboard order, and Next must work even if it is pressed before the other pages were made.
"""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.wizard.wizard import SUMMARY_ID, WELCOME_ID, RiskWizard
from tests.ui.driver import Person


def shown(qtbot, content, **kwargs) -> RiskWizard:
    wizard = RiskWizard(content, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def widget_tree(page: QWidget) -> list[tuple[str, str, bool]]:
    """Every widget on the page and whether it is shown (scroll bars come and go with layout timing)."""
    scroll_bar = ("QScrollBar", "qt_scrollarea_hcontainer", "qt_scrollarea_vcontainer")
    return [
        (
            type(w).__name__,
            w.objectName(),
            w.isVisibleTo(page) or type(w).__name__ in scroll_bar or w.objectName() in scroll_bar,
        )
        for w in page.findChildren(QWidget)
    ]


def focus_chain(wizard: RiskWizard) -> list[str]:
    """The order Tab follows through the visible widgets that can take the focus.

    (Not filtered on Qt.TabFocus: Qt takes that off a clicked radio button's siblings in whichever
    window was clicked last, which would differ between two windows for no reason of ours.)
    """
    chain, widget = [], wizard.nextInFocusChain()
    while widget is not wizard:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            chain.append(f"{type(widget).__name__}:{widget.objectName()}:{getattr(widget, 'text', str)()}")
        widget = widget.nextInFocusChain()
    start = next(i for i, name in enumerate(chain) if name.startswith("QPushButton:qt_wizard_cancel:"))
    return chain[start:] + chain[:start]  # Tab goes round: compare from the same place


def test_only_the_welcome_page_exists_until_the_rest_is_added(qtbot, content):
    wizard = shown(qtbot, content, first_page_only=True)
    assert wizard.pageIds() == [WELCOME_ID]
    assert wizard.summary_page is None and wizard.quiz_page is None
    assert wizard.welcome_controls.isVisible()  # language, text size, contrast: part of the first paint
    wizard.add_remaining_pages()
    assert len(wizard.pageIds()) == len(content.areas) + 2  # + the quiz and the summary
    assert wizard.summary_page is not None


def test_next_before_the_rest_was_added_still_moves_on(qtbot, content):
    wizard = shown(qtbot, content, first_page_only=True)
    person = Person(qtbot, wizard)
    person.pick("region", "uk")
    person.next()  # adds the pages, then goes to the next page ("What to expect")
    assert wizard.currentPage().objectName() == "page-expect"
    seen = person.walk({}, every_visible="not_sure")
    assert wizard.currentId() == SUMMARY_ID and "page-liver" in seen
    assert wizard.summary.list_widget.count() > 0


def test_a_wizard_made_in_two_steps_is_the_same_as_one_made_whole(qtbot, content):
    whole = shown(qtbot, content)
    stepped = shown(qtbot, content, first_page_only=True)
    stepped.add_remaining_pages()
    assert stepped.pageIds() == whole.pageIds()
    people = (Person(qtbot, whole), Person(qtbot, stepped))
    for person in people:
        person.pick("region", "us")
    while whole.currentId() != SUMMARY_ID:
        assert stepped.currentId() == whole.currentId()
        assert widget_tree(stepped.currentPage()) == widget_tree(whole.currentPage()), whole.currentPage().objectName()
        assert focus_chain(stepped) == focus_chain(whole), whole.currentPage().objectName()
        for person in people:
            page = person.wizard.currentPage()
            for question_id, box in page.boxes.items():
                if box.isVisible() and box.value() is None:
                    person.pick(question_id, next(v for v in ("not_sure", "none", "no") if v in box.buttons))
            person.next()
    QApplication.processEvents()
    assert widget_tree(stepped.summary) == widget_tree(whole.summary)
    assert focus_chain(stepped) == focus_chain(whole)


def test_the_app_paints_the_first_page_then_makes_the_rest():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ISOTRETINOIN_EXIT_AFTER_SHOW": "1"}
    result = subprocess.run([sys.executable, "-m", "app"], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    said = [line.split() for line in result.stdout.splitlines()]
    assert [words[0] for words in said] == ["first-window-shown", "wizard-ready"]
    assert float(said[0][1]) <= float(said[1][1])
