"""Print through a real CUPS queue (cups-pdf) and read the PDF it produced.

.ci/run installs cups + printer-driver-cups-pdf, starts cupsd and adds the queue "PDF".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from tests.helpers.cups import QUEUE, cups_ready, pdfs, wait_for_new_pdf
from tests.helpers.text import pdf_text, squash

pytestmark = pytest.mark.cups


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
    text = squash(pdf_text(wait_for_new_pdf(before, containing=marker)))
    assert marker in text
    assert "How long must I wait after my last course" in text
