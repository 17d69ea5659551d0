"""Nothing left behind by printing (the 2026-12 attack review, #7): with libcups the kiosk asks CUPS about
the queue itself and never through Qt's QPrinterInfo, which made libcups write the printer's PPD to a
temporary file in /tmp (created and unlinked at once, but a write all the same). Checked with strace on a
real print to the CUPS queue, as an unprivileged user (as root libcups reads the PPD from /etc/cups/ppd
and writes nothing, so root could not tell): no file is created anywhere outside /dev."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.kiosk.cups_queues import QUEUE, in_ci, need_cups
from tests.kiosk.realdisplay import CAGE_USER, USER_VENV, need_cage_user

SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
from app.core.config import ClinicConfig
from app.kiosk.launch import startup_warnings
from app.printing import jobs
print("warnings", startup_warnings(ClinicConfig(kiosk=True, printer={QUEUE!r})))
job = jobs.submit("<p>strace test page</p>", {QUEUE!r}, "a4")
print("job", job.job_id)
"""


@pytest.mark.cups
def test_printing_creates_no_temporary_file():
    need_cups()
    if shutil.which("strace") is None:
        if in_ci():
            pytest.fail("needs strace (.ci/run installs it)")
        pytest.skip("needs strace")
    need_cage_user()  # the unprivileged user and its venv (.ci/run makes both)
    home = Path(tempfile.mkdtemp(prefix="kiosk-strace-"))  # (pytest's own tmp folder is root's only)
    home.chmod(0o777)
    # This checkout's app, where that user can read it (CI's checkout may be in root's home).
    shutil.copytree(REPO / "app", home / "src" / "app", ignore=shutil.ignore_patterns("__pycache__"))
    for path in (home / "src", *(home / "src").rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    log = home / "strace.log"
    result = subprocess.run(
        [
            "runuser",
            "-u",
            CAGE_USER,
            "--",
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=openat,open,creat,mkdir,rename,link",
            "-o",
            str(log),
            str(USER_VENV / "bin" / "python"),
            "-c",
            SCRIPT,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=home,
        env={
            "PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
            "PYTHONPATH": str(home / "src"),
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
        },
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "warnings []" in result.stdout and "job " in result.stdout, result.stdout
    created = [
        line
        for line in log.read_text().splitlines()
        if ("O_CREAT" in line or "creat(" in line or "mkdir(" in line)
        and '"/dev/' not in line
        and "= -1" not in line
        and "__pycache__" not in line
    ]
    assert created == [], "\\n".join(created)
