"""Panels (the crisis contacts, the phone code) are shown inside the kiosk's window, and "Are you still
there?" hides them and takes the tap; nothing of the person shows during the countdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.helpers.kiosk import kiosk_config, start_session
from tests.helpers.screen import every_text_in_the_app

SELF_HARM = {"region": "uk", "mh_harm_thoughts_now": "yes"}


def visible_windows() -> list:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def walk_until_crisis(person, shell):
    wizard = shell.wizard
    for _ in range(20):
        page = wizard.currentPage()
        for qid, box in page.boxes.items():
            if box.isVisible() and box.value() is None:
                value = SELF_HARM.get(qid) or next(v for v in ("no", "none", "not_sure") if v in box.buttons)
                person.pick(qid, value)
                if shell.session.overlay.isVisible():
                    return
        person.next()
    raise AssertionError("no crisis contacts were shown")


def test_the_crisis_contacts_show_inside_the_kiosk_window(qtbot, shell):
    person = start_session(qtbot, shell)
    walk_until_crisis(person, shell)
    overlay = shell.session.overlay
    dialog = shell.wizard.crisis_dialog
    assert overlay.panel is dialog and dialog.isVisible()
    assert not dialog.isWindow() and dialog.window() is shell, "a child of the kiosk window, not a dialog window"
    assert visible_windows() == [shell]
    assert overlay.geometry() == shell.session.rect(), "it covers the wizard"
    buttons = [b for b in overlay.findChildren(type(shell.start.start_button)) if b.isVisible()]
    assert buttons, "the panel's own button closes it"
    qtbot.mouseClick(buttons[-1], Qt.MouseButton.LeftButton)
    assert not overlay.isVisible() and shell.current() is shell.session


def test_still_there_covers_the_panel_and_takes_the_tap(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    walk_until_crisis(person, shell)
    crisis_text = shell.wizard.crisis_dialog.panel.accessibleDescription()
    clock.advance(120)
    assert shell.current() is shell.still_there
    assert not shell.session.overlay.isVisible() and not shell.wizard.crisis_dialog.isVisible()
    assert visible_windows() == [shell], "no panel stays on top of the countdown"
    shown = "\n".join(w.text() for w in shell.still_there.findChildren(type(shell.still_there.countdown)))
    assert crisis_text[:40] not in shown
    QTest.mouseClick(shell.still_there, Qt.MouseButton.LeftButton, pos=shell.still_there.rect().center())
    assert shell.current() is shell.session and shell.session.overlay.isVisible(), "the tap continues"


def test_the_phone_code_shows_inside_and_goes_with_the_wipe(qtbot, make_shell, clock):
    shell = make_shell(kiosk_config())
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    person.click(summary.printout.phone.button)
    dialog = summary.printout.phone.dialog
    assert shell.session.overlay.panel is dialog and not dialog.isWindow() and visible_windows() == [shell]
    clock.advance(120)
    assert shell.current() is shell.still_there and not dialog.isVisible()
    clock.advance(30)
    assert shell.current() is shell.start
    assert shell.session.overlay.panel is None and not shell.session.overlay.isVisible()
    assert "This code holds" not in every_text_in_the_app() or not any(
        w.isVisible() for w in QApplication.allWidgets() if w.objectName() == "phone-caption"
    )
