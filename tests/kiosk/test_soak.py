"""Many strangers in a row: sessions end by Finish, Start over or walking away; nothing grows, nothing crashes.

`-m soak` runs a modest count (CI); `-m soak_full` the long run (5,000 sessions), on purpose only.
"""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWizard

from tests.kiosk.conftest import start_session
from tests.kiosk.test_reset import flush_deletes


def one_session(qtbot, shell, clock, n: int) -> None:
    person = start_session(qtbot, shell)
    person.pick("region", ("us", "uk", "eu")[n % 3])
    person.next()
    page = shell.wizard.currentPage()
    for qid, box in page.boxes.items():
        if box.isVisible():
            person.pick(qid, "not_sure" if "not_sure" in box.buttons else next(iter(box.buttons)))
            break
    ending = n % 3
    if ending == 0:  # walks away
        clock.advance(shell.config.idle_timeout_s + shell.config.warning_countdown_s)
    elif ending == 1:  # start over
        button = shell.wizard.button(QWizard.WizardButton.CustomButton1)
        person.click(button)
        person.click(button)
    else:  # finish (twice: nothing was printed)
        shell.wizard.restart()
        shell.reset("finished")
    assert shell.current() is shell.start


def soak(qtbot, shell, clock, sessions: int) -> None:
    for n in range(3):
        one_session(qtbot, shell, clock, n)
    flush_deletes()
    base = (len(QApplication.topLevelWidgets()), len(shell.findChildren(QObject)))
    started = time.perf_counter()
    for n in range(sessions):
        one_session(qtbot, shell, clock, n)
        if n % 50 == 49:
            flush_deletes()
            gc.collect()
    flush_deletes()
    elapsed = time.perf_counter() - started
    windows, objects = len(QApplication.topLevelWidgets()), len(shell.findChildren(QObject))
    assert windows <= base[0] and objects <= base[1], (windows, objects, base)
    print(f"soak: {sessions} sessions in {elapsed:.1f} s ({elapsed / sessions * 1000:.0f} ms each)")


@pytest.mark.soak
def test_soak_modest(qtbot, shell, clock):
    soak(qtbot, shell, clock, 60)


@pytest.mark.soak_full
def test_soak_full(qtbot, shell, clock):
    soak(qtbot, shell, clock, 5000)
