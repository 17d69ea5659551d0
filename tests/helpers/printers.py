"""Printers for the kiosk's tests: a PDF file standing in for a printer, and following a CUPS job."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from app.printing import jobs, service
from app.printing.service import Fault, PrintError


class _Info:
    def __init__(self, state=QPrinter.PrinterState.Idle):
        self._state = state

    def state(self):
        return self._state

    def isNull(self):
        return False


def pdf_printer(monkeypatch, tmp_path: Path, name: str = "PDF", state=QPrinter.PrinterState.Idle) -> Path:
    """A computer without libcups (Windows): the printer called `name` is a PDF file.

    print_silently's own code runs and the output is a file; the kiosk cannot follow the job there,
    so it says the list was *sent*, never that it printed.
    """
    target = tmp_path / "printed.pdf"

    class FilePrinter(QPrinter):
        def __init__(self, _info, mode=QPrinter.PrinterMode.HighResolution):
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(target))

    def check_printer(wanted: str):
        if wanted != name:
            raise PrintError(Fault.PRINTER_NOT_FOUND, printer=wanted)
        return _Info(state)

    monkeypatch.setattr(service, "QPrinter", FilePrinter)
    monkeypatch.setattr(service, "check_printer", check_printer)
    monkeypatch.setattr(jobs.cups, "available", lambda: False)
    return target


def follow_job(qtbot, clock, done, timeout: float = 60.0) -> None:
    """Let the kiosk poll CUPS (its timers run on the fake clock) until `done()` or the timeout."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, "CUPS did not finish the job in time"
        clock.advance(0.5)
        qtbot.wait(100)
