"""The whole wizard with the keyboard alone: Tab, Shift+Tab, arrows, Space, Return, typing, Ctrl+plus.

Nothing here clicks or calls a widget's methods to change it: every change is a key press sent to
whichever widget has focus, as it would be for someone who cannot use a mouse.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QRadioButton, QWizard

from app.ui.look import theme
from app.ui.summary.summary_page import ROLE_INDEX, ROLE_KIND
from app.ui.wizard.wizard import SUMMARY_ID
from tests.helpers.text import pdf_text, squash

KEY = Qt.Key


class Keyboard:
    def __init__(self, qtbot, wizard):
        self.qtbot = qtbot
        self.wizard = wizard

    @property
    def focus(self):
        return QApplication.focusWidget()

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        assert self.focus is not None, "nothing has keyboard focus"
        self.qtbot.keyClick(self.focus, key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus, text)

    def tab_to(self, wanted, limit: int = 400):
        """Press Tab until `wanted` (a widget or a test on the focused widget) has focus."""
        test = wanted if callable(wanted) and not isinstance(wanted, QAbstractButton) else (lambda w: w is wanted)
        for _ in range(limit):
            if self.focus is not None and test(self.focus):
                return self.focus
            self.press(KEY.Key_Tab)
        raise AssertionError(f"Tab never reached {wanted}")


def choice_owner(page, widget):
    """(question box, value) if `widget` is one of the page's answer buttons."""
    for box in getattr(page, "boxes", {}).values():
        if box.typed:  # typed answers (age, weight, medicines) are optional
            continue
        for value, button in box.buttons.items():
            if button is widget:
                return box, value
    return None, None


def answer_page_by_keyboard(keys: Keyboard, answers: dict, rest: str) -> None:
    """Tab through the page; at each unanswered question pick the wanted value with arrows/Space."""
    wizard = keys.wizard
    page = wizard.currentPage()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    def unanswered():
        return [b for b in page.boxes.values() if b.isVisible() and b.value() is None]

    trail = []
    for _ in range(400):
        trail.append(keys.focus.objectName() if keys.focus is not None else None)
        crisis = wizard.crisis_dialog
        if crisis is not None and crisis.isVisible():
            # "Not sure" about harming yourself now shows the crisis contacts at once; a keyboard
            # user reads them and closes the dialog with Return ("I have read this", its default).
            assert crisis.isAncestorOf(keys.focus), "the crisis contacts do not have the keyboard focus"
            keys.press(KEY.Key_Return)
            assert not crisis.isVisible(), "Return did not close the crisis contacts"
            continue
        box, value = choice_owner(page, keys.focus)
        if box is not None and box.value() is None:
            wanted = answers.get(box.question.id, rest)
            if wanted not in box.buttons:
                wanted = next(v for v in ("none", "not_sure") if v in box.buttons)
            target = box.buttons[wanted]
            # One-answer questions are one Tab stop and the arrow keys move between the answers
            # (Qt's rule for a radio group); in "pick all that apply" the arrows move too.
            for _ in range(len(box.buttons)):
                if keys.focus is target:
                    break
                keys.press(KEY.Key_Down)
            assert keys.focus is target, f"arrows did not reach {wanted} in {box.question.id}"
            keys.press(KEY.Key_Space)
            assert box.value() == wanted if isinstance(target, QRadioButton) else wanted in box.value()
            dialog = wizard.crisis_dialog
            if dialog is not None and dialog.isVisible():  # the crisis contacts: read, then Return closes them
                assert dialog.isAncestorOf(keys.focus), "the crisis contacts did not take the keyboard focus"
                keys.press(KEY.Key_Return)
                assert not dialog.isVisible()
                assert keys.focus is target, "focus did not come back to the answer"
        elif keys.focus is next_button and not unanswered():
            return
        keys.press(KEY.Key_Tab)
    missing = [b.question.id for b in unanswered()]
    raise AssertionError(f"could not answer {page.objectName()} by keyboard: {missing}; focus went {trail[-60:]}")


@pytest.fixture
def keys(qtbot, wizard):
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return Keyboard(qtbot, wizard)


@pytest.fixture
def normal_size():
    yield
    theme.appearance().set_scale(100)


def keyboard_walk(keys: Keyboard, answers: dict, rest: str = "not_sure") -> list[str]:
    wizard = keys.wizard
    seen = []
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        seen.append(page.objectName())
        answer_page_by_keyboard(keys, answers, rest)
        before = wizard.currentId()
        keys.press(KEY.Key_Return)  # the default button: Next
        assert wizard.currentId() != before, f"Return did not leave {page.objectName()}"
    return seen


def test_keyboard_only_from_welcome_to_saved_pdf(keys, wizard, tmp_path, monkeypatch):
    pages = keyboard_walk(keys, {"region": "uk"})
    assert pages[0] == "page-welcome" and len(pages) >= 9
    summary = wizard.summary
    assert keys.focus is summary.list_widget, "the summary starts with focus on the list"

    # Untick and tick again with Space on the current row (arrows move between rows).
    keys.press(KEY.Key_Home)
    while summary.list_widget.currentItem().data(ROLE_KIND) != "question":
        keys.press(KEY.Key_Down)
    row = summary.list_widget.currentItem()
    index = row.data(ROLE_INDEX)
    text = wizard.question_list.items[index].question.text
    keys.press(KEY.Key_Space)
    assert not wizard.question_list.items[index].included
    summary.printout.update_preview()
    assert squash(text) not in squash(summary.printout.preview.document().toPlainText())
    keys.press(KEY.Key_Space)
    assert wizard.question_list.items[index].included

    # Mark it most important with the toggle button.
    keys.tab_to(summary.star_button)
    keys.press(KEY.Key_Space)
    assert wizard.question_list.items[index].important

    # Add a question of my own: type, then Return in the field.
    keys.tab_to(summary.printout.own_edit)
    keys.type("Can I still play football?")
    keys.press(KEY.Key_Return)
    assert wizard.question_list.own_questions == ["Can I still play football?"]
    assert wizard.isVisible() and wizard.currentId() == SUMMARY_ID, "Return in a field must not press Finish"
    keys.tab_to(summary.printout.name_edit)
    keys.type("Sam")
    keys.press(KEY.Key_Return)
    assert wizard.isVisible() and keys.focus is summary.printout.appointment_edit

    # Save as PDF: the button, then the (stubbed) file dialog.
    target = tmp_path / "mine.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    keys.tab_to(summary.output_actions.pdf_button)
    keys.press(KEY.Key_Space)
    assert target.exists(), summary.message.text()
    printed = squash(pdf_text(target))
    assert squash(text) in printed and "Can I still play football?" in printed


def test_back_with_the_keyboard_keeps_answers(keys, wizard):
    keyboard_walk(keys, {"region": "us"})
    back = wizard.button(QWizard.WizardButton.BackButton)
    keys.tab_to(back)
    keys.press(KEY.Key_Space)
    assert wizard.currentId() != SUMMARY_ID
    assert wizard.answers["region"] == "us"


def test_arrow_keys_change_a_radio_answer(keys, wizard):
    box = wizard.currentPage().boxes["region"]
    keys.tab_to(lambda w: w in box.buttons.values())
    keys.press(KEY.Key_Space)
    first = box.value()
    keys.press(KEY.Key_Down)
    keys.press(KEY.Key_Space)
    assert box.value() != first and box.value() is not None


def test_text_size_shortcuts_work_everywhere(keys, wizard, normal_size):
    look = theme.appearance()
    keys.press(KEY.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert look.scale == 125
    keys.press(KEY.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert look.scale == 150
    keyboard_walk(keys, {"region": "uk"})
    keys.press(KEY.Key_Minus, Qt.KeyboardModifier.ControlModifier)  # on the summary page too
    assert look.scale == 125
    keys.press(KEY.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert look.scale == 100


def test_welcome_controls_by_keyboard(keys, wizard, normal_size):
    controls = wizard.welcome_controls
    keys.tab_to(controls.larger)
    keys.press(KEY.Key_Space)
    assert theme.appearance().scale == 125
    assert "125%" in controls.size_label.text()
    keys.tab_to(controls.contrast)
    keys.press(KEY.Key_Space)
    try:
        assert theme.appearance().high_contrast
        assert QApplication.palette().window().color().name() == theme.HIGH_CONTRAST.window
    finally:
        keys.press(KEY.Key_Space)
    assert not theme.appearance().high_contrast
