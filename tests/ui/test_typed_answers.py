"""Typed answers in the real wizard: the person types their age, weight and other medicines; the
summary's preview (the printout) shows them on page 1; a tap-only kiosk does not ask them."""

from __future__ import annotations

from app.kiosk.shell import KioskShell
from tests.helpers.kiosk import FakeClock, kiosk_config, release, start_session


def test_typed_age_weight_and_medicines_reach_page_one(person, wizard):
    person.walk(
        {"region": "us", "about_age": "17", "about_weight": "130", "med_other": "sertraline"}, every_visible="no"
    )
    text = wizard.summary.printout.text()
    assert "Age: 17" in text and "Weight: 130 lb" in text
    assert "other medicines: sertraline" in text
    assert wizard.answers["about_age"] == "17"  # kept in the answers, like any answer


def test_a_tap_only_kiosk_does_not_ask_typed_questions(qtbot, content):
    shell = KioskShell(content, kiosk_config(), clock=FakeClock(), apply_style=False)
    qtbot.addWidget(shell, before_close_func=release)
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    kiosk_person = start_session(qtbot, shell)
    kiosk_person.walk({"region": "us"}, every_visible="no")
    general = shell.wizard.area_pages["general"]
    assert general.boxes["about_age"].isHidden() and not general.boxes["general_first_course"].isHidden()
    assert "Age: ____" in shell.wizard.summary.printout.text()
