"""Save as PDF, print silently to a named printer, print with the system dialog, preview.

`submit` is the kiosk's way to print: where libcups is available it sends the PDF to CUPS itself and
returns a PrintJob that follows the job's state, so the kiosk never says "printing" for a job that
CUPS refused, aborted or cancelled (see app.printing.cups).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from app.printing import cups
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


# -- the kiosk: a job whose fate is known -------------------------------------------------------------
WAITING, PRINTING, PRINTED, FAILED, SENT = "waiting", "printing", "printed", "failed", "sent"


@dataclass
class JobStatus:
    kind: str  # WAITING (queued, not started), PRINTING, PRINTED, FAILED, SENT (handed over, not followed)
    detail: str = ""  # for staff, one line (CUPS's words)

    @property
    def final(self) -> bool:
        return self.kind in (PRINTED, FAILED, SENT)


class PrintJob:
    """A job sent to CUPS, followed by its id. Without libcups (Windows) it is SENT and not followed."""

    def __init__(self, printer: str, job_id: int | None):
        self.printer, self.job_id = printer, job_id
        self.seen = False  # CUPS listed the job at least once

    def poll(self) -> JobStatus:
        if self.job_id is None:
            return JobStatus(SENT)
        state = cups.job_state(self.printer, self.job_id)
        label = f"job {self.job_id} on '{self.printer}'"
        if state is None:  # CUPS keeps no history (PreserveJobHistory No): gone once it ended
            if self.seen:
                return JobStatus(SENT, f"{label} left the queue (CUPS keeps no job history: how it ended is unknown)")
            return JobStatus(FAILED, f"CUPS does not know {label}.")
        self.seen = True
        if state == cups.COMPLETED:
            return JobStatus(PRINTED, f"{label} completed")
        if state in (cups.CANCELED, cups.ABORTED):
            return JobStatus(FAILED, f"CUPS {cups.STATE_NAMES[state]} {label}.")
        if state == cups.PROCESSING:
            return JobStatus(PRINTING, f"{label} is printing")
        return JobStatus(WAITING, f"{label} is {cups.STATE_NAMES.get(state, state)}")

    def cancel(self) -> None:
        if self.job_id is not None:
            cups.cancel(self.printer, self.job_id)


class _MemoryPdf(QPdfWriter):
    """A PDF writer into memory that print_pages can use like a QPrinter (it names the document)."""

    def setDocName(self, name: str) -> None:  # noqa: N802 (QPrinter's name)
        self.setTitle(name)


def pdf_bytes(html: str, paper: str, images: dict[str, QImage] | None = None, max_pages: int | None = None) -> bytes:
    """The printout as PDF, in memory (no temporary file). PrintError if it would be over `max_pages`."""
    paged = lay_out(html, images, paper)
    if max_pages is not None and paged.pages > max_pages:
        raise PrintError(f"The printout would have {paged.pages} pages; the kiosk prints at most {max_pages}.")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _MemoryPdf(buffer)
    writer.setCreator("Isotretinoin Risk Checklist")
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == LETTER else QPageSize.PageSizeId.A4)
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter))
    try:
        print_pages(paged, writer)  # the same pages and footers as every printout
    except Exception as exc:  # noqa: BLE001 - one line; the list stays on screen
        raise PrintError(f"The printout could not be made ({type(exc).__name__}).") from None
    del writer  # finishes the PDF
    data = bytes(buffer.data())
    buffer.close()
    return data


def submit(html: str, printer_name: str, paper: str, images: dict[str, QImage] | None = None,
           max_pages: int | None = None) -> PrintJob:
    """Send to a named printer with no dialog and return the job (kiosk). Raises PrintError (one line)."""
    info = check_printer(printer_name)
    if info.state() == QPrinter.PrinterState.Error:  # e.g. a CUPS queue that is stopped
        raise PrintError(f"The printer '{printer_name}' is offline or stopped.")
    if not cups.available():
        if max_pages is not None and (pages := lay_out(html, images, paper).pages) > max_pages:
            raise PrintError(f"The printout would have {pages} pages; the kiosk prints at most {max_pages}.")
        print_silently(html, printer_name, paper, images)
        return PrintJob(printer_name, None)
    queue = cups.destination(printer_name)
    if queue is None:
        raise PrintError(f"The printer '{printer_name}' was not found.")
    if not queue.accepting:
        raise PrintError(f"The printer '{printer_name}' is not accepting jobs (CUPS: {queue.reasons}).")
    if queue.state == 5:
        raise PrintError(f"The printer '{printer_name}' is offline or stopped.")
    data = pdf_bytes(html, paper, images, max_pages)
    try:
        job_id = cups.submit_pdf(printer_name, data, cups.new_title(), {"media": "Letter" if paper == LETTER else "A4"})
    except cups.CupsError as err:
        raise PrintError(f"The printer '{printer_name}' did not take the job: {err}") from None
    return PrintJob(printer_name, job_id)


class DialogPrinting:
    """Print and preview through Qt's dialogs (desktop only; kiosk mode never uses this).

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
        if not available_printers():
            raise PrintError("No printer was found on this computer. You can save the list as a PDF instead.")
        _configure(self.printer, paper)
        dialog = QPrintDialog(self.printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        _print_and_check(self.printer, html, images, self.printer.printerName())
        return True

    def preview(self, parent: QWidget, html: str, paper: str, images=None) -> None:
        _configure(self.printer, paper)
        dialog = QPrintPreviewDialog(self.printer, parent)
        dialog.paintRequested.connect(lambda p: print_pages(lay_out(html, images, printer_area(p)), p))
        dialog.exec()
