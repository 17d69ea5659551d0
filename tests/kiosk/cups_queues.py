"""Real CUPS queues that misbehave on purpose, for the kiosk's truthful-printing tests.

- `rejecting`: a cups-pdf queue that is enabled but refuses new jobs (`cupsreject`);
- `cancelling` / `aborting`: raw queues whose backend (`kiosktest`, installed here) cancels or fails
  every job, so CUPS reports the job as canceled or aborted after it was accepted.
Needs cupsd and root (CI has both: .ci/run); elsewhere the tests that use these skip, and in CI they fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.helpers.cups import QUEUE, cups_ready

BACKEND = Path("/usr/lib/cups/backend/kiosktest")
BACKEND_SCRIPT = """#!/bin/sh
# A CUPS backend for the kiosk's tests: kiosktest:/cancel cancels every job, kiosktest:/abort fails it.
if [ $# -eq 0 ]; then echo 'direct kiosktest "Unknown" "Kiosk test backend"'; exit 0; fi
if [ -n "$6" ]; then cat "$6" >/dev/null; else cat >/dev/null; fi
case "$DEVICE_URI" in *cancel*) exit 5 ;; *) exit 1 ;; esac
"""


def in_ci() -> bool:
    """CI (or .ci/run, which sets ISOTRETINOIN_CI): a missing tool or service fails a test instead of skipping it."""
    return bool(os.environ.get("CI") or os.environ.get("ISOTRETINOIN_CI"))


def need_cups() -> None:
    """Skip (or, in CI, fail) unless the real CUPS queue PDF works."""
    reason = cups_ready()
    if reason:
        if in_ci() or "lpstat" not in reason:
            pytest.fail(f"CUPS is installed but not usable: {reason}")
        pytest.skip(reason)


def _admin(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(args), capture_output=True, text=True)


def need_cups_admin() -> None:
    need_cups()
    if os.geteuid() != 0 or shutil.which("lpadmin") is None:
        if in_ci():
            pytest.fail("CI runs as root with lpadmin: the CUPS failure queues must be testable")
        pytest.skip("adding CUPS queues needs root and lpadmin")


@pytest.fixture(scope="session")
def bad_queues():
    """{"rejecting": name, "cancelling": name, "aborting": name}, removed afterwards."""
    need_cups_admin()
    if not BACKEND.exists() or BACKEND.read_text() != BACKEND_SCRIPT:
        BACKEND.write_text(BACKEND_SCRIPT)
        BACKEND.chmod(0o755)
    tag = uuid.uuid4().hex[:6]
    names = {"rejecting": f"kiosk-reject-{tag}", "cancelling": f"kiosk-cancel-{tag}", "aborting": f"kiosk-abort-{tag}"}
    made = [
        _admin(
            "lpadmin", "-p", names["rejecting"], "-v", "cups-pdf:/", "-E", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
        ),
        _admin("lpadmin", "-p", names["cancelling"], "-v", "kiosktest:/cancel", "-E"),
        _admin(
            "lpadmin", "-p", names["aborting"], "-v", "kiosktest:/abort", "-E", "-o", "printer-error-policy=abort-job"
        ),
    ]
    _admin("cupsreject", "-r", "kiosk test: not accepting", names["rejecting"])
    try:
        failed = [m.stderr.strip() for m in made if m.returncode != 0]
        if failed:
            pytest.fail(f"cannot add the test queues: {failed}")
        yield names
    finally:
        for name in names.values():
            _admin("lpadmin", "-x", name)


__all__ = ["QUEUE", "bad_queues", "in_ci", "need_cups", "need_cups_admin"]
