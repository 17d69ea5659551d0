"""What the kiosk says about a print job, status by status: one table for the person's list and the
staff's test page (app.printing.jobs kinds, plus app.kiosk.printjob's STUCK). FAILED is said by the
callers, which also report it to staff; WAITING says nothing new."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.kiosk.printjob import STUCK
from app.printing.jobs import FAILED, PRINTED, PRINTING, SENT, UNKNOWN, WAITING, JobStatus

translate = QCoreApplication.translate  # the contexts are the classes that show the words (lupdate's)


def for_person(kind: str) -> str | None:
    """The summary page's line for the person's own list (None: nothing new to say)."""
    words = {
        PRINTING: translate("KioskActions", "Your list is on its way to the printer…"),  # it can still fail
        PRINTED: translate(  # the printer has all of it
            "KioskActions",
            "Your list is printing at the front desk. Please collect it there. Tap Finish when you are done.",
        ),
        SENT: translate(
            "KioskActions", "Your list was sent to the printer at the front desk. Tap Finish when you are done."
        ),
        STUCK: translate(
            "KioskActions",
            "Your list is waiting for the printer. Please tell the front desk: they can print it for you.",
        ),
    }
    return words.get(kind)


def for_staff(status: JobStatus, printer: str) -> str | None:
    """The staff menu's line for the test page (None: nothing new to say)."""
    words = {
        PRINTED: translate("KioskShell", "Test page printed on '%1'."),
        PRINTING: translate("KioskShell", "Test page is printing on '%1'."),
        SENT: translate("KioskShell", "Test page sent to '%1'."),
        STUCK: translate("KioskShell", "The test page is still waiting in the queue: %1"),
    }
    text = words.get(status.kind)
    if text is None:
        return None
    return text.replace("%1", status.detail if status.kind == STUCK else printer)


def state_names() -> dict[str, str]:
    """Each job state in a few words, for the staff menu's list of recent jobs (never what was printed)."""
    return {
        WAITING: translate("KioskShell", "waiting in the queue"),
        PRINTING: translate("KioskShell", "being sent to the printer"),
        PRINTED: translate("KioskShell", "printed"),
        FAILED: translate("KioskShell", "failed"),
        SENT: translate("KioskShell", "sent (not followed)"),
        UNKNOWN: translate("KioskShell", "unknown: CUPS does not answer"),
        STUCK: translate("KioskShell", "not printed in time: the person was sent to the front desk"),
    }
