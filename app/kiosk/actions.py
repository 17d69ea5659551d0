"""Kiosk output buttons for the summary page: see the printout (in the app) and print silently.

No dialogs of any kind: no print dialog, no preview dialog, no file dialog, no Save as PDF. A print is
followed through CUPS (app.kiosk.printjob): the person is told it is printing only once CUPS has sent
all of it to the printer, and a refused, aborted or cancelled job says so and does not count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QPushButton

from app import log
from app.kiosk import job_words, limits
from app.kiosk.idle import Clock
from app.kiosk.printjob import STUCK, JobWatcher
from app.kiosk.printout import MAX_PAGES, render_pages
from app.printing import jobs
from app.printing.jobs import FAILED, JobStatus, PrintJob
from app.printing.service import PrintError
from app.ui.files import print_errors

translate = QCoreApplication.translate  # not page.tr(): lupdate needs the context spelled out

if TYPE_CHECKING:
    from app.ui.summary.summary_page import SummaryPage

MAX_PRINTS = 2  # per session: a stranger must not be able to empty the front-desk tray


def send_to_printer(html_text: str, printer: str, paper: str, images: dict[str, QImage] | None = None) -> PrintJob:
    """Check the printer is there, online and accepting jobs, then print with no dialog.

    Returns the job to follow. Raises PrintError (one line) when nothing was queued.
    """
    return jobs.submit(html_text, printer, paper, images, max_pages=MAX_PAGES)  # laid out once


class KioskActions:
    """`actions_factory` for the kiosk wizard's summary page; `host` is the KioskShell."""

    def __init__(self, page: SummaryPage, host):
        self.page = page
        self.host = host
        self.clock = getattr(host, "clock", None) or Clock()
        self.prints = 0  # jobs CUPS took and did not fail
        self.watcher: JobWatcher | None = None
        self.finish_warned = False
        limits.apply(page)
        self.preview_button = QPushButton(translate("KioskActions", "See the printout"))
        self.print_button = QPushButton(translate("KioskActions", "Print my list"))
        self.preview_button.setObjectName("kiosk-preview")
        self.print_button.setObjectName("kiosk-print")
        self.print_button.setProperty("role", "primary")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)

    def buttons(self) -> list[QPushButton]:
        return [self.preview_button, self.print_button]

    def preview(self) -> None:
        printout = self.page.printout
        self.host.show_printout(render_pages(printout.html(), printout.images(), printout.paper()), self)

    def busy(self) -> bool:
        return self.watcher is not None and self.watcher.timer.isActive()

    def print_(self) -> None:
        page = self.page
        if self.busy():
            if self.watcher is not None and self.watcher.stuck:  # not a second copy: the first may still print
                page.show_message(job_words.for_person(STUCK) or "", error=True)
            return
        if self.prints >= MAX_PRINTS:
            page.show_message(
                translate(
                    "KioskActions",
                    "Your list has already been printed. Please ask at the front desk if you need another copy.",
                )
            )
            return
        try:
            printout = page.printout
            job = send_to_printer(printout.html(), self.host.config.printer, printout.paper(), printout.images())
        except PrintError as err:  # the person reads it in their language, the staff log in English
            self._failed(print_errors.message(err), print_errors.english(err))
            return
        self.prints += 1  # counted now, so a second tap cannot queue another copy meanwhile
        page.show_message(translate("KioskActions", "Sending your list to the printer…"))
        self.watcher = JobWatcher(job, self.clock, page, self.host.config.print_wait_s)
        self.watcher.changed.connect(self._job_changed)
        self.watcher.start()

    def _job_changed(self, status: JobStatus) -> None:
        page = self.page
        record = getattr(getattr(self.host, "staff_desk", None), "record_job", None)  # (the staff menu's jobs)
        if record is not None and self.watcher is not None:
            record(self.watcher.job, status)
        if status.kind == FAILED:
            self.prints -= 1
            self._failed(job_words.detail(status), job_words.english_detail(status))
            return
        if status.kind == STUCK:
            self.host.staff_desk.report_problem(f"Printing is stuck: {job_words.english_detail(status)}")
            log.warning(f"kiosk: printing is stuck: {job_words.english_detail(status)}")  # staff log: no patient data
        words = job_words.for_person(status.kind)  # (the words for each status: app.kiosk.job_words)
        if words is not None:
            page.show_message(words, error=status.kind == STUCK)

    def _failed(self, detail: str, for_log: str) -> None:
        """`detail` on screen after "For staff:" (the person's language); `for_log` (English) in the log and
        the staff menu's problems."""
        log.warning(f"kiosk: printing failed: {for_log}")  # staff log: no patient data
        self.host.staff_desk.report_problem(f"Printing failed: {for_log}")
        sorry = translate(
            "KioskActions",
            "Sorry, your list could not be printed. It is still here for you "
            "to read. Please ask a member of staff at the front desk for help.",
        )
        staff = translate("KioskActions", "For staff: %1").replace("%1", detail)
        self.page.show_message(sorry + "\n" + staff, error=True)

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()

    def confirm_finish(self) -> bool:
        """Finish wipes everything: if nothing was printed, ask once (by message, not a dialog)."""
        if self.prints or self.finish_warned:
            return True
        self.finish_warned = True
        self.page.show_message(
            translate(
                "KioskActions",
                "Your list has not been printed yet. Tap Print my list, or tap Finish again to clear the screen.",
            ),
            error=True,
        )
        return False
