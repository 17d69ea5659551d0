"""Thoughts of harming yourself now -> crisis contacts at once, on top, for the region; and on the printout."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from tests.helpers.text import pdf_text, squash


def go_to_mental_health(person, wizard, region):
    person.pick("region", region)
    while wizard.currentPage().objectName() != "page-mental_health":
        page = wizard.currentPage()
        for qid, box in page.boxes.items():
            if box.isVisible() and box.value() is None:
                person.pick(qid, "no" if "no" in box.buttons else "not_sure")
        person.next()


def dialog_text(dialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.mark.parametrize("region, numbers", [("us", ["988", "911"]), ("uk", ["116 123", "999"])])
def test_crisis_contacts_shown_at_once(qtbot, person, wizard, region, numbers):
    go_to_mental_health(person, wizard, region)
    assert wizard.crisis_dialog is None
    with qtbot.waitSignal(wizard.crisis_shown, timeout=1000) as signal:
        person.pick("mh_harm_thoughts_now", "yes")  # before pressing Next
    assert signal.args == [region]
    dialog = wizard.crisis_dialog
    assert dialog.isVisible() and dialog.isModal()
    assert dialog.isActiveWindow() or dialog.windowFlags() & dialog.windowFlags().WindowStaysOnTopHint
    text = dialog_text(dialog)
    for number in numbers:
        assert number in text
    person.click(dialog.findChildren(QPushButton)[0])
    assert not dialog.isVisible()


def test_no_crisis_when_answer_is_no(qtbot, person, wizard):
    go_to_mental_health(person, wizard, "uk")
    person.pick("mh_harm_thoughts_now", "no")
    assert wizard.crisis_dialog is None


def test_crisis_contacts_go_on_the_printout(qtbot, person, wizard, tmp_path, monkeypatch):
    go_to_mental_health(person, wizard, "uk")
    person.pick("mh_harm_thoughts_now", "yes")
    wizard.crisis_dialog.accept()
    person.walk({}, every_visible="no")
    summary = wizard.summary
    assert summary.findChild(QLabel, "crisis-title") is not None
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    text = squash(pdf_text(target))
    assert "116 123" in text and "999" in text
    assert text.index("116 123") < text.index("1. ")  # before the first question


@pytest.mark.parametrize(
    "region, numbers",
    [
        ("eu", ["112"]),
        ("other", ["000", "13 11 14", "988"]),
        ("not_sure", ["911", "988", "999", "116 123", "112"]),  # an unsure person gets every region's numbers
    ],
)
def test_not_sure_shows_the_same_numbers_with_gentler_words(qtbot, person, wizard, region, numbers):
    go_to_mental_health(person, wizard, region)
    with qtbot.waitSignal(wizard.crisis_shown, timeout=1000):
        person.pick("mh_harm_thoughts_now", "not_sure")
    dialog = wizard.crisis_dialog
    assert dialog.isVisible()
    text = squash(dialog_text(dialog))
    texts = wizard.content.meta.texts
    assert squash(texts.crisis_gentle_heading) in text and squash(texts.crisis_heading) not in text
    for number in numbers:
        assert number in text
    person.click(dialog.findChildren(QPushButton)[0])
    assert not dialog.isVisible()


# --- Youth lines and the Spanish 988 options, driven as a person would (content audit m10; Spanish review C1) ---


@pytest.mark.parametrize(
    "region, numbers",
    [
        ("uk", ["Childline", "0800 1111", "0808 808 8000"]),  # under-19s; Northern Ireland's Lifeline
        ("other", ["686868", "Kids Help Phone", "1800 55 1800", "Kids Helpline"]),
    ],
)
def test_young_people_see_their_own_lines(qtbot, person, wizard, region, numbers):
    go_to_mental_health(person, wizard, region)
    person.pick("mh_harm_thoughts_now", "yes")
    text = squash(dialog_text(wizard.crisis_dialog))
    for number in numbers:
        assert number in text, (region, number)


def test_crisis_text_speaks_to_people_who_have_not_started(qtbot, person, wizard):
    go_to_mental_health(person, wizard, "eu")
    person.pick("mh_harm_thoughts_now", "yes")
    text = squash(dialog_text(wizard.crisis_dialog))
    assert "If you already take isotretinoin, stop it" in text and "When you are safe, stop taking" not in text
    assert text.index("024") < text.index("Ireland")  # Spain first among the countries
    assert "Or text 50808 (free, 24/7)" in text and "Samaritans 116 123, or text 50808" not in text  # HSE's line


@pytest.fixture
def spanish_wizard(qtbot, content_root):
    from app.core.loader import load_content
    from app.ui.wizard.wizard import RiskWizard

    w = RiskWizard(load_content(content_root, "es"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.mark.parametrize("answer", ["yes", "not_sure"])
def test_spanish_speakers_in_the_us_are_told_to_text_ayuda(qtbot, spanish_wizard, answer):
    from tests.ui.driver import Person

    person = Person(qtbot, spanish_wizard)
    go_to_mental_health(person, spanish_wizard, "us")
    person.pick("mh_harm_thoughts_now", answer)
    text = squash(dialog_text(spanish_wizard.crisis_dialog))
    assert "AYUDA al 988" in text and "marque 2" in text and "1 para la línea de veteranos" in text
    if answer == "not_sure":
        assert "Si tiene dudas sobre si podría hacerse daño" in text  # not "Si no está seguro"
    footer = spanish_wizard.crisis_info().phone_line
    assert "AYUDA" in footer and "marque 2" in footer


def test_not_sure_region_footer_names_988_for_canada(content_root):
    from app.core.loader import load_content

    for lang in ("en", "es"):
        footer = load_content(content_root, lang).meta.crisis["not_sure"].phone_line
        assert "911 o 988" in footer or "911 or 988" in footer.split("Canada")[1], (lang, footer)
