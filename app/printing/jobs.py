"""The kiosk's print jobs: sent to CUPS from memory and followed by id, so the screen tells the truth.

CUPS may refuse, abort or cancel a job after Qt says "printed"; the kiosk asks CUPS (app.printing.cups)
what became of the job instead. Without libcups (Windows) the job is SENT and not followed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from app.printing import (
    cups,
    service,  # through the module: tests fake its printer seams
)
from app.printing.document import LETTER
from app.printing.errors import Fault, PrintError
from app.printing.pages import lay_out, print_pages
from app.printing.pdf import PdfWriter

WAITING, PRINTING, PRINTED, FAILED, SENT = "waiting", "printing", "printed", "failed", "sent"
UNKNOWN = "unknown"  # CUPS did not answer: the job may still be waiting, or have printed


class Seen(enum.Enum):
    """What CUPS said about a job: a fact, for staff (the words, translated: app.kiosk.job_words)."""

    NOTHING = "nothing"  # not followed (no libcups), or nothing to add
    COMPLETED = "completed"
    PROCESSING = "processing"
    QUEUED = "queued"  # `state`: CUPS's name for it (pending, held, stopped)
    CANCELED = "canceled"
    ABORTED = "aborted"
    NOT_KNOWN = "not-known"  # CUPS does not know the job
    LEFT_QUEUE = "left-queue"  # gone, and CUPS keeps no job history: how it ended is unknown
    NO_ANSWER = "no-answer"  # `error`: CUPS's words


@dataclass
class JobStatus:
    kind: str  # WAITING (queued, not started), PRINTING, PRINTED, FAILED, SENT (handed over, not followed), UNKNOWN
    seen: Seen = Seen.NOTHING  # what CUPS said, for staff (no words here: app.kiosk.job_words says it)
    job_id: int | None = None
    printer: str = ""
    state: str = ""  # CUPS's name for a queued job's state
    error: str = ""  # CUPS's words when it did not answer

    @property
    def final(self) -> bool:
        return self.kind in (PRINTED, FAILED, SENT)

    @property
    def facts(self) -> tuple:
        """Everything CUPS said, without the kind (a new fact is worth telling staff)."""
        return (self.seen, self.job_id, self.printer, self.state, self.error)


class PrintJob:
    """A job sent to CUPS, followed by its id. Without libcups (Windows) it is SENT and not followed."""

    def __init__(self, printer: str, job_id: int | None):
        self.printer, self.job_id = printer, job_id
        self.seen = False  # CUPS listed the job at least once

    def poll(self) -> JobStatus:
        if self.job_id is None:
            return JobStatus(SENT)
        job = {"job_id": self.job_id, "printer": self.printer}
        try:
            state = cups.job_state(self.printer, self.job_id)
        except cups.CupsError as err:  # not "sent": nobody knows what became of the job
            return JobStatus(UNKNOWN, Seen.NO_ANSWER, error=str(err), **job)
        if state is None:  # CUPS keeps no history (PreserveJobHistory No): gone once it ended
            if self.seen:
                return JobStatus(SENT, Seen.LEFT_QUEUE, **job)
            return JobStatus(FAILED, Seen.NOT_KNOWN, **job)
        self.seen = True
        if state == cups.COMPLETED:
            return JobStatus(PRINTED, Seen.COMPLETED, **job)
        if state in (cups.CANCELED, cups.ABORTED):
            return JobStatus(FAILED, Seen.CANCELED if state == cups.CANCELED else Seen.ABORTED, **job)
        if state == cups.PROCESSING:
            return JobStatus(PRINTING, Seen.PROCESSING, **job)
        return JobStatus(WAITING, Seen.QUEUED, state=str(cups.STATE_NAMES.get(state, state)), **job)

    def cancel(self) -> None:
        if self.job_id is not None:
            cups.cancel(self.printer, self.job_id)


def pdf_bytes(html: str, paper: str, images: dict[str, QImage] | None = None, max_pages: int | None = None) -> bytes:
    """The printout as PDF, in memory (no temporary file). PrintError if it would be over `max_pages`."""
    paged = lay_out(html, images, paper)
    service.check_page_cap(paged.pages, max_pages)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = PdfWriter(buffer, paper)
    try:
        print_pages(paged, writer)  # the same pages and footers as every printout
    except Exception as exc:  # noqa: BLE001 - one line; the list stays on screen
        raise PrintError(Fault.NOT_MADE, detail=type(exc).__name__) from None
    del writer  # finishes the PDF
    data = bytes(buffer.data())
    buffer.close()
    return data


def submit(
    html: str, printer_name: str, paper: str, images: dict[str, QImage] | None = None, max_pages: int | None = None
) -> PrintJob:
    """Send to a named printer with no dialog and return the job (kiosk). Raises PrintError (one line)."""
    if not cups.available():  # Windows: Qt prints, and the job is not followed
        info = service.check_printer(printer_name)
        if info.state() == QPrinter.PrinterState.Error:  # e.g. a queue that is stopped
            raise PrintError(Fault.PRINTER_STOPPED, printer=printer_name)
        service.print_silently(html, printer_name, paper, images, max_pages)
        return PrintJob(printer_name, None)
    # With libcups the queue is asked directly, never through Qt's QPrinterInfo: that would make libcups
    # fetch the printer's PPD into a temporary file in /tmp (docs/kiosk.md "Nothing left behind").
    if not cups.scheduler_running():
        raise PrintError(Fault.CUPS_NOT_RUNNING, printer=printer_name)
    if not printer_name:
        raise PrintError(Fault.NO_PRINTER)
    queue = cups.destination(printer_name)
    if queue is None and not cups.scheduler_running():
        raise PrintError(Fault.CUPS_NOT_RUNNING, printer=printer_name)
    if queue is None:
        raise PrintError(Fault.PRINTER_NOT_FOUND, printer=printer_name)
    if not queue.accepting:
        raise PrintError(Fault.NOT_ACCEPTING, printer=printer_name, detail=str(queue.reasons))
    if queue.state == 5:
        raise PrintError(Fault.PRINTER_STOPPED, printer=printer_name)
    data = pdf_bytes(html, paper, images, max_pages)
    try:
        job_id = cups.submit_pdf(printer_name, data, cups.new_title(), {"media": "Letter" if paper == LETTER else "A4"})
    except cups.CupsError as err:
        raise PrintError(Fault.JOB_REFUSED, printer=printer_name, detail=str(err)) from None
    return PrintJob(printer_name, job_id)
