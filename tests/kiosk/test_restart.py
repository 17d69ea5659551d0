"""Telling a restart from a start at boot, without writing anything to disk (app.kiosk.restart)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.kiosk import restart


def test_started_within_the_grace_after_boot_is_a_fresh_start():
    assert not restart.unexpected_restart(env={}, since_boot=40.0)
    assert restart.unexpected_restart(env={}, since_boot=restart.BOOT_GRACE_S + 1)


def test_the_supervisor_can_say_so():
    assert restart.unexpected_restart(env={restart.ENV: "1"}, since_boot=10.0)
    assert not restart.unexpected_restart(env={restart.ENV: "0"}, since_boot=10_000.0)
    assert restart.unexpected_restart(env={restart.ENV: "junk"}, since_boot=10_000.0), "unknown: the heuristic"


def uptime() -> float:
    with open("/proc/uptime") as f:
        return float(f.read().split()[0])


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="/proc is Linux's (the kiosk's platform)")
def test_process_start_is_read_from_proc():
    """A child started now reports a start time of about the machine's uptime now (not 0, not the parent's)."""
    up = uptime()
    code = "from app.kiosk.restart import started_after_boot_s; print(started_after_boot_s())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert abs(float(out) - up) < 30, (out, up)
    assert restart.started_after_boot_s() <= float(out), "this (older) process started before its child"
