"""The summary page's list of questions, in the order they print (the rows: app.ui.summary.summary_rows).

Refilling the list (a star, a move, a tick) keeps the same question selected and the rows in view where
they were. Rows are updated in place: the focused row stays the same object, so a screen reader says
only its new state (a rebuilt list made Orca re-read the whole window on every tick). A click never
scrolls the list or the page (Qt scrolls a partly visible row into view 0.5 s after a click: the list
jumped ~110 px under the pointer); the keyboard does (the page's scroll bar: app.ui.summary.summary_layout).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.core.model import Content
from app.core.question_list import QuestionList
from app.ui.summary.summary_rows import ROLE_AREA, ROLE_GROUP, ROLE_INDEX, ROLE_KEY, ROLE_KIND, STAR, make_rows

__all__ = ["ROLE_AREA", "ROLE_GROUP", "ROLE_INDEX", "ROLE_KEY", "ROLE_KIND", "STAR", "QuestionListView"]


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text, measured against the list's own width (the style measures with a
    smaller tick box than the theme draws, and a row one line too short shows its text cut with "...")."""

    def __init__(self, view: QListWidget):
        super().__init__(view)
        self.view = view

    def sizeHint(self, option, index):
        hint = super().sizeHint(option, index)
        laid = QStyleOptionViewItem(option)
        self.initStyleOption(laid, index)
        laid.rect = QRect(0, 0, self.view.viewport().width(), max(hint.height(), 1))
        style = self.view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, laid, self.view)  # where it is drawn
        margins = laid.rect.height() - text.height()
        needed = laid.fontMetrics.boundingRect(
            QRect(0, 0, max(text.width() - 6, 20), 1_000_000), Qt.TextFlag.TextWordWrap, laid.text
        ).height()
        return QSize(hint.width(), max(hint.height(), needed + max(margins, 4)))


class QuestionListView(QListWidget):
    def __init__(self) -> None:
        self._last_width = -1
        self.fit_height = False  # as tall as its rows (the page scrolls instead: no scrolling inside scrolling)
        super().__init__()
        self.setObjectName("question-list")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap rows when the width changes
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAutoScroll(False)  # a click on a half-hidden row must not scroll it under the pointer
        self.setItemDelegate(_WrappingDelegate(self))
        self.refit_timer = QTimer(self)
        self.refit_timer.setSingleShot(True)
        self.refit_timer.timeout.connect(self.refit)

    # -- a click never scrolls; the keyboard does ------------------------------------------------
    def keyPressEvent(self, event) -> None:
        row = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None and row.data(ROLE_AREA):
            self.itemActivated.emit(row)  # an unanswered topic: back to its page (the wizard would take Return)
            return
        super().keyPressEvent(event)
        current = self.currentIndex()
        if current.isValid():
            self.scrollTo(current)  # (autoScroll is off: Qt would also scroll ~0.5 s after a click)
            self._page_shows(self.visualRect(current))

    def _page(self) -> QScrollArea | None:  # as tall as its rows, the list is scrolled by the page around it
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        return area if self.fit_height and area is not None and area.widget() is not None else None

    def _page_shows(self, rect: QRect) -> None:
        area = self._page()
        if area is not None:
            centre = self.viewport().mapTo(area.widget(), rect.center())
            area.ensureVisible(centre.x(), centre.y(), 0, rect.height() // 2 + 8)

    # -- as tall as its rows, when the page scrolls -------------------------------------------------
    def set_fit_height(self, on: bool) -> None:
        self.fit_height = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        self.refit()

    def refit(self) -> None:
        if not self.fit_height:
            return
        self.doItemsLayout()
        height = 0
        if self.count():
            last = self.visualItemRect(self.item(self.count() - 1))
            height = last.bottom() + 1 + self.verticalScrollBar().value()
        self.setFixedHeight(height + 2 * self.frameWidth() + 6)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fit_height and event.size().width() != self._last_width:
            self._last_width = event.size().width()
            self.refit_timer.start(0)

    # -- filling ------------------------------------------------------------------------------------
    def row_key(self, row: QListWidgetItem | None) -> str | None:
        return None if row is None else row.data(ROLE_KEY)

    def item_for_key(self, key: str | None) -> QListWidgetItem | None:
        if key is None:
            return None
        return next((self.item(i) for i in range(self.count()) if self.item(i).data(ROLE_KEY) == key), None)

    def fill(self, qlist: QuestionList, content: Content, select_key: str | None = None) -> None:
        """Show the rows; keep the rows in view where they were and `select_key` (or the current row) selected.

        The rows are rewritten in place (only what differs), and rows are added or taken at the end only:
        a screen reader's object for the focused row stays alive (a rebuilt list made Orca re-read the window)."""
        area = self._page()  # the rows in view: the page's, when the page scrolls
        bar = self.verticalScrollBar() if area is None else area.verticalScrollBar()
        anchor = self.itemAt(QPoint(4, 4) if area is None else self.viewport().mapFrom(area.viewport(), QPoint(4, 4)))
        anchor_key = self.row_key(anchor)
        anchor_top = self.visualItemRect(anchor).top() if anchor is not None else 0
        scroll = bar.value()
        select_key = select_key if select_key is not None else self.row_key(self.currentItem())
        rows = make_rows(qlist, content)
        blocked = self.blockSignals(True)  # no currentRowChanged / itemChanged while half-done
        try:
            while self.count() > len(rows):
                self.takeItem(self.count() - 1)
            for i, row in enumerate(rows):
                if i < self.count():
                    self._update(self.item(i), row)
                else:
                    self.addItem(row)
            current = self.item_for_key(select_key)
            if current is not None and current is not self.currentItem():
                self.setCurrentItem(current, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        finally:
            self.blockSignals(blocked)
        self.refit()
        self.doItemsLayout()
        self.updateGeometries()  # the scroll bar's range for the new rows, before scrolling back
        if area is not None:
            area.widget().layout().activate()  # the page's range for the list's new height
        again = self.item_for_key(anchor_key)
        bar.setValue(bar.value() + self.visualItemRect(again).top() - anchor_top if again is not None else scroll)

    @staticmethod
    def _update(row: QListWidgetItem, new: QListWidgetItem) -> None:
        """Make `row` look like `new`, touching only what differs (each change is an event for screen readers)."""
        if row.flags() != new.flags():
            row.setFlags(new.flags())
        for role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.CheckStateRole,
            ROLE_KIND,
            ROLE_INDEX,
            ROLE_KEY,
            ROLE_AREA,
            ROLE_GROUP,
        ):
            if row.data(role) != new.data(role):
                row.setData(role, new.data(role))
