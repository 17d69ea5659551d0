"""Larger text and touch targets of at least 44 x 44 px for the kiosk.

Two parts, so the whole app is restyled at most once:
- the text size: the app's look belongs to app.ui.theme; the kiosk raises its base size once, so a
  person's own "A+" or high-contrast choice still works on top of it;
- the touch targets and the kiosk screens' headlines: a style sheet on the kiosk window, which Qt
  cascades to everything inside it (the wizard, and dialogs that have it as parent).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

MIN_TARGET_PX = 44
FONT_SCALE = 1.5

KIOSK_QSS = """
QPushButton { min-height: 52px; min-width: 52px; }
QRadioButton, QCheckBox { min-height: 48px; spacing: 14px; }
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator, QListView::indicator {
    width: 30px; height: 30px; }
QListWidget::item { min-height: 52px; }
QScrollBar:vertical { width: 40px; }
QScrollBar:horizontal { height: 40px; }
QComboBox, QLineEdit { min-height: 48px; }
QPlainTextEdit { min-height: 96px; }
QLabel[role="headline"] { font-size: %(headline).1fpt; font-weight: bold; }
QLabel[role="big"] { font-size: %(big).1fpt; }
QLabel[role="staff"] { font-weight: bold; }
QPushButton[role="primary"] { min-height: 72px; padding: 8px 40px; font-weight: bold; }
QPushButton[role="key"] { min-height: 64px; min-width: 64px; padding: 0px; }
QPushButton[role="kbd"] { min-height: 48px; max-height: 48px; min-width: 48px; padding: 0px 6px; margin: 0px; }
QLabel#keyboard-echo { font-weight: bold; }
"""


def window_sheet(points: float) -> str:
    """The kiosk window's own style sheet (`points`: the app's base text size)."""
    return KIOSK_QSS % {"headline": points * 2.0, "big": points * 1.3}


def _theme():
    try:
        from app.ui import theme
    except ImportError:  # the kiosk still works with Qt's default look
        return None
    return theme


def base_points() -> float:
    theme = _theme()
    if theme is not None:
        return theme.appearance().points()
    size = QApplication.font().pointSizeF()
    return size if size > 0 else 10.0


def apply(app: QApplication) -> Callable[[], None]:
    """Larger text for the whole app; returns a function that undoes it."""
    theme = _theme()
    if theme is None:
        old_font = app.font()
        font = app.font()
        font.setPointSizeF((font.pointSizeF() if font.pointSizeF() > 0 else 10.0) * FONT_SCALE)
        app.setFont(font)
        return lambda: app.setFont(old_font)
    look = theme.appearance()
    old_base = look.base_points
    look.base_points = old_base * FONT_SCALE
    look.apply()

    def restore() -> None:
        look.base_points = old_base
        look.apply()

    return restore


def reset_look() -> None:
    """Forget the last person's text size and contrast choice (part of the kiosk's wipe)."""
    theme = _theme()
    if theme is None:
        return
    look = theme.appearance()
    if look.scale != 100 or look.user_chose_contrast:  # restyling the whole app is slow: only if changed
        look.reset()
