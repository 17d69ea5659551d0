"""Region-exact content at run time: for many answer mixes, what a person in one region is shown
(facts on the pages, doctor questions on the list, teach-back items) never names another region's
rules. The content checker proves the same statically (content_policy.Visibility); this walks the
real selection code (flow, rules) so the two cannot drift apart."""

from __future__ import annotations

import random

import pytest

from app.core.content_policy import regions_named
from app.core.flow import effective_answers, quiz_items, visible_facts
from app.core.loader import load_content
from app.core.model import NOT_SURE
from app.core.rules import select_questions
from app.paths import content_dir

REGIONS_TO_TEST = ["us", "uk", "eu", "other"]


def random_answers(content, rng: random.Random, region: str) -> dict:
    answers: dict = {"region": region}
    for _area, q in content.all_questions():
        if q.id == "region" or rng.random() < 0.15:  # some questions left unanswered
            continue
        if q.kind != "choice":  # a typed answer (age, weight, other medicines)
            answers[q.id] = "42" if q.kind == "number" else "ibuprofen <b>& co</b>"
            continue
        values = [c.value for c in content.choices_of(q)]
        if q.multiple:
            answers[q.id] = tuple(rng.sample(values, rng.randint(1, min(3, len(values)))))
        else:
            answers[q.id] = rng.choice(values)
    return answers


def shown_texts(content, answers: dict):
    effective = effective_answers(content, answers)
    for area in content.areas:
        for fact in visible_facts(content, area, answers):
            yield f"{area.id} fact", fact.text
    for q in select_questions(content, effective):
        yield q.id, f"{q.text} {q.why}"
    for item in quiz_items(content, answers):
        yield item.id, f"{item.text} {item.explain} {item.review_question}"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("region", REGIONS_TO_TEST)
def test_nothing_shown_names_another_regions_rules(lang, region):
    content = load_content(content_dir(), lang)
    rng = random.Random(f"{lang}-{region}")
    for _ in range(150):
        answers = random_answers(content, rng, region)
        for where, text in shown_texts(content, answers):
            named = regions_named([text])
            assert not named or region in named, f"{where} names {sorted(named)} for a person in {region}: {text}"


def test_not_sure_of_region_sees_both_rule_sets_labelled_by_region():
    content = load_content(content_dir(), "en")
    pregnancy = next(a for a in content.areas if a.id == "pregnancy")
    answers = {"region": NOT_SURE, "preg_can_become_pregnant": "yes"}
    facts = visible_facts(content, pregnancy, answers)
    regions = {tuple(f.regions) for f in facts}
    assert ("us",) in regions and ("uk", "eu") in regions and ("other",) in regions
    for fact in facts:  # a fact that names a region carries it in `regions`, so the page can label it
        if regions_named([fact.text]):
            assert set(fact.regions) <= regions_named([fact.text]) and fact.regions, fact.text


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_program_rule_has_an_as_of_date(lang):
    content = load_content(content_dir(), lang)
    rules = [
        f
        for a in content.areas
        for f in a.facts
        if any(w in f.text for w in ("iPLEDGE", "Pregnancy Prevention Programme", "Programa de Prevención de Embarazo"))
    ]
    assert rules
    assert [f.text for f in rules if not f.as_of] == []


def test_other_country_gets_the_neutral_pregnancy_variant():
    content = load_content(content_dir(), "en")
    pregnancy = next(a for a in content.areas if a.id == "pregnancy")
    facts = visible_facts(content, pregnancy, {"region": "other", "preg_can_become_pregnant": "yes"})
    assert any("ask your doctor" in f.text.lower() for f in facts)
    assert all(not regions_named([f.text]) for f in facts)
