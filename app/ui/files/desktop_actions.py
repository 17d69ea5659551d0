"""Desktop output buttons: Save as PDF (file dialog) and Print (system dialog), the page's main actions;
after saving, Open / Show in folder (app.ui.files.saved_file). The preview is the page's own
(app.ui.summary.page_preview): there is no print-preview dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.printing.dialogs import DialogPrinting
from app.printing.service import PrintError, save_pdf
from app.ui.files import print_errors
from app.ui.files.saved_file import SavedFile
from app.ui.prefs import dialog_history, last_folder

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


class DesktopActions:
    def __init__(self, page):
        self.page = page
        self.printing = DialogPrinting()
        self.print_button = QPushButton(translate("DesktopActions", "&Print…"))
        self.pdf_button = QPushButton(translate("DesktopActions", "&Save as PDF…"))
        self.print_button.setObjectName("print")
        self.pdf_button.setObjectName("save-pdf")
        for button in (self.pdf_button, self.print_button):
            button.setProperty("role", "primary")  # looks like a default button (Enter stays Finish)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.saved = SavedFile()

    def buttons(self) -> list[QPushButton]:
        return [self.pdf_button, self.print_button]

    def print_(self) -> None:
        try:
            printout = self.page.printout
            if self.printing.print_with_dialog(self.page, printout.html(), printout.paper(), printout.images()):
                self.page.owner.mark_output_done()
                self.page.show_message(translate("DesktopActions", "Your list was sent to the printer."))
        except PrintError as err:
            self.page.show_message(print_errors.message(err), error=True)

    def default_pdf_path(self) -> str:
        return last_folder.start_in(
            translate("DesktopActions", "isotretinoin-questions.pdf")
        )  # last folder, else Documents

    def save_pdf(self) -> None:
        history = dialog_history.snapshot()  # Qt records the folder in its settings; we undo that
        path, _filter = QFileDialog.getSaveFileName(
            self.page,
            translate("DesktopActions", "Save your list as PDF"),
            self.default_pdf_path(),
            translate("DesktopActions", "PDF files (*.pdf)"),
        )
        history.restore()
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        last_folder.chosen(path)
        try:
            printout = self.page.printout
            save_pdf(printout.html(), Path(path), printout.paper(), printout.images())
        except PrintError as err:
            self.page.show_message(print_errors.message(err), error=True)
            return
        self.page.owner.mark_output_done()
        self.page.show_message(translate("DesktopActions", "Saved: %1").replace("%1", path))
        self.saved.show_saved(Path(path))
