"""Wait for a widget's next paint: how the benchmarks time "... -> painted" (next_page, kiosk_reset)."""

from __future__ import annotations

import time


class Painted:
    """Did the watched widget get a paint event since `arm()` (or `watch()`)?"""

    def __init__(self, widget=None):
        from PySide6.QtCore import QEvent, QObject

        outer = self

        class Filter(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    outer.seen = True
                return False

        self.seen = False
        self.filter = Filter(widget)
        if widget is not None:
            widget.installEventFilter(self.filter)

    def arm(self) -> None:
        self.seen = False

    def watch(self, widget) -> None:
        """Watch `widget` (too) from now on, and forget paints seen so far."""
        self.arm()
        widget.installEventFilter(self.filter)

    def wait(self, app, limit_s: float = 5.0) -> None:
        deadline = time.perf_counter() + limit_s
        while not self.seen:
            app.processEvents()
            if time.perf_counter() > deadline:
                raise SystemExit("no paint event within 5 s")
