"""The words for a PrintError (app.printing.errors), kind by kind: one table for the desktop, the kiosk and
the CLI. `message` is in the person's language (the installed translator); `english` is the same sentence
in English, for the staff log, the kiosk's staff problems and the CLI (which installs no translator).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.printing.errors import Fault, PrintError
from app.ui.prefs.translations import QT_TRANSLATE_NOOP

_CONTEXT = "PrintError"  # lupdate's context for every sentence below

# %1, %2: see _facts. QT_TRANSLATE_NOOP marks each sentence for lupdate and returns it unchanged.
WORDS: dict[Fault, str] = {
    Fault.IS_FOLDER: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF: %1 is a folder."),
    Fault.NOT_A_FOLDER: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF: the folder %1 is not a folder."),
    Fault.NO_FOLDER: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF: the folder %1 does not exist."),
    Fault.NOT_WRITABLE: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF: you cannot write to %1."),
    Fault.INCOMPLETE: QT_TRANSLATE_NOOP(
        "PrintError", "The PDF at %1 could not be written completely (is the disk full?)."
    ),
    Fault.OS_ERROR: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF to %1: %2."),
    Fault.NOT_DRAWN: QT_TRANSLATE_NOOP("PrintError", "Cannot save the PDF: %1"),
    Fault.NO_PRINTER: QT_TRANSLATE_NOOP("PrintError", "No printer is set up."),
    Fault.NO_PRINTERS: QT_TRANSLATE_NOOP(
        "PrintError", "No printer was found on this computer. You can save the list as a PDF instead."
    ),
    Fault.PRINTER_NOT_FOUND: QT_TRANSLATE_NOOP("PrintError", "The printer '%1' was not found."),
    Fault.PRINTER_STOPPED: QT_TRANSLATE_NOOP("PrintError", "The printer '%1' is offline or stopped."),
    Fault.NOT_ACCEPTING: QT_TRANSLATE_NOOP("PrintError", "The printer '%1' is not accepting jobs (CUPS: %2)."),
    Fault.CUPS_NOT_RUNNING: QT_TRANSLATE_NOOP(
        "PrintError", "CUPS is not running (or does not answer): nothing was sent to '%1'."
    ),
    Fault.JOB_REFUSED: QT_TRANSLATE_NOOP("PrintError", "The printer '%1' did not take the job: %2"),
    Fault.TOO_MANY_PAGES: QT_TRANSLATE_NOOP(
        "PrintError", "The printout would have %1 pages; the kiosk prints at most %2."
    ),
    Fault.NOT_MADE: QT_TRANSLATE_NOOP("PrintError", "The printout could not be made (%1)."),
    Fault.PRINT_FAILED: QT_TRANSLATE_NOOP("PrintError", "%1 failed (%2). The list was not printed."),
    Fault.PRINTER_ERROR: QT_TRANSLATE_NOOP("PrintError", "%1 reported an error. The list was not printed."),
    Fault.PRINTER_GONE: QT_TRANSLATE_NOOP("PrintError", "%1 went away while printing. The list may not have printed."),
}
# The printer as the subject of PRINT_FAILED, PRINTER_ERROR and PRINTER_GONE (named, or not).
_NAMED_PRINTER = QT_TRANSLATE_NOOP("PrintError", "The printer '%1'")
_A_PRINTER = QT_TRANSLATE_NOOP("PrintError", "The printer")
_SUBJECT = (Fault.PRINT_FAILED, Fault.PRINTER_ERROR, Fault.PRINTER_GONE)


def message(err: PrintError) -> str:
    """One line for the person, in the interface's language."""
    return _say(err, lambda text: QCoreApplication.translate(_CONTEXT, text))


def english(err: PrintError) -> str:
    """The same line in English: the staff log and the CLI (`export` prints it as before)."""
    return _say(err, lambda text: text)


def _say(err: PrintError, words) -> str:
    facts = _facts(err, words)  # one pass: a "%2" inside a folder's name stays as it is
    return re.sub(r"%(\d)", lambda m: facts[int(m.group(1)) - 1], words(WORDS[err.fault]))


def _facts(err: PrintError, words) -> tuple[str, ...]:
    if err.fault in _SUBJECT:
        subject = words(_NAMED_PRINTER).replace("%1", err.printer) if err.printer else words(_A_PRINTER)
        return (subject, err.detail)
    if err.fault is Fault.TOO_MANY_PAGES:
        return (str(err.pages), str(err.max_pages))
    if err.fault is Fault.NOT_DRAWN:
        return (err.detail,)
    if err.path:
        return (err.path, err.detail)
    return (err.printer, err.detail)
