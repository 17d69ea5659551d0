"""Larger text and touch targets of at least 44 x 44 px for the kiosk, scaled to the screen.

Two parts, so the whole app is restyled at most once per change:
- the text size: the app's look belongs to app.ui.look.theme; the kiosk raises its base size (by FONT_SCALE
  and by the screen's size), so a person's own "A+" or high-contrast choice still works on top of it;
- the touch targets and the kiosk screens' headlines: a style sheet on the kiosk window, which Qt
  cascades to everything inside it (the wizard, and the panels it hosts).

Screen scaling: 1280 x 800 is the reference. A 4K screen gets everything ~2.7x larger (Qt itself does
not scale when the screen reports 96 dpi, as most kiosk screens and Xvfb do); an 800 x 600 screen gets
slightly smaller text (0.8x), but touch targets never shrink below 44 px.

Large text on a small screen: the person's A+ (and Ctrl+plus) stops at the largest text size that
leaves the window at least MIN_WIDTH_PER_TEXT px of width and MIN_HEIGHT_PER_TEXT px of height per
1 x of text: 125 % at 800 x 600, 150 % at 1024 x 600, 175 % at 1280 x 720, 1280 x 800 and 1920 x 1080.
Measured (tests/kiosk/test_small_screen.py and tests/kiosk/test_largest_text.py walk every page): one
step more and a page is wider than the window (Next, A+ cut off) or the summary's buttons are
squeezed and it scrolls sideways; or, for the height (200 % at 1280 x 720, 175 % at 1024 x 600: the
2026-12 accessibility review, M3), the summary page's list is a strip two lines high above its rows of
buttons, and "Print my list" is cut at the bottom. The header's title and "Step N of M" keep their
100 % size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.ui.look import fonts, theme

MIN_TARGET_PX = 44
FONT_SCALE = 1.5
REFERENCE = QSize(1280, 800)
MIN_FACTOR, MAX_FACTOR = 0.8, 3.0
MIN_WIDTH_PER_TEXT = 700  # window px per (screen factor x text scale), measured: see the module doc
MIN_HEIGHT_PER_TEXT = 450  # the same for the height (the summary page's buttons), measured: see the module doc

KIOSK_QSS = """
QPushButton { min-height: %(b52)dpx; min-width: %(b52)dpx; }
QRadioButton, QCheckBox { min-height: %(b48)dpx; spacing: %(b14)dpx; }
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator, QListView::indicator {
    width: %(b30)dpx; height: %(b30)dpx; }
QRadioButton::indicator { border-radius: %(round)dpx; }
QListWidget::item { min-height: %(b52)dpx; }
QScrollBar:vertical { width: %(b40)dpx; }
QScrollBar:horizontal { height: %(b40)dpx; }
QComboBox, QLineEdit { min-height: %(b48)dpx; }
QPlainTextEdit { min-height: %(b96)dpx; }
QLabel[role="headline"] { font-size: %(headline).1fpt; font-weight: bold; }
QLabel[role="big"] { font-size: %(big).1fpt; }
QLabel[role="staff"] { font-weight: bold; }
QPushButton[role="primary"] { min-height: %(b72)dpx; padding: %(b8)dpx %(b40)dpx; font-weight: bold; }
QPushButton[role="key"] { min-height: %(b64)dpx; min-width: %(b64)dpx; padding: 0px; }
QPushButton[role="kbd"] { min-height: %(k)dpx; max-height: %(k)dpx; min-width: %(k)dpx; padding: 0px 6px; margin: 0px; }
QPushButton#text-smaller, QPushButton#text-larger, QPushButton#contrast-toggle { min-height: 38px; min-width: 38px; }
QLabel#wizard-title { font-size: %(title)0.1fpt; }
QLabel#wizard-subtitle { font-size: %(step)0.1fpt; }
QLabel#keyboard-echo { font-weight: bold; }
QWidget#panel-overlay { background: rgba(0, 0, 0, 150); }
QScrollArea#panel-scroll, QScrollArea#panel-scroll > QWidget#qt_scrollarea_viewport, QFrame#panel-card {
    background: transparent; }
QWidget#panel-overlay QDialog { background: palette(window); border: 2px solid palette(mid);
    border-radius: %(b8)dpx; padding: %(b14)dpx; }
"""


def screen_factor(size: QSize) -> float:
    """How much larger than on a 1280 x 800 screen text should be on a screen of `size` (logical px)."""
    if size.width() <= 0 or size.height() <= 0:
        return 1.0
    raw = min(size.width() / REFERENCE.width(), size.height() / REFERENCE.height())
    return round(max(MIN_FACTOR, min(MAX_FACTOR, raw)), 2)


def max_scale(size: QSize) -> int:
    """The largest text scale (theme.SCALES) whose pages still fit a window of `size`."""
    factor = screen_factor(size)
    fits = [
        s
        for s in theme.SCALES
        if size.width() / (factor * s / 100) >= MIN_WIDTH_PER_TEXT
        and size.height() / (factor * s / 100) >= MIN_HEIGHT_PER_TEXT
    ]
    return fits[-1] if fits else theme.SCALES[0]


def window_sheet(points: float, factor: float = 1.0) -> str:
    """The kiosk window's own style sheet (`points`: the app's base text size; `factor`: screen_factor)."""
    px = max(1.0, factor)
    values: dict[str, float] = {f"b{n}": round(n * px) for n in (8, 14, 30, 40, 48, 52, 64, 72, 96)}
    # The on-screen keyboard's keys stay >= 44 px; on small screens they give up the extra margin first.
    values["k"] = max(MIN_TARGET_PX, round(48 * factor))
    # The header's title and "Step N of M" keep the size of 100 % text (like A- / A+): a long title at the
    # person's 150 % would push A+ and the window's right edge off a small screen.
    unscaled = points * 100 / theme.appearance().scale
    values.update(title=unscaled * fonts.TITLE, step=unscaled)
    values["round"] = (values["b30"] + 4) // 2  # a radio's 2 px outline box, round (not a square in high contrast)
    return KIOSK_QSS % {"headline": points * 2.0, "big": points * 1.3, **values}


def base_points() -> float:
    return theme.appearance().points()


class KioskLook:
    """The app-wide larger text for the kiosk; `set_factor` follows the screen, `restore` undoes it."""

    def __init__(self, app: QApplication, factor: float = 1.0):
        self.app = app
        self.factor = factor
        self.look = theme.appearance()
        self.old_base = self.look.base_points
        self._apply()

    def _apply(self) -> None:
        self.look.base_points = self.old_base * FONT_SCALE * self.factor
        self.look.apply()

    def set_factor(self, factor: float, size: QSize | None = None) -> bool:
        """True if the text size changed (restyling the whole app is slow: only then)."""
        cap = max_scale(size) if size is not None else self.look.max_scale
        if cap != self.look.max_scale:
            self.look.max_scale = cap
            if self.look.scale > cap:
                self.look.scale = cap
                self.factor = -1.0  # restyle below
            else:
                self.look.changed.emit()  # A+ is enabled or not by the new limit
        if abs(factor - self.factor) < 0.01:
            return False
        self.factor = factor
        self._apply()
        return True

    def restore(self) -> None:
        self.look.base_points = self.old_base
        self.look.max_scale = theme.SCALES[-1]
        self.look.apply()


def apply(app: QApplication, factor: float = 1.0) -> Callable[[], None]:
    """Larger text for the whole app; returns a function that undoes it."""
    return KioskLook(app, factor).restore


def reset_look() -> None:
    """Forget the last person's text size and contrast choice (part of the kiosk's wipe)."""
    look = theme.appearance()
    if look.scale != 100 or look.user_chose_contrast:  # restyling the whole app is slow: only if changed
        look.reset()
