"""What the app itself blocks in kiosk mode: closing keys, context menus, drag and drop, tooltips, pasting.

Pasting is blocked both ways: the paste keys, and the middle mouse button (X11 pastes the current
selection with it, so select-all + middle-click would double a field's text each time).

(What only the OS can block — Alt+Tab, Ctrl+Alt+Del, the Windows key — is in the README.)
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QDropEvent,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QStatusTipEvent,
    QWhatsThisClickedEvent,
)

SWALLOWED = frozenset(
    {
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
        QEvent.Type.WhatsThis,
        QEvent.Type.QueryWhatsThis,
        QEvent.Type.WhatsThisClicked,
        QEvent.Type.StatusTip,
        QEvent.Type.DragEnter,
        QEvent.Type.DragMove,
        QEvent.Type.Drop,
    }
)
_BLOCKED_STANDARD = (
    QKeySequence.StandardKey.Quit,
    QKeySequence.StandardKey.Close,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.Print,
    QKeySequence.StandardKey.Save,
    QKeySequence.StandardKey.SaveAs,
    QKeySequence.StandardKey.Open,
    QKeySequence.StandardKey.New,
    QKeySequence.StandardKey.HelpContents,
    QKeySequence.StandardKey.WhatsThis,
    QKeySequence.StandardKey.FullScreen,
)
_CTRL_ALT_META = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def blocked_key(event: QKeyEvent) -> bool:
    key, mods = event.key(), event.modifiers()
    if key in (Qt.Key.Key_Escape, Qt.Key.Key_Menu, Qt.Key.Key_Close, Qt.Key.Key_Exit, Qt.Key.Key_Help, Qt.Key.Key_F11):
        return True
    if key == Qt.Key.Key_F4 and mods & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
        return True
    if mods & _CTRL_ALT_META and key in (
        Qt.Key.Key_Q,
        Qt.Key.Key_W,
        Qt.Key.Key_C,
        Qt.Key.Key_V,
        Qt.Key.Key_X,
        Qt.Key.Key_P,
        Qt.Key.Key_S,
        Qt.Key.Key_O,
        Qt.Key.Key_Insert,
    ):
        return True
    if key == Qt.Key.Key_Insert and mods & Qt.KeyboardModifier.ShiftModifier:  # Shift+Insert pastes
        return True
    return any(event.matches(standard) for standard in _BLOCKED_STANDARD)


# Drag enter/move events are QDropEvent subclasses; tooltips and What's This are QHelpEvents.
_INTERESTING = (
    QKeyEvent,
    QContextMenuEvent,
    QHelpEvent,
    QDropEvent,
    QStatusTipEvent,
    QWhatsThisClickedEvent,
    QMouseEvent,
)
_MOUSE_BUTTON = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick}
)


class Lockdown(QObject):
    """An app-wide event filter; it is removed when this object is deleted (with the shell)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.blocked = 0  # how many events were swallowed (for tests and the staff menu)
        QCoreApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event in the app: a cheap isinstance test first, event.type() only after it.
        if not isinstance(event, _INTERESTING):
            return False
        kind = event.type()
        if isinstance(event, QMouseEvent):
            if kind in _MOUSE_BUTTON and event.button() == Qt.MouseButton.MiddleButton:
                self.blocked += kind == QEvent.Type.MouseButtonPress
                return True
            return False
        if kind in SWALLOWED:
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                event.ignore()
            self.blocked += 1
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride) and blocked_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # "the widget wants this key": no application shortcut fires either
            self.blocked += kind == QEvent.Type.KeyPress
            return True
        return False
