"""What the kiosk says about a print job, status by status: one table for the person's list and the
staff's test page (app.printing.jobs kinds, plus app.kiosk.printjob's STUCK), and one for what CUPS
said about it (JobStatus.seen: the staff's detail). FAILED is said by the callers, which also report
it to staff; WAITING says nothing new."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from app.kiosk.printjob import STUCK
from app.printing.jobs import FAILED, PRINTED, PRINTING, SENT, UNKNOWN, WAITING, JobStatus, Seen
from app.ui.prefs.translations import QT_TRANSLATE_NOOP

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
    return text.replace("%1", detail(status) if status.kind == STUCK else printer)


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


# What CUPS said about a job, for staff (the staff menu's list, "For staff:" under a failed print, the
# stuck line); %1 the job's id, %2 the printer, %3 CUPS's own word or line.
_CONTEXT = "PrintJob"
DETAILS: dict[Seen, str] = {
    Seen.COMPLETED: QT_TRANSLATE_NOOP("PrintJob", "job %1 on '%2' completed"),
    Seen.PROCESSING: QT_TRANSLATE_NOOP("PrintJob", "job %1 on '%2' is printing"),
    Seen.QUEUED: QT_TRANSLATE_NOOP("PrintJob", "job %1 on '%2' is %3"),
    Seen.CANCELED: QT_TRANSLATE_NOOP("PrintJob", "CUPS canceled job %1 on '%2'."),
    Seen.ABORTED: QT_TRANSLATE_NOOP("PrintJob", "CUPS aborted job %1 on '%2'."),
    Seen.NOT_KNOWN: QT_TRANSLATE_NOOP("PrintJob", "CUPS does not know job %1 on '%2'."),
    Seen.LEFT_QUEUE: QT_TRANSLATE_NOOP(
        "PrintJob", "job %1 on '%2' left the queue (CUPS keeps no job history: how it ended is unknown)"
    ),
    Seen.NO_ANSWER: QT_TRANSLATE_NOOP("PrintJob", "job %1 on '%2': %3"),
}


def detail(status: JobStatus) -> str:
    """What CUPS said, in the interface's language ("" when it said nothing)."""
    return _detail(status, lambda text: translate(_CONTEXT, text))


def english_detail(status: JobStatus) -> str:
    """The same in English: the staff log and the kiosk's staff problems."""
    return _detail(status, lambda text: text)


def _detail(status: JobStatus, words) -> str:
    text = DETAILS.get(status.seen)
    if text is None:
        return ""
    facts = (str(status.job_id), status.printer, status.state or status.error)
    return re.sub(r"%(\d)", lambda m: facts[int(m.group(1)) - 1], words(text))
