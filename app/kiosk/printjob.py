"""Follow a print job until CUPS says how it ended, without blocking the screen.

`JobWatcher` polls a PrintJob (app.printing.jobs) on the kiosk's clock and emits `changed` with each
new status; it stops at a final state, or when the job has waited in the queue for WAIT_LIMIT_S (a
stopped or busy printer: the person is told to ask at the front desk rather than wait forever).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.kiosk.idle import Clock
from app.printing.jobs import WAITING, JobStatus, PrintJob

POLL_S = 0.5
WAIT_LIMIT_S = 20.0
STUCK = "stuck"  # JobStatus.kind the watcher adds: still waiting after WAIT_LIMIT_S


class JobWatcher(QObject):
    changed = Signal(object)  # JobStatus

    def __init__(self, job: PrintJob, clock: Clock, parent: QObject | None = None):
        super().__init__(parent)
        self.job = job
        self.waited = 0.0
        self.last: JobStatus | None = None
        self.timer = clock.timer(self, POLL_S, single_shot=False)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        if self.last is not None and not self.last.final:
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> None:
        status = self.job.poll()
        if status.kind == WAITING:
            self.waited += POLL_S
            if self.waited >= WAIT_LIMIT_S:
                status = JobStatus(STUCK, status.detail)
        if status.final or status.kind == STUCK:
            self.timer.stop()
        if self.last is None or (status.kind, status.detail) != (self.last.kind, self.last.detail):
            self.last = status
            self.changed.emit(status)
