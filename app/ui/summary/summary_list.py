"""The summary page's list of questions, in the order they print (app.core.question_list sections).

Rows: first the red flags ("Check first", from the content's triage.toml, as the printout's page 1)
and the topics left unanswered (activating one goes back to its page); then section headings ("My
questions" or "The app suggests asking first", "My own questions", "More questions from my answers",
"Questions many people ask"), topic headings within the last two, and the questions with a tick box
(own questions have none: they are removed, not unticked).

Refilling the list (after a star, a move, a tick) keeps what the person was looking at: the same
question stays selected and the rows in view stay where they were. The rows are updated in place: the
focused row stays the same object, so a screen reader says only that row's new state (rebuilding the
list made Orca re-read the whole window on every tick).
A click never scrolls the list (Qt scrolls a partly visible row into view half a second after a
click: the list jumped ~110 px under the pointer); the keyboard still does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from app.core import triage
from app.core.model import Content
from app.core.question_list import GENERAL, OWN, PERSONAL, TOP, QuestionList

translate = QCoreApplication.translate  # lupdate takes the context from the first argument

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "section", "header", "flag", "unanswered", "question", "own"
ROLE_INDEX = Qt.ItemDataRole.UserRole + 2  # index into QuestionList.items
ROLE_KEY = Qt.ItemDataRole.UserRole + 3  # stable across refills: the question id or the heading's words
ROLE_AREA = Qt.ItemDataRole.UserRole + 4  # "unanswered" rows: the page to go back to
STAR = "★ "


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
        self._made: list[QListWidgetItem] = []
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

    # -- as tall as its rows, when the page scrolls -------------------------------------------------
    def set_fit_height(self, on: bool, minimum_rows: int = 8) -> None:
        self.fit_height = on
        policy = Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.setVerticalScrollBarPolicy(policy)
        if on:
            self.refit()
        else:
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * minimum_rows)
            self.setMaximumHeight(16_777_215)

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
        anchor = self.itemAt(4, 4)
        anchor_key = self.row_key(anchor)
        anchor_top = self.visualItemRect(anchor).top() if anchor is not None else 0
        scroll = self.verticalScrollBar().value()
        select_key = select_key if select_key is not None else self.row_key(self.currentItem())
        rows = self._rows(qlist, content)
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
        again = self.item_for_key(anchor_key)
        if again is not None:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + self.visualItemRect(again).top() - anchor_top)
        else:
            self.verticalScrollBar().setValue(scroll)

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
        ):
            if row.data(role) != new.data(role):
                row.setData(role, new.data(role))

    def _rows(self, qlist: QuestionList, content: Content) -> list[QListWidgetItem]:
        self._made = []
        self._add_rows(qlist, content)
        return self._made

    def _add_rows(self, qlist: QuestionList, content: Content) -> None:
        texts = content.meta.texts
        labels = {t.id: t.label for t in content.meta.topics}
        arrangement = qlist.arrange()
        self._triage_rows(qlist, content)
        words = content.triage.words if content.triage is not None else None
        starred = len(arrangement.top) > len(arrangement.auto)
        top_heading = texts.important_heading
        if words is not None:
            top_heading = words.my_questions if starred else words.suggest_heading
        headings = {
            TOP: top_heading
            + (
                f" ({_lower_first(texts.important_auto_note.rstrip('.'))})"
                if words is None and arrangement.top_auto
                else ""
            ),
            OWN: texts.own_questions_heading,
            PERSONAL: texts.personal_heading,
            GENERAL: texts.general_heading,
        }
        for section, indexes in arrangement.sections():
            if not indexes:
                continue
            self._heading(headings[section], "section")
            topic = None
            for index in indexes:
                question = qlist.items[index].question
                if section in (PERSONAL, GENERAL) and question.topic != topic:
                    topic = question.topic
                    self._heading(labels.get(topic, topic), "header", key=f"{section}:{index}")
                self._question(qlist, index, auto=index in arrangement.auto)

    def _triage_rows(self, qlist: QuestionList, content: Content) -> None:
        """The red flags, as the printout's "Check first" box, and the topics left unanswered."""
        clinical = triage.clinical(content, qlist.triage)
        if clinical is None:
            return
        self._heading(clinical.words.check_first, "section")
        for flag in clinical.flags or (clinical.words.no_flags,):
            row = QListWidgetItem(("!! " if clinical.flags else "") + flag)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setData(ROLE_KIND, "flag")
            row.setData(ROLE_KEY, f"flag:{flag}")
            if clinical.flags:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self._made.append(row)
        for label, area in triage.unanswered_areas(content, qlist.triage):
            row = QListWidgetItem(translate("SummaryPage", "%1: not answered. Go back to answer").replace("%1", label))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            row.setData(ROLE_KIND, "unanswered")
            row.setData(ROLE_KEY, f"unanswered:{area}")
            row.setData(ROLE_AREA, area)
            self._made.append(row)

    def _heading(self, label: str, kind: str, key: str | None = None) -> None:
        row = QListWidgetItem(label)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = row.font()
        font.setBold(True)
        if kind == "section":
            font.setPointSizeF(font.pointSizeF() * 1.1)
        row.setFont(font)
        row.setData(ROLE_KIND, kind)
        row.setData(ROLE_KEY, f"{kind}:{key or label}")
        self._made.append(row)

    def _question(self, qlist: QuestionList, index: int, auto: bool) -> None:
        item = qlist.items[index]
        question = item.question
        row = QListWidgetItem((STAR if item.important else "") + question.text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not item.own:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        if not item.own:
            row.setCheckState(Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked)
        row.setData(ROLE_KIND, "own" if item.own else "question")
        row.setData(ROLE_INDEX, index)
        row.setData(ROLE_KEY, question.id)
        if question.why:
            row.setToolTip(question.why)
        if item.important:  # a screen reader says it in words instead of "black star"
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("SummaryPage", "Most important: %1").replace("%1", question.text),
            )
        elif auto:
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("SummaryPage", "Picked by the app: %1").replace("%1", question.text),
            )
        self._made.append(row)


def _lower_first(note: str) -> str:
    """A sentence inside brackets after a heading starts in lower case ("(picked by the app ...)")."""
    return note[:1].lower() + note[1:]
