"""The summary page shows the same triage as page 1: the red flags lead the list, topics left
unanswered are listed with a way back to their page, and a person using Spanish can have the
clinician part printed in English (ticked at first in the US). Driven like a person."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.core.loader import load_content
from app.ui.summary.summary_page import ROLE_KIND
from app.ui.wizard.wizard import RiskWizard
from tests.ui.driver import Person

CONTENT = Path(__file__).resolve().parents[2] / "resources" / "content"


def rows(page):
    return [page.list_widget.item(i) for i in range(page.list_widget.count())]


def test_unanswered_topics_are_listed_with_a_way_back(qtbot, person, wizard):
    person.walk({"region": "us", "preg_can_become_pregnant": "no"})  # nothing else answered
    page = wizard.summary
    kinds = [r.data(ROLE_KIND) for r in rows(page)]
    assert kinds[0] == "section" and kinds[1] == "flag"  # "Check first" leads, even with no flag
    unanswered = [r for r in rows(page) if r.data(ROLE_KIND) == "unanswered"]
    texts = [r.text() for r in unanswered]
    assert any(t.startswith("Mood: not answered") for t in texts), texts
    mood = next(r for r in unanswered if r.text().startswith("Mood"))
    page.list_widget.setFocus()
    page.list_widget.setCurrentItem(mood)
    qtbot.keyClick(page.list_widget, Qt.Key.Key_Return)  # activate the row: back to the mood page
    qtbot.waitUntil(lambda: wizard.currentPage().objectName() == "page-mental_health")
    person.pick("mh_harm_thoughts_now", "no")
    while wizard.currentId() != RiskWizard.SUMMARY_PAGE:
        person.next()
    assert not any(r.text().startswith("Mood: not answered") for r in rows(wizard.summary))
    assert "Mood: self-harm thoughts now: no" in wizard.summary.printout.text()


def test_spanish_person_in_the_us_gets_the_clinician_part_in_english(qtbot):
    spanish = RiskWizard(load_content(CONTENT, "es"))
    qtbot.addWidget(spanish)
    spanish.show()
    qtbot.waitExposed(spanish)
    person = Person(qtbot, spanish)
    person.walk({"region": "us", "mh_harm_thoughts_now": "yes"}, every_visible="no")
    page = spanish.summary
    box = page.printout.clinician_box
    assert box.isVisible() and box.isChecked()  # the US default: English
    person.type_into(page.printout.own_edit, "¿Puedo nadar?")
    person.click(page.printout.add_button)
    text = page.printout.text()
    assert "CHECK FIRST" in text and "!! Thoughts of self-harm NOW" in text and "Revisar primero" not in text
    assert "Ahora tengo pensamientos de hacerme daño" in text and "¿Puedo nadar?" in text  # theirs: Spanish
    person.click(page.printout.clinician_box)  # the person decides
    qtbot.waitUntil(lambda: "REVISAR PRIMERO" in page.printout.text())
    assert "CHECK FIRST" not in page.printout.text()


def test_english_has_no_clinician_language_choice(person, wizard):
    person.walk({"region": "us"}, every_visible="no")
    assert not wizard.summary.printout.clinician_box.isVisible()
