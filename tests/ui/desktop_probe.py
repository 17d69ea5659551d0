"""Runs the desktop app as `python -m app` does, and after it has settled prints where its window and
its Next, Back and Save buttons are on the screen (global coordinates, as one JSON line), saves a
screenshot of the whole screen (through the X server) and quits. For tests/ui/test_fits_screen.py.

    python tests/ui/desktop_probe.py SCREENSHOT.png [app arguments...]
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard

from app.main import run

SETTLE_MS = int(os.environ.get("PROBE_SETTLE_MS", "2500"))


def walk_to_pregnancy(wizard) -> None:
    """PROBE_PAGE=pregnancy: a US person who could become pregnant, might be, and uses condoms (two notes)."""
    wizard.welcome_page.boxes["region"].buttons["us"].click()
    while wizard.currentPage().objectName() != "page-pregnancy":
        wizard.next()
    page = wizard.currentPage()
    for qid, value in (
        ("preg_can_become_pregnant", "yes"),
        ("preg_status", "might_be"),
        ("preg_birth_control", "condoms"),
    ):
        page.boxes[qid].buttons[value].click()
    page.scroll_area.ensureWidgetVisible(page.boxes["preg_status"], 0, 0)


def walk_to_summary(wizard) -> None:
    """PROBE_PAGE=summary: the same US person, "no" to the rest, the quiz skipped, on to the end page."""
    from app.ui.wizard.wizard import SUMMARY_ID

    walk_to_pregnancy(wizard)
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        for box in getattr(page, "boxes", {}).values():
            if box.isVisible() and not box.typed and box.value() is None:
                value = next((v for v in ("no", "none", "not_sure") if v in box.buttons), None)
                if value is not None:
                    box.buttons[value].click()
        if page.objectName() == "page-quiz":
            page.skip_button.click()
        wizard.next()


def probe(app: QApplication, shot: str) -> None:
    from app.ui.wizard.wizard import RiskWizard

    wizard = next(w for w in app.topLevelWidgets() if isinstance(w, RiskWizard) and w.isVisible())
    if os.environ.get("PROBE_PAGE") == "pregnancy" and wizard.currentId() == 0:
        walk_to_pregnancy(wizard)
        QTimer.singleShot(800, lambda: probe(app, shot))
        return
    if os.environ.get("PROBE_PAGE") == "summary" and wizard.currentId() == 0:
        walk_to_summary(wizard)
        QTimer.singleShot(1500, lambda: probe(app, shot))
        return
    buttons = {
        "next": QWizard.WizardButton.NextButton,
        "back": QWizard.WizardButton.BackButton,
        "finish": QWizard.WizardButton.FinishButton,
    }
    report = {"screen": list(wizard.screen().geometry().getRect()), "window": list(wizard.frameGeometry().getRect())}
    report["available"] = list(wizard.screen().availableGeometry().getRect())
    for name, which in buttons.items():
        button = wizard.button(which)
        top_left = button.mapToGlobal(button.rect().topLeft())
        report[name] = [top_left.x(), top_left.y(), button.width(), button.height(), button.isVisible()]
    save = wizard.findChild(object, "save-answers")
    if save is not None:
        top_left = save.mapToGlobal(save.rect().topLeft())
        report["save"] = [top_left.x(), top_left.y(), save.width(), save.height(), save.isVisible()]
    report["subtitle"] = _subtitle(wizard)
    wizard.screen().grabWindow(0).save(shot)
    print("probe " + json.dumps(report), flush=True)
    wizard.changed_since_output = False
    app.quit()


def _subtitle(wizard) -> list:
    from PySide6.QtWidgets import QLabel

    label = wizard.findChild(QLabel, "wizard-subtitle")
    if label is None:
        return []
    return [label.text(), label.width(), label.sizeHint().width(), label.fontMetrics().horizontalAdvance(label.text())]


def main() -> int:
    shot, args = sys.argv[1], sys.argv[2:]
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(SETTLE_MS, lambda: probe(app, shot))
    sys.argv = [sys.argv[0], *args]
    return run()


if __name__ == "__main__":
    sys.exit(main())
