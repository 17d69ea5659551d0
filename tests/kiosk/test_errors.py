"""Unexpected errors, and bad or missing config: never a traceback, a frozen or an empty screen."""

from __future__ import annotations

import argparse
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from app.kiosk import launch
from app.kiosk.shell import KioskShell
from tests.helpers.kiosk import PIN, PIN_HASH, release, start_session, visible_text

SECRET = "Jo Secret-Answer 555"


def args(**kw) -> argparse.Namespace:
    values = dict(kiosk=False, config=None, lang=None, content=None)
    values.update(kw)
    return argparse.Namespace(**values)


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_sorry_and_restarts(qtbot, shell, capsys):
    previous = launch.install_excepthook(lambda: shell)
    try:
        person = start_session(qtbot, shell)
        person.pick("region", "uk")
        old = shell.wizard

        def broken(*_args):
            raise ValueError(f"boom with patient text {SECRET}")

        old.answers_changed.connect(broken)
        person.pick("region", "us")  # the slot raises inside Qt's signal delivery
        qtbot.waitUntil(lambda: shell.current() is shell.sorry)
    finally:
        sys.excepthook = previous
    assert shell.wizard is not old and shell.wizard.answers == {}
    err = capsys.readouterr().err
    assert "kiosk: unexpected error builtins.ValueError" in err
    assert "test_errors.py" in err and "in broken" in err
    assert SECRET not in err and "patient text" not in err
    assert "Traceback" not in err
    qtbot.mouseClick(shell.sorry.again_button, Qt.MouseButton.LeftButton)
    assert shell.current() is shell.start


def test_log_has_no_values(capsys):
    try:
        secret_local = SECRET  # noqa: F841 - a local that must not be logged
        raise KeyError(SECRET)
    except KeyError:
        exc_type, _exc, tb = sys.exc_info()
    launch.log_exception(exc_type, tb)
    err = capsys.readouterr().err
    assert "builtins.KeyError" in err and SECRET not in err and "secret_local" not in err


def test_repeated_errors_give_the_staff_error_screen(qtbot, shell, clock):
    for _ in range(3):
        shell.recover()
        clock.t += 5
    assert shell.current() is shell.error
    assert "unexpected errors 3 times" in "\n".join(shell.error.problems)
    assert "Please ask a member of staff." in visible_text(shell.error)
    assert "unexpected errors" not in visible_text(shell.error), "details are for the staff menu"
    assert shell.wizard is None


def test_errors_far_apart_keep_the_kiosk_running(qtbot, shell, clock):
    for _ in range(4):
        shell.recover()
        qtbot.waitUntil(lambda: shell.current() is shell.sorry)
        clock.t += 61
    assert shell.wizard is not None


def write_config(tmp_path, text: str):
    path = tmp_path / "clinic.toml"
    path.write_text(textwrap.dedent(text))
    return path


def test_bad_config_gives_a_staff_error_screen(qtbot, tmp_path, content_root, capsys):
    path = write_config(
        tmp_path,
        f"""
        [kiosk]
        enabled = true
        printer = "PDF"
        pin_hash = "{PIN_HASH}"
        idle_timeout = 60
        """,
    )
    prepared = launch.prepare(args(config=path), content_root)
    assert prepared.kiosk and prepared.problems and prepared.pin_hash == PIN_HASH
    from PySide6.QtWidgets import QApplication

    runner = launch.KioskRunner(QApplication.instance(), args(config=path), content_root)
    shell = runner.build(prepared)
    qtbot.addWidget(shell, before_close_func=release)
    shell.show()
    assert shell.current() is shell.error and shell.isVisible()
    seen = visible_text(shell.error)
    assert "Please ask a member of staff." in seen
    assert "clinic.toml" not in seen and str(tmp_path) not in seen and "idle_timeout" not in seen, (
        "patients never see config paths or keys"
    )
    assert "cannot start" in capsys.readouterr().err
    # Staff can still leave: the gesture and the PIN from the file; the problems are in the staff menu.
    for _ in range(5):
        QTest.mouseClick(shell.corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert shell.current() is shell.pin_pad
    for digit in PIN:
        QTest.mouseClick(shell.pin_pad.digit_buttons[digit], Qt.MouseButton.LeftButton)
    QTest.mouseClick(shell.pin_pad.ok_button, Qt.MouseButton.LeftButton)
    assert shell.current() is shell.staff and not shell.staff.test_button.isEnabled()
    QTest.mouseClick(shell.staff.problems_button, Qt.MouseButton.LeftButton)
    text = visible_text(shell.staff)
    assert "(kiosk.idle_timeout): unknown key 'idle_timeout' (did you mean 'idle_timeout_s'?)" in text
    # After fixing the file, "Check again" starts the real kiosk.
    path.write_text(path.read_text().replace("idle_timeout = 60", "idle_timeout_s = 60"))
    fixed = launch.prepare(args(config=path), content_root)
    assert not fixed.problems and fixed.config.idle_timeout_s == 60


def test_missing_config_in_kiosk_mode(qtbot, content_root, monkeypatch, tmp_path, clock):
    monkeypatch.setattr(launch, "config_locations", lambda: [tmp_path / "none" / "clinic.toml"])
    monkeypatch.setattr(launch, "find_config", lambda explicit=None: explicit)
    prepared = launch.prepare(args(kiosk=True), content_root)
    assert prepared.kiosk and "No clinic configuration file was found" in prepared.problems[0]
    shell = KioskShell(None, launch.ClinicConfig(kiosk=True), fatal=prepared.problems, clock=clock)
    qtbot.addWidget(shell, before_close_func=release)
    shell.show()
    assert shell.current() is shell.error and "looked in" in "\n".join(shell.error.problems)
    assert "looked in" not in visible_text(shell.error) and str(tmp_path) not in visible_text(shell.error)
    corner = shell.corner
    for _ in range(5):  # no PIN can be read: quick taps open nothing ...
        QTest.mouseClick(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert shell.current() is shell.error
    QTest.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # ... a short press neither
    clock.advance(2)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    clock.advance(10)
    assert shell.current() is shell.error
    QTest.mousePress(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # held for five seconds: the menu
    clock.advance(5)
    QTest.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert shell.current() is shell.staff
    staff = shell.staff
    assert staff.problems.isVisible() and "looked in" in staff.problems.text(), "only the problems ..."
    assert not staff.test_button.isVisible()
    QTest.mouseClick(staff.exit_button, Qt.MouseButton.LeftButton)  # ... and the exit, which asks first
    assert shell.current() is shell.staff and "Tap again" in staff.exit_button.text()
    with qtbot.waitSignal(shell.exit_requested):
        QTest.mouseClick(staff.exit_button, Qt.MouseButton.LeftButton)


def test_retry_replaces_the_error_window(qtbot, tmp_path, content_root, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from app.ui.look import theme

    path = write_config(tmp_path, '[kiosk]\nenabled = true\nprinter = "PDF"\n')  # no PIN yet
    monkeypatch.setattr(launch, "startup_warnings", lambda config: [])
    desktop_points = theme.appearance().base_points
    runner = launch.KioskRunner(QApplication.instance(), args(config=path), content_root)
    runner.show(launch.prepare(runner.args, content_root))
    first = runner.shell
    kiosk_points = theme.appearance().base_points
    assert kiosk_points > desktop_points
    qtbot.addWidget(first, before_close_func=release)
    assert first.current() is first.error and "kiosk.pin_hash" in "\n".join(first.error.problems)
    runner.retry()
    assert runner.shell is first, "still broken: same window, problems shown again"
    path.write_text(path.read_text() + f'pin_hash = "{PIN_HASH}"\n')
    first.error.retry_button.click()
    second = runner.shell
    qtbot.addWidget(second, before_close_func=release)
    assert second is not first and second.current() is second.start and second.wizard is not None
    assert not first.isVisible()
    # after Check again the kiosk keeps its larger text (enlarged once, and not undone by the old window)
    assert theme.appearance().base_points == kiosk_points
    second.release()
    assert theme.appearance().base_points == desktop_points


def test_desktop_with_a_clinic_config(qtbot, tmp_path, content_root, monkeypatch):
    path = write_config(
        tmp_path,
        """
        [clinic]
        name = "Hill Clinic"
        [defaults]
        region = "us"
        paper = "a4"
        [[questions]]
        id = "hill_parking"
        text = "Where do I park for blood tests?"
        why = "Tests are often."
        topic = "practical"
        sources = ["NHS-MAIN"]
        """,
    )
    prepared = launch.prepare(args(config=path), content_root)
    assert not prepared.kiosk and not prepared.problems
    shown = {}
    monkeypatch.setattr("PySide6.QtWidgets.QApplication.exec", lambda self: 0)
    monkeypatch.setattr("app.ui.wizard.wizard.RiskWizard.show", lambda self: shown.setdefault("wizard", self))
    from PySide6.QtWidgets import QApplication

    assert launch._run_desktop(QApplication.instance(), args(config=path), prepared, 0.0) == 0
    wizard = shown["wizard"]
    qtbot.addWidget(wizard)
    assert wizard.wizard_options.clinic_name == "Hill Clinic" and wizard.wizard_options.paper_override == "a4"
    assert wizard.answers["region"] == "us"
    assert wizard.wizard_options.confirm_close and not wizard.changed_since_output  # the preset is not the person's
    assert type(wizard.wizard_options.actions_factory) is type(None), "desktop buttons (dialogs are fine there)"
    wizard.refresh_question_list()
    assert "Where do I park for blood tests?" in [i.question.text for i in wizard.question_list.items]
    assert "Hill Clinic" in wizard.summary.printout.html()
