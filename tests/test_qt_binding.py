"""Guard against the Qt binding's reference-count bug seen in PySide6 6.12.0 on Python 3.11.

Each call to a void method such as QAbstractButton.setChecked() dropped a reference to None; after a
few thousand calls (a kiosk does that in an hour) the interpreter aborts with "none_dealloc".
"""

import os
import subprocess
import sys

CODE = """
from PySide6.QtWidgets import QApplication, QCheckBox, QListWidgetItem
app = QApplication([])
box = QCheckBox()
for i in range(20000):
    box.setChecked(i % 2 == 0)
    box.setEnabled(True)
    item = QListWidgetItem("x")
    item.setData(257, i)
print("ok")
"""


def test_many_void_calls_do_not_corrupt_reference_counts():
    result = subprocess.run(
        [sys.executable, "-c", CODE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-500:]
