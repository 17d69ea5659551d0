"""Status messages that screen readers say without moving focus (WCAG 4.1.3): "Saved: …", "Your list was
sent to the printer.", "Problem: You can mark up to 3 questions as most important."

The summary page's message line (a QLabel named "message") is exposed with the *notification* role, and
each new message shows it afresh. Orca presents a notification the moment it becomes showing, Orca 43
(Debian 12, Ubuntu 22.04: it ignores announcements and live regions in Qt apps) as well as newer ones.
Elsewhere (Windows' UI Automation, macOS) the text is also sent as a QAccessibleAnnouncementEvent (Qt 6.8+),
which those bridges speak; it is not sent on Linux, where newer Orca would say the message twice.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent  # (Qt 6.8+; pyproject pins 6.10+)
from PySide6.QtWidgets import QAccessibleWidget, QLabel

from app.ui.a11y.factories import install_once

STATUS_NAMES = ("message", "glossary-explain")  # the object names of status lines (and the glossary card's text)


class _StatusAccessible(QAccessibleWidget):
    """A status line: role notification, named by its text."""

    def __init__(self, label: QLabel):
        super().__init__(label, QAccessible.Role.Notification)
        self.label = label

    def text(self, kind):
        if kind == QAccessible.Text.Name:
            return self.label.accessibleName() or self.label.text()
        return super().text(kind)


def _factory(key: str, obj):
    if key == "QLabel" and obj.objectName() in STATUS_NAMES and isinstance(obj, QLabel):
        return _StatusAccessible(obj)
    return None


def install() -> None:
    """Once per process, before any status line is shown."""
    install_once(_factory)


def status(label: QLabel, text: str, error: bool = False) -> None:
    """`label` now shows `text` (empty: hidden). Screen readers are told about the new text."""
    label.setText(text)
    if not text:
        label.setVisible(False)
        return
    label.setVisible(False)  # shown afresh: "showing" is what makes Orca present a notification
    label.setVisible(True)
    announcement(label, text, error)


def announcement(widget, text: str, assertive: bool = False) -> None:
    """A QAccessibleAnnouncementEvent, off Linux (there the notification shown is what is said)."""
    if not sys.platform.startswith("linux") and QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        if assertive:
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)
