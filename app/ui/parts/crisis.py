"""Crisis contacts, shown at once and on top when someone says they have thoughts of harming themselves.

- CrisisPanel: the contacts as a bordered panel: the heading on its own line(s), then the region's
  title, then one line per contact. Used in the dialog, on the mental-health page (where it stays
  after the dialog is closed) and on the summary page; a kiosk can put it in its own window.
- CrisisDialog: the panel in a modal window that stays on top.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.model import CrisisInfo
from app.ui.host import FRAME
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
    """The contacts and a note scroll inside the dialog when they are taller than the room there is
    (200 % text on a 720 px screen, or the kiosk's panel): "I have read this" stays in view below them
    (WCAG 2.4.11), and the heading stays at the top, where reading starts."""

    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-dialog")
        self.setWindowTitle(info.title)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self.setModal(True)
        self.limit: int | None = None  # the most height there is (None: the screen's free height)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        body = QWidget()
        body.setObjectName("crisis-body")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.panel = CrisisPanel(heading, info, body)
        column.addWidget(self.panel)
        column.addWidget(
            wrapping_label(
                self.tr("These contacts stay on this page and will also be printed at the top of your list."),
                "crisis-note",
            )
        )
        self.body = QScrollArea()
        self.body.setObjectName("crisis-scroll")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setWidget(body)
        self.body.setAccessibleName(heading)  # a Tab stop: the arrow keys scroll the contacts
        layout.addWidget(self.body, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("I have read this"))
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 44))  # wider for larger text

    def needed_height(self, width: int) -> int:
        """The height that shows every wrapped line at this text size, for a dialog `width` px wide."""
        layout = self.layout()
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        body = self.body.widget().layout().totalHeightForWidth(inner)
        return margins.top() + body + layout.spacing() + self.buttons.sizeHint().height() + margins.bottom()

    def fit_height(self, limit: int | None = None) -> None:
        """As tall as the text needs (a dialog's own size ignores word wrap), at most `limit` px (by
        default the screen's free height less a window frame): past that, the contacts scroll."""
        if limit is not None:
            self.limit = limit
        room = self.limit if self.limit is not None else self.screen().availableGeometry().height() - FRAME.height()
        floor = self.buttons.sizeHint().height() + 4 * self.fontMetrics().height()  # a few lines, whatever happens
        height = max(min(self.needed_height(self.width()), room), floor)
        self.setMinimumHeight(height)
        self.setMaximumHeight(max(room, floor))
        self.resize(self.width(), height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_height()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setFocus(Qt.FocusReason.OtherFocusReason)
