"""What resources/linux/ ships for IT: the systemd unit (checked with systemd-analyze) and the CUPS snippet
that keeps no copy of a patient's list (checked with cupsd -t, and in the real spool after a print)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from app.paths import resource_path
from tests.kiosk.cups_queues import in_ci
from tests.kiosk.realdisplay import need

UNIT = resource_path("linux") / "isotretinoin-kiosk.service"
SNIPPET = resource_path("linux") / "cupsd-kiosk.conf"
SPOOL = Path("/var/spool/cups")


def verify(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["systemd-analyze", "verify", str(path)], capture_output=True, text=True, timeout=120)


def test_the_systemd_unit_verifies_cleanly(tmp_path):
    need("systemd-analyze", "cage")
    result = verify(UNIT)
    assert result.returncode == 0 and result.stdout.strip() == "" and result.stderr.strip() == "", (
        result.stdout + result.stderr
    )
    # The check is not vacuous: a misspelt key and a wrong value are reported.
    broken = tmp_path / UNIT.name
    text = UNIT.read_text().replace("Restart=always", "Restart=sometimes").replace("RestartSec", "RestartSecs")
    broken.write_text(text)
    result = verify(broken)
    assert "sometimes" in result.stderr and "RestartSecs" in result.stderr


def test_the_unit_runs_cage_as_the_kiosk_user_and_always_restarts():
    unit = configparser.ConfigParser(strict=False, interpolation=None)
    unit.optionxform = str
    unit.read_string(UNIT.read_text())
    service = unit["Service"]
    assert service["User"] == "kiosk" and service["Restart"] == "always"
    assert service["ExecStart"].startswith("/usr/bin/cage ") and "--kiosk" in service["ExecStart"]
    assert service["TemporaryFileSystem"].startswith("/tmp") and service["ProtectHome"] == "read-only"
    assert service["PrivateNetwork"] == "yes"
    assert unit["Unit"]["StartLimitIntervalSec"] == "0", "systemd must never give up restarting the kiosk"
    assert "ISOTRETINOIN_KIOSK_TRACE" not in UNIT.read_text(), "the test-only trace is never on in production"


def test_the_cups_snippet_is_valid_cupsd_configuration(tmp_path):
    need("cupsd")
    if not Path("/etc/cups/cupsd.conf").is_file():
        pytest.skip("no /etc/cups/cupsd.conf to add the snippet to")
    for name in ("cupsd.conf", "cups-files.conf"):
        shutil.copyfile(f"/etc/cups/{name}", tmp_path / name)
    with open(tmp_path / "cupsd.conf", "a") as conf:
        conf.write("\n" + SNIPPET.read_text())
    result = subprocess.run(["cupsd", "-t", "-c", str(tmp_path / "cupsd.conf")], capture_output=True, text=True)
    assert result.returncode == 0 and "is OK" in result.stdout + result.stderr, result.stdout + result.stderr
    directives = {line.split()[0] for line in SNIPPET.read_text().splitlines() if line.strip() and line[0] != "#"}
    assert directives == {"PreserveJobFiles", "PreserveJobHistory", "MaxJobTime", "ErrorPolicy"}


def snippet_active() -> bool:
    try:
        conf = Path("/etc/cups/cupsd.conf").read_text()
    except OSError:
        return False
    return all(
        line in conf.splitlines()
        for line in SNIPPET.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    )


@pytest.mark.cups
def test_with_the_snippet_cups_keeps_no_copy_of_a_printed_list(qapp):
    """After the kiosk's job completes, the spool holds no document file of it (by default CUPS keeps them)."""
    from app.printing import cups
    from app.printing.jobs import PRINTED, submit
    from tests.kiosk.cups_queues import QUEUE, need_cups

    need_cups()
    if not snippet_active() or os.geteuid() != 0:
        if in_ci():
            pytest.fail("CI applies resources/linux/cupsd-kiosk.conf and runs as root (.ci/run)")
        pytest.skip("resources/linux/cupsd-kiosk.conf is not in this machine's cupsd.conf (or not root)")
    job = submit("<h1>Spool test</h1><p>A patient's list would be here.</p>", QUEUE, "a4")
    deadline = time.monotonic() + 60
    while (status := job.poll()).kind != PRINTED:
        assert status.kind != "failed" and time.monotonic() < deadline, status
        time.sleep(0.3)
    assert cups.job_state(QUEUE, job.job_id) == cups.COMPLETED, "the history says how it ended (kept 5 minutes)"
    time.sleep(1)
    left = sorted(p.name for p in SPOOL.glob(f"d{job.job_id:05d}-*"))
    assert left == [], f"CUPS kept the printed document: {left}"
