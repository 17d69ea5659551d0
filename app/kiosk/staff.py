"""The staff side of the kiosk: the PIN pad, the staff menu, the test page and the exit.

StaffDesk is an object KioskShell (app.kiosk.shell) owns as `shell.staff_desk`: it keeps the problems
the staff see, the recent print jobs and the test print, and drives the shell's PIN pad and staff menu.
With a broken configuration that has no usable PIN, the corner must be held for LONG_PRESS_S
(app.kiosk.pinpad) and the menu offers only the problems and the exit (a deliberate choice, see README
"Running a kiosk").
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


class StaffDesk:
    """The staff side of `shell` (a KioskShell): PIN pad, staff menu, test print, problems and jobs."""

    def __init__(self, shell, problems: list[str] | None = None):  # (KioskShell not imported: it imports this)
        self.shell = shell
        self.problems = list(problems or [])  # what went wrong, for the staff menu (the newest 20)
        self.recent_jobs: dict[object, tuple[str, str, JobStatus]] = {}
        self.test_watcher: JobWatcher | None = None
        self.return_to = None  # the screen the PIN pad or the staff menu goes back to

    def open_staff(self) -> None:
        """Five taps in the corner: the PIN pad (nothing, if there is no usable PIN)."""
        shell = self.shell
        if shell.current() in (shell.pin_pad, shell.staff) or shell.pin_pad.gate is None:
            return
        self.return_to = shell.current()
        shell.pin_pad.reset()
        shell.pin_pad.refresh_lock()
        shell.go(shell.pin_pad)
        shell.idle.start()

    def corner_held(self) -> None:
        """The corner held down: only for a broken config without a usable PIN, the limited staff menu."""
        shell = self.shell
        if shell.fatal and shell.pin_pad.gate is None and shell.current() is shell.error:
            self.return_to = shell.error
            self.show_staff_menu()

    def staff_info(self) -> str:
        shell = self.shell
        config, gate = shell.config, shell.pin_pad.gate
        lines = [
            translate("KioskShell", "Config: %1").replace("%1", str(config.path or "-")),
            translate("KioskShell", "Printer: %1").replace("%1", config.printer or "-"),
            translate("KioskShell", "Idle timeout: %1 s, countdown %2 s")
            .replace("%1", str(config.idle_timeout_s))
            .replace("%2", str(config.warning_countdown_s)),
            translate("KioskShell", "Sessions cleared since start: %1").replace("%1", str(shell.resets)),
        ]
        if gate is not None:
            wrong = translate("KioskShell", "Wrong PINs since start: %1 (lockouts: %2)")
            lines.append(wrong.replace("%1", str(gate.failed_total)).replace("%2", str(gate.lockouts)))
        jobs = self.recent_jobs
        if jobs:
            lines.append(translate("KioskShell", "Recent print jobs:"))
            names = job_words.state_names()
            for when, printer, status in reversed(list(jobs.values())):
                line = translate("KioskShell", "%1 on '%2': %3 (%4)")
                line = (
                    line.replace("%1", when).replace("%2", printer).replace("%3", names.get(status.kind, status.kind))
                )
                lines.append(line.replace("%4", job_words.detail(status) or "-"))
        if shell.restarted:
            lines.append(
                translate(
                    "KioskShell",
                    "This start looked like a restart (after a crash or an exit): "
                    "the PIN pad started at a longer lockout.",
                )
            )
        return "\n".join(lines)

    def show_staff_menu(self) -> None:
        shell = self.shell
        limited = shell.pin_pad.gate is None
        problems = shell.fatal + self.problems
        if shell.fatal:
            problems = problems + [
                translate(
                    "KioskShell",
                    "Fix the clinic configuration file, check it with "
                    "`python -m app check-config`, then tap Check again.",
                )
            ]
        shell.staff.set_state(self.staff_info(), problems, limited=limited)
        shell.staff.test_button.setEnabled(not shell.fatal)
        shell.go(shell.staff)
        shell.idle.start()

    def leave_staff_menu(self) -> None:
        shell = self.shell
        self.stop_test_print()
        shell.go(shell.error if shell.fatal else (self.return_to or shell.start))
        if shell.current() is shell.start or shell.current() is shell.error:
            shell.idle.stop()

    def test_print(self) -> None:
        self.stop_test_print()
        config = self.shell.config
        printer = config.printer
        try:
            job = submit(test_page_html(config.clinic_name, printer), printer, "a4")
        except PrintError as err:  # on screen in the staff's language, in the log in English
            self._test_print_failed(print_errors.message(err), print_errors.english(err))
            return
        self.shell.staff.set_status(translate("KioskShell", "Sending a test page to '%1'…").replace("%1", printer))
        self.test_watcher = JobWatcher(job, self.shell.clock, self.shell, config.print_wait_s)
        self.test_watcher.changed.connect(lambda status, job=job: self.record_job(job, status))
        self.test_watcher.changed.connect(self._test_print_changed)
        self.test_watcher.start()

    def _test_print_changed(self, status: JobStatus) -> None:
        printer = self.shell.config.printer
        if status.kind == FAILED:
            self._test_print_failed(job_words.detail(status), job_words.english_detail(status))
            return
        words = job_words.for_staff(status, printer)  # (the words for each status: app.kiosk.job_words)
        if words is not None:
            self.shell.staff.set_status(words)

    def _test_print_failed(self, detail: str, for_log: str) -> None:
        """`detail` on the staff menu (its language); `for_log` (English) in the log and its problems."""
        log.warning(f"kiosk: test print failed: {for_log}")
        self.report_problem(f"Test print failed: {for_log}")
        self.shell.staff.set_status(translate("KioskShell", "Test print failed: %1").replace("%1", detail))

    def stop_test_print(self) -> None:
        watcher, self.test_watcher = self.test_watcher, None
        if watcher is not None:
            watcher.stop()
            watcher.deleteLater()

    def record_job(self, job: PrintJob, status: JobStatus) -> None:
        """The newest state of a print job, for the staff menu: its id, printer and CUPS's words only."""
        jobs = self.recent_jobs
        key = job.job_id if job.job_id is not None else id(job)
        when = jobs.pop(key, (time.strftime("%H:%M:%S"), "", None))[0]
        jobs[key] = (when, job.printer, status)
        while len(jobs) > RECENT_JOBS:
            jobs.pop(next(iter(jobs)))

    def report_problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems = (self.problems + [text])[-20:]

    def request_exit(self) -> None:
        shell = self.shell
        shell.allow_close = True
        shell.keeper.enabled = False
        shell.reset("exit")
        shell.exit_requested.emit()
