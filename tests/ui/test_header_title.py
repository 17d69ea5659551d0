"""The header's title is never cut: a title longer than the header's room wraps, and the header grows for
the second line (Spanish at 200 % in a window of a 1280 x 720 screen cut both lines in half)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from app.core.loader import load_content
from app.paths import content_dir
from app.ui.prefs import translations
from app.ui.wizard.wizard import RiskWizard


@pytest.fixture
def spanish():
    translations.install("es")
    yield load_content(content_dir(), "es")
    translations.install("en")


@pytest.mark.parametrize("scale, width", [(200, 1100), (200, 1264), (100, 1100)])
def test_the_title_is_whole_at_any_text_size(qtbot, standard_look, spanish, scale, width):
    standard_look.set_scale(scale)
    wizard = RiskWizard(spanish)
    qtbot.addWidget(wizard)
    wizard.resize(width, 672)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.findChild(QLabel, "wizard-title") is not None, timeout=3000)  # after 1st paint
    title = wizard.findChild(QLabel, "wizard-title")

    def whole() -> bool:
        needed = title.heightForWidth(title.width()) if title.wordWrap() else title.sizeHint().height()
        header = title.parentWidget()
        return title.height() >= needed and header.rect().contains(title.geometry())

    qtbot.waitUntil(whole, timeout=3000)
    assert title.text() == "Lista de riesgos de la isotretinoína"


@pytest.mark.parametrize("scale", [100, 200])
def test_the_header_is_as_tall_as_what_it_shows(qtbot, standard_look, content, scale):
    """No blank band above the progress bar: QWizard had sized the header for the title and the step line
    one under the other, before the step line moved beside the title (30 px too tall at 200 %)."""
    standard_look.set_scale(scale)
    wizard = RiskWizard(content)
    qtbot.addWidget(wizard)
    wizard.resize(1264, 672)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: wizard.findChild(QLabel, "wizard-title") is not None, timeout=3000)
    header = wizard.findChild(QLabel, "wizard-title").parentWidget()
    qtbot.waitUntil(lambda: abs(header.height() - header.sizeHint().height()) <= 2, timeout=3000)
