"""Print through a real CUPS queue (cups-pdf) and read the PDF it produced.

.ci/run installs cups + printer-driver-cups-pdf, starts cupsd and adds the queue "PDF".
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import pdf_text, squash

pytestmark = pytest.mark.cups
QUEUE = "PDF"


def cups_ready() -> str | None:
    if shutil.which("lpstat") is None:
        return "CUPS is not installed here (no lpstat); .ci/run installs it"
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() != "scheduler is running":
        return "cupsd is not running; .ci/run starts it"
    if subprocess.run(["lpstat", "-p", QUEUE], capture_output=True).returncode != 0:
        return f"no CUPS queue named {QUEUE}; .ci/run adds it"
    return None


def output_dirs() -> list[Path]:
    return [Path.home() / "PDF", Path("/var/spool/cups-pdf/ANONYMOUS")]


def pdfs() -> set[Path]:
    return {p for d in output_dirs() if d.is_dir() for p in d.glob("*.pdf")}


def wait_for_new_pdf(before: set[Path], timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = pdfs() - before
        done = [p for p in new if p.stat().st_size > 0 and p.read_bytes().rstrip().endswith(b"%%EOF")]
        if done:
            return max(done, key=lambda p: p.stat().st_mtime)
        time.sleep(0.3)
    raise AssertionError(f"no PDF from CUPS within {timeout}s (looked in {output_dirs()})")


def test_export_prints_to_real_cups_queue(tmp_path):
    reason = cups_ready()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CUPS must work in CI: {reason}")
        pytest.skip(reason)
    answers = tmp_path / "answers.json"
    marker = f"CUPS marker question {time.time_ns()}"
    answers.write_text(
        json.dumps({"answers": {"region": "uk", "general_first_course": "yes"}, "own_questions": [marker]})
    )
    before = pdfs()
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--answers", str(answers), "--printer", QUEUE],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = squash(pdf_text(wait_for_new_pdf(before)))
    assert marker in text
    assert "How long must I wait after my last course" in text
