"""Time for the kiosk: an injectable clock (timers + now) and the app-wide idle watcher.

Real kiosks use `Clock()` (1000 ms per second). Tests pass `Clock(ms_per_second=1)` so a
120-second idle timeout takes 120 ms, or a fake clock whose timers they fire by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPointerEvent


class Clock:
    def __init__(self, ms_per_second: float = 1000, now: Callable[[], float] = time.monotonic):
        self.ms_per_second = ms_per_second
        self._now = now

    def timer(self, parent: QObject, seconds: float, single_shot: bool = True) -> QTimer:
        timer = QTimer(parent)
        timer.setSingleShot(single_shot)
        timer.setInterval(max(1, round(seconds * self.ms_per_second)))
        return timer

    def now(self) -> float:
        """Seconds (monotonic); used for the staff gesture and the PIN lockout."""
        return self._now()


ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
        QEvent.Type.TabletPress,
    }
)


_INPUT = (QPointerEvent, QKeyEvent)


class IdleWatcher(QObject):
    """Emits `idle` after `seconds` without a tap, touch, key or mouse movement anywhere in the app."""

    idle = Signal()

    def __init__(self, seconds: float, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = clock.timer(self, seconds)
        self.timer.timeout.connect(self.idle)
        self.active = False
        QCoreApplication.instance().installEventFilter(self)

    def start(self) -> None:
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # isinstance first: it is cheap, and this runs for every event in the app (paint, polish, ...).
        if self.active and isinstance(event, _INPUT) and event.type() in ACTIVITY:
            self.timer.start()
        return False
