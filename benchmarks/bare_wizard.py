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
    wizard = QWizard()
    wizard.setWindowTitle("Hello")
    page = QWizardPage()
    page.setTitle("Hello, world")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A bare QWizard with one page."))
    wizard.addPage(page)
    probe = FirstPaint(app)
    page.installEventFilter(probe)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
