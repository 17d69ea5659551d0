"""One tap, one action: the kiosk's big buttons ignore the second tap of a double tap.

Touch screens (and hurried fingers) often send two taps 40-60 ms apart. Without a guard a double tap on
Next skips a page, and one on "Start over" or "Finish" passes their "tap again to confirm" at once.
`guard(button)` puts a button under one shared TapGuard: a press on any guarded button that comes less
than MIN_GAP_MS after the last press it let through (by the input events' own timestamps), and every
double-click event, never reach the button. So a confirmation needs two separate taps, and a double tap
on Next, Finish or the start screen's button acts once. Keyboard activation is not affected.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputEvent
from PySide6.QtWidgets import QAbstractButton

MIN_GAP_MS = 450  # a double tap is ~40-250 ms; Qt's double-click interval is 400 ms


class TapGuard(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.last_ms: int | None = None
        self.ignored = 0  # presses swallowed (for tests)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonDblClick:
            self.ignored += 1
            return True
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QInputEvent):
            now = int(event.timestamp())
            if self.last_ms is not None and 0 <= now - self.last_ms < MIN_GAP_MS:
                self.ignored += 1
                return True
            self.last_ms = now
        return False


_GUARD: TapGuard | None = None


def guard(button: QAbstractButton) -> None:
    """Put `button` under the kiosk's one tap guard (shared, so a double tap cannot hit two buttons)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = TapGuard()
    button.installEventFilter(_GUARD)


def tap_guard() -> TapGuard | None:
    return _GUARD
