"""Save as PDF, print silently to a named printer, print with the system dialog, preview."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo  # (the dialogs: app.printing.dialogs)

from app.printing.document import LETTER
from app.printing.pages import MARGIN_MM, lay_out, print_pages, printer_area

MARGINS_MM = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)


class PrintError(Exception):
    """A one-line message for the person; their list is untouched."""


def _configure(printer: QPrinter, paper: str) -> None:
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == LETTER else QPageSize.PageSizeId.A4)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter))


def save_pdf(html: str, path: Path, paper: str, images: dict[str, QImage] | None = None) -> None:
    """Write the PDF to a hidden file next to `path`, check it is complete, then move it into place.

    A failure (folder not writable, disk full, Qt error) leaves any earlier file at `path` untouched and
    no partial file behind.
    """
    path = Path(path)
    if path.is_dir():
        raise PrintError(f"Cannot save the PDF: {path} is a folder.")
    if not path.parent.is_dir():
        what = "is not a folder" if path.parent.exists() else "does not exist"
        raise PrintError(f"Cannot save the PDF: the folder {path.parent} {what}.")
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise PrintError(f"Cannot save the PDF: you cannot write to {path}.")
    partial = path.with_name(f".{path.stem}.saving-{os.getpid()}.pdf")
    try:
        _write_pdf(html, partial, paper, images)
        try:
            data = partial.read_bytes()
        except OSError as exc:
            raise PrintError(f"Cannot save the PDF to {path}: {exc.strerror or exc}.") from None
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            raise PrintError(f"The PDF at {path} could not be written completely (is the disk full?).")
        try:
            os.replace(partial, path)
        except OSError as exc:
            raise PrintError(f"Cannot save the PDF to {path}: {exc.strerror or exc}.") from None
    finally:
        partial.unlink(missing_ok=True)


def _write_pdf(html: str, path: Path, paper: str, images: dict[str, QImage] | None) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCreator("Isotretinoin Risk Checklist")
    _configure(printer, paper)
    try:
        print_pages(lay_out(html, images, printer_area(printer)), printer)
    except Exception as exc:  # noqa: BLE001 - whatever Qt raised, the person gets one line and keeps the list
        raise PrintError(f"Cannot save the PDF: {type(exc).__name__}: {exc}".splitlines()[0]) from None


def available_printers() -> list[str]:
    return QPrinterInfo.availablePrinterNames()


def check_printer(name: str) -> QPrinterInfo:
    if not name:
        raise PrintError("No printer is set up.")
    info = QPrinterInfo.printerInfo(name)
    if info.isNull():
        raise PrintError(f"The printer '{name}' was not found.")
    return info


def print_silently(html: str, printer_name: str, paper: str, images: dict[str, QImage] | None = None) -> None:
    """Send to a named printer with no dialog (kiosk, `export --printer`)."""
    info = check_printer(printer_name)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    _configure(printer, paper)
    _print_and_check(printer, html, images, printer_name)


def _print_and_check(printer: QPrinter, html: str, images, name: str) -> None:
    """Print; turn an exception, an error/aborted state or a printer that vanished meanwhile into PrintError.

    Qt reports a CUPS queue deleted during the job as "idle", so the queue is looked up again afterwards.
    """
    label = f"The printer '{name}'" if name else "The printer"
    try:
        print_pages(lay_out(html, images, printer_area(printer)), printer)
    except Exception as exc:  # noqa: BLE001 - one line for the person; the list stays on screen
        raise PrintError(f"{label} failed ({type(exc).__name__}). The list was not printed.") from None
    if printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintError(f"{label} reported an error. The list was not printed.")
    native = printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    if name and native and QPrinterInfo.printerInfo(name).isNull():
        raise PrintError(f"{label} went away while printing. The list may not have printed.")
