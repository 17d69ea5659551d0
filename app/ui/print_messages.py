"""Printing and PDF problems in the person's language: app.printing raises PrintError with a `kind`
and its `details` (its str() stays English for the CLI and the kiosk's staff); the desktop shows it
through `describe`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.printing.pdf import PrintError

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def _texts() -> dict[str, tuple[str, tuple[str, ...]]]:
    """kind -> (the words, with %1, %2 for these details)."""
    return {
        "pdf_is_folder": (translate("PrintMessages", "Cannot save the PDF: %1 is a folder."), ("path",)),
        "pdf_no_folder": (
            translate("PrintMessages", "Cannot save the PDF: the folder %1 does not exist."),
            ("folder",),
        ),
        "pdf_not_a_folder": (translate("PrintMessages", "Cannot save the PDF: %1 is not a folder."), ("folder",)),
        "pdf_read_only": (translate("PrintMessages", "Cannot save the PDF: you cannot write to %1."), ("path",)),
        "pdf_write": (translate("PrintMessages", "Cannot save the PDF to %1: %2."), ("path", "reason")),
        "pdf_incomplete": (
            translate("PrintMessages", "The PDF at %1 could not be written completely (is the disk full?)."),
            ("path",),
        ),
        "pdf_failed": (translate("PrintMessages", "Cannot save the PDF (%1)."), ("reason",)),
        "no_printer": (
            translate(
                "PrintMessages", "No printer was found on this computer. You can save the list as a PDF instead."
            ),
            (),
        ),
        "no_printer_set": (translate("PrintMessages", "No printer is set up."), ()),
        "printer_not_found": (translate("PrintMessages", "The printer %1 was not found."), ("printer",)),
        "too_many_pages": (
            translate("PrintMessages", "The printout would have %1 pages; at most %2 can be printed here."),
            ("pages", "most"),
        ),
        "print_failed": (
            translate("PrintMessages", "The printer %1 failed (%2). The list was not printed."),
            ("printer", "reason"),
        ),
        "print_error": (
            translate("PrintMessages", "The printer %1 reported an error. The list was not printed."),
            ("printer",),
        ),
        "printer_gone": (
            translate("PrintMessages", "The printer %1 went away while printing. The list may not have printed."),
            ("printer",),
        ),
    }


def describe(err: PrintError) -> str:
    """One line in the interface's language (a kind without words of its own: a general line)."""
    found = _texts().get(err.kind)
    if found is None:
        return translate("PrintMessages", "The list could not be saved or printed.")
    text, keys = found
    for number, key in enumerate(keys, start=1):
        value = err.details.get(key, "")
        text = text.replace(f"%{number}", f"'{value}'" if key == "printer" and value else value)
    return " ".join(text.replace("  ", " ").split())  # (a printer without a name: "The printer failed")
