"""The staff side of the kiosk: the PIN pad, the staff menu, the test page and the exit.

StaffMixin is part of KioskShell (app.kiosk.shell). With a broken configuration that has no usable
PIN, the corner must be held for LONG_PRESS_S (app.kiosk.pinpad) and the menu offers only the problems
and the exit (a deliberate choice, see README "Running a kiosk").
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication

from app import log
from app.kiosk import job_words
from app.kiosk.printjob import JobWatcher
from app.kiosk.printout import test_page_html
from app.printing.jobs import FAILED, JobStatus, PrintJob, submit
from app.printing.service import PrintError
from app.ui.files import print_errors

translate = QCoreApplication.translate  # the words belong to KioskShell (tr() there; lupdate's context)
RECENT_JOBS = 8  # print jobs the staff menu lists (their states only: never what was printed)


class StaffMixin:
    def open_staff(self) -> None:
        """Five taps in the corner: the PIN pad (nothing, if there is no usable PIN)."""
        if self.current() in (self.pin_pad, self.staff) or self.pin_pad.gate is None:
            return
        self.staff_return = self.current()
        self.pin_pad.reset()
        self.pin_pad.refresh_lock()
        self._go(self.pin_pad)
        self.idle.start()

    def corner_held(self) -> None:
        """The corner held down: only for a broken config without a usable PIN, the limited staff menu."""
        if self.fatal and self.pin_pad.gate is None and self.current() is self.error:
            self.staff_return = self.error
            self.show_staff_menu()

    def staff_info(self) -> str:
        config, gate = self.config, self.pin_pad.gate
        lines = [
            translate("KioskShell", "Config: %1").replace("%1", str(config.path or "-")),
            translate("KioskShell", "Printer: %1").replace("%1", config.printer or "-"),
            translate("KioskShell", "Idle timeout: %1 s, countdown %2 s")
            .replace("%1", str(config.idle_timeout_s))
            .replace("%2", str(config.warning_countdown_s)),
            translate("KioskShell", "Sessions cleared since start: %1").replace("%1", str(self.resets)),
        ]
        if gate is not None:
            wrong = translate("KioskShell", "Wrong PINs since start: %1 (lockouts: %2)")
            lines.append(wrong.replace("%1", str(gate.failed_total)).replace("%2", str(gate.lockouts)))
        jobs = getattr(self, "recent_jobs", {})
        if jobs:
            lines.append(translate("KioskShell", "Recent print jobs:"))
            names = job_words.state_names()
            for when, printer, status in reversed(list(jobs.values())):
                line = translate("KioskShell", "%1 on '%2': %3 (%4)")
                line = (
                    line.replace("%1", when).replace("%2", printer).replace("%3", names.get(status.kind, status.kind))
                )
                lines.append(line.replace("%4", job_words.detail(status) or "-"))
        if self.restarted:
            lines.append(
                translate(
                    "KioskShell",
                    "This start looked like a restart (after a crash or an exit): "
                    "the PIN pad started at a longer lockout.",
                )
            )
        return "\n".join(lines)

    def show_staff_menu(self) -> None:
        limited = self.pin_pad.gate is None
        problems = self.fatal + self.staff_problems
        if self.fatal:
            problems = problems + [
                translate(
                    "KioskShell",
                    "Fix the clinic configuration file, check it with "
                    "`python -m app check-config`, then tap Check again.",
                )
            ]
        self.staff.set_state(self.staff_info(), problems, limited=limited)
        self.staff.test_button.setEnabled(not self.fatal)
        self._go(self.staff)
        self.idle.start()

    def _leave_staff_menu(self) -> None:
        self._stop_test_print()
        self._go(self.error if self.fatal else (self.staff_return or self.start))
        if self.current() is self.start or self.current() is self.error:
            self.idle.stop()

    def test_print(self) -> None:
        self._stop_test_print()
        printer = self.config.printer
        try:
            job = submit(test_page_html(self.config.clinic_name, printer), printer, "a4")
        except PrintError as err:  # on screen in the staff's language, in the log in English
            self._test_print_failed(print_errors.message(err), print_errors.english(err))
            return
        self.staff.set_status(translate("KioskShell", "Sending a test page to '%1'…").replace("%1", printer))
        self.test_watcher = JobWatcher(job, self.clock, self, self.config.print_wait_s)
        self.test_watcher.changed.connect(lambda status, job=job: self.record_job(job, status))
        self.test_watcher.changed.connect(self._test_print_changed)
        self.test_watcher.start()

    def _test_print_changed(self, status: JobStatus) -> None:
        printer = self.config.printer
        if status.kind == FAILED:
            self._test_print_failed(job_words.detail(status), job_words.english_detail(status))
            return
        words = job_words.for_staff(status, printer)  # (the words for each status: app.kiosk.job_words)
        if words is not None:
            self.staff.set_status(words)

    def _test_print_failed(self, detail: str, for_log: str) -> None:
        """`detail` on the staff menu (its language); `for_log` (English) in the log and its problems."""
        log.warning(f"kiosk: test print failed: {for_log}")
        self.report_problem(f"Test print failed: {for_log}")
        self.staff.set_status(translate("KioskShell", "Test print failed: %1").replace("%1", detail))

    def _stop_test_print(self) -> None:
        watcher, self.test_watcher = getattr(self, "test_watcher", None), None
        if watcher is not None:
            watcher.stop()
            watcher.deleteLater()

    def record_job(self, job: PrintJob, status: JobStatus) -> None:
        """The newest state of a print job, for the staff menu: its id, printer and CUPS's words only."""
        jobs = self.__dict__.setdefault("recent_jobs", {})
        key = job.job_id if job.job_id is not None else id(job)
        when = jobs.pop(key, (time.strftime("%H:%M:%S"), "", None))[0]
        jobs[key] = (when, job.printer, status)
        while len(jobs) > RECENT_JOBS:
            jobs.pop(next(iter(jobs)))

    def report_problem(self, text: str) -> None:
        if text not in self.staff_problems:
            self.staff_problems = (self.staff_problems + [text])[-20:]

    def request_exit(self) -> None:
        self.allow_close = True
        self.keeper.enabled = False
        self.reset("exit")
        self.exit_requested.emit()
