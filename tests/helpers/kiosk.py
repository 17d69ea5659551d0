"""Kiosk test helpers: a fake clock whose timers tests fire (milliseconds, never minutes), the clinic
config the tests start from, and a person starting a session."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Signal

from app.core.config import ClinicConfig
from app.core.config_load import load_config
from app.core.pin import hash_pin
from app.kiosk.shell import KioskShell
from app.paths import content_dir
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


# ClinicConfig field -> (table, key) in the clinic config file
CONFIG_KEYS = {
    "clinic_name": ("clinic", "name"),
    "region": ("defaults", "region"),
    "language": ("defaults", "language"),
    "paper": ("defaults", "paper"),
    "kiosk": ("kiosk", "enabled"),
    **{
        name: ("kiosk", name)
        for name in (
            "printer",
            "pin_hash",
            "idle_timeout_s",
            "warning_countdown_s",
            "free_text",
            "hide_cursor",
            "know_on_printout",
            "print_wait_s",
        )
    },
}


def kiosk_config(**changes) -> ClinicConfig:
    """A clinic config as a kiosk gets it: written as a clinic.toml and read by the real loader, so the
    tests run on the defaults a real file gives (`changes`: ClinicConfig field names)."""
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
    extra = values.pop("extra_questions", ())
    tables: dict[str, list[str]] = {"clinic": [], "defaults": [], "kiosk": []}
    for name, value in values.items():
        table, key = CONFIG_KEYS[name]
        value = "auto" if name == "paper" and value is None else value
        tables[table].append(f"{key} = {toml_value(value)}")
    text = "".join(f"[{table}]\n" + "".join(line + "\n" for line in lines) for table, lines in tables.items())
    for q in extra:
        text += (
            f"[[questions]]\nid = {toml_value(q.id)}\ntext = {toml_value(q.text)}\nwhy = {toml_value(q.why)}\n"
            f"topic = {toml_value(q.topic)}\npriority = {q.priority}\nsources = {json.dumps(list(q.sources))}\n"
        )
    with tempfile.TemporaryDirectory(prefix="clinic-") as folder:
        path = Path(folder) / "clinic.toml"
        path.write_text(text, encoding="utf-8")
        return load_config(path, content_dir(), kiosk=values.get("kiosk"))


def toml_value(value) -> str:
    if value is None:
        return '""'
    return ("true" if value else "false") if isinstance(value, bool) else json.dumps(value)


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
