"""Kiosk test helpers: a fake clock whose timers tests fire (milliseconds, never minutes), the clinic
config the tests start from, and a person starting a session."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.core.config import ClinicConfig
from app.core.pin import hash_pin
from app.kiosk.shell import KioskShell
from tests.ui.driver import Person

PIN = "246813"
PIN_HASH = hash_pin(PIN, n=2**10)  # real kiosks use the slower default; tests keep it quick


class FakeTimer(QObject):
    """Duck-types the parts of QTimer the kiosk uses; only `FakeClock.advance` (or fire) makes it fire."""

    timeout = Signal()

    def __init__(self, clock: FakeClock, parent: QObject, seconds: float, single_shot: bool):
        super().__init__(parent)
        self.clock, self.seconds, self.single_shot = clock, seconds, single_shot
        self.due: float | None = None

    def start(self) -> None:
        self.due = self.clock.t + self.seconds

    def stop(self) -> None:
        self.due = None

    def isActive(self) -> bool:
        return self.due is not None

    def fire(self) -> None:
        self.due = None if self.single_shot else self.clock.t + self.seconds
        self.timeout.emit()


class FakeClock:
    def __init__(self):
        self.t = 1000.0
        self.timers: list[FakeTimer] = []

    def timer(self, parent: QObject, seconds: float, single_shot: bool = True) -> FakeTimer:
        timer = FakeTimer(self, parent, seconds, single_shot)
        # Forget timers whose parent is gone (a soak makes thousands; holding them would look like a leak).
        self.timers = [t for t in self.timers if shiboken6.isValid(t)] + [timer]
        return timer

    def now(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        """Move time on, firing each timer when it comes due (in order), as the event loop would."""
        end = self.t + seconds
        while True:
            due = [t for t in self.timers if shiboken6.isValid(t) and t.isActive() and t.due <= end]
            if not due:
                break
            timer = min(due, key=lambda t: t.due)
            self.t = timer.due
            timer.fire()
        self.t = end


def kiosk_config(**changes) -> ClinicConfig:
    values = dict(
        clinic_name="Riverside Dermatology",
        kiosk=True,
        printer="PDF",
        pin_hash=PIN_HASH,
        idle_timeout_s=120,
        warning_countdown_s=30,
        free_text=False,
    )
    values.update(changes)
    return ClinicConfig(**values)


def release(shell: KioskShell) -> None:
    shell.allow_close = True
    shell.release()


def visible_text(widget) -> str:
    """Every text a person can see on `widget` now (labels and buttons that are shown)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)
    parts = [w.text() for w in found if w.isVisible()]
    return "\n".join(parts)


def start_session(qtbot, shell: KioskShell) -> Person:
    """Tap the start screen (as a person would) and return a Person driving the kiosk's wizard."""
    person = Person(qtbot, shell.wizard)
    person.click(shell.start.start_button)
    assert shell.current() is shell.session
    return person
