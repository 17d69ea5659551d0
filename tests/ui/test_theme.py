"""Themes: every text colour pair passes WCAG AA (4.5:1) in both themes; high contrast follows the
system until the person chooses; meaning is never carried by colour alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWizard

from app.ui.look import theme
from tests.helpers.screen import sheet_in_effect

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.BrightText, R.Window),
]


def ratios(t: theme.Theme) -> dict[str, float]:
    pal = t.palette()
    group = QPalette.ColorGroup.Active
    found = {
        f"{fg.name}/{bg.name}": theme.contrast_ratio(pal.color(group, fg), pal.color(group, bg))
        for fg, bg in TEXT_PAIRS
    }
    # Colours the style sheet uses for text, on the backgrounds they appear on.
    for name, fg, bg in [
        ("why/window", t.why, t.window),
        ("why/base", t.why, t.base),
        ("error/window", t.error, t.window),
        ("button/hover", t.button_text, t.button_hover),
        ("button/pressed", t.button_text, t.button_pressed),
        ("focused choice", t.window_text, t.focus_background),
        ("disabled/window", t.disabled_text, t.window),
    ]:
        found[name] = theme.contrast_ratio(fg, bg)
    return found


@pytest.mark.parametrize("t", [theme.STANDARD, theme.HIGH_CONTRAST], ids=lambda t: t.name)
def test_text_contrast_is_at_least_aa(t):
    low = {pair: round(r, 2) for pair, r in ratios(t).items() if r < 4.5}
    assert low == {}


@pytest.mark.parametrize("t", [theme.STANDARD, theme.HIGH_CONTRAST], ids=lambda t: t.name)
def test_outlines_and_focus_are_visible(t):
    """WCAG 1.4.11: control outlines and the focus ring need 3:1 against what is next to them."""
    for colour in (t.border, t.focus):
        assert theme.contrast_ratio(colour, t.window) >= 3, colour
        assert theme.contrast_ratio(colour, t.base) >= 3, colour


def test_contrast_formula_matches_known_values():
    assert theme.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert theme.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_high_contrast_applies_to_the_whole_app(standard_look, wizard):
    standard_look.set_high_contrast(True)
    pal = QApplication.palette()
    assert pal.color(R.Window).name() == "#000000" and pal.color(R.WindowText).name() == "#ffffff"
    # The yellow focus ring, in the sheet that styles the page shown and the window's buttons (a change gives
    # it to them, not to the whole application: app.ui.look.restyle).
    for widget in (wizard.currentPage(), wizard.button(QWizard.WizardButton.NextButton)):
        assert "#ffff00" in sheet_in_effect(widget)
    assert wizard.welcome_controls.contrast.isChecked()
    standard_look.set_high_contrast(False)
    assert QApplication.palette().color(R.Window).name() == theme.STANDARD.window
    assert not wizard.welcome_controls.contrast.isChecked()


def test_follows_the_system_until_the_person_chooses(standard_look, monkeypatch):
    preference = {"value": Qt.ContrastPreference.HighContrast}
    monkeypatch.setattr(
        theme, "_system_wants_high_contrast", lambda _access: preference["value"] == Qt.ContrastPreference.HighContrast
    )
    standard_look._system_contrast_changed()
    assert standard_look.high_contrast
    preference["value"] = Qt.ContrastPreference.NoPreference
    standard_look._system_contrast_changed()
    assert not standard_look.high_contrast
    standard_look.set_high_contrast(True)  # the person's choice wins from now on
    standard_look._system_contrast_changed()
    assert standard_look.high_contrast


def test_the_system_preference_is_read_where_qt_has_it(qapp):
    hints = QApplication.styleHints()
    assert hasattr(hints, "accessibility"), "Qt 6.10+ (pyproject's pin) reads the contrast preference"
    assert hints.accessibility().contrastPreference() in (
        Qt.ContrastPreference.NoPreference,
        Qt.ContrastPreference.HighContrast,
    )


def test_text_scale_steps(standard_look):
    base = standard_look.base_points
    assert base >= theme.MIN_BASE_POINTS
    for expected in theme.SCALES[1:]:
        standard_look.larger()
        assert standard_look.scale == expected
        assert QApplication.font().pointSizeF() == pytest.approx(base * expected / 100)
    standard_look.larger()
    assert standard_look.scale == 200  # stops at 200 %
    standard_look.reset_scale()
    standard_look.smaller()
    assert standard_look.scale == 100


def test_meaning_is_not_carried_by_colour_alone(person, wizard):
    """Errors say "Problem:", the most-important mark is a star character, crisis has a heading."""
    person.walk({"region": "uk"}, every_visible="no")
    summary = wizard.summary
    summary.show_message("The folder does not exist.", error=True)
    assert summary.message.text().startswith("Problem: ")
    assert summary.message.property("error") is True
    summary.show_message("Saved: x.pdf")
    assert not summary.message.text().startswith("Problem")
    sheet = QApplication.instance().styleSheet()
    assert 'QLabel#message[error="true"]' in sheet and "font-weight: bold" in sheet
