"""The app-wide style sheet, made from a theme's colours (app.ui.look.palette) and the type sizes (app.ui.look.fonts).

Rules worth knowing before changing one:
- A state never changes a font's weight or size (":checked { font-weight: bold }" made a pressed
  button's text wider than the button, which Qt sized for the regular weight: "Most importan").
- Every keyboard-reachable control has a 3 px focus ring; unfocused, border + margin take the same
  room, so nothing moves when focus moves.
- Answer choices are cards: a soft outline, the brand colour and a tint when selected (with the
  filled indicator, so selection is not told by colour alone).
"""

from __future__ import annotations

from string import Template
from typing import Protocol

from app.paths import resource_path
from app.ui.look import fonts


class Theme(Protocol):
    """What build() reads of an app.ui.look.palette.Theme: its colour strings (its fields) and whether it
    draws its own indicators. (A Protocol, so this module stays below app.ui.look.palette, which calls it.)"""

    @property
    def style_indicators(self) -> bool: ...


_TEXT = """
QLabel#why, QLabel#reviewed, QLabel#as-of, QLabel#sources-list, QLabel#region-label { color: $why; }
QLabel#why, QLabel#reviewed, QLabel#sources-list { font-size: ${small_pt}pt; }
QLabel#section-heading { font-size: ${heading_pt}pt; font-weight: bold; color: $window_text; }
QLabel#question-text, QLabel#quiz-question { font-size: ${question_pt}pt; font-weight: bold; }
QLabel#crisis-title { font-size: ${crisis_pt}pt; font-weight: bold; }
QLabel#crisis-heading { font-size: ${crisis_pt}pt; font-weight: bold; color: $error; }
QLabel#message[error="true"] { color: $error; font-weight: bold; }
QLabel#controls-heading { font-weight: bold; }
QLabel#badge {
    font-size: ${badge_pt}pt; font-weight: bold; color: $badge_text; background: $badge;
    border: 1px solid $badge_text; border-radius: ${badge_radius}px; padding: 1px 8px;
}
QLabel#badge[serious="true"] {
    color: $serious_badge_text; background: $serious_badge; border-color: $serious_badge_text;
}
QToolTip { color: $text; background: $base; border: 1px solid $border; }
QLabel#quiz-feedback {
    color: $text; background: $alternate_base; border: 1px solid $border; border-left: 5px solid $focus; padding: 6px;
}
QLabel#quiz-feedback:focus { background: $focus_background; border-left-color: $window_text; }
QuizItemBox QRadioButton:disabled { color: $disabled_text; background: $window; border: 2px solid $card_border; }
QuizItemBox QRadioButton:disabled:checked { color: $window_text; background: $selected; border: 2px solid $brand; }
QLabel#choice-note {
    color: $text; background: $base; border: 2px solid $brand; border-left: 6px solid $brand;
    border-radius: ${choice_radius}px; padding: 6px 10px; margin-top: 6px;
}
QFrame#glossary-popover { background: $base; border: 2px solid $brand; border-radius: ${card_radius}px; }
QLabel#glossary-explain { color: $text; padding: 4px; }
"""

_HEADER = """
QLabel#wizard-title { font-size: ${title_pt}pt; font-weight: bold; color: $brand; }
QLabel#wizard-subtitle { color: $why; }
QProgressBar#progress {
    background: $track; border: none; border-radius: ${bar_radius}px;
    min-height: ${bar}px; max-height: ${bar}px;
}
QProgressBar#progress::chunk { background: $brand; border-radius: ${bar_radius}px; }
"""

_CARDS = """
QuestionBox, QuizItemBox, QFrame#questions-card {
    background: $base; border: 1px solid $card_border; border-radius: ${card_radius}px;
}
QFrame#questions-card QuestionBox {
    background: transparent; border: none; border-top: 1px solid $card_border; border-radius: 0px;
}
QFrame#questions-card QuestionBox[first="true"] { border-top: none; }
QFrame#facts-card, QFrame#more-facts {
    background: $info; border: 1px solid $info_border; border-radius: ${card_radius}px;
}
QFrame#crisis-panel { background: $base; border: 3px solid $error; border-radius: ${card_radius}px; }
QFrame#welcome-controls { background: transparent; border: none; }
QPushButton#expander, QPushButton#sources-toggle {
    font-size: ${small_pt}pt; text-align: left; color: $link; background: transparent; border: 3px solid transparent;
    border-radius: 6px; margin: 0px; padding: 1px 4px;
}
QPushButton#expander:hover, QPushButton#sources-toggle:hover { background: $button_hover; }
QPushButton#expander:focus, QPushButton#sources-toggle:focus { border-color: $focus; }
"""

_BUTTONS = """
QPushButton {
    color: $brand_hover; background: $button; border: 2px solid $brand; border-radius: ${button_radius}px;
    margin: 1px; padding: ${pad_v}px ${pad_h}px;
}
QPushButton:hover { background: $button_hover; }
QPushButton:pressed { background: $button_pressed; }
QPushButton:checked { background: $selected; border: 2px solid $window_text; }
QPushButton:default, QPushButton[role="primary"] { color: $on_brand; background: $brand; border: 2px solid $brand; }
QPushButton:default:hover, QPushButton[role="primary"]:hover { background: $brand_hover; border-color: $brand_hover; }
QPushButton:disabled { color: $disabled_text; background: $window; border: 2px solid $card_border; }
QPushButton:focus { border: 3px solid $focus; margin: 0px; }
QPushButton#text-smaller, QPushButton#text-larger, QPushButton#contrast-toggle {
    font-size: 18px; font-weight: bold; padding: 0px;
}
"""

_CHOICES = """
QRadioButton, QCheckBox { border: 3px solid transparent; border-radius: 6px; }
QScrollArea#page-scroll { border: 3px solid transparent; }
QWizardPage QLabel, GlossaryLabel {
    border-style: solid; border-color: transparent; border-width: 0px 3px; qproperty-indent: 0;
}
QRadioButton, QCheckBox { padding: 2px 4px; spacing: 10px; }
QRadioButton:focus, QCheckBox:focus { border-color: $focus; background: $focus_background; }
QScrollArea#page-scroll:focus { border-color: $focus; }
QScrollArea#page-scroll[quietFocus="true"]:focus { border-color: transparent; }
QLabel#why:focus, GlossaryLabel:focus { border-color: $focus; background: $focus_background; }

QuestionBox QRadioButton, QuestionBox QCheckBox, QuizItemBox QRadioButton {
    background: $base; border: 2px solid $card_border; border-radius: ${choice_radius}px;
    margin: 1px; padding: ${choice_pad_v}px ${choice_pad_h}px;
}
QuestionBox QRadioButton:hover, QuestionBox QCheckBox:hover, QuizItemBox QRadioButton:hover { border-color: $brand; }
QuestionBox QRadioButton:checked, QuestionBox QCheckBox:checked, QuizItemBox QRadioButton:checked {
    background: $selected; border-color: $brand;
}
QuestionBox QRadioButton:focus, QuestionBox QCheckBox:focus, QuizItemBox QRadioButton:focus {
    border: 3px solid $focus; margin: 0px;
}
"""

_FIELDS = """
QLineEdit, QPlainTextEdit, QTextEdit, QListWidget, QComboBox {
    color: $text; background: $base; border: 1px solid $border; border-radius: 4px; margin: 2px;
    selection-color: $highlighted_text; selection-background-color: $highlight;
}
QLineEdit, QPlainTextEdit, QTextEdit { placeholder-text-color: $placeholder; }
QLineEdit, QComboBox { padding: 3px 6px; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QListWidget:focus, QComboBox:focus {
    border: 3px solid $focus; margin: 0px;
}
QListWidget[quietFocus="true"]:focus { border: 1px solid $border; margin: 2px; }
QListWidget::item:selected { color: $highlighted_text; background: $highlight; }
QComboBox { padding-right: ${arrow_px}px; }
QComboBox::drop-down {
    subcontrol-origin: padding; subcontrol-position: center right; width: ${arrow_px}px; border: none;
}
QComboBox::down-arrow { image: url($images/$arrow); width: ${arrow_px}px; height: ${arrow_px}px; }
QComboBox QAbstractItemView { color: $text; background: $base; border: 1px solid $border; }
QTextEdit#preview { color: #000000; background: #ffffff; }
QGroupBox { border: 1px solid $border; border-radius: 4px; }
QGroupBox#quiz-mode { border: none; }
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 8px; padding: 0px 4px; font-weight: bold;
}
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator { width: ${indicator}px; height: ${indicator}px; }
"""

# Indicators are drawn by the theme in both themes: Fusion draws their outlines from the window colour
# (1.7-2.1:1 on white, invisible on black) and the tick of the selected list row in light grey on white
# (1.48:1); WCAG 1.4.11 asks 3:1. A checked box is filled with a black tick, a checked radio has a dot: the
# state is told by shape and fill, not by hue. tests/ui/test_contrast_painted.py measures the pixels.
_INDICATORS = """
QRadioButton::indicator, QCheckBox::indicator, QListWidget::indicator {
    border: 2px solid $border; background: $base; width: ${indicator_inner}px; height: ${indicator_inner}px;
}
QRadioButton::indicator { border-radius: ${radius}px; }
QRadioButton::indicator:checked {
    background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
                                stop:0 $window_text, stop:0.55 $window_text, stop:0.6 $base);
}
QCheckBox::indicator:checked, QListWidget::indicator:checked {
    background: #ffffff; image: url($images/check-black.svg);
}
QListWidget::indicator { background: #ffffff; }
"""

# High contrast: Fusion draws scroll bars from the window colour, which is invisible on black.
_HIGH_CONTRAST = """
QuestionBox QRadioButton:checked, QuestionBox QCheckBox:checked, QuizItemBox QRadioButton:checked {
    border: 3px solid $window_text; margin: 0px;
}
QScrollBar:vertical { background: $base; width: ${scroll}px; border: 1px solid $window_text; }
QScrollBar:horizontal { background: $base; height: ${scroll}px; border: 1px solid $window_text; }
QScrollBar::handle { background: $window_text; min-height: 24px; min-width: 24px; }
QScrollBar::add-line, QScrollBar::sub-line { width: 0px; height: 0px; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


SHEET = _TEXT + _HEADER + _FIELDS + _BUTTONS + _CARDS + _CHOICES + _INDICATORS


def build(theme: Theme, points: float) -> str:
    """The style sheet for `theme` at a body size of `points`."""
    px = fonts.px(points)
    values = {k: v for k, v in theme.__dict__.items() if isinstance(v, str)}
    values.update(
        title_pt=f"{points * fonts.TITLE:.1f}",
        heading_pt=f"{points * fonts.HEADING:.1f}",
        question_pt=f"{points * fonts.QUESTION:.1f}",
        crisis_pt=f"{points * fonts.CRISIS:.1f}",
        small_pt=f"{points * fonts.SMALL:.1f}",
        badge_pt=f"{points * fonts.BADGE:.1f}",
        pad_v=round(px * 0.28),
        pad_h=round(px * 1.0),
        choice_pad_v=round(px * 0.1),
        choice_pad_h=round(px * 0.6),
        indicator=round(px * 1.1),
        indicator_inner=round(px * 1.1) - 4,  # inside its 2 px outline: the same size as Fusion's box
        radius=round(px * 1.1) // 2,  # half the outline box: more than half and Qt draws a square
        scroll=round(px * 1.2),
        arrow_px=round(px * 0.8),
        bar=max(6, round(px * 0.4)),
        bar_radius=max(3, round(px * 0.2)),
        card_radius=round(px * 0.75),
        choice_radius=round(px * 0.5),
        button_radius=round(px * 0.5),
        badge_radius=round(px * 0.6),
        images=resource_path("theme").as_posix(),
    )
    sheet = SHEET + (_HIGH_CONTRAST if theme.style_indicators else "")
    return Template(sheet).substitute(values)
