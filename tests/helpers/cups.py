"""The real CUPS queue "PDF" (cups-pdf; .ci/run adds it) and the PDFs it writes."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

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


def wait_for_new_pdf(before: set[Path], timeout: float = 60, containing: str | None = None) -> Path:
    """The newest PDF cups-pdf finished since `before`; with `containing`, the one whose text has it (a
    job an earlier test sent may land late, while this test waits for its own)."""
    from tests.helpers.text import pdf_text, squash

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = pdfs() - before
        done = [p for p in new if p.stat().st_size > 0 and p.read_bytes().rstrip().endswith(b"%%EOF")]
        if containing is not None:
            done = [p for p in done if containing.lower() in squash(pdf_text(p)).lower()]
        if done:
            return max(done, key=lambda p: p.stat().st_mtime)
        time.sleep(0.3)
    raise AssertionError(f"no PDF from CUPS within {timeout}s (looked in {output_dirs()})")
