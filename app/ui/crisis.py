"""Crisis contacts, shown at once and on top when someone says they have thoughts of harming themselves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QVBoxLayout, QWidget

from app.core.model import CrisisInfo
from app.ui.widgets import wrapping_label


class CrisisPanel(QFrame):
    """The contacts as a bordered panel (used in the dialog and on the summary page)."""

    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-panel")
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        title = QLabel(f"{heading}\n{info.title}")
        title.setObjectName("crisis-title")
        title.setTextFormat(Qt.TextFormat.PlainText)  # the title may come from a clinic's config file
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        for line in info.lines:
            layout.addWidget(wrapping_label(f"•  {line}", "crisis-line"))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(" ".join(info.lines))


class CrisisDialog(QDialog):
    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-dialog")
        self.setWindowTitle(info.title)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.panel = CrisisPanel(heading, info, self)
        layout.addWidget(self.panel)
        layout.addWidget(
            wrapping_label(self.tr("These contacts will also be printed at the top of your list."), "crisis-note")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have read this"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(max(480, self.fontMetrics().averageCharWidth() * 40))  # wider for larger text

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # A dialog's own size ignores word wrap: make room for every wrapped line at this text size.
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.setMinimumHeight(needed)
            self.resize(self.width(), needed)
