"""Crisis contacts, shown at once and on top when someone says they have thoughts of harming themselves.

- CrisisPanel: the contacts as a bordered panel: the heading on its own line(s), then the region's
  title, then one line per contact. Used in the dialog, on the mental-health page (where it stays
  after the dialog is closed) and on the summary page; a kiosk can put it in its own window.
- CrisisDialog: the panel in a modal window that stays on top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QVBoxLayout, QWidget

from app.core.model import CrisisInfo
from app.ui.parts.widgets import wrapping_label


class CrisisPanel(QFrame):
    """The contacts as a bordered panel."""

    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-panel")
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(6)
        # Two labels, not one with a line break: the heading must never run into the region's title.
        self.heading = self._bold(heading, "crisis-heading")
        self.title = self._bold(info.title, "crisis-title")
        layout.addWidget(self.heading)
        layout.addSpacing(4)
        layout.addWidget(self.title)
        self.lines = [wrapping_label(f"•  {line}", "crisis-line") for line in info.lines]
        for label in self.lines:
            layout.addWidget(label)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(f"{info.title}. " + " ".join(info.lines))

    @staticmethod
    def _bold(text: str, name: str) -> QLabel:
        label = wrapping_label(text, name)  # plain text: the title may come from a clinic's config file
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        return label

    def set_heading(self, heading: str) -> None:
        self.heading.setText(heading)
        self.setAccessibleName(heading)


class CrisisDialog(QDialog):
    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-dialog")
        self.setWindowTitle(info.title)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.panel = CrisisPanel(heading, info, self)
        layout.addWidget(self.panel)
        layout.addWidget(
            wrapping_label(
                self.tr("These contacts stay on this page and will also be printed at the top of your list."),
                "crisis-note",
            )
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have read this"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 44))  # wider for larger text

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # A dialog's own size ignores word wrap: make room for every wrapped line at this text size.
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)
