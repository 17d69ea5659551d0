"""Follow a print job until CUPS says how it ended, without blocking the screen.

`JobWatcher` polls a PrintJob (app.printing.jobs) on the kiosk's clock and emits `changed` with each
new status. A job that has not printed after `limit_s` (the clinic's `kiosk.print_wait_s`, 60 s by
default) becomes STUCK, whatever the reason: waiting in the queue, a printer that is switched off (CUPS
keeps "processing" it while it retries), or CUPS not answering (UNKNOWN, never read as "sent"). The
person is then told to ask at the front desk rather than wait forever; the watcher keeps following the
job, so a late print or failure still shows, and the staff menu lists how it ended.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from app.kiosk.idle import Clock
from app.printing.jobs import JobStatus, PrintJob

POLL_S = 0.5
WAIT_LIMIT_S = 60.0  # the default of kiosk.print_wait_s
STUCK = "stuck"  # JobStatus.kind the watcher adds: not printed after the limit


class JobWatcher(QObject):
    changed = Signal(object)  # JobStatus

    def __init__(self, job: PrintJob, clock: Clock, parent: QObject | None = None, limit_s: float = WAIT_LIMIT_S):
        super().__init__(parent)
        self.job = job
        self.limit_s = limit_s
        self.waited = 0.0
        self.last: JobStatus | None = None
        self.timer = clock.timer(self, POLL_S, single_shot=False)
        self.timer.timeout.connect(self.poll)

    @property
    def stuck(self) -> bool:
        return self.last is not None and self.last.kind == STUCK

    def start(self) -> None:
        self.poll()
        if self.last is not None and not self.last.final:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        status = self.job.poll()
        if not status.final:
            self.waited += POLL_S
            if self.waited >= self.limit_s:
                status = replace(status, kind=STUCK)
        if status.final:
            self.timer.stop()
        last = self.last
        if last is None or status.kind != last.kind or (status.facts != last.facts and status.kind != STUCK):
            self.last = status
            self.changed.emit(status)
        else:
            self.last = status  # the newest facts for staff, without telling the person again
