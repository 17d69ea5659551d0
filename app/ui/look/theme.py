"""Look and size of the whole app: the theme (standard or high contrast) and the text size.

Everything here is app-wide (QApplication palette, font and style sheet), so it works on every
window, survives a language switch or a kiosk reset of the wizard, and Ctrl+plus / Ctrl+minus
work everywhere the wizard has focus. The parts:

- app.ui.look.palette: the colours of both themes (design tokens) and the WCAG contrast formula;
- app.ui.look.stylesheet: the style sheet made from a theme (cards, buttons, focus rings, headings);
- app.ui.look.fonts: the 16 px base size and the type scale;
- here: `Appearance`, which applies them and follows the person's choices.

- Text size: the application font is base x scale, scale in SCALES (100 ... 200 %). Widgets that
  need a bigger or bolder font get it from the style sheet by object name, so they scale too.
- Focus is always visible: every keyboard-reachable control has a 3 px ring in the focus colour.
- High contrast: black, white and yellow; follows the system's contrast preference
  (QStyleHints.accessibility(), Qt 6.10+) until the person chooses on the welcome page.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.ui.look import fonts
from app.ui.look.palette import HIGH_CONTRAST, STANDARD, THEMES, Theme, contrast_ratio, relative_luminance
from app.ui.look.restyle import Restyler

SCALES = fonts.SCALES
MIN_BASE_POINTS = fonts.MIN_BASE_POINTS
__all__ = [
    "HIGH_CONTRAST",
    "MIN_BASE_POINTS",
    "SCALES",
    "STANDARD",
    "THEMES",
    "Appearance",
    "Theme",
    "appearance",
    "contrast_ratio",
    "install_zoom_shortcuts",
    "relative_luminance",
]


class Appearance(QObject):
    """The app-wide theme and text size. One per QApplication: use `appearance()`.

    Signals:
        changed: the theme or the text size changed (controls update their labels).
    """

    changed = Signal()

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        screen = app.primaryScreen()
        self.base_points = fonts.base_points(app.font().pointSizeF(), screen.logicalDotsPerInchY() if screen else 0)
        self.base_font = QFont(app.font())
        self.scale = 100
        self.max_scale = SCALES[-1]  # a small kiosk screen lowers it (app.kiosk.style): A+ stops there
        self.high_contrast = False
        self.user_chose_contrast = False  # once the person chooses, the system no longer decides
        if app.style().name().lower() != "fusion":  # (already Fusion on most Linux desktops: setting it again costs)
            app.setStyle("Fusion")  # draws from the palette on every OS, so both themes look as designed
        self.restyler = Restyler(app)  # a change restyles what is shown, not the whole app (app.ui.look.restyle)
        self._sheet_theme: Theme | None = None  # the theme of the application style sheet
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

    def font(self) -> QFont:
        font = QFont(self.base_font)
        font.setPointSizeF(self.points())
        return font

    def apply(self) -> None:
        font = self.font()
        sheet = self.theme.stylesheet(self.points())
        self.app.setPalette(self.theme.palette())
        self.app.setFont(font)
        # High contrast's extra rules (scroll bars) would stay behind if the application's sheet has them.
        leaves = (
            self._sheet_theme is not None and self._sheet_theme.style_indicators and not self.theme.style_indicators
        )
        if not self.restyler.apply(sheet, font, leaves):
            if self.restyler.sheet:
                self.restyler.forget(font)
            self.app.setStyleSheet(sheet)
            self._sheet_theme = self.theme
        self.changed.emit()

    # -- text size -------------------------------------------------------------------------
    def set_scale(self, percent: int) -> None:
        percent = min(max(int(percent), SCALES[0]), self.max_scale)
        if percent != self.scale:
            self.scale = percent
            self.apply()

    def larger(self) -> None:
        self.set_scale(next((s for s in SCALES if s > self.scale), self.max_scale))

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

    def restore(self, percent: int, high_contrast: bool | None) -> None:
        """Start from remembered choices (app.ui.prefs.remembered): one restyle for both."""
        self.scale = min(max(int(percent), SCALES[0]), SCALES[-1])
        if high_contrast is not None:
            self.user_chose_contrast = True
            self.high_contrast = bool(high_contrast)
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
    if isinstance(window, QWizard) and window.isWindow():
        look.restyler.adopt(window, look.font())
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
