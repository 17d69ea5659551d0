"""Print through Qt's print dialog (desktop only: the kiosk never imports this module). The preview is the
app's own (app.ui.summary.page_preview): Qt's print-preview dialog is not usable by keyboard or screen reader."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from app.printing import service  # (through the module: tests fake its seams; its helpers are this package's)
from app.printing.errors import Fault, PrintError


class DialogPrinting:
    """Print through Qt's print dialog (desktop only; kiosk mode never uses this).

    The QPrinter lives as long as this object: a temporary QPrinter under QPrintDialog crashes.
    """

    def __init__(self) -> None:
        self._printer: QPrinter | None = None

    @property
    def printer(self) -> QPrinter:
        """Made on first use: a QPrinter asks CUPS for the default printer, which start-up need not wait for."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_with_dialog(self, parent: QWidget, html: str, paper: str, images=None) -> bool:
        if not service.available_printers():
            raise PrintError(Fault.NO_PRINTERS)
        service._configure(self.printer, paper)
        dialog = QPrintDialog(self.printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        service._print_and_check(self.printer, html, images, self.printer.printerName())
        return True
