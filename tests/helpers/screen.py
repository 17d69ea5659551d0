"""What a person could read on screen now, the style sheet a widget gets, and where Tab goes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def every_text_in_the_app() -> str:
    texts = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
    return "\n".join(texts)


def sheet_in_effect(widget) -> str:
    """The style sheet nearest to `widget`: its own or an ancestor's, else the application's."""
    while widget is not None:
        if widget.styleSheet():
            return widget.styleSheet()
        widget = widget.parentWidget()
    return QApplication.instance().styleSheet()


def tab_round(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The stops Tab visits from `start` until it comes back (visible, enabled ones only; `limit` ends a
    chain that never comes back)."""
    seen, widget = [start], start.nextInFocusChain()
    while widget is not start and len(seen) < limit:
        if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    return seen
