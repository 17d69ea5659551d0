"""Keep the kiosk window covering its whole screen, on top and active, on every stack clinics run.

- Bare X (no window manager, as xinit/systemd kiosks run): nobody acts on the full-screen request, so
  the window is given the screen's exact geometry before it is first shown, and again whenever the
  screen changes size (xrandr, a new monitor).
- Window managers (openbox ...): full screen, frameless and on top; if the window is minimised, loses
  the focus or is covered, it restores and raises itself shortly after.
- Wayland (cage): the compositor sizes the window; the fixed size follows the output.
The size is fixed to the screen, so the content never grows the window past the screen (at large text
the pages scroll instead).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QWidget

RAISE_DELAY_MS = 300


class WindowKeeper(QObject):
    def __init__(self, window: QWidget, on_screen_size=None):
        super().__init__(window)
        self.window = window
        self.on_screen_size = on_screen_size  # callable(QSize): restyle for the new size
        self.screen: QScreen | None = None
        self.enabled = False  # from show() until staff choose Exit (tests that show the shell themselves: off)
        self.restores = 0  # how often the window was brought back (for tests and the staff menu)
        self._raise = QTimer(self)
        self._raise.setSingleShot(True)
        self._raise.setInterval(RAISE_DELAY_MS)
        self._raise.timeout.connect(self.restore)
        window.installEventFilter(self)
        app = QGuiApplication.instance()
        app.primaryScreenChanged.connect(self._screen_changed)
        app.applicationStateChanged.connect(self._app_state)

    def target_screen(self) -> QScreen:
        handle = self.window.windowHandle()
        return (handle.screen() if handle is not None else None) or QGuiApplication.primaryScreen()

    def show(self) -> None:
        """Cover the screen from the first frame, then ask for full screen (for window managers)."""
        self.enabled = True
        self._follow(self.target_screen())
        self.fit()
        self.window.showFullScreen()
        handle = self.window.windowHandle()
        if handle is not None:
            handle.screenChanged.connect(self._follow)
        self.window.raise_()
        self.window.activateWindow()

    def _follow(self, screen: QScreen | None) -> None:
        if screen is None or screen is self.screen:
            return
        if self.screen is not None:
            try:
                self.screen.geometryChanged.disconnect(self.fit)
            except (RuntimeError, TypeError):
                pass
        self.screen = screen
        screen.geometryChanged.connect(self.fit)
        self.fit()

    def _screen_changed(self, screen: QScreen) -> None:
        self._follow(screen)

    def fit(self, *_args) -> None:
        screen = self.screen or self.target_screen()
        if screen is None:
            return
        geometry = screen.geometry()
        window = self.window
        if self.on_screen_size is not None:
            self.on_screen_size(geometry.size())
        window.setMinimumSize(0, 0)
        window.setMaximumSize(geometry.size())
        window.setGeometry(geometry)
        window.setFixedSize(geometry.size())

    # -- staying in front -------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and self.enabled:
            kind = event.type()
            if kind == QEvent.Type.WindowStateChange and not self.window.isFullScreen():
                self._raise.start()
            elif kind in (QEvent.Type.WindowDeactivate, QEvent.Type.Hide):
                self._raise.start()
        return False

    def _app_state(self, state: Qt.ApplicationState) -> None:
        if self.enabled and state != Qt.ApplicationState.ApplicationActive:
            self._raise.start()

    def restore(self) -> None:
        window = self.window
        if not self.enabled or QApplication.activePopupWidget() is not None:  # e.g. a combo box's list is open
            return
        if window.isMinimized() or not window.isFullScreen() or not window.isVisible():
            self.restores += 1
            window.setWindowState(Qt.WindowState.WindowFullScreen)
            window.showFullScreen()
            self.fit()
        elif not window.isActiveWindow():
            self.restores += 1
        window.raise_()
        window.activateWindow()
