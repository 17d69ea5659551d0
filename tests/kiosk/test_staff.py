"""Staff exit: a hidden corner gesture, a PIN pad (lockout after five wrong PINs), the staff menu."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from tests.helpers.kiosk import PIN, kiosk_config, start_session


def tap_corner(qtbot, shell, times: int = 5, clock=None, gap: float = 0.2) -> None:
    for _ in range(times):
        QTest.mouseClick(shell.corner, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
        if clock is not None:
            clock.t += gap


def enter(qtbot, shell, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(shell.pin_pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.pin_pad.ok_button, Qt.MouseButton.LeftButton)


def test_corner_is_invisible_top_left_and_on_top(shell):
    assert shell.corner.geometry().topLeft() == QPoint(0, 0)
    assert shell.childAt(QPoint(5, 5)) is shell.corner
    assert not shell.corner.autoFillBackground()


def test_five_quick_taps_open_the_pin_pad(qtbot, shell, clock):
    tap_corner(qtbot, shell, 4, clock)
    assert shell.current() is shell.start
    tap_corner(qtbot, shell, 1, clock)
    assert shell.current() is shell.pin_pad


def test_slow_taps_do_not(qtbot, shell, clock):
    tap_corner(qtbot, shell, 5, clock, gap=1.0)  # five taps over four seconds
    assert shell.current() is shell.start


def test_right_pin_opens_the_staff_menu_and_exit_works(qtbot, shell, clock):
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    assert shell.current() is shell.staff
    assert "Printer: PDF" in shell.staff.info.text()
    assert not shell.close(), "still locked until Exit is chosen"
    exits = []
    shell.exit_requested.connect(lambda: exits.append(1))
    place = shell.staff.exit_button.geometry()
    qtbot.mouseClick(shell.staff.exit_button, Qt.MouseButton.LeftButton)
    assert not exits and shell.current() is shell.staff, "the first tap only asks"
    assert "Tap again" in shell.staff.exit_button.text() and "confirm" in shell.staff.status.text()
    assert shell.staff.exit_button.geometry() == place
    with qtbot.waitSignal(shell.exit_requested):
        qtbot.mouseClick(shell.staff.exit_button, Qt.MouseButton.LeftButton)
    assert shell.close()


def test_exit_confirmation_is_forgotten_when_leaving_the_menu(qtbot, shell, clock):
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    qtbot.mouseClick(shell.staff.exit_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(shell.staff.back_button, Qt.MouseButton.LeftButton)
    tap_corner(qtbot, shell, 5, clock, gap=0)
    enter(qtbot, shell, PIN)
    exits = []
    shell.exit_requested.connect(lambda: exits.append(1))
    qtbot.mouseClick(shell.staff.exit_button, Qt.MouseButton.LeftButton)
    assert not exits, "an old first tap does not count as the confirmation"


def test_staff_buttons_do_not_move_after_a_test_print(qtbot, shell, clock, monkeypatch, tmp_path):
    from tests.helpers.printers import pdf_printer

    pdf_printer(monkeypatch, tmp_path, name="other printer")  # the test print fails with a long message
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    staff = shell.staff
    buttons = (staff.back_button, staff.test_button, staff.problems_button, staff.exit_button)
    before = [b.mapTo(shell, b.rect().topLeft()) for b in buttons]
    qtbot.mouseClick(staff.test_button, Qt.MouseButton.LeftButton)
    assert "Test print failed" in staff.status.text()
    qtbot.mouseClick(staff.problems_button, Qt.MouseButton.LeftButton)
    qtbot.wait(10)
    assert [b.mapTo(shell, b.rect().topLeft()) for b in buttons] == before


def test_wrong_pin_says_so_and_cancel_returns(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    tap_corner(qtbot, shell, 5, clock)
    assert shell.current() is shell.pin_pad and not shell.wizard.isVisible()
    enter(qtbot, shell, "1111")
    assert shell.current() is shell.pin_pad
    assert "Wrong PIN. 4 tries left" in shell.pin_pad.status.text()
    assert shell.pin_pad.display.text() == "–", "digits are not kept after a try"
    qtbot.mouseClick(shell.pin_pad.cancel_button, Qt.MouseButton.LeftButton)
    assert shell.current() is shell.session and shell.wizard.answers["region"] == "uk"


def test_lockouts_escalate_and_staff_see_the_count(qtbot, shell, clock):
    pad = shell.pin_pad
    tap_corner(qtbot, shell, 5, clock)
    for wait_s, shown in ((60, "60 seconds"), (300, "5 minutes"), (1800, "30 minutes"), (7200, "120 minutes")):
        for _ in range(5):
            enter(qtbot, shell, "0000")
        assert f"Try again in {shown}" in pad.status.text()
        clock.advance(wait_s - 1)
        assert not pad.ok_button.isEnabled(), f"still locked just before {wait_s} s"
        clock.advance(1)
        assert pad.ok_button.isEnabled()
    enter(qtbot, shell, PIN)
    assert shell.current() is shell.staff
    info = shell.staff.info.text()
    assert "Wrong PINs since start: 20 (lockouts: 4)" in info and PIN not in info
    # The right PIN starts the ladder again: the next run of mistakes locks for a minute.
    qtbot.mouseClick(shell.staff.back_button, Qt.MouseButton.LeftButton)
    tap_corner(qtbot, shell, 5, clock, gap=0)
    for _ in range(5):
        enter(qtbot, shell, "0000")
    assert "Try again in 60 seconds" in pad.status.text()


def test_after_an_unexpected_restart_the_first_lockout_is_long(qtbot, make_shell, clock):
    shell = make_shell(restarted=True)
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)  # the right PIN still works at once
    assert shell.current() is shell.staff and "looked like a restart" in shell.staff.info.text()
    qtbot.mouseClick(shell.staff.back_button, Qt.MouseButton.LeftButton)
    fresh = make_shell(restarted=True)
    tap_corner(qtbot, fresh, 5, clock, gap=0)
    for _ in range(5):
        enter(qtbot, fresh, "0000")
    assert "Try again in 30 minutes" in fresh.pin_pad.status.text()


def test_five_wrong_pins_lock_the_pad_for_60_seconds(qtbot, shell, clock):
    tap_corner(qtbot, shell, 5, clock)
    for _ in range(5):
        enter(qtbot, shell, "0000")
    pad = shell.pin_pad
    assert "Try again in 60 seconds" in pad.status.text()
    assert not pad.digit_buttons["1"].isEnabled() and not pad.ok_button.isEnabled()
    pad.entered = PIN  # even if digits got in some other way, the right PIN is refused while locked
    pad.submit()
    assert shell.current() is shell.pin_pad
    clock.advance(30)
    assert "Try again in 30 seconds" in pad.status.text()
    # Leaving and coming back does not reset the lockout.
    qtbot.mouseClick(pad.cancel_button, Qt.MouseButton.LeftButton)
    tap_corner(qtbot, shell, 5, clock, gap=0)
    assert shell.current() is shell.pin_pad and not pad.ok_button.isEnabled()
    clock.advance(30)
    assert pad.ok_button.isEnabled() and pad.status.text() == ""
    enter(qtbot, shell, PIN)
    assert shell.current() is shell.staff


def test_idle_on_the_staff_menu_locks_it_again(qtbot, shell, clock):
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    assert shell.current() is shell.staff
    clock.advance(120 + 30)
    assert shell.current() is shell.start


def test_staff_menu_shows_configuration_problems(qtbot, make_shell, clock):
    shell = make_shell(kiosk_config(), problems=["The printer 'Front desk' was not found."])
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    assert not shell.staff.problems.isVisible()
    qtbot.mouseClick(shell.staff.problems_button, Qt.MouseButton.LeftButton)
    assert shell.staff.problems.isVisible()
    assert "Front desk' was not found" in shell.staff.problems.text()
    qtbot.mouseClick(shell.staff.back_button, Qt.MouseButton.LeftButton)
    assert shell.current() is shell.start


def test_pin_check_uses_the_stored_hash_not_the_pin(shell):
    gate = shell.pin_pad.gate
    assert gate.stored_hash.startswith("scrypt$") and PIN not in gate.stored_hash
