"""Free text: hidden by default (tap-only); with the clinic's say-so, typed on an in-app keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.helpers.kiosk import kiosk_config, start_session


def tap(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_tap_only_by_default(qtbot, shell):
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    assert not summary.printout.own_edit.isVisible() and not summary.printout.notes_edit.isVisible()
    assert not summary.printout.name_edit.isVisible() and not shell.keyboard.isVisible()


def test_on_screen_keyboard_types_an_own_question(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    assert summary.printout.own_edit.isVisible() and not shell.keyboard.isVisible()
    person.click(summary.printout.own_edit)
    assert shell.keyboard.isVisible() and shell.keyboard.target is summary.printout.own_edit
    keys = shell.keyboard.letter_buttons
    tap(qtbot, shell.keyboard.shift_button)
    for char in "can i":
        tap(qtbot, shell.keyboard.space_button if char == " " else keys[char])
    tap(qtbot, keys["x"])
    tap(qtbot, shell.keyboard.back_button)
    for char in " swim?":
        tap(qtbot, shell.keyboard.space_button if char == " " else keys[char])
    assert summary.printout.own_edit.text() == "Can i swim?"
    assert summary.printout.own_edit.hasFocus(), "keys never take the focus from the field"
    tap(qtbot, shell.keyboard.enter_button)  # Enter adds the question, as on a real keyboard
    assert summary.owner.question_list.own_questions == ["Can i swim?"]
    assert summary.printout.own_edit.text() == ""
    qtbot.waitUntil(lambda: "Can i swim?" in summary.printout.preview.document().toPlainText())
    tap(qtbot, shell.keyboard.hide_button)
    assert not shell.keyboard.isVisible()


def test_keyboard_follows_focus_and_goes_with_a_reset(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    person.click(summary.printout.notes_edit)
    assert shell.keyboard.target is summary.printout.notes_edit
    tap(qtbot, shell.keyboard.letter_buttons["a"])
    assert summary.printout.notes_edit.toPlainText() == "a"
    summary.list_widget.setFocus()
    assert not shell.keyboard.isVisible()
    person.click(summary.printout.name_edit)
    assert shell.keyboard.target is summary.printout.name_edit
    shell.reset("idle")
    assert shell.keyboard.target is None and not shell.keyboard.isVisible()
