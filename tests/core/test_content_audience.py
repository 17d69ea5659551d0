"""Who is shown what (content-audit.md C1, M2): walk the real selection code (flow, rules) over
the shipped content, in every region and language, as test_region_exact does.

- C1: text about trying for a baby or sperm ("you may take it while trying for a baby") is for
  people who cannot become pregnant; it never reaches a person who answered "could become pregnant"
  yes or not sure.
- M2: every region, "another country" and "not sure" included, is told that the labels say not to
  breastfeed; nobody is told to ask "whether you can breastfeed".
"""

from __future__ import annotations

import random
import re

import pytest

from app.core.flow import effective_answers, quiz_items, visible_areas, visible_facts, visible_questions
from app.core.loader import load_content
from app.core.model import NOT_SURE
from app.core.rules import select_questions
from app.paths import content_dir

LANGS = ["en", "es"]
REGION_ANSWERS = ["us", "uk", "eu", "other", NOT_SURE, None]  # None: the region question unanswered
CAN_BECOME_PREGNANT = "preg_can_become_pregnant"

# Words about fathering a baby: sperm, trying for a baby, a partner who is pregnant.
SPERM_WORDS = {
    "en": re.compile(r"\bsperm\b|trying for a baby|partner is pregnant", re.I),
    "es": re.compile(r"\besperma\b|espermatozoide|busca(ndo)? (un )?beb[eé]|pareja (está|esté) embarazada", re.I),
}
# "The labels say not to breastfeed" (every region) and the wording the audit found misleading.
NO_BREASTFEEDING = {
    "en": re.compile(r"not (to )?breastfeed|must not be taken while breastfeeding", re.I),
    "es": re.compile(r"no d[eé] el pecho|no se debe (dar el pecho|tomar mientras se da el pecho)", re.I),
}
ASK_WHETHER_BREASTFEED = {
    "en": re.compile(r"whether you (can|may) breastfeed", re.I),
    "es": re.compile(r"si puede dar el pecho", re.I),
}


def answers_for(region: str | None, **more) -> dict:
    answers = {} if region is None else {"region": region}
    answers.update(more)
    return answers


def random_answers(content, rng: random.Random, region: str | None, pregnant: str) -> dict:
    answers = answers_for(region, **{CAN_BECOME_PREGNANT: pregnant})
    for _area, q in content.all_questions():
        if q.id in ("region", CAN_BECOME_PREGNANT) or rng.random() < 0.15:
            continue
        values = [c.value for c in content.choices_of(q)]
        if not values:  # a typed answer (age, weight, other medicines): a short text
            answers[q.id] = "12"
            continue
        if q.multiple:
            answers[q.id] = tuple(rng.sample(values, rng.randint(1, min(3, len(values)))))
        else:
            answers[q.id] = rng.choice(values)
    return answers


def everything_shown(content, answers: dict):
    """(where, text) for every patient-facing text these answers show: facts and screening
    questions on the visible pages, the doctor questions picked, the teach-back items."""
    effective = effective_answers(content, answers)
    for area in visible_areas(content, answers):
        yield f"{area.id} intro", area.intro
        for fact in visible_facts(content, area, answers):
            yield f"{area.id} fact", fact.text
        for q in visible_questions(content, area, answers):
            labels = " ".join(c.label for c in content.choices_of(q))
            yield q.id, f"{q.text} {q.why} {labels}"
    for q in select_questions(content, effective):
        yield q.id, f"{q.text} {q.why}"
    for item in quiz_items(content, answers):
        yield item.id, f"{item.text} {item.explain} {item.review_question}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pregnant", ["yes", NOT_SURE])
@pytest.mark.parametrize("region", REGION_ANSWERS)
def test_sperm_fact_never_reaches_a_person_who_could_become_pregnant(lang, pregnant, region):
    content = load_content(content_dir(), lang)
    rng = random.Random(f"c1-{lang}-{pregnant}-{region}")
    mixes = [answers_for(region, **{CAN_BECOME_PREGNANT: pregnant})]
    mixes += [random_answers(content, rng, region, pregnant) for _ in range(120)]
    for answers in mixes:
        for where, text in everything_shown(content, answers):
            assert not SPERM_WORDS[lang].search(text), f"{where} reaches {CAN_BECOME_PREGNANT}={pregnant}: {text}"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("region", REGION_ANSWERS)
def test_sperm_fact_reaches_a_person_who_cannot_become_pregnant_and_names_them(lang, region):
    content = load_content(content_dir(), lang)
    shown = [text for _w, text in everything_shown(content, answers_for(region, **{CAN_BECOME_PREGNANT: "no"}))]
    sperm = [text for text in shown if SPERM_WORDS[lang].search(text)]
    assert len(sperm) == 1, sperm
    audience = {"en": "If you cannot become pregnant", "es": "Si usted no puede embarazarse"}[lang]
    assert sperm[0].startswith(audience), sperm[0]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("pregnant", ["yes", "no", NOT_SURE, None])
@pytest.mark.parametrize("region", REGION_ANSWERS)
def test_every_region_is_told_the_labels_say_not_to_breastfeed(lang, pregnant, region):
    content = load_content(content_dir(), lang)
    answers = answers_for(region) if pregnant is None else answers_for(region, **{CAN_BECOME_PREGNANT: pregnant})
    pregnancy = next(a for a in content.areas if a.id == "pregnancy")
    facts = [f.text for f in visible_facts(content, pregnancy, answers)]
    assert any(NO_BREASTFEEDING[lang].search(text) for text in facts), facts


@pytest.mark.parametrize("lang", LANGS)
def test_nobody_is_asked_to_find_out_whether_they_can_breastfeed(lang):
    content = load_content(content_dir(), lang)
    rng = random.Random(f"m2-{lang}")
    for region in REGION_ANSWERS:
        for pregnant in ("yes", "no", NOT_SURE):
            mixes = [answers_for(region, **{CAN_BECOME_PREGNANT: pregnant})]
            mixes += [random_answers(content, rng, region, pregnant) for _ in range(30)]
            for answers in mixes:
                for where, text in everything_shown(content, answers):
                    assert not ASK_WHETHER_BREASTFEED[lang].search(text), f"{where} ({region}): {text}"
