"""Bounded free text on the kiosk: what one person can type is limited, so a printout stays a few pages.

(Without limits, select-all + middle-click doubled the notes until a 62-page print, and a 4.7 MB
note took the preview to 2.9 GB.) Paste keys and middle-click are blocked by app.kiosk.lockdown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

if TYPE_CHECKING:
    from app.ui.summary.summary_page import SummaryPage

translate = QCoreApplication.translate

MAX_QUESTION = 300  # characters in one own question
MAX_OWN_QUESTIONS = 10
MAX_NAME = 80
MAX_APPOINTMENT = 80
MAX_NOTES = 2000


def apply(page: SummaryPage) -> None:
    page.printout.own_edit.setMaxLength(MAX_QUESTION)
    page.printout.name_edit.setMaxLength(MAX_NAME)
    page.printout.appointment_edit.setMaxLength(MAX_APPOINTMENT)
    limit_plain_text(page.printout.notes_edit, MAX_NOTES)
    model = page.list_widget.model()
    model.rowsInserted.connect(lambda *_: enforce_own_count(page))
    model.rowsRemoved.connect(lambda *_: enforce_own_count(page))
    enforce_own_count(page)


def limit_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """QPlainTextEdit has no maxLength: cut anything past `limit` as it arrives, keeping the cursor at the end."""

    def cut() -> None:
        text = edit.toPlainText()
        if len(text) <= limit:
            return
        blocked = edit.blockSignals(True)
        edit.setPlainText(text[:limit])
        edit.blockSignals(blocked)
        edit.moveCursor(QTextCursor.MoveOperation.End)
        edit.textChanged.emit()  # the page copies the text into the list on this signal

    edit.textChanged.connect(cut)


def enforce_own_count(page: SummaryPage) -> None:
    full = len(page.owner.question_list.own_questions) >= MAX_OWN_QUESTIONS
    edit = page.printout.own_edit
    if edit.property("placeholder") is None:
        edit.setProperty("placeholder", edit.placeholderText())
    edit.setEnabled(not full)
    page.printout.add_button.setEnabled(not full)
    if full:
        edit.clear()
        edit.setPlaceholderText(
            translate("KioskLimits", "You have added %1 questions of your own, the most this list can hold.").replace(
                "%1", str(MAX_OWN_QUESTIONS)
            )
        )
    else:
        edit.setPlaceholderText(edit.property("placeholder"))
