""" "More about …" and "Sources for this page" are expandable sections for screen readers, not check boxes.

Their toggle is a checkable QPushButton (app.ui.parts.widgets.Expander), which Qt exposes as a check box: Orca
said «More about pregnancy and birth control check box not checked» and, on Space, only «checked». Here
it is a push button with the expandable state and expanded or collapsed; opening or closing it sends the
"expanded" state change, which Qt's AT-SPI bridge does not send (app.ui.a11y.atspi_visible), so Orca says
«expanded» / «collapsed».
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleStateChangeEvent
from PySide6.QtWidgets import QAccessibleWidget, QPushButton

from app.ui.a11y.atspi_visible import send_state
from app.ui.a11y.factories import install_once

MARK = "expander"  # the dynamic property that makes a QPushButton an expander toggle


class _ExpanderAccessible(QAccessibleWidget):
    def __init__(self, button: QPushButton):
        super().__init__(button, QAccessible.Role.Button)
        self.button = button

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.button.accessibleName() or self.button.text()
        return super().text(kind)

    def state(self):
        state = super().state()
        state.expandable = True
        state.expanded = self.button.isChecked()
        state.collapsed = not self.button.isChecked()
        state.checkable = False
        state.checked = False
        return state

    def actionNames(self):  # noqa: N802
        return [QAccessibleWidget.pressAction(), *super().actionNames()]

    def doAction(self, name):  # noqa: N802
        if name == QAccessibleWidget.pressAction():
            self.button.click()
        else:
            super().doAction(name)


def _factory(key: str, obj):
    if key == "QPushButton" and isinstance(obj, QPushButton) and obj.property(MARK):
        return _ExpanderAccessible(obj)
    return None


def install() -> None:
    """Once per process, before any expander is shown."""
    install_once(_factory)


def mark(button: QPushButton) -> None:
    """Before the button is first shown or queried."""
    install()
    button.setProperty(MARK, True)


def toggled(button: QPushButton, open_: bool) -> None:
    if not QAccessible.isActive():
        return
    state = QAccessible.State()
    state.expanded = True
    QAccessible.updateAccessibility(QAccessibleStateChangeEvent(button, state))
    send_state(button, "collapsed", not open_)  # first: Orca says "collapsed" while its cache has that state
    send_state(button, "expanded", open_)
