"""What went wrong while saving or printing: a kind and its facts, never words for the person.

The printing layer raises PrintError(kind, path=..., printer=..., detail=...); the layer that shows it
(app.ui.files.print_errors: the desktop, the kiosk, the CLI) turns the kind into a sentence in the person's
language, so a Spanish interface never shows an English sentence from down here.
"""

from __future__ import annotations

import enum
from pathlib import Path


class Fault(enum.Enum):
    """Why a PDF was not saved or a list not printed (the facts each kind carries are in brackets)."""

    # Saving a PDF
    IS_FOLDER = "is-folder"  # [path] the chosen file is a folder
    NOT_A_FOLDER = "not-a-folder"  # [path: the "folder"] the folder is a file
    NO_FOLDER = "no-folder"  # [path: the folder] the folder does not exist
    NOT_WRITABLE = "not-writable"  # [path] no permission, or a read-only disk
    INCOMPLETE = "incomplete"  # [path] the PDF came out truncated (a full disk)
    OS_ERROR = "os-error"  # [path, detail: the system's reason] reading back or moving into place failed
    NOT_DRAWN = "not-drawn"  # [detail: "Type: message"] Qt raised while drawing the PDF
    # Printing
    NO_PRINTER = "no-printer"  # no printer is set up (an empty name)
    NO_PRINTERS = "no-printers"  # the computer has no printer at all (the desktop's Print…)
    PRINTER_NOT_FOUND = "printer-not-found"  # [printer]
    PRINTER_STOPPED = "printer-stopped"  # [printer] offline or stopped
    NOT_ACCEPTING = "not-accepting"  # [printer, detail: CUPS's reasons]
    CUPS_NOT_RUNNING = "cups-not-running"  # [printer] nothing was sent
    JOB_REFUSED = "job-refused"  # [printer, detail: CUPS's words]
    TOO_MANY_PAGES = "too-many-pages"  # [pages, max_pages] over the kiosk's cap
    NOT_MADE = "not-made"  # [detail: the exception's type] the printout (in memory) could not be made
    PRINT_FAILED = "print-failed"  # [printer (may be ""), detail: the exception's type]
    PRINTER_ERROR = "printer-error"  # [printer (may be "")] the printer reported an error
    PRINTER_GONE = "printer-gone"  # [printer] the queue went away while printing


class PrintError(Exception):
    """Nothing was saved or printed; the person's list is untouched. `fault` says why, the rest are facts."""

    def __init__(
        self,
        fault: Fault,
        *,
        path: Path | str | None = None,
        printer: str = "",
        detail: str = "",
        pages: int = 0,
        max_pages: int = 0,
    ):
        self.fault = fault
        self.path = str(path) if path is not None else ""
        self.printer = printer
        self.detail = detail
        self.pages, self.max_pages = pages, max_pages
        facts = {"path": self.path, "printer": printer, "detail": detail}
        if fault is Fault.TOO_MANY_PAGES:
            facts.update(pages=str(pages), max_pages=str(max_pages))
        super().__init__(fault.name + "".join(f" {k}={v!r}" for k, v in facts.items() if v))
