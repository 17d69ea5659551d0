"""Save as PDF, print silently to a named printer, print with the system dialog, preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # (the dialogs: app.printing.dialogs)

from app.printing.errors import Fault, PrintError
from app.printing.pages import lay_out, print_pages, printer_area
from app.printing.pdf import MARGINS_MM, page_layout
from app.printing.pdf import save_pdf as _save_pdf

__all__ = [
    "MARGINS_MM",
    "Fault",
    "PrintError",
    "available_printers",
    "check_page_cap",
    "check_printer",
    "print_silently",
    "save_pdf",
]


def _configure(printer: QPrinter, paper: str) -> None:
    printer.setPageLayout(page_layout(paper))


def save_pdf(html: str, path: Path, paper: str, images: dict[str, QImage] | None = None) -> None:
    """app.printing.pdf.save_pdf, drawn by this module's print_pages (the seam tests fake failures at)."""
    _save_pdf(html, path, paper, images, draw=lambda paged, writer: print_pages(paged, writer))


def available_printers() -> list[str]:
    return QPrinterInfo.availablePrinterNames()


def check_printer(name: str) -> QPrinterInfo:
    if not name:
        raise PrintError(Fault.NO_PRINTER)
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(Fault.PRINTER_NOT_FOUND, printer=name)
    return info


def check_page_cap(pages: int, max_pages: int | None) -> None:
    """PrintError if a printout of `pages` pages is over the kiosk's cap (None: no cap)."""
    if max_pages is not None and pages > max_pages:
        raise PrintError(Fault.TOO_MANY_PAGES, pages=pages, max_pages=max_pages)


def print_silently(
    html: str, printer_name: str, paper: str, images: dict[str, QImage] | None = None, max_pages: int | None = None
) -> None:
    """Send to a named printer with no dialog (kiosk, `export --printer`), at most `max_pages` pages."""
    info = check_printer(printer_name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    _configure(printer, paper)
    _print_and_check(printer, html, images, printer_name, max_pages)


def _print_and_check(printer: QPrinter, html: str, images, name: str, max_pages: int | None = None) -> None:
    """Print; turn an exception, an error/aborted state or a printer that vanished meanwhile into PrintError.

    Qt reports a CUPS queue deleted during the job as "idle", so the queue is looked up again afterwards.
    """
    try:
        paged = lay_out(html, images, printer_area(printer))
        check_page_cap(paged.pages, max_pages)  # laid out once: the cap is checked on what prints
        print_pages(paged, printer)
    except PrintError:
        raise
    except Exception as exc:  # noqa: BLE001 - one line for the person; the list stays on screen
        raise PrintError(Fault.PRINT_FAILED, printer=name, detail=type(exc).__name__) from None
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError(Fault.PRINTER_ERROR, printer=name)
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    if name and native and QPrinterInfo.printerInfo(name).isNull():
        raise PrintError(Fault.PRINTER_GONE, printer=name)
