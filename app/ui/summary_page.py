"""The last page: the person's own list, which they can edit, with a live preview of the printout."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core import flow, render
from app.core.question_list import MAX_IMPORTANT
from app.core.rules import group_by_topic
from app.printing.document import A4, LETTER, build_document, paper_for
from app.ui.crisis import CrisisPanel
from app.ui.lazy_page import LazyAttribute, LazyPage
from app.ui.phone import PhoneControls
from app.ui.reflow import FlowLayout
from app.ui.widgets import wrapping_label

if TYPE_CHECKING:
    from app.ui.wizard import RiskWizard

ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ROLE_INDEX = Qt.ItemDataRole.UserRole + 2
STAR = "★ "


class SummaryPage(LazyPage):
    actions = LazyAttribute()  # DesktopActions / KioskActions (QWidget.actions() is a Qt method)

    def __init__(self, owner: RiskWizard):
        super().__init__()
        self.owner = owner
        self.setObjectName("page-summary")
        self.setTitle(self.tr("Your questions for your doctor"))
        self._filling = False
        self._document = None

    def make(self) -> None:  # on the first visit, or first use of one of its widgets (app.ui.lazy_page)
        owner = self.owner
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self.update_preview)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.crisis_holder = QVBoxLayout()
        column.addLayout(self.crisis_holder)
        column.addWidget(
            wrapping_label(
                self.tr("Untick any question you do not want. Mark up to 3 as most important: they print first."),
                "summary-help",
            )
        )
        self.list_widget = QListWidget()
        self.list_widget.setObjectName("question-list")
        self.list_widget.setAccessibleName(self.tr("Your questions"))
        self.list_widget.setWordWrap(True)
        self.list_widget.itemChanged.connect(self._item_changed)
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        column.addWidget(self.list_widget, 3)

        row = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.star_button = QPushButton(self.tr("Most &important"))
        self.star_button.setCheckable(True)
        self.remove_button = QPushButton(self.tr("&Remove"))
        for button, name in ((self.up_button, "move-up"), (self.down_button, "move-down"),
                             (self.star_button, "star"), (self.remove_button, "remove-own")):
            button.setObjectName(name)
            row.addWidget(button)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.star_button.clicked.connect(self._star)
        self.remove_button.clicked.connect(self._remove_own)
        column.addLayout(row)

        self.free_text = QWidget()
        form = QFormLayout(self.free_text)
        form.setContentsMargins(0, 0, 0, 0)
        own_row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName("own-question")
        self.own_edit.setPlaceholderText(self.tr("Type a question of your own"))
        self.own_edit.setMaxLength(2000)
        self.own_edit.returnPressed.connect(self._add_own)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("add-own")
        self.add_button.clicked.connect(self._add_own)
        own_row.addWidget(self.own_edit)
        own_row.addWidget(self.add_button)
        form.addRow(self.tr("My question:"), own_row)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.appointment_edit = QLineEdit()
        self.appointment_edit.setObjectName("appointment")
        self.appointment_edit.setPlaceholderText(self.tr("Date and time (optional)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(110)
        form.addRow(self.tr("Name (optional):"), self.name_edit)
        form.addRow(self.tr("Appointment:"), self.appointment_edit)
        form.addRow(self.tr("Notes:"), self.notes_edit)
        for label_text, widget in ((self.tr("Own question"), self.own_edit), (self.tr("Name"), self.name_edit),
                                   (self.tr("Appointment"), self.appointment_edit),
                                   (self.tr("Notes"), self.notes_edit)):
            widget.setAccessibleName(label_text)
        self.name_edit.textChanged.connect(self._text_changed)
        self.appointment_edit.textChanged.connect(self._text_changed)
        self.notes_edit.textChanged.connect(self._text_changed)
        column.addWidget(self.free_text)
        self.free_text.setVisible(owner.options.free_text)

        right = QWidget()
        preview_column = QVBoxLayout(right)
        preview_column.setContentsMargins(0, 0, 0, 0)
        preview_column.addWidget(QLabel(self.tr("Preview of your printout")))
        self.preview = QTextEdit()
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Preview of your printout"))
        preview_column.addWidget(self.preview)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 480])

        actions_row = FlowLayout()  # wraps onto a second row at large text sizes
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper")
        self.paper_combo.setAccessibleName(self.tr("Paper size"))
        self.paper_combo.addItem(self.tr("Paper: automatic"), None)
        self.paper_combo.addItem(self.tr("Paper: US Letter"), LETTER)
        self.paper_combo.addItem(self.tr("Paper: A4"), A4)
        if owner.options.kiosk:  # (never setVisible(True) here: the combo has no parent yet, it would
            self.paper_combo.hide()  # open as a window of its own and take the focus from the wizard)
        actions_row.addWidget(self.paper_combo)
        self.phone = PhoneControls(self)  # "Send to my phone" (a QR code) and the code on the printout
        actions_row.addWidget(self.phone.on_printout)
        actions_row.addWidget(self.phone.button)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.splitter = splitter
        body = QScrollArea()  # at large text sizes the page scrolls instead of squeezing the list
        body.setObjectName("page-scroll")
        body.setWidgetResizable(True)
        body.setFrameShape(QFrame.Shape.NoFrame)
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body.setWidget(splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(body, 1)
        layout.addWidget(self.message)
        layout.addLayout(actions_row)
        if owner.options.actions_factory is None:
            from app.ui.desktop_actions import DesktopActions

            self.actions = DesktopActions(self)
        else:
            self.actions = owner.options.actions_factory(self)
        for button in self.actions.buttons():
            actions_row.addWidget(button)

    # -- state -> widgets -----------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        self.build()
        self.owner.refresh_question_list()
        qlist = self.owner.question_list
        n, m = flow.step_number(self.owner.content, self.owner.effective_answers(), "summary")
        self.setSubTitle(self.tr("Step %1 of %2").replace("%1", str(n)).replace("%2", str(m)))
        while self.crisis_holder.count():
            self.crisis_holder.takeAt(0).widget().deleteLater()
        if qlist.crisis:
            self.crisis_holder.addWidget(
                CrisisPanel(self.owner.content.meta.texts.crisis_heading, self.owner.crisis_info())
            )
        self.fill_list()
        self.update_preview()

    def fill_list(self, select_index: int | None = None) -> None:
        qlist = self.owner.question_list
        self._filling = True
        self.list_widget.clear()
        index_of = {id(item.question): i for i, item in enumerate(qlist.items)}
        all_questions = [item.question for item in qlist.items]
        for label, questions in group_by_topic(self.owner.content, all_questions):
            self._header(label)
            for question in questions:
                index = index_of[id(question)]
                item = qlist.items[index]
                row = QListWidgetItem((STAR if item.important else "") + question.text)
                row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                row.setCheckState(Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked)
                row.setData(ROLE_KIND, "question")
                row.setData(ROLE_INDEX, index)
                row.setToolTip(question.why)
                if item.important:  # a screen reader says it in words instead of "black star"
                    row.setData(Qt.ItemDataRole.AccessibleTextRole,
                                self.tr("Most important: %1").replace("%1", question.text))
                self.list_widget.addItem(row)
                if select_index == index:
                    self.list_widget.setCurrentItem(row)
        if qlist.own_questions:
            self._header(self.owner.content.meta.texts.own_questions_heading)
            for index, text in enumerate(qlist.own_questions):
                row = QListWidgetItem(text)
                row.setData(ROLE_KIND, "own")
                row.setData(ROLE_INDEX, index)
                self.list_widget.addItem(row)
        self._filling = False
        self._update_buttons()

    def _header(self, label: str) -> None:
        header = QListWidgetItem(label)
        header.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.setData(ROLE_KIND, "header")
        self.list_widget.addItem(header)

    def current(self) -> tuple[str | None, int]:
        row = self.list_widget.currentItem()
        if row is None:
            return None, -1
        return row.data(ROLE_KIND), row.data(ROLE_INDEX)

    def _update_buttons(self, *_args) -> None:
        kind, index = self.current()
        is_question = kind == "question"
        for button in (self.up_button, self.down_button, self.star_button):
            button.setEnabled(is_question)
        self.remove_button.setEnabled(kind == "own")
        self.star_button.setChecked(is_question and self.owner.question_list.items[index].important)

    # -- edits ----------------------------------------------------------------------------
    def _item_changed(self, row: QListWidgetItem) -> None:
        if self._filling or row.data(ROLE_KIND) != "question":
            return
        index = row.data(ROLE_INDEX)
        self.owner.question_list.set_included(index, row.checkState() == Qt.CheckState.Checked)
        self.fill_list(select_index=index)
        self.schedule_preview()

    def _move(self, delta: int) -> None:
        kind, index = self.current()
        if kind == "question":
            self.fill_list(select_index=self.owner.question_list.move(index, delta))
            self.schedule_preview()

    def _star(self) -> None:
        kind, index = self.current()
        if kind != "question":
            return
        wanted = self.star_button.isChecked()
        if not self.owner.question_list.set_important(index, wanted):
            self.show_message(self.tr("You can mark up to %1 questions as most important.").replace(
                "%1", str(MAX_IMPORTANT)), error=True)
        else:
            self.show_message("")
        self.fill_list(select_index=index)
        self.schedule_preview()

    def _add_own(self) -> None:
        if self.owner.question_list.add_own(self.own_edit.text()):
            self.own_edit.clear()
            self.fill_list()
            self.schedule_preview()

    def _remove_own(self) -> None:
        kind, index = self.current()
        if kind == "own":
            del self.owner.question_list.own_questions[index]
            self.fill_list()
            self.schedule_preview()

    def _text_changed(self) -> None:
        qlist = self.owner.question_list
        qlist.name = self.name_edit.text()
        qlist.appointment = self.appointment_edit.text()
        qlist.notes = self.notes_edit.toPlainText()
        self.schedule_preview()

    # -- output ---------------------------------------------------------------------------
    def paper(self) -> str:
        return paper_for(self.owner.region(), self.paper_combo.currentData() or self.owner.options.paper_override)

    def render_options(self) -> render.RenderOptions:
        qr, qr_caption = self.phone.printout()
        return render.RenderOptions(clinic_name=self.owner.options.clinic_name,
                                    logo=self.owner.options.logo is not None, qr=qr, qr_caption=qr_caption)

    def images(self) -> dict[str, QImage]:
        logo = self.owner.options.logo  # the clinic's logo (clinic config), printed as res:logo
        return ({"logo": logo} if logo is not None else {}) | self.phone.images()

    def html(self) -> str:
        return render.render_html(self.owner.question_list, self.owner.content, self.render_options())

    def text(self) -> str:
        return render.render_text(self.owner.question_list, self.owner.content, self.render_options())

    def schedule_preview(self) -> None:  # called on every change to the list
        self.owner.mark_changed()
        self.preview_timer.start()

    def update_preview(self) -> None:
        self.preview_timer.stop()
        html, images = self.html(), self.images()
        old, self._document = self._document, None
        if old is not None:  # free the old preview first: a long list's layout is megabytes
            self.preview.setDocument(None)
            old.setParent(None)
            shiboken6.delete(old)
        document = build_document(html, images)
        document.setParent(self)
        self.preview.setDocument(document)
        self._document = document

    def show_message(self, text: str, error: bool = False) -> None:
        if error and text:  # said in words, not by colour alone
            text = self.tr("Problem: %1").replace("%1", text)
        self.message.setText(text)
        self.message.setProperty("error", error)
        self.message.style().unpolish(self.message)  # the theme's style sheet colours [error="true"]
        self.message.style().polish(self.message)
