"""Walk the real wizard as different people and read the questions in the PDF they save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.rules import select_questions
from tests.helpers.text import bare, pdf_text

PERSONAS = {
    "teen who can become pregnant, past depression": dict(
        answers={
            "region": "us",
            "preg_can_become_pregnant": "yes",
            "preg_birth_control": ("condoms",),
            "preg_one_method_only": "yes",
            "mh_history": "yes",
            "mh_under_18": "yes",
        },
        rest="no",
        must=[
            "dq_preg_tests",
            "dq_preg_how_long_after",
            "dq_preg_one_method_us",
            "dq_mh_history",
            "dq_mh_under_18",
            "dq_serious_growth",
        ],
        # "which second method" for one method, not also "which 2 methods" (one of each kind).
        must_not=["dq_preg_methods_us", "dq_preg_methods_ukeu", "dq_preg_card_ukeu", "dq_mh_second_opinion"],
    ),
    "man on doxycycline, drinks daily, high triglycerides": dict(
        answers={
            "region": "us",
            "preg_can_become_pregnant": "no",
            "med_current": ("tetracycline",),
            "alcohol_amount": "daily",
            "fats_history": "yes",
        },
        rest="no",
        must=[
            "dq_med_tetracycline",
            "dq_liver_alcohol_daily",
            "dq_fats_high_triglycerides",
            "dq_serious_brain_pressure_signs",
        ],
        must_not=["dq_preg_methods_us", "dq_preg_tests", "dq_preg_how_long_after", "dq_mh_history"],
    ),
    "not sure everywhere": dict(
        answers={"region": "uk"},
        rest="not_sure",
        must=[
            "dq_preg_methods_ukeu",
            "dq_preg_card_ukeu",
            "dq_mh_second_opinion",
            "unsure.preg_can_become_pregnant",
            "unsure.mh_history",
            "unsure.alcohol_amount",
            "unsure.med_current",
        ],
        must_not=["dq_preg_methods_us", "dq_preg_pickup_us"],
    ),
    "no risk factors": dict(
        answers={
            "region": "uk",
            "preg_can_become_pregnant": "no",
            "alcohol_amount": "none",
            "med_current": ("none",),
            "mh_mood_now": "good",
        },
        rest="no",
        must=[
            "dq_general_how_long",
            "dq_general_tests",
            "dq_general_side_effect_starts",
            "dq_general_after_hours",
            "dq_liver_tests",
            "dq_fats_test",
        ],
        must_not=["dq_preg_tests", "dq_mh_history", "dq_med_tetracycline", "dq_liver_alcohol_daily"],
    ),
}


@pytest.mark.parametrize("name", list(PERSONAS))
def test_persona_walkthrough_to_pdf(name, person, wizard, content, tmp_path, monkeypatch):
    persona = PERSONAS[name]
    pages = person.walk(persona["answers"], every_visible=persona["rest"])
    assert pages[0] == "page-welcome" and len(pages) >= 9
    summary = wizard.summary
    assert summary.subTitle().startswith(f"Step {len(pages) + 1} of {len(pages) + 1}")
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    text = bare(pdf_text(target))

    selected = {q.id: q for q in select_questions(content, wizard.effective_answers())}
    for qid in persona["must"]:
        assert qid in selected, f"{qid} should be selected for {name}"
    for qid in persona["must_not"]:
        assert qid not in selected, f"{qid} should not be selected for {name}"
    for question in selected.values():  # (a topic's "not sure" answers print as one line naming them)
        printed = [question.text] + ([question.short] if question.origin == "not_sure" else [])
        if question.personal:
            assert any(bare(words) in text for words in printed), f"{question.id} missing from the PDF"
        else:  # questions many people ask start unticked: they print only when the person ticks them
            assert bare(question.text) not in text, f"{question.id} printed though nobody ticked it"
    everything = {dq.id: dq for a in content.areas for dq in a.doctor_questions}
    for qid in persona["must_not"]:
        assert bare(everything[qid].text) not in text
    # Screening questions are never printed as if they were doctor questions; sources and date are.
    assert bare(f"{content.meta.texts.reviewed_label}: {content.meta.reviewed.isoformat()}") in text
    assert bare(content.meta.texts.disclaimer) in text


def test_contraception_details_only_if_could_become_pregnant(person, wizard):
    person.pick("region", "uk")
    person.next()
    assert wizard.currentPage().objectName() == "page-expect"  # "What to expect" comes first
    person.next()
    page = wizard.currentPage()
    assert page.objectName() == "page-pregnancy"
    assert not page.boxes["preg_birth_control"].isVisible()
    person.pick("preg_can_become_pregnant", "not_sure")
    assert page.boxes["preg_birth_control"].isVisible()
    person.pick("preg_can_become_pregnant", "no")
    assert not page.boxes["preg_birth_control"].isVisible()


def test_sexual_section_can_be_skipped(person, wizard, content):
    person.pick("region", "uk")
    while wizard.currentPage().objectName() != "page-sexual":
        for qid, box in wizard.currentPage().boxes.items():
            if box.isVisible() and box.value() is None:
                person.pick(qid, "not_sure")
        person.next()
    page = wizard.currentPage()
    person.pick("sexual_concerns_now", "yes")
    person.click(page.skip_box)
    assert not page.boxes["sexual_concerns_now"].isVisible()
    person.next()
    ids = [q.id for q in select_questions(content, wizard.effective_answers())]
    assert "dq_sexual_concerns_now" not in ids


def test_none_of_these_is_exclusive(person, wizard):
    person.pick("region", "uk")
    while "med_current" not in wizard.currentPage().boxes:
        for qid, box in wizard.currentPage().boxes.items():
            if box.isVisible() and box.value() is None:
                person.pick(qid, "not_sure")
        person.next()
    box = wizard.currentPage().boxes["med_current"]
    person.pick("med_current", "tetracycline", "steroids")
    assert wizard.answers["med_current"] == ("tetracycline", "steroids")
    person.pick("med_current", "none")
    assert wizard.answers["med_current"] == ("none",)
    person.pick("med_current", "vitamin_a")
    assert wizard.answers["med_current"] == ("vitamin_a",)
    assert not box.buttons["none"].isChecked()
