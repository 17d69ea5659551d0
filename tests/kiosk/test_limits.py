"""Bounded free text: field limits, no middle-click (selection) paste, a page cap; the language switch
keeps the name and notes in their fields; the keyboard never moves Finish."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from app.kiosk import limits
from tests.helpers.kiosk import kiosk_config, start_session
from tests.kiosk.test_language import choose_language


def summary_of(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    return shell, person, shell.wizard.summary


def test_fields_have_limits(qtbot, make_shell):
    shell, person, page = summary_of(qtbot, make_shell)
    page.printout.own_edit.setFocus()
    QTest.keyClicks(page.printout.own_edit, "q" * (limits.MAX_QUESTION + 50))
    assert len(page.printout.own_edit.text()) == limits.MAX_QUESTION
    page.printout.name_edit.setFocus()
    QTest.keyClicks(page.printout.name_edit, "n" * 200)
    assert len(page.printout.name_edit.text()) == limits.MAX_NAME
    page.printout.notes_edit.setPlainText("x" * (limits.MAX_NOTES + 500))
    assert len(page.printout.notes_edit.toPlainText()) == limits.MAX_NOTES
    assert len(shell.wizard.question_list.notes) == limits.MAX_NOTES, "what prints is cut too"
    page.printout.notes_edit.setFocus()
    QTest.keyClicks(page.printout.notes_edit, "more")
    assert len(page.printout.notes_edit.toPlainText()) == limits.MAX_NOTES


def test_at_most_ten_own_questions(qtbot, make_shell):
    shell, person, page = summary_of(qtbot, make_shell)
    for n in range(limits.MAX_OWN_QUESTIONS):
        page.printout.own_edit.setText(f"Question {n}?")
        person.click(page.printout.add_button)
    assert len(shell.wizard.question_list.own_questions) == limits.MAX_OWN_QUESTIONS
    assert not page.printout.own_edit.isEnabled() and not page.printout.add_button.isEnabled()
    assert "the most this list can hold" in page.printout.own_edit.placeholderText()


def test_middle_click_does_not_paste_the_selection(qtbot, make_shell):
    shell, person, page = summary_of(qtbot, make_shell)
    page.printout.notes_edit.setPlainText("doubling")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("doubling", QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.setText("doubling", QClipboard.Mode.Selection)
    blocked = shell.lockdown.blocked
    for widget in (page.printout.notes_edit.viewport(), page.printout.own_edit, page.printout.name_edit):
        QTest.mouseClick(widget, Qt.MouseButton.MiddleButton, pos=QPoint(5, 5))
    assert (
        page.printout.notes_edit.toPlainText() == "doubling"
        and page.printout.own_edit.text() == ""
        and page.printout.name_edit.text() == ""
    )
    assert shell.lockdown.blocked >= blocked + 3


def test_language_switch_keeps_name_and_notes_in_their_fields(qtbot, make_shell):
    shell, person, page = summary_of(qtbot, make_shell)
    person.type_into(page.printout.name_edit, "Jo Field")
    page.printout.notes_edit.setPlainText("Bring my vitamins")
    wizard = shell.wizard
    person.back()
    while wizard.currentId() != wizard.startId():
        person.back()
    choose_language(wizard, "es")
    new = shell.wizard
    assert new is not wizard
    summary = new.summary
    assert (
        summary.printout.name_edit.text() == "Jo Field"
        and summary.printout.notes_edit.toPlainText() == "Bring my vitamins"
    )
    assert new.question_list.name == "Jo Field"
    assert "Jo Field" in summary.printout.html(), "what shows is what prints"
    summary.printout.name_edit.clear()
    assert "Jo Field" not in summary.printout.html(), "and clearing the field clears the printout"


def test_hiding_the_keyboard_does_not_move_finish(qtbot, make_shell):
    shell, person, page = summary_of(qtbot, make_shell)
    finish = shell.wizard.button(QWizard.WizardButton.FinishButton)
    where = finish.mapTo(shell, QPoint(0, 0))
    person.click(page.printout.notes_edit)
    assert shell.keyboard.isVisible()
    qtbot.wait(20)
    assert finish.mapTo(shell, QPoint(0, 0)) == where and finish.isVisible()
    keyboard_bottom = shell.keyboard.mapTo(shell, QPoint(0, shell.keyboard.height())).y()
    assert keyboard_bottom <= where.y(), "the keyboard sits above the button row"
    field_bottom = page.printout.notes_edit.mapTo(shell, QPoint(0, 40)).y()
    assert field_bottom <= shell.keyboard.mapTo(shell, QPoint(0, 0)).y(), "the field stays above the keyboard"
    qtbot.mouseClick(shell.keyboard.hide_button, Qt.MouseButton.LeftButton)
    assert not shell.keyboard.isVisible() and finish.mapTo(shell, QPoint(0, 0)) == where
