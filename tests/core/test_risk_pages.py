"""The risk pages (mental health, liver, blood fats, serious, common, sexual, medicines) say what the
corrected fact base says, to each region: key warning signs, contraindications by region, no one-sided
reassurance, and the printout words ('know', 'short') a clinician reads.

Facts are looked up by what they must say (a few words), so a rewording that keeps the fact passes and
one that drops it fails. Checked in every language for the structure, in English for the words.
"""

from __future__ import annotations

import pytest

from app.core.decode import language_dirs
from app.core.flow import visible_facts
from app.core.loader import load_content
from app.core.model import NOT_SURE, REGIONS
from app.paths import content_dir

RISK_PAGES = ("mental_health", "liver", "blood_fats", "serious", "common", "sexual", "medicines")
LANGUAGES = [p.name for p in language_dirs(content_dir())]


def area(content, area_id):
    return next(a for a in content.areas if a.id == area_id)


def shown(content, area_id: str, region: str) -> list[str]:
    return [f.text for f in visible_facts(content, area(content, area_id), {"region": region})]


def one_saying(texts: list[str], *words: str) -> str:
    """The one fact that contains all these words (case-insensitive); fails if none does."""
    hits = [t for t in texts if all(w.lower() in t.lower() for w in words)]
    assert hits, f"no fact says {words!r}"
    return hits[0]


@pytest.fixture(scope="module", params=LANGUAGES)
def any_language(request):
    return load_content(content_dir(), request.param)


# --- Structure, every language -----------------------------------------------------------------


@pytest.mark.parametrize("area_id", RISK_PAGES)
@pytest.mark.parametrize("region", [*REGIONS, NOT_SURE])
def test_each_page_has_three_to_five_key_facts_first_for_each_region(any_language, area_id, region):
    facts = visible_facts(any_language, area(any_language, area_id), {"region": region})
    keys = [f for f in facts if f.key]
    assert 3 <= len(keys) <= (5 if region != NOT_SURE else 8), [f.text[:40] for f in keys]
    # key facts come first in the file, so a page that lists facts in order shows them first
    first_other = next((i for i, f in enumerate(facts) if not f.key), len(facts))
    assert all(not f.key for f in facts[first_other:]), "a key fact comes after a non-key fact"


@pytest.mark.parametrize("area_id", RISK_PAGES)
def test_every_question_is_named_and_no_answer_speaks_for_a_no(any_language, area_id):
    for q in area(any_language, area_id).questions:
        assert q.short.strip(), q.id
        choices = any_language.choices_of(q)
        if q.kind != "choice":
            assert not choices and q.max_length, q.id  # typed: the answer is what was typed, bounded
            continue
        assert not any(c.know for c in choices if c.value in ("none", NOT_SURE)), q.id
        if q.id != "mh_support_person":  # there "no" (no one to watch my mood) is what matters
            assert not any(c.know for c in choices if c.value == "no"), q.id
        assert any(c.know for c in choices), f"{q.id}: no answer says anything to the doctor"


def test_program_rules_carry_an_as_of_date(any_language):
    for area_id in RISK_PAGES:
        for fact in area(any_language, area_id).facts:
            if fact.regions == ["uk"] and "MHRA-DSU26" in fact.sources:
                assert fact.as_of == "2026-01-22", fact.text[:50]


# --- What the English pages say ----------------------------------------------------------------


@pytest.mark.parametrize("region", [*REGIONS, NOT_SURE])
def test_mood_warning_signs_are_the_medication_guide_list_and_point_to_crisis_numbers(content, region):
    facts = visible_facts(content, area(content, "mental_health"), {"region": region})
    signs = one_saying([f.text for f in facts], "stop the medicine", "not real")
    for sign in ("sad", "lose interest", "angry", "pull away", "hurting yourself", "dangerous impulses"):
        assert sign in signs, sign
    assert next(f for f in facts if f.text == signs).key
    one_saying([f.text for f in facts], "ending your life now", "emergency number", "crisis line")
    one_saying([f.text for f in facts], "may not be enough")


def test_uk_gets_the_2023_checks_and_the_2026_change_others_do_not(content):
    uk = shown(content, "mental_health", "uk")
    one_saying(uk, "UK", "before you start", "during treatment")
    one_saying(uk, "22 January 2026", "second prescriber", "second opinion")
    for region in ("us", "eu", "other"):
        assert not [t for t in shown(content, "mental_health", region) if "UK" in t or "MHRA" in t], region


def test_growth_plates_closing_early_is_reported_at_acne_doses_never_ruled_out(content):
    texts = [f.text for a in content.areas for f in a.facts]
    growth = one_saying(texts, "growth plates", "too early")
    assert "acne" in growth
    assert not [t for t in texts if "not with usual acne doses" in t or "very young children" in t]
    one_saying(shown(content, "serious", "us"), "more common in teens", "hard landings", "weak bones")


def test_peanut_and_soya_are_never_a_one_sided_reassurance(content):
    for region in (*REGIONS, NOT_SURE):
        one_saying(shown(content, "serious", region), "soybean", "oil")
    for region in ("uk", "eu"):
        one_saying(shown(content, "serious", region), "do not take", "peanut", "soya")
    uk = shown(content, "serious", "uk")
    one_saying(uk, "only a peanut allergy", "severe soya allergy")  # BAD 2023, next to the leaflet rule
    assert not [t for t in shown(content, "serious", "eu") if "only a peanut allergy" in t]
    us = shown(content, "serious", "us")
    one_saying(us, "US", "parabens")
    assert not [t for t in us if "peanut" in t.lower()]  # US peanut wording is not confirmed: say nothing
    assert not [t for a in content.areas for f in a.facts for t in [f.text] if "no one reacted" in t]


def test_serious_signs_that_mean_stop(content):
    serious = shown(content, "serious", "other")
    one_saying(serious, "headache", "vomiting", "dizziness", "eyesight", "stop the medicine")
    one_saying(serious, "rash", "fever", "blisters", "stop the medicine")
    one_saying(serious, "belly pain", "bleeding", "stop the medicine")
    pancreas = one_saying(shown(content, "blood_fats", "other"), "pancreatitis", "belly", "stop the medicine")
    assert next(f for f in area(content, "blood_fats").facts if f.text == pancreas).frequency == "rare"
    one_saying(shown(content, "liver", "other"), "yellow", "eyes", "stop the medicine")


@pytest.mark.parametrize(
    "area_id, words",
    [
        ("liver", ("liver disease", "must not take")),
        ("blood_fats", ("very high blood fats",)),
    ],
)
def test_uk_eu_contraindications_are_shown_there_only(content, area_id, words):
    for region in ("uk", "eu", NOT_SURE):
        one_saying(shown(content, area_id, region), *words)
    for region in ("us", "other"):
        assert not [t for t in shown(content, area_id, region) if all(w in t for w in words)], region


def test_tetracyclines_and_vitamin_a_are_key_on_the_medicines_page(content):
    keys = [f.text for f in area(content, "medicines").facts if f.key]
    one_saying(keys, "tetracycline", "should not be taken")
    one_saying(keys, "vitamin A supplements")


def test_no_region_only_words_on_the_risk_pages(content):
    words = ("feeling cross", "jelly sweets", "diarrhea", "diarrhoea", "sunbed", "carer", "moisturis", "moisturiz")
    for area_id in RISK_PAGES:
        a = area(content, area_id)
        texts = [a.intro, *(f.text for f in a.facts)]
        for q in a.questions:
            texts += [q.text, q.why, *(c.label for c in content.choices_of(q))]
        texts += [t for dq in a.doctor_questions for t in (dq.text, dq.why)]
        for text in texts:
            assert not [w for w in words if w in text.lower()], text


@pytest.mark.parametrize("region", [*REGIONS, NOT_SURE])
def test_a_person_who_cannot_become_pregnant_is_not_shown_the_birth_control_rules(region):
    content = load_content(content_dir(), "en")
    page = area(content, "pregnancy")
    cannot = [f.text for f in visible_facts(content, page, {"region": region, "preg_can_become_pregnant": "no"})]
    could = [f.text for f in visible_facts(content, page, {"region": region, "preg_can_become_pregnant": "yes"})]
    rules = [t for t in cannot if "ask your doctor which" not in t.lower()]  # "other": which rules apply there
    for words in (("birth control",), ("pregnancy test",)):
        assert not [t for t in rules if all(w in t.lower() for w in words)], words
        assert [t for t in could if all(w in t.lower() for w in words)], words
    # What everyone still reads: the harm to an unborn baby, and that breastfeeding is not allowed there.
    one_saying(cannot, "birth defects")
    if region in ("us", "uk", "eu", NOT_SURE):
        one_saying(cannot, "breastfeed")
