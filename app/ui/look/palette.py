"""The app's colours: two themes (standard and high contrast) as design tokens, and WCAG contrast.

Standard is built on the app icon's teal (resources/icons/app.svg): a calm light page, white cards,
teal for the brand, the selected answer and the main button; a separate blue focus ring, so
"selected" and "has keyboard focus" never look alike. High contrast is black, white and yellow.
Every text colour pair passes WCAG AA (4.5:1) and every outline 3:1; tests/ui/test_theme.py
measures them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from app.ui.look.stylesheet import build

BRAND_TEAL = "#2a6f7c"  # the icon's tile colour


@dataclass(frozen=True)
class Theme:
    name: str
    window: str  # the page behind the cards
    window_text: str
    base: str  # cards, fields, lists
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
    border: str  # control outlines (non-text contrast >= 3:1 against window/base)
    error: str
    disabled_text: str
    link: str
    arrow: str  # combo box arrow image in resources/theme
    style_indicators: bool  # draw radio/check indicators and scroll bars ourselves
    brand: str = BRAND_TEAL  # the page title, the progress bar, the selected answer's outline
    on_brand: str = "#ffffff"  # text on the brand colour (the main button)
    brand_hover: str = "#1d5560"
    selected: str = "#e4f1f2"  # behind a selected answer card
    card_border: str = "#c6d5d7"  # a card's soft outline (decoration: the control has its own indicator)
    track: str = "#d5e2e4"  # the progress bar's empty part
    badge: str = "#e4f1f2"  # "Common" and the like
    badge_text: str = "#1d5560"
    serious_badge: str = "#fbe6e1"  # "Rare but serious"
    serious_badge_text: str = "#8c2f1b"
    info: str = "#e6f1f2"  # behind the facts: a quiet tint, so facts and questions look different
    info_border: str = "#e6f1f2"

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
        return build(self, points)


STANDARD = Theme(
    name="standard",
    window="#f3f6f6",
    window_text="#1c2b2e",
    base="#ffffff",
    alternate_base="#eef4f4",
    text="#1c2b2e",
    button="#ffffff",
    button_text="#1c2b2e",
    button_hover="#e4f1f2",
    button_pressed="#d3e6e8",
    highlight=BRAND_TEAL,
    highlighted_text="#ffffff",
    placeholder="#56676a",
    why="#43575b",
    focus="#0b57d0",
    focus_background="#e4edfb",
    border="#5f7275",
    error="#a11d1d",
    disabled_text="#5f6668",
    link="#1d5560",
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
    brand="#ffffff",
    on_brand="#000000",
    brand_hover="#d9d9d9",
    selected="#333333",
    card_border="#ffffff",
    track="#4d4d4d",
    badge="#000000",
    badge_text="#ffffff",
    serious_badge="#000000",
    serious_badge_text="#ffb0b0",
    info="#000000",
    info_border="#ffffff",
)

THEMES = {t.name: t for t in (STANDARD, HIGH_CONTRAST)}


# -- WCAG contrast (used by the tests and by anyone adding a colour) ---------------------------
def relative_luminance(colour: str | QColor) -> float:
    c = QColor(colour)

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast_ratio(a: str | QColor, b: str | QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)
