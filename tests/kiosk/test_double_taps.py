"""One tap, one action (the 2026-12 attack review, #4): a double tap on Next moves one page, on Start over
or Finish it only arms their "tap again"; the confirmation needs a second, separate tap. Driven with
QTest's real mouse events and their timestamps: a double tap is press, release, press, double-click,
release 40 ms apart (what a touch screen or `xdotool click --repeat 2 --delay 40` sends)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from app.kiosk import taps
from tests.helpers.kiosk import start_session

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


def _mouse(widget, kind: QEvent.Type, ms: int) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    event = QMouseEvent(kind, pos, widget.mapToGlobal(pos), LEFT, buttons, NONE)
    event.setTimestamp(ms)
    QApplication.sendEvent(widget, event)


def double_tap(widget, gap_ms: int = 40) -> None:
    """Press, release, press, double-click, release: a touch screen's double tap, `gap_ms` between the
    presses, with its own event timestamps (QTest spaces each click by the double-click interval)."""
    QApplication.processEvents()
    _start[0] += 10_000  # well after any earlier tap
    t = _start[0]
    _mouse(widget, QEvent.Type.MouseButtonPress, t)
    _mouse(widget, QEvent.Type.MouseButtonRelease, t + 15)
    _mouse(widget, QEvent.Type.MouseButtonPress, t + gap_ms)
    _mouse(widget, QEvent.Type.MouseButtonDblClick, t + gap_ms)
    _mouse(widget, QEvent.Type.MouseButtonRelease, t + gap_ms + 15)
    QApplication.processEvents()


def two_taps(widget, gap_ms: int) -> None:
    """Two single taps `gap_ms` apart (no double-click event: as Qt sees two taps further apart)."""
    QApplication.processEvents()
    _start[0] += 10_000
    t = _start[0]
    for at in (t, t + gap_ms):
        _mouse(widget, QEvent.Type.MouseButtonPress, at)
        _mouse(widget, QEvent.Type.MouseButtonRelease, at + 15)
    QApplication.processEvents()


_start = [10**9]  # event timestamps (ms) these taps use; later than QTest's own


def test_a_double_tap_on_next_moves_one_page(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    wizard = shell.wizard
    seen = [wizard.currentId()]
    wizard.currentIdChanged.connect(seen.append)
    double_tap(wizard.button(QWizard.WizardButton.NextButton))
    assert len(seen) == 2, f"a double tap on Next moved {len(seen) - 1} pages"
    assert taps.tap_guard().ignored >= 1


def test_a_double_tap_on_start_over_only_arms_it(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    button = shell.wizard.button(QWizard.WizardButton.CustomButton1)
    resets = shell.resets
    double_tap(button)
    assert shell.current() is shell.session and shell.resets == resets, "a double tap wiped the session"
    assert "Tap again" in button.text()
    with qtbot.waitSignal(shell.session_reset) as reset:
        two_taps(button, taps.MIN_GAP_MS + 50)  # separate taps: the later one confirms
    assert reset.args == ["start over"] and shell.current() is shell.start


def test_two_quick_taps_do_not_confirm(qtbot, shell):
    """Two taps 200 ms apart (quick, but no double-click event): the first arms, the second is too soon."""
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    button = shell.wizard.button(QWizard.WizardButton.CustomButton1)
    two_taps(button, 200)
    assert shell.current() is shell.session and "Tap again" in button.text()


def test_a_double_tap_on_finish_before_printing_only_warns(qtbot, shell):
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    finish = shell.wizard.button(QWizard.WizardButton.FinishButton)
    double_tap(finish)
    assert shell.current() is shell.session, "a double tap on Finish skipped the 'not printed yet' warning"
    assert "has not been printed yet" in shell.wizard.summary.message.text()
    with qtbot.waitSignal(shell.session_reset) as reset:
        two_taps(finish, taps.MIN_GAP_MS + 50)
    assert reset.args == ["finished"]


def test_a_double_click_event_alone_does_nothing(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    button = shell.wizard.button(QWizard.WizardButton.CustomButton1)
    person.click(button)  # armed
    QTest.mouseDClick(button, LEFT, NONE, QPoint(10, 10))  # QTest's double click (its event alone)
    assert shell.current() is shell.session, "a double-click event confirmed Start over"


def test_two_slow_taps_each_act(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    wizard = shell.wizard
    seen = [wizard.currentId()]
    wizard.currentIdChanged.connect(seen.append)
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    person.click(next_button)
    two_taps(wizard.button(QWizard.WizardButton.BackButton), taps.MIN_GAP_MS + 50)
    assert len(seen) == 3, "a tap after the guard's gap acts"
