"""Grab every wizard page as PNG (offscreen) to look at: tools/screenshots.py OUTDIR [lang]."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from app.core.loader import load_content
from app.paths import content_dir
from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    wizard = RiskWizard(load_content(content_dir(), lang))
    wizard.show()
    wizard.area_pages["welcome"].boxes["region"].choose("us")
    step = 0
    while True:
        app.processEvents()
        page = wizard.currentPage()
        for box in getattr(page, "boxes", {}).values():
            if box.isVisible() and box.value() is None and "yes" in box.buttons:
                box.choose("yes")
        app.processEvents()
        wizard.grab().save(str(out / f"{step:02d}-{page.objectName()}.png"))
        if wizard.currentId() == SUMMARY_ID:
            break
        wizard.next()
        step += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
