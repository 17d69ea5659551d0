"""A+ / A- and high contrast restyle the page shown at once and the other pages when they are shown or
the person pauses (issue 23, "Responds at once"): a change re-polishes no hidden page, every page has
the new look when it is reached, a dialog made afterwards too, and turning off high contrast the app
started in leaves none of its scroll bars behind. (How long a change takes: benchmarks/text_size.py.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWizard

from app.ui.wizard.wizard import RiskWizard
from tests.helpers.screen import sheet_in_effect


class StyleChanges(QObject):
    """Counts the style changes a widget receives (Qt sends one each time it re-polishes a widget)."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.StyleChange:
            self.count += 1
        return False


def built_page_after(wizard, qtbot):
    """The next page, made (pages are made ahead, one per turn of the event loop)."""
    wizard.build_ahead()
    page = wizard.page(wizard.nextId())
    qtbot.waitUntil(lambda: page.findChild(QLabel, "question-text") is not None, timeout=10000)
    return page


@pytest.fixture
def on_a_question_page(person, wizard):
    """On the pregnancy page (its question is asked at once), the mood page's questions next."""
    person.pick("region", "us")
    person.next()
    person.next()
    assert wizard.currentPage().findChild(QLabel, "question-text") is not None
    return wizard


def test_a_larger_text_repolishes_the_page_shown_and_no_hidden_page(on_a_question_page, qtbot, standard_look, person):
    wizard = on_a_question_page
    hidden = built_page_after(wizard, qtbot)
    shown_question = wizard.currentPage().findChild(QLabel, "question-text")
    hidden_question = hidden.findChild(QLabel, "question-text")
    shown, unseen = StyleChanges(shown_question), StyleChanges(hidden_question)
    standard_look.larger()
    assert shown.count >= 1
    assert shown_question.font().pointSizeF() == pytest.approx(standard_look.points())
    assert unseen.count == 0, "a page nobody sees was re-polished by the change"
    person.next()  # the person goes there: it has the larger text before it is painted
    assert wizard.currentPage() is hidden
    assert hidden_question.font().pointSizeF() == pytest.approx(standard_look.points())


def test_hidden_pages_take_the_new_look_while_the_person_pauses(on_a_question_page, qtbot, standard_look):
    wizard = on_a_question_page
    hidden = built_page_after(wizard, qtbot)
    question = hidden.findChild(QLabel, "question-text")
    standard_look.set_high_contrast(True)
    standard_look.larger()
    assert question.font().pointSizeF() != pytest.approx(standard_look.points())  # not at once
    qtbot.waitUntil(lambda: question.font().pointSizeF() == pytest.approx(standard_look.points()), timeout=10000)
    assert "#ffff00" in sheet_in_effect(question)  # the yellow focus ring of high contrast
    standard_look.smaller()
    standard_look.set_high_contrast(False)
    qtbot.waitUntil(lambda: question.font().pointSizeF() == pytest.approx(standard_look.points()), timeout=10000)
    assert "#ffff00" not in sheet_in_effect(question)


def test_a_dialog_opened_after_the_change_has_the_new_look(on_a_question_page, qtbot, standard_look):
    wizard = on_a_question_page
    standard_look.set_high_contrast(True)
    box = QMessageBox(wizard)
    box.setText("Close?")
    box.addButton(QMessageBox.StandardButton.Ok)
    box.show()
    qtbot.waitExposed(box)
    assert "#ffff00" in sheet_in_effect(box.buttons()[0])
    box.close()


def test_turning_off_the_high_contrast_it_started_in_leaves_no_dark_scroll_bars(qtbot, content, standard_look):
    for window in QApplication.topLevelWidgets():  # (earlier tests' wizards: none may be shown now)
        if isinstance(window, QWizard):
            window.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    standard_look.set_high_contrast(True)  # before the window: as when the system asks for high contrast
    assert "QScrollBar" in QApplication.instance().styleSheet()
    wizard = RiskWizard(content)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    standard_look.set_high_contrast(False)
    for page in (wizard.page(i) for i in wizard.pageIds()):
        assert "QScrollBar" not in sheet_in_effect(page)


def test_a_window_made_after_the_change_has_the_new_look(on_a_question_page, qtbot, content, standard_look):
    """A language switch makes a new wizard: it starts at the text size and contrast chosen before."""
    standard_look.larger()
    standard_look.set_high_contrast(True)
    on_a_question_page.close()
    again = RiskWizard(content)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    page = again.currentPage()
    assert page.findChild(QLabel, "controls-heading").font().pointSizeF() == pytest.approx(standard_look.points())
    for widget in (page, again.button(QWizard.WizardButton.NextButton)):
        assert "#ffff00" in sheet_in_effect(widget)


def test_back_to_100_percent_with_only_a_closed_window_the_next_window_starts_clean(qtbot, content, standard_look):
    """A size chosen while the only wizard is closed (a test's teardown; a language switch's old window)
    changes the application's sheet: restyling the closed window alone had left that sheet at 200 %, and
    the next window's pages were laid out partly at 200 % (the walk got 0.17 screens longer)."""

    def sheet_of_a_new_wizard() -> str:
        wizard = RiskWizard(content)
        wizard.show()
        qtbot.waitExposed(wizard)
        sheet = sheet_in_effect(wizard.currentPage())
        wizard.close()
        wizard.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # no window at all: as at start-up
        return sheet

    fresh = sheet_of_a_new_wizard()
    standard_look.set_scale(200)
    old = RiskWizard(content)
    qtbot.addWidget(old)
    old.show()
    qtbot.waitExposed(old)
    old.close()  # closed, not yet deleted: the size goes back while it still exists
    standard_look.set_scale(100)
    assert QApplication.instance().styleSheet() == fresh
    assert sheet_of_a_new_wizard() == fresh
