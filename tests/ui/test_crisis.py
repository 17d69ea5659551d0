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
    person.click(summary.actions.pdf_button)
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
