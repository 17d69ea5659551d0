"""How the summary page fits the window, at any text size, without scrolling inside scrolling.

Two columns when there is room for them: the crisis contacts (when they apply) and the list
(which scrolls) on the left; the fields, the printout's options and the preview (which scrolls)
on the right; nothing else scrolls, and the notes are in view. When two columns do not fit (large
text, a small window): one column, in which the list and the preview are as tall as their contents
and only the page scrolls; the list's buttons stay in view below it. The preview follows the
app's text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.core.model import CrisisInfo
from app.ui.look import theme
from app.ui.parts.widgets import wrapping_label

COLUMNS_MIN_CHARS = 115  # two columns need the page to be this many average characters wide
LIST_MIN_LINES = 8
PREVIEW_MIN_LINES = 6
NOTES_LINES = 3


def preview_scale() -> float:
    return theme.appearance().scale / 100


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
        self.stacked: bool | None = None
        page.installEventFilter(self)
        theme.appearance().changed.connect(self._appearance_changed)
        self.timer = QTimer(self)  # (a child: it goes with the page)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.fit)
        self._rechecks = 0
        self.apply(False)  # every part has its place (and a parent) from the start
        self.fit()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.page and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.later(event_driven=True)
        return False

    def later(self, event_driven: bool = False) -> None:
        if event_driven:
            self._rechecks = 0
        self.timer.start(0)

    def _appearance_changed(self) -> None:
        self.later()
        if self.page.isVisible():
            self.page.schedule_preview()  # the preview follows the text size

    def fit(self) -> None:
        """Two columns if they fit in the page's height without scrolling; else one scrolling column."""
        page = self.page
        if not page.isVisible():
            return
        page.notes_edit.setFixedHeight(
            page.notes_edit.fontMetrics().lineSpacing() * NOTES_LINES + 2 * page.notes_edit.frameWidth() + 8
        )
        one_column = theme.appearance().scale >= 150
        one_column = one_column or page.width() < COLUMNS_MIN_CHARS * page.fontMetrics().averageCharWidth()
        if not one_column:
            self.apply(False)  # measure the two columns as they would be
            viewport = page.body.viewport()
            columns = page.columns
            needed = max(
                columns.heightForWidth(viewport.width()) if columns.hasHeightForWidth() else 0,
                columns.minimumSizeHint().height(),
            )
            one_column = needed > viewport.height()
            if one_column and self._rechecks < 2:  # the first measure may come before the page's layout settled
                self._rechecks += 1
                self.later()
        self.apply(one_column)
        page.list_widget.refit()
        self.preview_changed()

    def apply(self, one_column: bool) -> None:
        page = self.page
        if one_column == self.stacked:
            return
        self.stacked = one_column
        left, right = page.left.layout(), page.right.layout()
        parts = (page.crisis_area, page.free_text, page.help, page.list_widget, page.printout_area)
        for widget in parts:
            left.removeWidget(widget)
            right.removeWidget(widget)
        if one_column:  # the crisis contacts, the fields, the list, the preview: notes before a long list
            for widget in parts:
                left.addWidget(widget)
        else:  # the crisis contacts above the list: the first thing read, and the list has height to spare
            for widget, stretch in ((page.crisis_area, 0), (page.help, 0), (page.list_widget, 1)):
                left.addWidget(widget, stretch)
            right.addWidget(page.free_text)
            right.addWidget(page.printout_area, 1)
        page.right.setVisible(not one_column)
        for widget in parts:  # a widget that changes parent is hidden by Qt, and not always shown again
            widget.setVisible(widget is not page.free_text or page.owner.wizard_options.free_text)
        page.list_widget.set_fit_height(one_column, LIST_MIN_LINES)
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if one_column else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        page.preview.setVerticalScrollBarPolicy(policy)
        if not one_column:
            page.preview.setMinimumHeight(page.fontMetrics().lineSpacing() * PREVIEW_MIN_LINES)
            page.preview.setMaximumHeight(16_777_215)
        for widget in (page.preview, page.list_widget):  # in two columns they take what is left, no more
            vertical = QSizePolicy.Policy.Fixed if one_column else QSizePolicy.Policy.Ignored
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        for layout in (left, right, page.columns.layout()):  # measured at once, not after the next event
            layout.invalidate()
            layout.activate()

    def preview_changed(self) -> None:
        """In one column the preview is as tall as the printout (the page scrolls, not the preview)."""
        page = self.page
        if not self.stacked:
            return
        document = page.preview.document()
        document.setTextWidth(page.preview.viewport().width())
        page.preview.setFixedHeight(round(document.size().height()) + 2 * page.preview.frameWidth() + 4)
