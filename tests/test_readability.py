"""Plain language: every patient-facing text in the content, measured with textstat.

English: Flesch-Kincaid grade, average ≤ 8 and no single item above 10 (NIH: 8th grade or below;
AMA: about 6th).

Spanish: Flesch-Kincaid is an English formula, so Spanish uses the Szigriszt-Pazos perspicuity
index with the INFLESZ scale (Barrio-Cantalejo et al., 2008, made for Spanish health texts):
<40 very hard, 40-55 somewhat hard, 55-65 normal (about US grades 7-8), 65-80 quite easy, >80
very easy. So: average ≥ 55 ("normal" or easier), and no item of 8 words or more below 40 ("very
hard"). Shorter items are left to the average: on two to seven words the index swings with a single
long word (a drug name), which says nothing about how hard the sentence is.

An item over the limit is either rewritten or listed in KNOWN_OVER_LIMIT with the reason; the list
may not keep items that have since been fixed.
"""

from __future__ import annotations

import statistics

import pytest

from app.core.decode import language_dirs
from app.core.loader import load_content
from app.paths import content_dir

textstat = pytest.importorskip("textstat")

MAX_AVERAGE_GRADE, MAX_ITEM_GRADE = 8.0, 10.0  # English, Flesch-Kincaid grade
MIN_AVERAGE_INFLESZ, MIN_ITEM_INFLESZ, MIN_WORDS_ES = 55.0, 40.0, 8  # Spanish, Szigriszt-Pazos
CHOICE_MIN_WORDS = 4  # shorter answer labels ("Yes", "Condoms") are not prose

# (language, item) -> why it may stay for now. Reported to the content owners to simplify.
KNOWN_OVER_LIMIT: dict[tuple[str, str], str] = {
    ("en", "quiz.quiz_tetracyclines.tetracyclines"): "an answer that names two antibiotics, not a sentence",
    ("es", "quiz.quiz_tetracyclines.tetracyclines"): "an answer that names two antibiotics, not a sentence",
    ("es", "med_current.tetracycline"): "names three antibiotics; the English item is the hardest in English too",
    ("es", "dq_med_seizure_birth_control.why"): "long medical words (convulsiones, anticonceptivos hormonales)",
}


def patient_texts(content) -> list[tuple[str, str]]:
    """(where, text) for everything a patient reads that comes from the content files."""
    meta = content.meta
    items = [("meta.welcome", meta.welcome), ("not_sure.why", meta.not_sure.why)]
    items += [(f"glossary.{g.term}", g.explain) for g in meta.glossary]
    for area in content.areas:
        items.append((f"{area.id}.intro", area.intro))
        items += [(f"{area.id}.facts[{i}]", fact.text) for i, fact in enumerate(area.facts)]
        for q in area.questions:
            items += [(f"{q.id}.text", q.text), (f"{q.id}.why", q.why)]
            items += [
                (f"{q.id}.{c.value}", c.label)
                for c in content.choices_of(q)
                if len(c.label.split()) >= CHOICE_MIN_WORDS
            ]
        for dq in area.doctor_questions:
            items += [(f"{dq.id}.text", dq.text), (f"{dq.id}.why", dq.why)]
    for item in getattr(content, "quiz", ()):  # the teach-back check
        items += [
            (f"quiz.{item.id}.text", item.text),
            (f"quiz.{item.id}.explain", item.explain),
            (f"quiz.{item.id}.review", item.review_question),
        ]
        items += [
            (f"quiz.{item.id}.{c.value}", c.label) for c in item.choices if len(c.label.split()) >= CHOICE_MIN_WORDS
        ]
    return [(where, text) for where, text in items if text.strip()]


LANGUAGES = [p.name for p in language_dirs(content_dir())]


@pytest.fixture
def measure(request):
    lang = request.param
    textstat.set_lang(lang)
    yield lang
    textstat.set_lang("en")


def over_limit(lang: str, items) -> tuple[float, dict[str, float]]:
    if lang == "en":
        scores = {where: textstat.flesch_kincaid_grade(text) for where, text in items}
        too_hard = {w: s for w, s in scores.items() if s > MAX_ITEM_GRADE}
        return statistics.mean(scores.values()), too_hard
    if lang == "es":
        words = {where: len(text.split()) for where, text in items}
        scores = {where: textstat.szigriszt_pazos(text) for where, text in items}
        too_hard = {w: s for w, s in scores.items() if s < MIN_ITEM_INFLESZ and words[w] >= MIN_WORDS_ES}
        return statistics.mean(scores.values()), too_hard
    pytest.skip(f"no readability limit chosen for '{lang}' yet")


@pytest.mark.parametrize("measure", LANGUAGES, indirect=True)
def test_content_is_plain_language(measure):
    lang = measure
    items = patient_texts(load_content(content_dir(), lang))
    assert len(items) > 100
    average, too_hard = over_limit(lang, items)
    if lang == "en":
        assert average <= MAX_AVERAGE_GRADE, f"average grade {average:.1f}"
    else:
        assert average >= MIN_AVERAGE_INFLESZ, f"average INFLESZ {average:.1f}"
    known = {where for (language, where) in KNOWN_OVER_LIMIT if language == lang}
    texts = dict(items)
    new = {w: (round(s, 1), texts[w]) for w, s in too_hard.items() if w not in known}
    assert new == {}, "rewrite these in shorter sentences and commoner words"
    assert sorted(known - set(too_hard)) == [], "fixed: remove them from KNOWN_OVER_LIMIT"


def test_formulas_behave_as_expected():
    textstat.set_lang("en")
    assert textstat.flesch_kincaid_grade("The cat sat on the mat. It was warm.") < 3
    hard = (
        "Isotretinoin-associated intracranial hypertension necessitates immediate discontinuation "
        "and neuro-ophthalmological evaluation."
    )
    assert textstat.flesch_kincaid_grade(hard) > 12
    textstat.set_lang("es")
    try:
        assert textstat.szigriszt_pazos("El gato se sentó en la casa. Hacía sol.") > 80
        assert (
            textstat.szigriszt_pazos(
                "La hipertensión intracraneal asociada a la isotretinoína requiere interrupción inmediata."
            )
            < 40
        )
    finally:
        textstat.set_lang("en")
