"""The last page, "review and share": the person's own list, which they can edit, and the printout.

One column (app.ui.summary.summary_layout): the list (app.ui.summary.summary_list) in the order it prints, the top 3
first; the fields and the printout's options; then the real pages of the printout, one at a time,
large enough to read (app.ui.summary.page_preview: painted by app.printing.pages, as the PDF is). Below the
column: the list's buttons, the status line, and the actions (Save as PDF and Print first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import flow
from app.core.question_list import MAX_IMPORTANT
from app.ui.a11y import announce
from app.ui.look.reflow import FlowLayout
from app.ui.parts.lazy_page import LazyPage
from app.ui.parts.widgets import wrapping_label
from app.ui.summary import summary_layout
from app.ui.summary.summary_list import ROLE_AREA, ROLE_GROUP, ROLE_INDEX, ROLE_KEY, ROLE_KIND, QuestionListView
from app.ui.summary.summary_printout import PrintoutPart

if TYPE_CHECKING:
    from app.ui.host import WizardHost

__all__ = ["ROLE_INDEX", "ROLE_KEY", "ROLE_KIND", "SummaryPage"]
translate = QCoreApplication.translate


class SummaryPage(LazyPage):
    def __init__(self, owner: WizardHost):
        super().__init__()
        self.owner = owner
        self.setObjectName("page-summary")
        self.setTitle(self.tr("Your questions for your doctor"))
        self._list_message = False  # the message shown is about the list (e.g. "up to 3"): cleared by the next edit

    def make(self) -> None:  # on the first visit, or first use of one of its widgets (app.ui.parts.lazy_page)
        owner = self.owner
        self._make_list()
        self.printout = PrintoutPart(self, self)  # the fields, the printout's options, its preview and output
        printout = self.printout
        printout.own_edit.returnPressed.connect(self._add_own)
        printout.add_button.clicked.connect(self._add_own)

        self.crisis_area = QWidget()
        self.crisis_holder = QVBoxLayout(self.crisis_area)
        self.crisis_holder.setContentsMargins(0, 0, 0, 0)
        if not owner.wizard_options.free_text:
            printout.free_text.hide()  # (never setVisible(True) on a widget without a parent: it becomes a window)
        self.preview_label = wrapping_label(self.tr("Preview of your printout"), "section-heading")
        # One column, read top to bottom: the list as it prints, the fields and options, the real page 1.
        self.column = QWidget()
        self.column.setObjectName("summary-column")
        column = QVBoxLayout(self.column)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.crisis_area, self.help, self.list_widget, printout.free_text):
            column.addWidget(widget)
        column.addLayout(printout.options_row)
        column.addWidget(self.preview_label)
        column.addWidget(printout.preview)
        column.addStretch(1)
        self.body = QScrollArea()  # the page scrolls as a whole (app.ui.summary.summary_layout)
        self.body.setObjectName("page-scroll")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # never sideways
        self.body.setWidget(self.column)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.actions_row = FlowLayout()  # wraps onto a second row at large text sizes
        layout = QVBoxLayout(self)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.list_buttons)
        status = QHBoxLayout()  # the status line; after saving: "Saved: …" [Open] [Show in folder]
        status.addWidget(self.message, 1)
        layout.addLayout(status)
        self.output_actions: Any  # the buttons' owner: DesktopActions, or WizardOptions.actions_factory's (kiosk)
        if owner.wizard_options.actions_factory is None:
            from app.ui.files.desktop_actions import DesktopActions  # start-up: the print dialogs only on the desktop

            self.output_actions = DesktopActions(self)
            status.addWidget(self.output_actions.saved, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.output_actions = owner.wizard_options.actions_factory(self)
        layout.addLayout(self.actions_row)
        for button in self.output_actions.buttons():  # the main actions first (Save as PDF, Print)
            self.actions_row.addWidget(button)
        self.actions_row.addWidget(printout.phone.button)
        self.fit = summary_layout.SummaryFit(self)

    def _make_list(self) -> None:
        self.help = wrapping_label(
            self.tr("Untick any question you do not want. Mark up to 3 as most important: they print first."),
            "summary-help",
        )
        self.list_widget = QuestionListView()
        self.list_widget.setAccessibleName(self.tr("Your questions"))
        self.list_widget.itemChanged.connect(self._item_changed)
        self.list_widget.itemActivated.connect(self._go_back_to_unanswered)
        self.list_widget.currentRowChanged.connect(self._current_changed)
        self.list_buttons = QWidget()
        self.list_buttons.setObjectName("list-buttons")
        row = FlowLayout(self.list_buttons)  # wraps onto a second row at large text on a narrow window
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.star_button = QPushButton(self.tr("Most &important"))
        self.star_button.setCheckable(True)
        self.remove_button = QPushButton(self.tr("&Remove"))
        for button, name in (
            (self.up_button, "move-up"),
            (self.down_button, "move-down"),
            (self.star_button, "star"),
            (self.remove_button, "remove-own"),
        ):
            button.setObjectName(name)
            row.addWidget(button)
        summary_layout.room_for_bold(self.star_button)  # pressed, its text is bold: it must not be cut off
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.star_button.clicked.connect(self._star)
        self.remove_button.clicked.connect(self._remove_own)

    # -- state -> widgets -----------------------------------------------------------------
    def initializePage(self) -> None:
        self.owner.mark_list_seen()  # (what the close warning says)
        self.build()
        self.owner.refresh_question_list()
        qlist = self.owner.question_list
        n, m = flow.step_number(self.owner.content, self.owner.effective_answers(), "summary")
        self.setSubTitle(self.tr("Step %1 of %2").replace("%1", str(n)).replace("%2", str(m)))
        while self.crisis_holder.count():
            self.crisis_holder.takeAt(0).widget().deleteLater()
        if qlist.crisis:
            texts = self.owner.content.meta.texts
            gentle = qlist.urgency == "gentle" and texts.crisis_gentle_heading
            heading = texts.crisis_gentle_heading if gentle else texts.crisis_heading
            self.crisis_holder.addWidget(summary_layout.CompactCrisisPanel(heading, self.owner.crisis_info()))
        self.printout.show_fields()
        self.printout.show_options()
        self.printout.settle_clinician_box()
        self.fill_list()
        self.printout.update_preview()

    def fill_list(self, select_key: str | None = None) -> None:
        self.list_widget.fill(self.owner.question_list, self.owner.content, select_key)
        self._update_buttons()

    def current(self) -> tuple[str | None, int]:
        row = self.list_widget.currentItem()
        if row is None or row.data(ROLE_KIND) not in ("question", "own"):
            return (None if row is None else row.data(ROLE_KIND)), -1
        return row.data(ROLE_KIND), row.data(ROLE_INDEX)

    def _current_changed(self, *_args) -> None:
        self.clear_list_message()
        self._update_buttons()

    def _update_buttons(self) -> None:
        kind, index = self.current()
        qlist = self.owner.question_list
        arrangement = qlist.arrange()
        found = arrangement.section_of(index) if index >= 0 else None
        merged = bool(row.data(ROLE_GROUP)) if (row := self.list_widget.currentItem()) is not None else False
        movable = found is not None and index not in arrangement.auto and not merged
        order = [i for i in found[1] if i not in arrangement.auto] if found is not None else []
        position = order.index(index) if movable else -1
        self.up_button.setEnabled(movable and position > 0)
        self.down_button.setEnabled(movable and 0 <= position < len(order) - 1)
        self.star_button.setEnabled(index >= 0 and not merged)
        self.star_button.setChecked(index >= 0 and not merged and qlist.items[index].important)
        self.remove_button.setEnabled(kind == "own")

    def _go_back_to_unanswered(self, row) -> None:
        """An unanswered topic's row: back to its page (Next comes back here)."""
        if row.data(ROLE_KIND) == "unanswered" and row.data(ROLE_AREA) in self.owner.page_ids:
            self.owner.walk_to(self.owner.page_ids[row.data(ROLE_AREA)])

    # -- edits ----------------------------------------------------------------------------
    def _item_changed(self, row) -> None:
        if self.list_widget.signalsBlocked() or row.data(ROLE_KIND) != "question":
            return
        self.clear_list_message()
        checked = row.checkState() != Qt.CheckState.Unchecked  # (a merged row's partial tick: all of them)
        for index in row.data(ROLE_GROUP) or (row.data(ROLE_INDEX),):
            self.owner.question_list.set_included(index, checked)
        self.fill_list(select_key=row.data(ROLE_KEY))
        self.schedule_preview()

    def _move(self, delta: int) -> None:
        self.clear_list_message()
        kind, index = self.current()
        if index >= 0:
            moved = self.owner.question_list.move(index, delta)
            self.fill_list(select_key=self.owner.question_list.items[moved].question.id)
            self.schedule_preview()

    def _star(self) -> None:
        kind, index = self.current()
        if index < 0:
            return
        qlist = self.owner.question_list
        key = qlist.items[index].question.id
        if not qlist.set_important(index, self.star_button.isChecked()):
            self.show_message(
                self.tr("You can mark up to %1 questions as most important.").replace("%1", str(MAX_IMPORTANT)),
                error=True,
            )
            self._list_message = True
        else:
            self.clear_list_message()
        self.fill_list(select_key=key)
        self.schedule_preview()

    def _add_own(self) -> None:
        self.clear_list_message()
        qlist = self.owner.question_list
        own_edit = self.printout.own_edit
        if qlist.add_own(own_edit.text()):
            own_edit.clear()
            self.fill_list(select_key=qlist.items[-1].question.id)
            self.schedule_preview()

    def _remove_own(self) -> None:
        self.clear_list_message()
        kind, index = self.current()
        if kind == "own" and self.owner.question_list.remove_own(index):
            self.fill_list()
            self.schedule_preview()

    def show_message(self, text: str, error: bool = False) -> None:
        saved = getattr(self.output_actions, "saved", None)  # "Open / Show in folder" go with the "Saved" line
        if saved is not None:
            saved.hide()
        if error and text:  # said in words, not by colour alone
            text = self.tr("Problem: %1").replace("%1", text)
        self._list_message = False
        announce.status(self.message, text, error)  # shown (no empty line under the list when empty) and spoken
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)  # the theme's style sheet colours [error="true"]
        self.message.style().polish(self.message)

    def schedule_preview(self) -> None:  # called on every change to the list, the fields and the options
        self.owner.mark_changed()
        saved = getattr(self.output_actions, "saved", None)  # "Saved: …" no longer says what the list is
        if saved is not None and saved.isVisible():
            self.show_message("")
        self.printout.schedule_preview()

    def clear_list_message(self) -> None:
        """The next edit clears a message about the list (e.g. "up to 3")."""
        if self._list_message:
            self.show_message("")
