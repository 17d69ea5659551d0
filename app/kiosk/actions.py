"""Kiosk output buttons for the summary page: see the printout (in the app) and print silently.

No dialogs of any kind: no print dialog, no preview dialog, no file dialog, no Save as PDF.
"""

from __future__ import annotations

import html
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from app.printing import pages, service
from app.printing.service import PrintError

translate = QCoreApplication.translate  # not page.tr(): lupdate needs the context spelled out

if TYPE_CHECKING:
    from app.ui.summary_page import SummaryPage

MAX_PRINTS = 2  # per session: a stranger must not be able to empty the front-desk tray


def render_pages(html_text: str, images: dict[str, QImage] | None, paper: str, width_px: int = 820) -> list[QImage]:
    """Exactly what prints, one image per page: the printout's own page breaks and footers (app.printing.pages)."""
    return pages.page_images(pages.lay_out(html_text, images, paper), width_px)


def test_page_html(clinic_name: str, printer: str) -> str:
    e = html.escape
    return (f"<h1>Test page</h1><p>Isotretinoin Risk Checklist kiosk</p><p>Clinic: {e(clinic_name) or '-'}</p>"
            f"<p>Printer: {e(printer)}</p><p>If you can read this, kiosk printing works.</p>")


def send_to_printer(html_text: str, printer: str, paper: str, images: dict[str, QImage] | None = None) -> None:
    """Check the printer is there and online, then print with no dialog. Raises PrintError (one line)."""
    info = service.check_printer(printer)
    if info.state() == QPrinter.PrinterState.Error:  # e.g. a CUPS queue that is stopped
        raise PrintError(f"The printer '{printer}' is offline or stopped.")
    service.print_silently(html_text, printer, paper, images)


class KioskActions:
    """`actions_factory` for the kiosk wizard's summary page; `host` is the KioskShell."""

    def __init__(self, page: SummaryPage, host):
        self.page = page
        self.host = host
        self.prints = 0
        self.finish_warned = False
        page.preview.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.preview_button = QPushButton(translate("KioskActions", "See the printout"))
        self.print_button = QPushButton(translate("KioskActions", "Print my list"))
        self.preview_button.setObjectName("kiosk-preview")
        self.print_button.setObjectName("kiosk-print")
        self.print_button.setProperty("role", "primary")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)

    def buttons(self) -> list[QPushButton]:
        return [self.preview_button, self.print_button]

    def preview(self) -> None:
        self.host.show_printout(render_pages(self.page.html(), self.page.images(), self.page.paper()), self)

    def print_(self) -> None:
        page = self.page
        if self.prints >= MAX_PRINTS:
            page.show_message(translate(
                "KioskActions", "Your list has already been printed. Please ask at the front desk "
                "if you need another copy."))
            return
        try:
            send_to_printer(page.html(), self.host.config.printer, page.paper(), page.images())
        except PrintError as err:
            print(f"kiosk: printing failed: {err}", file=sys.stderr, flush=True)  # staff log: no patient data
            self.host.report_problem(f"Printing failed: {err}")
            sorry = translate("KioskActions", "Sorry, your list could not be printed. It is still here for you "
                              "to read. Please tell the front desk.")
            staff = translate("KioskActions", "For staff: %1").replace("%1", str(err))
            page.show_message(sorry + "\n" + staff, error=True)
            return
        self.prints += 1
        page.show_message(
            translate("KioskActions", "Your list is printing at the front desk. Tap Finish when you are done."))

    def confirm_finish(self) -> bool:
        """Finish wipes everything: if nothing was printed, ask once (by message, not a dialog)."""
        if self.prints or self.finish_warned:
            return True
        self.finish_warned = True
        self.page.show_message(translate(
            "KioskActions",
            "Your list has not been printed yet. Tap Print my list, or tap Finish again to clear the screen."),
            error=True)
        return False
