"""The summary page's fields (own question, name, appointment, notes), the printout's options, the page
preview (app.ui.summary.page_preview) and the printout itself: PrintoutPart, an object SummaryPage
(app.ui.summary.summary_page) owns as `page.printout`. The page owns the list and the status line; the part
reaches them only through PrintoutHost (the page's schedule_preview and clear_list_message)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.core import render
from app.printing.document import A4, LETTER, paper_for
from app.printing.pages import lay_out
from app.ui.look.reflow import FlowLayout
from app.ui.summary.page_preview import PagePreview
from app.ui.summary.phone import PhoneControls

if TYPE_CHECKING:
    from app.ui.host import WizardHost

translate = QCoreApplication.translate  # the words belong to SummaryPage (lupdate's context), not to this part


class PrintoutHost(Protocol):
    """What PrintoutPart uses of the summary page: its wizard, "the list changed" and its list message."""

    owner: WizardHost

    def schedule_preview(self) -> None: ...

    def clear_list_message(self) -> None: ...


class PrintoutPart:
    """The fields, the printout's options and preview, and what prints (html, paper, images)."""

    def __init__(self, page: PrintoutHost, timer_parent: QObject):
        self.page = page
        self.owner = page.owner
        self.preview_timer = QTimer(timer_parent)  # (a child of the page: it goes with it)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(150)
        self.preview_timer.timeout.connect(self.update_preview)
        self._make_fields()
        self._make_printout_options()

    def _make_fields(self) -> None:
        self.free_text = QWidget()
        self.free_text.setObjectName("summary-fields")
        form = QFormLayout(self.free_text)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        own_row = QHBoxLayout()
        self.own_edit = QLineEdit()
        self.own_edit.setObjectName("own-question")
        self.own_edit.setPlaceholderText(translate("SummaryPage", "Type a question of your own"))
        self.own_edit.setMaxLength(2000)
        self.add_button = QPushButton(translate("SummaryPage", "&Add"))
        self.add_button.setObjectName("add-own")
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(self.add_button)
        form.addRow(translate("SummaryPage", "My question:"), own_row)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("name")
        self.appointment_edit = QLineEdit()
        self.appointment_edit.setObjectName("appointment")
        self.appointment_edit.setPlaceholderText(translate("SummaryPage", "Date and time (optional)"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        form.addRow(translate("SummaryPage", "Name (optional):"), self.name_edit)
        form.addRow(translate("SummaryPage", "Appointment:"), self.appointment_edit)
        form.addRow(translate("SummaryPage", "Notes:"), self.notes_edit)
        names = (
            (translate("SummaryPage", "Own question"), self.own_edit),
            (translate("SummaryPage", "Name"), self.name_edit),
            (translate("SummaryPage", "Appointment"), self.appointment_edit),
            (translate("SummaryPage", "Notes"), self.notes_edit),
        )
        for label_text, widget in names:
            widget.setAccessibleName(label_text)
        self.show_fields()
        self.name_edit.textChanged.connect(lambda text: self._field_changed("name", text))
        self.appointment_edit.textChanged.connect(lambda text: self._field_changed("appointment", text))
        self.notes_edit.textChanged.connect(lambda: self._field_changed("notes", self.notes_edit.toPlainText()))

    def show_fields(self) -> None:
        """The fields as the session holds them (a reopened list, a language switch): not an edit."""
        qlist = self.owner.session.edits
        for edit, text in ((self.name_edit, qlist.name), (self.appointment_edit, qlist.appointment)):
            if edit.text() != text:
                blocked = edit.blockSignals(True)
                edit.setText(text)
                edit.blockSignals(blocked)
        if self.notes_edit.toPlainText() != qlist.notes:
            blocked = self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(qlist.notes)
            self.notes_edit.blockSignals(blocked)

    def show_options(self) -> None:
        """The printout's options as the session holds them: not an edit."""
        session = self.owner.session
        combo, phone_box = self.paper_combo, self.phone.on_printout
        boxes = ((self.know_box, session.edits.print_know), (self.room_box, session.edits.doctor_lines))
        for box, value in (*boxes, (phone_box, session.phone_code)):
            blocked = box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(blocked)
        blocked = combo.blockSignals(True)
        combo.setCurrentIndex(max(0, combo.findData(session.paper or None)))
        combo.blockSignals(blocked)

    def _make_printout_options(self) -> None:
        self.options_row = FlowLayout()
        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper")
        self.paper_combo.setAccessibleName(translate("SummaryPage", "Paper size"))
        self.paper_combo.addItem(translate("SummaryPage", "Paper: automatic"), None)
        self.paper_combo.addItem(translate("SummaryPage", "Paper: US Letter"), LETTER)
        self.paper_combo.addItem(translate("SummaryPage", "Paper: A4"), A4)
        if self.owner.wizard_options.kiosk:  # (never setVisible(True) here: the combo has no parent yet, it would
            self.paper_combo.hide()  # open as a window of its own and take the focus from the wizard)
        self.know_box = QCheckBox(translate("SummaryPage", "Print “What I want my doctor to &know”"))
        self.know_box.setObjectName("print-know")
        self.know_box.setToolTip(
            translate("SummaryPage", "A short list of what you said that matters, on the first page.")
        )
        self.room_box = QCheckBox(translate("SummaryPage", "Leave room for the doctor's ans&wers"))
        self.room_box.setObjectName("doctor-lines")
        # The clinician part (Check first, screening summary) in English for a person using another language;
        # shown only then. Ticked at first in the US, or where the clinic's config says English.
        self.clinician_box = QCheckBox(translate("SummaryPage", "Print the part for the doctor in English"))
        self.clinician_box.setObjectName("clinician-english")
        self.clinician_box.setVisible(False)
        self._clinician_touched = False
        self._clinician_cache: tuple[str, object] | None = None
        self.phone = PhoneControls(self.page)  # "Send to my phone" (a QR code) and the code on the printout
        for widget in (self.paper_combo, self.know_box, self.room_box, self.clinician_box, self.phone.on_printout):
            self.options_row.addWidget(widget)
        self.show_options()
        self.clinician_box.toggled.connect(self._clinician_toggled)
        self.know_box.toggled.connect(self._options_changed)
        self.room_box.toggled.connect(self._options_changed)
        self.paper_combo.currentIndexChanged.connect(self._paper_changed)
        self.preview = PagePreview()  # the real pages, as they print (app.ui.summary.page_preview)

    # -- edits of the fields and options -----------------------------------------------------
    def _field_changed(self, name: str, text: str) -> None:
        setattr(self.owner.session.edits, name, text)
        self.page.schedule_preview()

    def _paper_changed(self, _index: int) -> None:
        self.owner.session.paper = self.paper_combo.currentData() or ""
        self.owner.mark_changed()

    def _options_changed(self, *_args) -> None:
        qlist = self.owner.question_list
        qlist.print_know = self.know_box.isChecked()
        qlist.doctor_lines = self.room_box.isChecked()
        self.page.clear_list_message()
        self.page.schedule_preview()

    def _clinician_toggled(self, checked: bool) -> None:
        self._clinician_touched = True
        self.owner.session.clinician_language = "en" if checked else ""  # (saved with the answers)
        self.page.schedule_preview()

    def settle_clinician_box(self) -> None:
        """Show the English choice to a person using another language; tick it at first in the US (or as
        the clinic's config says) until the person changes it."""
        other = self.owner.content.meta.language != "en"
        self.clinician_box.setVisible(other)
        if other and not self._clinician_touched:
            wanted = self.owner.wizard_options.clinician_language
            blocked = self.clinician_box.blockSignals(True)
            self.clinician_box.setChecked(wanted == "en" or (not wanted and self.owner.region() == "us"))
            self.clinician_box.blockSignals(blocked)

    def clinician_content(self):
        """The English content for the clinician part, when the person chose it (loaded once)."""
        if self.owner.content.meta.language == "en" or not self.clinician_box.isChecked():
            return None
        if self._clinician_cache is None:
            from app.core.loader import load_content  # start-up: only for a person using another language
            from app.paths import content_dir  # start-up: (as above)

            root = self.owner.wizard_options.content_root or content_dir()
            self._clinician_cache = ("en", load_content(root, "en"))
        return self._clinician_cache[1]

    # -- output ---------------------------------------------------------------------------
    def paper(self) -> str:
        return paper_for(self.owner.region(), self.owner.session.paper or self.owner.wizard_options.paper_override)

    def render_options(self, scale: float = 1.0, marks: bool = True) -> render.RenderOptions:
        qr, qr_caption = self.phone.printout()
        qlist = self.owner.question_list
        return render.RenderOptions(
            clinic_name=self.owner.wizard_options.clinic_name,
            logo=self.owner.wizard_options.logo is not None,
            qr=qr,
            qr_caption=qr_caption,
            know=qlist.print_know,
            doctor_lines=qlist.doctor_lines,
            clinician=self.clinician_content(),
            cover=self.owner.wizard_options.cover_sheet and marks,  # a cover sheet first, when the clinic asks for one
            scale=scale,
            marks=marks,
        )

    def images(self) -> dict[str, QImage]:
        logo = self.owner.wizard_options.logo  # the clinic's logo (clinic config), printed as res:logo
        return ({"logo": logo} if logo is not None else {}) | self.phone.images()

    def html(self) -> str:
        return render.render_html(self.owner.question_list, self.owner.content, self.render_options())

    def text(self) -> str:
        return render.render_text(self.owner.question_list, self.owner.content, self.render_options())

    def schedule_preview(self) -> None:
        """The preview is painted again shortly (SummaryPage.schedule_preview: after every change)."""
        self.preview_timer.start()

    def update_preview(self) -> None:
        """The printout's own pages: laid out and painted as the PDF and the printer are."""
        self.preview_timer.stop()
        self.preview.release()
        self.preview.set_paged(lay_out(self.html(), self.images(), self.paper()))
