"""Idle: "Are you still there?" with a countdown; a tap continues; otherwise everything is wiped."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest

from app.kiosk.idle import Clock, IdleWatcher
from tests.helpers.kiosk import kiosk_config, start_session


def test_idle_watcher_with_real_timers_in_milliseconds(qtbot):
    owner = QObject()
    watcher = IdleWatcher(120, Clock(ms_per_second=1), owner)  # "120 s" = 120 ms
    assert watcher.timer.interval() == 120
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    with qtbot.waitSignal(watcher.idle, timeout=2000):
        pass
    assert fired == [True]


def test_activity_postpones_idle(qtbot, clock):
    from PySide6.QtWidgets import QPushButton

    owner = QObject()
    watcher = IdleWatcher(300, clock, owner)
    button = QPushButton("tap")
    qtbot.addWidget(button)
    button.show()
    fired = []
    watcher.idle.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(6):  # a tap every 200 s: never 300 s without one
        clock.advance(200)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not fired
    QTest.keyClick(button, Qt.Key.Key_Space)
    clock.advance(299)
    assert not fired
    clock.advance(1)
    assert fired == [True]
    watcher.stop()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not watcher.timer.isActive(), "stopped: taps do not start it again"


def test_idle_shows_still_there_and_hides_the_answers(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    person.next()
    clock.advance(119)
    assert shell.current() is shell.session
    clock.advance(1)
    assert shell.current() is shell.still_there
    assert not shell.wizard.isVisible(), "the next person must not see the answers during the countdown"
    assert "clear in 30 seconds" in shell.still_there.countdown.text()
    clock.advance(10)
    assert "clear in 20 seconds" in shell.still_there.countdown.text()


def test_a_tap_continues_where_they_were(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    person.next()
    page = shell.wizard.currentId()
    clock.advance(125)
    assert shell.current() is shell.still_there
    QTest.mouseClick(shell.still_there, Qt.MouseButton.LeftButton)  # anywhere on the screen
    assert shell.current() is shell.session and shell.wizard.currentId() == page
    assert shell.wizard.answers["region"] == "uk"
    clock.advance(119)
    assert shell.current() is shell.session, "the idle time starts again after the tap"
    clock.advance(1)
    person2 = shell.still_there.continue_button
    qtbot.mouseClick(person2, Qt.MouseButton.LeftButton)
    assert shell.current() is shell.session


def test_no_tap_wipes_and_returns_to_start(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    person.pick("region", "us")
    person.next()
    old = shell.wizard
    with qtbot.waitSignal(shell.session_reset) as reset:
        clock.advance(120 + 30)
    assert reset.args == ["idle"]
    assert shell.current() is shell.start
    assert shell.wizard is not old and shell.wizard.answers == {}
    assert not old.answers, "the old answers are cleared at once (the widget is deleted next)"


def test_activity_during_the_session_keeps_it_alive(qtbot, shell, clock):
    person = start_session(qtbot, shell)
    for _ in range(5):
        clock.advance(100)
        person.pick("region", "uk")  # a real click: the app-wide filter restarts the timer
    assert shell.current() is shell.session


def test_start_screen_does_not_time_out(qtbot, shell, clock):
    clock.advance(10_000)
    assert shell.current() is shell.start and shell.resets == 0


def test_end_to_end_with_millisecond_timers(qtbot, make_shell):
    shell = make_shell(kiosk_config(idle_timeout_s=15, warning_countdown_s=5), clock=Clock(ms_per_second=2))
    person = start_session(qtbot, shell)
    person.pick("region", "eu")
    qtbot.waitUntil(lambda: shell.current() is shell.still_there, timeout=3000)  # 30 ms
    with qtbot.waitSignal(shell.session_reset, timeout=3000):  # 5 ticks of 2 ms
        pass
    assert shell.current() is shell.start and shell.wizard.answers == {}


def test_default_region_from_the_config_is_preselected(qtbot, make_shell, clock):
    from PySide6.QtWidgets import QWizard

    shell = make_shell(kiosk_config(region="uk"))
    start_session(qtbot, shell)
    box = shell.wizard.currentPage().boxes["region"]
    assert box.value() == "uk"
    assert shell.wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    clock.advance(150)
    assert shell.current() is shell.start
    assert shell.wizard.answers == {"region": "uk"}, "the new session starts from the clinic's default again"
