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

# Everything Qt comes through the bare script, whose import starts the clock before PySide6 loads.
from bare_wizard import QApplication, show_wizard

LEVEL = int(os.environ.get("FLOOR", "0"))


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
        from app.ui.look import theme

        theme.appearance()
    label_format = None
    if LEVEL >= 1:
        from PySide6.QtCore import Qt

        label_format = Qt.TextFormat.PlainText
    _shown = show_wizard(app, title, text, label_format)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
