"""The desktop window fits the screen it opens on, and opens where the person last left it.

A 1920x1080 laptop at the Windows default 150 % reports 1280x720; a fixed 1100x760 window put
Next, Back and Save below the screen's edge there. So the window opens at its usual size only
when that fits the screen's available area (less the panels), less room for the window manager's
frame; else it shrinks to fit, and it is centred. Its pages scroll, so any size from its layout's
minimum up works.

The size and place the person gives the window (moving or resizing it) are remembered between runs
in the platform's config folder (app.ui.prefs.remembered.window_path(): one small JSON file,
{"geometry": [x, y, width, height]}), written only when the person moved or resized the window; a
remembered place that is no longer on any screen (a monitor unplugged) is ignored.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from app.ui.host import FRAME
from app.ui.prefs import remembered

ROW_SPACING, ROW_MARGINS = (
    12,
    40,
)  # the button row's gaps and the window's side margins (generous: Fusion's are 6 and 11)
_ROW = (
    QWizard.WizardButton.CustomButton2,  # "Save my answers…" (app.ui.files.saved_answers)
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)
MIN_ON_SCREEN = 120  # at least this much of a remembered window must be on a screen to use its place


def fitted(wanted: QSize, minimum: QSize, available: QRect, frame: QSize = FRAME) -> QRect:
    """The window's client geometry: `wanted`, shrunk to fit `available` with its frame, never
    below `minimum` (the layout's), centred in `available`."""
    room = QSize(max(available.width() - frame.width(), 1), max(available.height() - frame.height(), 1))
    width = max(min(wanted.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(wanted.height(), room.height()), min(minimum.height(), room.height()))
    x = available.x() + max((available.width() - width - frame.width()) // 2, 0) + frame.width() // 2
    y = (
        available.y()
        + max((available.height() - height - frame.height()) // 2, 0)
        + frame.height()
        - frame.width() // 2
    )
    return QRect(x, y, width, height)


def restored(saved: QRect, minimum: QSize, screens: list[QRect], frame: QSize = FRAME) -> QRect | None:
    """A remembered client geometry made to fit the screen it is mostly on; None if it is on none."""
    best = max(screens, key=lambda s: _overlap(saved, s), default=None)
    if best is None or _overlap(saved, best) < MIN_ON_SCREEN * MIN_ON_SCREEN:
        return None
    room = best.adjusted(
        frame.width() // 2, frame.height() - frame.width() // 2, -(frame.width() // 2), -(frame.width() // 2)
    )
    width = max(min(saved.width(), room.width()), min(minimum.width(), room.width()))
    height = max(min(saved.height(), room.height()), min(minimum.height(), room.height()))
    x = min(max(saved.x(), room.left()), room.right() + 1 - width)
    y = min(max(saved.y(), room.top()), room.bottom() + 1 - height)
    return QRect(x, y, width, height)


def _overlap(a: QRect, b: QRect) -> int:
    both = a.intersected(b)
    return max(both.width(), 0) * max(both.height(), 0)


def _layout_minimum(window: QWidget) -> QSize:
    layout = window.layout()
    hint = layout.totalMinimumSize() if layout is not None else QSize()
    return hint.expandedTo(window.minimumSize())


def place(window: QWidget, wanted: QSize, saved: QRect | None = None) -> QRect:
    """Size and place `window` (not yet shown) inside the screen; returns the client geometry set."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, wanted.width(), wanted.height())
    minimum = _layout_minimum(window)
    geometry = None
    if saved is not None and saved.isValid():
        geometry = restored(saved, minimum, [s.availableGeometry() for s in QGuiApplication.screens()])
    if geometry is None:
        geometry = fitted(wanted, minimum, available)
    window.setGeometry(geometry)
    return geometry


class Remember:
    """Writes the window's geometry on quit when the person moved or resized it (not when nothing changed)."""

    def __init__(self, path=None):
        self.path = path
        self.opened: QRect | None = None

    def shown(self, window: QWidget) -> None:
        """Call once the window is on the screen (the window manager has placed it)."""
        self.opened = QRect(window.geometry())

    def closing(self, window: QWidget) -> None:
        geometry = QRect(window.normalGeometry() if window.isMaximized() else window.geometry())
        if self.opened is None or geometry == self.opened or not geometry.isValid():
            return
        try:
            remembered.save_window([geometry.x(), geometry.y(), geometry.width(), geometry.height()], self.path)
        except OSError:
            return  # not remembering is no reason to stop the person


def saved_geometry(path=None) -> QRect | None:
    values = remembered.load_window(path)
    return QRect(*values) if values is not None else None


def keep_buttons_whole(wizard) -> QObject:
    """Never let the window get narrower than its row of buttons (Save, Back, Next or Finish, Cancel);
    returns what puts the window back inside its screen after it grew (the wizard keeps it).

    QWizard's own minimum leaves out the custom "Save my answers…" button: at its smallest window
    that button was cut to half its text. Kept current on every page and text size.
    """
    from app.ui.look import theme  # start-up: (as above)

    def update() -> None:
        if not shiboken6.isValid(wizard):
            return
        buttons = [wizard.button(which) for which in _ROW]
        shown = [b for b in buttons if b is not None and b.isVisibleTo(wizard)]
        width = sum(b.minimumSizeHint().width() for b in shown) + ROW_SPACING * (len(shown) + 1) + ROW_MARGINS
        if width > wizard.minimumWidth():
            wizard.setMinimumWidth(width)
        QTimer.singleShot(0, lambda: keep_on_screen(wizard))

    def later(*_args) -> None:
        QTimer.singleShot(0, update)

    wizard.currentIdChanged.connect(later)
    look = theme.appearance()  # lives as long as the app: drop the connection with the window, or `later`
    look.changed.connect(later)  # would keep the wizard (and a kiosk's old session) alive
    wizard.destroyed.connect(lambda *_: look.changed.disconnect(later))
    keeper = _OnScreen(wizard)
    later()
    return keeper


class _OnScreen(QObject):
    """After the window is resized (a page or larger text made it grow), it is put back inside its screen."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.window:
            QTimer.singleShot(0, self, lambda: keep_on_screen(self.window))
        return False


def keep_on_screen(window: QWidget) -> None:
    """A window that grew (larger text needs a wider button row) is moved back inside its screen."""
    if not shiboken6.isValid(window) or not window.isVisible() or window.isMaximized():
        return
    screen = window.screen()
    if screen is None:
        return
    available, frame = screen.availableGeometry(), window.frameGeometry()
    x = min(frame.x(), available.right() + 1 - frame.width())
    y = min(frame.y(), available.bottom() + 1 - frame.height())
    x, y = max(x, available.x()), max(y, available.y())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)
