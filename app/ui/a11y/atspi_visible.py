"""Tell AT-SPI screen readers (Orca) that the widgets of a newly shown wizard page are *visible*.

Qt's AT-SPI bridge reports a widget being shown or hidden only as the "showing" state; it never sends the
"visible" state. libatspi, on the screen reader's side, caches each object's states the first time it is
asked, and updates the cache from state-change events only. An object first seen while hidden (every
page but the first, "< Back" on page 1) therefore stays "not visible" in Orca's cache for good, and Orca's
flat review (which needs "showing" and "visible") skipped the whole page after Next: only the header and
the buttons were left (review of Dec 2026, B1). Orca restarted on the page read it fine.

`announce_visible(root)` sends the missing `object:state-changed:visible` for `root` and every shown
widget under it, on the same D-Bus connection Qt's bridge uses (so the events come from the app's own
bus name). A no-op where there is no AT-SPI bus: other platforms, no screen reader running, tests.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

A11Y_CONNECTION = "a11y"  # the name Qt's bridge gives its connection to the accessibility bus
OBJECT_PATH = "/org/a11y/atspi/accessible/"
EVENT_INTERFACE = "org.a11y.atspi.Event.Object"


def _connection():
    if not sys.platform.startswith("linux") or not QAccessible.isActive():
        return None
    from PySide6.QtDBus import QDBusConnection  # start-up: QtDBus only once a screen reader is listening

    connection = QDBusConnection(A11Y_CONNECTION)
    return connection if connection.isConnected() else None


def announce_visible(root: QWidget) -> int:
    """Send "visible" for `root` and its shown descendants; how many events were sent."""
    connection = _connection()
    if connection is None or not root.isVisible():
        return 0
    sent = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.isWindow() and widget is not root:
            continue
        sent += _send(connection, widget, "visible", True)
    return sent


def send_state(widget: QWidget, state: str, value: bool) -> bool:
    """Send one AT-SPI state change Qt's bridge does not send itself (e.g. "expanded")."""
    connection = _connection()
    return connection is not None and _send(connection, widget, state, value)


def _send(connection, widget: QWidget, state: str, value: bool) -> bool:
    from PySide6.QtDBus import QDBusMessage, QDBusVariant  # start-up: as above

    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None or not iface.isValid():
        return False
    path = OBJECT_PATH + str(QAccessible.uniqueId(iface))
    message = QDBusMessage.createSignal(path, EVENT_INTERFACE, "StateChanged")
    message.setArguments([state, int(value), 0, QDBusVariant(0), {}])  # signature siiva{sv}, as libatspi takes
    return bool(connection.send(message))
