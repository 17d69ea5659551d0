"""Baseline for benchmarks/bundle_size.py: a bare PySide6 QWizard "hello world".

Built with PyInstaller's default options (``--onedir --windowed``), it is the yardstick that our
trimmed ``build.spec`` is compared against. When its first window has been shown it prints
``first-window-shown <seconds>`` (seconds since the process started, as far as Python can tell)
and, if ``HELLO_EXIT_AFTER_SHOW=1``, exits straight away.
"""

import os
import sys
import time

_T0 = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage  # noqa: E402


def _first_window_shown(app: QApplication) -> None:
    line = f"first-window-shown {time.perf_counter() - _T0:.3f}\n"
    if sys.stdout is not None:  # windowed builds on Windows have no stdout
        sys.stdout.write(line)
        sys.stdout.flush()
    if os.environ.get("HELLO_EXIT_AFTER_SHOW") == "1":
        app.quit()


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.setWindowTitle("Hello")
    page = QWizardPage()
    page.setTitle("Hello, world")
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("A bare QWizard, frozen with PyInstaller defaults."))
    wizard.addPage(page)
    wizard.show()
    QTimer.singleShot(0, lambda: _first_window_shown(app))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
