"""A machine-readable view of the kiosk on standard error, for the real-display tests. Never in the app.

The real-display tests start the kiosk with this folder on PYTHONPATH; its sitecustomize.py attaches
`Trace` to the kiosk's window when ISOTRETINOIN_KIOSK_TRACE is set. Self-contained (stdlib and
PySide6 only): the cage tests copy this folder where their unprivileged user can read it.

With ISOTRETINOIN_KIOSK_TRACE=1 the kiosk prints one line `kiosk-trace {json}` whenever the screen or
the wizard's page changes, and whenever it receives SIGUSR1: which screen and page are showing, the
window's geometry, and where each visible named button, choice and field is on the screen (so a test
can tap it with xdotool, as a finger would), plus the summary page's status message. It never prints
what a person typed or chose: names of widgets, positions, and the app's own status texts only.

With ISOTRETINOIN_KIOSK_TRACE=input it also reads commands from standard input, one per line:
`tap X Y` (a tap at screen position X, Y, delivered to the window through Qt's input path) and `view`.
That is for cage, whose Debian version has no virtual-pointer protocol (no xdotool for Wayland); under
X the tests use xdotool, real X input.
"""

from __future__ import annotations

import json
import os
import signal
import sys

import shiboken6
from PySide6.QtCore import QObject, QPoint, QSocketNotifier, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
    QWizard,
)

ENV = "ISOTRETINOIN_KIOSK_TRACE"
_WIZARD_BUTTONS = {
    "wizard-back": QWizard.WizardButton.BackButton,
    "wizard-next": QWizard.WizardButton.NextButton,
    "wizard-finish": QWizard.WizardButton.FinishButton,
    "start-over": QWizard.WizardButton.CustomButton1,
}


def wanted() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def wants_input() -> bool:
    return os.environ.get(ENV, "") == "input"


def _center(widget: QWidget) -> list:
    """[x, y] of its centre on the screen."""
    point = widget.mapToGlobal(widget.rect().center())
    return [point.x(), point.y()]


def _target(widget: QWidget) -> list:
    """[x, y, enabled, width, height, vx, vy, vw, vh]: centre, size, and the part not clipped away by a
    scroll area (or covered by the keyboard), on the screen; vw = vh = 0 if none of it can be seen."""
    seen = widget.visibleRegion().boundingRect()
    top_left = widget.mapToGlobal(seen.topLeft())
    return _center(widget) + [
        widget.isEnabled(),
        widget.width(),
        widget.height(),
        top_left.x(),
        top_left.y(),
        seen.width(),
        seen.height(),
    ]


def _rect(widget: QWidget) -> list[int]:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    return [top_left.x(), top_left.y(), widget.width(), widget.height()] if widget.isVisible() else []


class Trace(QObject):
    def __init__(self, shell):
        super().__init__(shell)
        self.shell = shell
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(150)  # after the layout has settled
        self.pending.timeout.connect(self.emit_view)
        self.python_ticks = QTimer(self)  # lets Python run its signal handlers while Qt waits for events
        self.python_ticks.start(100)
        self.python_ticks.timeout.connect(lambda: None)
        shell.stack.currentChanged.connect(self.later)
        shell.session_reset.connect(self.later)
        signal.signal(signal.SIGUSR1, lambda *_: QTimer.singleShot(0, self.emit_view))
        self.commands = None
        if wants_input():
            self.commands = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
            self.commands.activated.connect(self._command)

    def _command(self, *_args) -> None:
        line = sys.stdin.readline()
        if not line:  # end of input
            self.commands.setEnabled(False)
            return
        parts = line.split()
        if parts[:1] == ["tap"] and len(parts) == 3:
            self.tap(int(parts[1]), int(parts[2]))
        elif parts[:1] == ["wheel"] and len(parts) == 4:
            self.wheel(int(parts[1]), int(parts[2]), int(parts[3]))
        elif parts[:1] == ["view"]:
            self.emit_view()

    def wheel(self, x: int, y: int, steps: int) -> None:
        """Turn the mouse wheel `steps` notches (positive: down) over screen position x, y."""
        from PySide6.QtCore import QPointF  # the trace's input commands are for tests only
        from PySide6.QtGui import QWheelEvent  # (as above)

        widget = QApplication.widgetAt(QPoint(x, y))
        if widget is None:
            return
        local = QPointF(widget.mapFromGlobal(QPoint(x, y)))
        event = QWheelEvent(
            local,
            QPointF(x, y),
            QPoint(0, 0),
            QPoint(0, -120 * steps),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    def tap(self, x: int, y: int) -> None:
        from PySide6.QtTest import QTest  # QtTest loads only when a test taps (trace input mode)

        window = self.shell.windowHandle()
        local = window.mapFromGlobal(QPoint(x, y))
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, local)

    def later(self, *_args) -> None:
        wizard = self.shell.wizard
        if wizard is not None and not wizard.property("traced"):
            wizard.setProperty("traced", True)
            wizard.currentIdChanged.connect(self.later)
        self.pending.start()

    def view(self) -> dict:
        shell = self.shell
        screen = shell.current()
        wizard = shell.wizard if shell.wizard is not None and shiboken6.isValid(shell.wizard) else None
        targets: dict[str, list] = {}
        widgets = (
            screen.findChildren(QAbstractButton) + screen.findChildren(QLineEdit) + screen.findChildren(QPlainTextEdit)
        )
        if shell.session.overlay.isVisible():
            widgets = shell.session.overlay.findChildren(QAbstractButton)
        for widget in widgets:
            if widget.isVisible() and widget.objectName() and not widget.objectName().startswith("qt_"):
                targets[widget.objectName()] = _target(widget)
        if wizard is not None and screen is shell.session and not shell.session.overlay.isVisible():
            for name, which in _WIZARD_BUTTONS.items():
                button = wizard.button(which)
                if button.isVisible():
                    targets[name] = _target(button)
        page = wizard.currentPage() if wizard is not None else None
        summary = wizard.summary_page if wizard is not None else None
        message = summary.message.text() if summary is not None and "message" in vars(summary) else ""
        focus = QApplication.focusWidget()
        geometry = shell.frameGeometry()
        scrollbar = []  # the page's own scroll bar, where a swipe (the mouse wheel) scrolls the page
        if page is not None and screen is shell.session:
            areas = [a for a in page.findChildren(QScrollArea) if a.isVisible() and a.verticalScrollBar().isVisible()]
            if areas:
                outer = max(areas, key=lambda a: a.width() * a.height())
                scrollbar = _center(outer.verticalScrollBar())
        return {
            "pid": os.getpid(),
            "screen": screen.objectName(),
            "page": page.objectName() if page is not None and screen is shell.session else "",
            "panel": shell.session.overlay.panel.objectName() if shell.session.overlay.panel is not None else "",
            "keyboard": shell.keyboard.isVisible(),
            "keyboard_rect": _rect(shell.keyboard),
            "focus_rect": _rect(focus) if focus is not None else [],
            "page_scrollbar": scrollbar,
            "window": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
            "active": shell.isActiveWindow(),
            "fullscreen": shell.isFullScreen(),
            "top_level_windows": sorted(
                w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
            ),
            "focus": focus.objectName() if focus is not None else "",
            "message": message,
            "staff_status": shell.staff.status.text(),
            "resets": shell.resets,
            "pin_status": shell.pin_pad.status.text(),
            "restores": shell.keeper.restores,
            "targets": targets,
        }

    def emit_view(self) -> None:
        if shiboken6.isValid(self.shell):
            print("kiosk-trace " + json.dumps(self.view(), ensure_ascii=False), file=sys.stderr, flush=True)
