"""benchmarks/bare_wizard.py plus, step by step, the least that any version of this app needs.

    FLOOR=0  the bare QWizard (same as bare_wizard.py)
    FLOOR=1  + one Qt enum (Qt.TextFormat): PySide6 then makes all ~100 enums of the Qt namespace
    FLOOR=2  + the content, decoded from the start-up snapshot (msgspec and app.core.model)
    FLOOR=3  + the app's theme (palette, font and style sheet: the focus rings and target sizes)

Prints ``first-window-shown <seconds>`` after the first paint, like the others. Used by
benchmarks/floor.py to show where the start-up and memory floor of PySide6 + this stack lies.
"""

import os
import sys
import time

_T0 = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage  # noqa: E402

LEVEL = int(os.environ.get("FLOOR", "0"))


class FirstPaint(QObject):
    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched, event):  # noqa: N802 (Qt name)
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"first-window-shown {time.perf_counter() - _T0:.3f}", flush=True)
        self.app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    title, text = "Hello, world", "A bare QWizard with one page."
    if LEVEL >= 2:
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        from app.core import snapshot
        from app.paths import content_dir

        content = snapshot.load(content_dir(), "en")
        title, text = content.meta.app_title, content.meta.welcome
    if LEVEL >= 3:
        from app.ui import theme

        theme.appearance()
    wizard = QWizard()
    wizard.setWindowTitle(title)
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    label = QLabel(text)
    if LEVEL >= 1:
        from PySide6.QtCore import Qt

        label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    layout.addWidget(label)
    wizard.addPage(page)
    probe = FirstPaint(app)
    page.installEventFilter(probe)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
