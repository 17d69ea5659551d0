"""How the summary page fits the window, at any text size: one column that scrolls as a whole.

The crisis contacts (when they apply), the list as it prints (as tall as its rows: no scrolling inside
scrolling), the fields and the printout's options, then the real page 1 of the printout, large enough
to read (app.ui.summary.page_preview). The list's buttons, the status line and the actions (Save as PDF, Print)
stay in view below the column. Nothing is ever wider than the window (no sideways scrolling).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.core.model import CrisisInfo
from app.ui.look import theme
from app.ui.parts.widgets import wrapping_label

NOTES_LINES = 3


class _RoomForBold(QObject):
    def __init__(self, button: QPushButton):
        super().__init__(button)  # goes with the button (and so does the connection)
        self.button = button
        theme.appearance().changed.connect(self.fit)
        self.fit()

    def fit(self) -> None:
        button = self.button
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        bold = QFont(button.font())
        bold.setBold(True)
        extra = QFontMetrics(bold).horizontalAdvance(text) - button.fontMetrics().horizontalAdvance(text)
        button.setMinimumWidth(0)
        button.setMinimumWidth(button.sizeHint().width() + max(extra, 0) + 6)  # + the checked border


def room_for_bold(button: QPushButton) -> None:
    """A pressed (checked) button's text is bold (the theme's style sheet): size the button for that."""
    button.room_for_bold = _RoomForBold(button)


class CompactCrisisPanel(QFrame):
    """The crisis contacts on the summary page: the same words as the dialog, in less height
    (the printout has them at the top as well)."""

    def __init__(self, heading: str, info: CrisisInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("crisis-panel")  # the theme's red border
        self.setFrameShape(QFrame.Shape.Box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        title = wrapping_label(f"{heading}. {info.title}" if info.title else heading, "crisis-title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(wrapping_label("\n".join(f"•  {line}" for line in info.lines), "crisis-line"))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(" ".join(info.lines))


class SummaryFit(QObject):
    def __init__(self, page):
        super().__init__(page)
        self.page = page
        page.installEventFilter(self)
        theme.appearance().changed.connect(self._appearance_changed)
        self.timer = QTimer(self)  # (a child: it goes with the page)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fit)
        page.list_widget.set_fit_height(True)
        page.list_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later()
        return False

    def later(self) -> None:
        self.timer.start(0)

    def _appearance_changed(self) -> None:
        self.later()
        if self.page.isVisible():
            self.page.schedule_preview()  # the page preview follows the text size

    def fit(self) -> None:
        page = self.page
        if not page.isVisible():
            return
        notes = page.printout.notes_edit
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * NOTES_LINES + 2 * notes.frameWidth() + 8)
        page.list_widget.refit()
