"""Yardstick for start-up time and memory: a bare PySide6-Essentials QWizard with one page.

Prints ``first-window-shown <seconds>`` once the page has been painted (the same moment the app
reports with ISOTRETINOIN_EXIT_AFTER_SHOW=1) and quits. Run with the same interpreter as the app.
"""

import sys
import time

_T0 = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"first-window-shown {time.perf_counter() - _T0:.3f}", flush=True)
        self.app.quit()


def show_wizard(
    app: QApplication, title: str = "Hello, world", text: str = "A bare QWizard with one page.", label_format=None
) -> tuple[QWizard, FirstPaint]:
    """The one-page wizard, shown, with the probe that reports its first paint (keep both alive)."""
    wizard = QWizard()
    wizard.setWindowTitle(title)
    page = QWizardPage()
    page.setTitle(title)
    layout = QVBoxLayout(page)
    label = QLabel(text)
    if label_format is not None:  # benchmarks/floor_wizard.py: a label as the app makes it
        label.setTextFormat(label_format)
        label.setWordWrap(True)
    layout.addWidget(label)
    wizard.addPage(page)
    probe = FirstPaint(app)
    page.installEventFilter(probe)
    wizard.show()
    return wizard, probe


def main() -> int:
    app = QApplication(sys.argv)
    _shown = show_wizard(app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
