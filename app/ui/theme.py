"""Look and size of the whole app: two themes (standard, high contrast) and a text size.

Everything here is app-wide (QApplication palette, font and style sheet), so it works on every
window, survives a language switch or a kiosk reset of the wizard, and Ctrl+plus / Ctrl+minus
work everywhere the wizard has focus.

- Text size: the application font is base × scale, scale in SCALES (100 … 200 %). Widgets that
  need a bigger or bolder font get it from the style sheet by object name, so they scale too.
- Focus is always visible: every keyboard-reachable control has a 3 px ring in the focus colour
  (the unfocused border + margin takes the same room, so nothing moves when focus moves).
- High contrast: black, white and yellow; follows the system's contrast preference
  (QStyleHints.accessibility(), Qt 6.10+) until the person chooses on the welcome page.
- Every text colour pair passes WCAG AA (4.5:1); tests/ui/test_theme.py measures them.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import resource_path

SCALES = (100, 125, 150, 175, 200)
MIN_BASE_POINTS = 10.0  # the platform default (9 pt on many Linux desktops) is small for this audience


@dataclass(frozen=True)
class Theme:
    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    button_hover: str
    button_pressed: str
    highlight: str
    highlighted_text: str
    placeholder: str
    why: str  # the "Why we ask" line and other secondary text
    focus: str  # focus ring
    focus_background: str  # behind a focused choice
    border: str  # control outlines (non-text contrast ≥ 3:1 against window/base)
    error: str
    disabled_text: str
    link: str
    arrow: str  # combo box arrow image in resources/theme
    style_indicators: bool  # draw radio/check indicators and scroll bars ourselves

    def palette(self) -> QPalette:
        pal = QPalette()
        roles = {
            QPalette.ColorRole.Window: self.window,
            QPalette.ColorRole.WindowText: self.window_text,
            QPalette.ColorRole.Base: self.base,
            QPalette.ColorRole.AlternateBase: self.alternate_base,
            QPalette.ColorRole.Text: self.text,
            QPalette.ColorRole.Button: self.button,
            QPalette.ColorRole.ButtonText: self.button_text,
            QPalette.ColorRole.BrightText: self.error,
            QPalette.ColorRole.Highlight: self.highlight,
            QPalette.ColorRole.HighlightedText: self.highlighted_text,
            QPalette.ColorRole.ToolTipBase: self.base,
            QPalette.ColorRole.ToolTipText: self.text,
            QPalette.ColorRole.PlaceholderText: self.placeholder,
            QPalette.ColorRole.Link: self.link,
            QPalette.ColorRole.LinkVisited: self.link,
            QPalette.ColorRole.Light: self.base,
            QPalette.ColorRole.Midlight: self.alternate_base,
            QPalette.ColorRole.Mid: self.border,
            QPalette.ColorRole.Dark: self.border,
            QPalette.ColorRole.Shadow: self.window_text,
        }
        for role, colour in roles.items():
            pal.setColor(role, QColor(colour))  # all groups
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
            pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(self.disabled_text))
        pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor(self.highlight))
        pal.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.HighlightedText, QColor(self.highlighted_text))
        return pal

    def stylesheet(self, points: float) -> str:
        px = points * 96 / 72  # logical pixels per point at Qt's reference DPI
        values = {k: v for k, v in self.__dict__.items() if isinstance(v, str)}
        values.update(
            heading_pt=f"{points * 1.15:.1f}",
            crisis_pt=f"{points * 1.3:.1f}",
            pad_v=round(px * 0.35),
            pad_h=round(px * 0.9),
            indicator=round(px * 1.1),
            radius=round(px * 1.1 / 2) + 1,
            scroll=round(px * 1.2),
            arrow_px=round(px * 0.8),
            images=resource_path("theme").as_posix(),
        )
        sheet = _BASE_QSS + (_INDICATOR_QSS if self.style_indicators else "")
        return Template(sheet).substitute(values)


STANDARD = Theme(
    name="standard",
    window="#f5f5f5",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#eef1f5",
    text="#1a1a1a",
    button="#e9ecef",
    button_text="#1a1a1a",
    button_hover="#dde3ea",
    button_pressed="#c9d3df",
    highlight="#0b57d0",
    highlighted_text="#ffffff",
    placeholder="#5c5c5c",
    why="#3d3d3d",
    focus="#0b57d0",
    focus_background="#e4edfb",
    border="#6b6b6b",
    error="#a11d1d",
    disabled_text="#6e6e6e",
    link="#0b57d0",
    arrow="arrow-down-dark.svg",
    style_indicators=False,
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1c1c1c",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    button_hover="#262626",
    button_pressed="#333333",
    highlight="#ffff00",
    highlighted_text="#000000",
    placeholder="#d9d9d9",
    why="#ffffff",
    focus="#ffff00",
    focus_background="#1f1f00",
    border="#ffffff",
    error="#ffb0b0",
    disabled_text="#a6a6a6",
    link="#8cc8ff",
    arrow="arrow-down-light.svg",
    style_indicators=True,
)

THEMES = {t.name: t for t in (STANDARD, HIGH_CONTRAST)}

_BASE_QSS = """
QLabel#why { color: $why; }
QLabel#section-heading { font-size: ${heading_pt}pt; font-weight: bold; }
QLabel#crisis-title { font-size: ${crisis_pt}pt; font-weight: bold; }
QLabel#message[error="true"] { color: $error; font-weight: bold; }
QFrame#crisis-panel { border: 3px solid $error; border-radius: 4px; }
QToolTip { color: $text; background: $base; border: 1px solid $border; }
QLabel#quiz-feedback {
    color: $text; background: $alternate_base; border: 1px solid $border; border-left: 5px solid $focus; padding: 6px;
}
QuizItemBox QRadioButton:disabled { color: $window_text; }
QLabel#glossary-explain { color: $text; background: $alternate_base; border-left: 5px solid $border; padding: 4px; }

QPushButton {
    color: $button_text; background: $button; border: 1px solid $border; border-radius: 4px;
    margin: 2px; padding: ${pad_v}px ${pad_h}px;
}
QPushButton:hover { background: $button_hover; }
QPushButton:pressed { background: $button_pressed; }
QPushButton:checked { background: $button_pressed; border: 2px solid $window_text; margin: 1px; font-weight: bold; }
QPushButton:default { border: 2px solid $window_text; margin: 1px; }
QPushButton:disabled { color: $disabled_text; border: 1px dashed $disabled_text; margin: 2px; }
QPushButton:focus { border: 3px solid $focus; margin: 0px; }

QRadioButton, QCheckBox, QLabel#why, QScrollArea#page-scroll {
    border: 3px solid transparent; border-radius: 4px;
}
QRadioButton, QCheckBox { padding: 2px 4px; spacing: 8px; }
QRadioButton:focus, QCheckBox:focus { border-color: $focus; background: $focus_background; }
QLabel#why:focus, QScrollArea#page-scroll:focus { border-color: $focus; }

QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QComboBox {
    color: $text; background: $base; border: 1px solid $border; border-radius: 3px; margin: 2px;
    selection-color: $highlighted_text; selection-background-color: $highlight;
}
QLineEdit, QComboBox { padding: 2px 4px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QComboBox:focus {
    border: 3px solid $focus; margin: 0px;
}
QListWidget::item:selected { color: $highlighted_text; background: $highlight; }
QComboBox { padding-right: ${arrow_px}px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: ${arrow_px}px; border: none;
}
QComboBox::down-arrow { image: url($images/$arrow); width: ${arrow_px}px; height: ${arrow_px}px; }
QComboBox QAbstractItemView { color: $text; background: $base; border: 1px solid $border; }
QTextEdit#preview { color: #000000; background: #ffffff; }
QGroupBox { border: 1px solid $border; border-radius: 4px; }
QLabel#controls-heading, QLabel#question-text { font-weight: bold; }
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0px 4px; font-weight: bold;
}
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator { width: ${indicator}px; height: ${indicator}px; }
"""

# High contrast: Fusion draws indicator outlines and scroll bars from the window colour, which is
# invisible on black, so draw them ourselves (a checked box is filled, a checked radio has a dot:
# the state is told by shape and fill, not by hue).
_INDICATOR_QSS = """
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator {
    border: 2px solid $window_text; background: $base;
}
QRadioButton::indicator { border-radius: ${radius}px; }
QRadioButton::indicator:checked {
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
                                stop:0 $window_text, stop:0.55 $window_text, stop:0.6 $base);
}
QCheckBox::indicator:checked, QListWidget::indicator:checked {
    background: #ffffff; image: url($images/check-black.svg);
}
QScrollBar:vertical { background: $base; width: ${scroll}px; border: 1px solid $window_text; }
QScrollBar:horizontal { background: $base; height: ${scroll}px; border: 1px solid $window_text; }
QScrollBar::handle { background: $window_text; min-height: 24px; min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


class Appearance(QObject):
    """The app-wide theme and text size. One per QApplication: use `appearance()`.

    Signals:
        changed: the theme or the text size changed (controls update their labels).
    """

    changed = Signal()

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.base_points = max(app.font().pointSizeF(), MIN_BASE_POINTS)
        self.base_font = QFont(app.font())
        self.scale = 100
        self.high_contrast = False
        self.user_chose_contrast = False  # once the person chooses, the system no longer decides
        if app.style().name().lower() != "fusion":  # (already Fusion on most Linux desktops: setting it again costs)
            app.setStyle("Fusion")  # draws from the palette on every OS, so both themes look as designed
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "accessibility"):  # Qt 6.10+
            access = hints.accessibility()
            self.high_contrast = _system_wants_high_contrast(access)
            access.contrastPreferenceChanged.connect(self._system_contrast_changed)
        self.apply()

    @property
    def theme(self) -> Theme:
        return HIGH_CONTRAST if self.high_contrast else STANDARD

    def points(self) -> float:
        return self.base_points * self.scale / 100

    def apply(self) -> None:
        font = QFont(self.base_font)
        font.setPointSizeF(self.points())
        self.app.setPalette(self.theme.palette())
        self.app.setFont(font)
        self.app.setStyleSheet(self.theme.stylesheet(self.points()))
        self.changed.emit()

    # -- text size -------------------------------------------------------------------------
    def set_scale(self, percent: int) -> None:
        percent = min(max(int(percent), SCALES[0]), SCALES[-1])
        if percent != self.scale:
            self.scale = percent
            self.apply()

    def larger(self) -> None:
        self.set_scale(next((s for s in SCALES if s > self.scale), SCALES[-1]))

    def smaller(self) -> None:
        self.set_scale(next((s for s in reversed(SCALES) if s < self.scale), SCALES[0]))

    def reset_scale(self) -> None:
        self.set_scale(100)

    # -- contrast --------------------------------------------------------------------------
    def set_high_contrast(self, on: bool, by_user: bool = True) -> None:
        if by_user:
            self.user_chose_contrast = True
        if bool(on) != self.high_contrast:
            self.high_contrast = bool(on)
            self.apply()

    def reset(self) -> None:
        """Back to the defaults (a kiosk calls this when it wipes one person's session)."""
        self.user_chose_contrast = False
        self.scale = 100
        hints = QGuiApplication.styleHints()
        self.high_contrast = hasattr(hints, "accessibility") and _system_wants_high_contrast(hints.accessibility())
        self.apply()

    def _system_contrast_changed(self, *_args) -> None:
        if not self.user_chose_contrast:
            self.set_high_contrast(_system_wants_high_contrast(QGuiApplication.styleHints().accessibility()), False)


def _system_wants_high_contrast(access) -> bool:
    return access.contrastPreference() == Qt.ContrastPreference.HighContrast


_current: Appearance | None = None


def appearance() -> Appearance:
    """The app's Appearance, created (and applied) on first use."""
    global _current
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    if _current is None or _current.app is not app:
        _current = Appearance(app)
    return _current


def install_zoom_shortcuts(window: QWidget) -> list[QShortcut]:
    """Ctrl+plus (and Ctrl+=), Ctrl+minus and Ctrl+0 on this window."""
    look = appearance()
    bindings = [
        (QKeySequence(QKeySequence.StandardKey.ZoomIn), look.larger),
        (QKeySequence("Ctrl+="), look.larger),
        (QKeySequence(QKeySequence.StandardKey.ZoomOut), look.smaller),
        (QKeySequence("Ctrl+0"), look.reset_scale),
    ]
    shortcuts = []
    for sequence, slot in bindings:
        shortcut = QShortcut(sequence, window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


# -- WCAG contrast (used by the tests and by anyone adding a colour) ---------------------------
def relative_luminance(colour: str | QColor) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
