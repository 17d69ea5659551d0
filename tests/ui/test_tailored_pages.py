"""Each page leads with its deciding question and shows only what applies: its key facts first (the
rest behind "More about …"), badges for how common, dates for program rules, other regions' rules
hidden (labelled for a person not sure of their region), and the sources named behind a toggle
instead of tags after every bullet."""

from __future__ import annotations

import re

import msgspec
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.core import flow
from app.core.loader import load_content
from app.core.model import NOT_SURE, AnyOf, Condition, Fact
from app.ui.look.layout_walk import layout_widgets
from app.ui.parts import facts
from app.ui.wizard.accessibility import reading_order
from app.ui.wizard.wizard import RiskWizard
from tests.ui.driver import Person


def open_page(person, wizard, name: str, region: str) -> object:
    person.pick("region", region)
    person.next()
    while wizard.currentPage().objectName() != name:
        page = wizard.currentPage()
        for qid, box in page.boxes.items():
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if box.isVisible() and box.value() is None:
                person.pick(qid, next(v for v in ("no", "none", "not_sure") if v in box.buttons))
        person.next()
    QApplication.processEvents()
    return wizard.currentPage()


def shown_facts(page) -> list:
    return [row.fact for row in page.shown_fact_rows()]


def key_facts(page) -> list:
    rows = layout_widgets(page.key_layout)
    return [row.fact for row in rows if isinstance(row, facts.FactRow) and not row.isHidden()]


def could_become_pregnant() -> Condition:
    return Condition(any_of=AnyOf(question="preg_can_become_pregnant", values=["yes", NOT_SURE]))


def with_gated_program_rules(content):
    """The content with the pregnancy program's rules shown only to people who could become pregnant
    (the content says so through each fact's show_if; here on a copy, to test the mechanism)."""
    areas = []
    for area in content.areas:
        if area.id == "pregnancy":
            area = msgspec.structs.replace(
                area,
                facts=[
                    msgspec.structs.replace(f, show_if=could_become_pregnant()) if f.regions else f for f in area.facts
                ],
            )
        areas.append(area)
    return msgspec.structs.replace(content, areas=tuple(areas))


def test_the_deciding_question_comes_first_and_the_rules_follow_the_answer(qtbot, content):
    wizard = RiskWizard(with_gated_program_rules(content))
    qtbot.addWidget(wizard)
    wizard.show()
    person = Person(qtbot, wizard)
    page = open_page(person, wizard, "page-pregnancy", "us")
    boxes = [w for w in reading_order(page) if w in page.boxes.values() and not w.isHidden()]
    assert boxes[0].question.id == "preg_can_become_pregnant"
    assert shown_facts(page) == [], "facts before the deciding question is answered"
    person.pick("preg_can_become_pregnant", "no")
    page.more.set_open(True)
    answers = wizard.effective_answers()
    no_facts = shown_facts(page)
    assert no_facts and all(flow.fact_applies(f, answers) for f in no_facts)
    assert not any(f.regions for f in no_facts), "a program rule shown to someone who cannot become pregnant"
    assert not page.boxes["preg_birth_control"].isVisible()
    person.pick("preg_can_become_pregnant", "yes")
    yes_facts = shown_facts(page)
    assert any(f.regions == ["us"] for f in yes_facts) and len(yes_facts) > len(no_facts)
    assert page.boxes["preg_birth_control"].isVisible()


@pytest.mark.parametrize("region", ["us", "uk"])
def test_other_regions_rules_are_not_shown(person, wizard, region):
    page = open_page(person, wizard, "page-pregnancy", region)
    person.pick("preg_can_become_pregnant", "yes")
    page.more.set_open(True)
    shown = shown_facts(page)
    assert shown and all(not f.regions or region in f.regions for f in shown)
    everyone = [f for f in page.area.facts if f.regions and region not in f.regions]
    assert everyone, "the content has rules of other regions on this page"
    assert not any(f in shown for f in everyone)
    assert not any(row.label.text().startswith("<b>") for row in page.shown_fact_rows())  # no region labels


def test_not_sure_of_the_region_sees_each_rule_labelled(person, wizard):
    page = open_page(person, wizard, "page-pregnancy", NOT_SURE)
    person.pick("preg_can_become_pregnant", "yes")
    page.more.set_open(True)
    rows = page.shown_fact_rows()
    labelled = {tuple(row.fact.regions): row.label.text() for row in rows if row.fact.regions}
    assert ("us",) in labelled and ("uk", "eu") in labelled
    assert "<b>US rules:</b>" in labelled[("us",)]
    assert "<b>UK and EU rules:</b>" in labelled[("uk", "eu")]
    for row in rows:
        if row.fact.regions:
            assert row.label.accessibleName().startswith(facts.region_label(row.fact.regions) + ":")


def test_key_facts_first_and_the_rest_behind_more_about(person, wizard, qtbot):
    page = open_page(person, wizard, "page-mental_health", "uk")
    shown_first = key_facts(page)
    applicable = [f for f in page.area.facts if flow.fact_applies(f, wizard.effective_answers())]
    assert 3 <= len(shown_first) <= 5 and all(f.key for f in shown_first)
    rest = [f for f in applicable if f not in shown_first]
    assert rest and not page.more.body.isVisible()
    button = page.more.button
    assert button.isVisible() and button.accessibleName().startswith("More about")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # keyboard-operable
    assert page.more.body.isVisible() and button.isChecked()
    assert [f for f in shown_facts(page) if f not in shown_first] == rest
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not page.more.body.isVisible()


def test_an_area_without_key_facts_shows_its_first_ones(qtbot, content_copy):
    """Content that marks no key fact still gets a short page (the first facts that apply)."""
    content = load_content(content_copy, "en")
    areas = tuple(
        msgspec.structs.replace(a, facts=[msgspec.structs.replace(f, key=False) for f in a.facts])
        for a in content.areas
    )
    wizard = RiskWizard(msgspec.structs.replace(content, areas=areas))
    qtbot.addWidget(wizard)
    wizard.show()
    page = open_page(Person(qtbot, wizard), wizard, "page-serious", "uk")
    assert len(key_facts(page)) == facts.KEY_FALLBACK
    assert (
        key_facts(page)
        == [f for f in page.area.facts if flow.fact_applies(f, wizard.effective_answers())][: facts.KEY_FALLBACK]
    )


def test_badges_dates_and_sources(person, wizard):
    page = open_page(person, wizard, "page-pregnancy", "us")
    person.pick("preg_can_become_pregnant", "yes")
    page.more.set_open(True)
    rows = page.shown_fact_rows()
    serious = [row for row in rows if row.fact.serious]
    assert serious and all(row.badge is not None and row.badge.isVisible() for row in serious)
    assert all(row.badge.text() == facts.badge_text(row.fact) and row.badge.property("serious") for row in serious)
    dated = [row for row in rows if row.fact.as_of]
    assert dated and all(re.search(r"as of [A-Z][a-z]{2} \d{4}", row.label.text()) for row in dated)
    # No source tags after the bullets; the page names the original documents behind a toggle.
    tags = {tag for row in rows for tag in row.fact.sources}
    assert not any(f"[{tag}" in row.label.text() or tag in row.label.text() for row in rows for tag in tags)
    assert not page.sources.body.isVisible()
    page.sources.set_open(True)
    listed = page.sources_label.text()
    for tag in tags:
        source = wizard.content.sources[tag]
        assert source.title in listed and source.publisher in listed
        assert (source.read_at or "\0") not in listed  # a copy's address is never shown
    assert page.sources_label.focusPolicy() & Qt.FocusPolicy.TabFocus  # reachable by a screen reader
    assert all(
        any(source_line in row.description() for source_line in facts.sources_of(wizard.content, row.fact.sources))
        for row in rows
    )


def test_badge_words():
    assert facts.badge_text(Fact(text="x", frequency="rare", serious=True)) == "Rare but serious"
    assert facts.badge_text(Fact(text="x", frequency="common")) == "Common"
    assert facts.badge_text(Fact(text="x")) == ""
    assert facts.region_label(["uk", "eu"]) == "UK and EU rules"
    assert facts.region_label(["other"]) == "Other countries' rules"  # content-audit.md m18
    assert facts.region_label(["us", "other"]) == "US and other countries' rules"
    assert facts.as_of_text("2026-08") == "as of Aug 2026" and facts.as_of_text("") == ""
