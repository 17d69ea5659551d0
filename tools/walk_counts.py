"""Re-time the three walks of the December 2026 newcomer review (shared reviews, newcomer-walk.md) with
the current app, by script: how many key presses / clicks and screens each person needs from the first
page to the end page. Numbers for docs/usability.md.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=. python tools/walk_counts.py

The walks drive the real wizard as tests/ui do (tests/ui/driver.py Person for the mouse, the keyboard
walk of tests/ui/test_keyboard_only.py for the keyboard), through a stand-in for pytest-qt's qtbot that
counts every input event. Scrolling is given as the pages' height in screens (as
tests/ui/test_walk_length.py measures it), not as wheel notches. Typing, the quiz and the end page's
features (dialogs) are not counted: the review's numbers include them, these are the walk to the list.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class CountingBot:
    """The parts of pytest-qt's qtbot the walks use; counts key presses (Tab apart) and clicks."""

    def __init__(self) -> None:
        self.keys = self.tabs = self.clicks = 0

    def keyClick(self, widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: N802
        self.keys += 1
        self.tabs += key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        QTest.keyClick(widget, key, modifier)

    def keyClicks(self, widget, text: str) -> None:  # noqa: N802
        QTest.keyClicks(widget, text)  # typing: not counted

    def mouseClick(self, widget, button, modifier=Qt.KeyboardModifier.NoModifier, pos=None) -> None:  # noqa: N802
        self.clicks += 1
        QTest.mouseClick(widget, button, modifier, pos)


def new_wizard(lang: str = "en"):
    from app.core.loader import load_content
    from app.paths import content_dir
    from app.ui.look import theme
    from app.ui.prefs import translations
    from app.ui.wizard.wizard import DEFAULT_SIZE, RiskWizard

    translations.install(lang)
    theme.appearance().set_scale(100)
    wizard = RiskWizard(load_content(content_dir(), lang))
    wizard.resize(*DEFAULT_SIZE)
    wizard.show()
    QTest.qWaitForWindowExposed(wizard)
    wizard.activateWindow()
    for _ in range(50):
        QApplication.processEvents()
        if QApplication.focusWidget() is not None:
            break
        time.sleep(0.02)
    return wizard


def mouse_walk(answers: dict, rest: str) -> dict:
    """As tests/ui/test_walk_length.py walks: click each answer, skip the quiz, Next; count clicks."""
    from tests.ui.driver import Person
    from tests.ui.test_walk_length import walk

    bot, wizard = CountingBot(), new_wizard()
    crisis = 0
    original = wizard.crisis_dialog

    screens = walk(Person(bot, wizard), wizard, answers, rest)
    if wizard.crisis_dialog is not original:
        crisis = 1  # the crisis contacts were shown and accepted (one click: "I have read this")
    wizard.close()
    return {"pages": len(screens), "screens": sum(screens.values()), "clicks": bot.clicks + crisis}


def keyboard_walk(answers: dict, rest: str) -> dict:
    from tests.ui.test_keyboard_only import Keyboard
    from tests.ui.test_keyboard_only import keyboard_walk as walk

    bot, wizard = CountingBot(), new_wizard()
    pages = walk(Keyboard(bot, wizard), answers, rest)
    wizard.close()
    return {"pages": len(pages) + 1, "keys": bot.keys, "tabs": bot.tabs}


def main() -> int:
    QApplication.instance() or QApplication(sys.argv[:1])
    us_teen = {
        "region": "us",
        "preg_can_become_pregnant": "yes",
        "preg_birth_control": ("condoms",),
        "mh_under_18": "yes",
    }
    results = {
        "US 17-year-old (mouse)": mouse_walk(us_teen, "no"),
        "UK 35-year-old on doxycycline (keyboard only)": keyboard_walk(
            {"region": "uk", "preg_can_become_pregnant": "no", "med_current": "tetracycline"}, "no"
        ),
        "US 30-year-old, 'not sure' to everything (mouse)": mouse_walk({"region": "us"}, "not_sure"),
    }
    for name, numbers in results.items():
        shown = ", ".join(f"{k} {v:.1f}" if isinstance(v, float) else f"{k} {v}" for k, v in numbers.items())
        print(f"{name}: {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
