"""`--self-test`: load and validate all content, build the wizard offscreen, render a PDF, check it.

Works from source, from an installed wheel and in the frozen bundle. Prints one line; exit 0 or 1.
Qt is imported inside the check, so that a broken Qt installation is reported as that one line.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from app.core.model import NOT_SURE
from app.core.question_list import QuestionList
from app.core.render import render_html
from app.core.validate import check_content
from app.paths import content_dir


def run(_args=None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        summary = _check()
    except Exception as exc:  # noqa: BLE001 - the point is to report any failure as one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"self-test OK: {summary}")
    return 0


def _check() -> str:
    from PySide6.QtWidgets import QApplication  # start-up: Qt inside the check (a broken Qt: one FAILED line)

    from app.printing.service import save_pdf  # start-up: Qt inside the check (see above)
    from app.ui.wizard.wizard import RiskWizard  # start-up: Qt inside the check (see above)

    problems, loaded = check_content(content_dir())
    if problems:
        raise RuntimeError(f"content: {problems[0]} ({len(problems)} problem(s))")
    app = QApplication.instance() or QApplication([])
    content = loaded["en"]
    wizard = RiskWizard(content)
    wizard.show()
    app.processEvents()
    pages = len(wizard.pageIds())
    answers = {"region": "us"}
    for _area, q in content.all_questions():
        answers.setdefault(q.id, (NOT_SURE,) if q.multiple else NOT_SURE)
    qlist = QuestionList.from_answers(content, answers)
    wizard.close()
    wizard.deleteLater()
    with tempfile.TemporaryDirectory(prefix="isotretinoin-selftest-") as folder:
        path = Path(folder) / "selftest.pdf"
        save_pdf(render_html(qlist, content), path, "letter")
        data = path.read_bytes()
        if not data.startswith(b"%PDF") or data.count(b"/Type /Page") < 2:
            raise RuntimeError("the rendered PDF looks wrong")
        size = len(data)
    return (
        f"{len(loaded)} language(s), {pages} wizard pages, "
        f"{len(qlist.items)} questions rendered to a {size // 1024} KB PDF"
    )
