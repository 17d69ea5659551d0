"""Did this kiosk process start with the computer, or come back after a crash or an exit? No disk, no Qt.

Why it matters: the PIN lockout lives in memory, so without this a crash (and the service manager's
automatic restart) would hand whoever caused it a fresh set of short lockouts. The kiosk writes
nothing to disk, so it cannot remember the count; instead it asks how long the computer had been up
when this process started:

- within BOOT_GRACE_S of boot: a normal start at boot (systemd starts the kiosk seconds after it);
- later: the kiosk was restarted (after a crash, a staff exit or `systemctl restart`), and the PIN
  pad starts at the longest wait per wrong PIN (app.core.pin.RESTART_STEP). Staff who know the PIN lose
  nothing: the right PIN still opens the menu at once; only a run of wrong PINs locks longer.

A supervisor that knows better can say so in the environment: ISOTRETINOIN_KIOSK_RESTARTED=1 (this
is a restart) or =0 (a fresh start). Linux reads the process start time from /proc/self/stat (ticks
since boot); elsewhere the monotonic clock, which counts from boot on Windows and macOS, is read at
start-up, seconds after the process began.
"""

from __future__ import annotations

import os
import time
from collections.abc import Mapping

ENV = "ISOTRETINOIN_KIOSK_RESTARTED"
BOOT_GRACE_S = 300.0
_TRUE, _FALSE = ("1", "yes", "true"), ("0", "no", "false")


def started_after_boot_s() -> float | None:
    """Seconds between boot and this process's start (None if the OS does not say)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, starttime, in clock ticks
    except (OSError, ValueError, IndexError):
        pass
    try:
        return time.monotonic()
    except OSError:
        return None


def unexpected_restart(env: Mapping[str, str] | None = None, since_boot: float | None = None) -> bool:
    """True if this start looks like a restart rather than the computer's start-up."""
    value = (os.environ if env is None else env).get(ENV, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    since_boot = started_after_boot_s() if since_boot is None else since_boot
    return since_boot is not None and since_boot > BOOT_GRACE_S
