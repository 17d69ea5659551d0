"""The teach-back check: quiz.toml is validated like all content, every person gets 5-8 items, and
wrong or "not sure" answers (only those) become "Please explain again" questions."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pytest

from app.core import flow, quiz
from app.core.decode import QUIZ_FILE
from app.core.model import NOT_SURE
from app.core.rules import ORIGIN_EXTRA, select_questions
from app.core.validate import QUIZ_MAX, QUIZ_MIN, check_content

PREGNANT_Q = "preg_can_become_pregnant"


def problems_for(root: Path) -> list[str]:
    problems, _ = check_content(root)
    return [str(p) for p in problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def quiz_problems(root: Path) -> list[str]:
    return [p for p in problems_for(root) if QUIZ_FILE in p]


def test_shipped_quiz_is_valid_and_loaded_apart_from_the_areas(content, content_root):
    assert problems_for(content_root) == []
    assert len(content.quiz) >= QUIZ_MIN
    assert "quiz" not in {a.id for a in content.areas}  # not a risk area / wizard page of its own
    for item in content.quiz:
        values = [c.value for c in item.choices]
        assert NOT_SURE in values and item.correct in values and item.correct != NOT_SURE
        assert item.sources and all(tag in content.sources for tag in item.sources)
        assert item.review_question.startswith("Please explain again: ")


def test_wrong_correct_value_is_reported_with_its_line(content_copy):
    path = content_copy / "en" / QUIZ_FILE
    edit(path, 'correct = "one_month"', 'correct = "two_months"')
    found = quiz_problems(content_copy)
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if 'id = "quiz_pregnancy_after"' in t)
    assert any(f"{QUIZ_FILE}:{line}" in p and "'two_months' is not one of the choices" in p for p in found), found


def test_not_sure_cannot_be_the_right_answer(content_copy):
    edit(content_copy / "en" / QUIZ_FILE, 'correct = "six_months"', f'correct = "{NOT_SURE}"')
    assert any("is not one of the choices" in p for p in quiz_problems(content_copy))


def test_missing_not_sure_is_reported(content_copy):
    path = content_copy / "en" / QUIZ_FILE
    text = path.read_text(encoding="utf-8")
    start = text.index('id = "quiz_vitamin_a"')
    end = start + text[start:].index("]\ncorrect")
    item = text[start:end]
    path.write_text(
        text[:start] + item.replace('  { value = "not_sure", label = "I\'m not sure" },\n', "") + text[end:],
        encoding="utf-8",
    )
    assert any("must include 'not_sure'" in p for p in quiz_problems(content_copy))


def test_unknown_source_topic_and_condition_are_reported(content_copy):
    path = content_copy / "en" / QUIZ_FILE
    edit(path, 'sources = ["LABEL-PLR", "DERMNET"]', 'sources = ["LABEL-PLR", "MADE-UP"]')
    edit(path, 'topic = "medicines"', 'topic = "no_such_topic"')
    edit(path, 'question = "preg_breastfeeding"', 'question = "no_such_question"')
    found = quiz_problems(content_copy)
    assert any("unknown source tag 'MADE-UP'" in p for p in found), found
    assert any("unknown topic 'no_such_topic'" in p for p in found), found
    assert any("unknown or later question id 'no_such_question'" in p for p in found), found


def test_quiz_ids_must_be_unique_across_all_content(content_copy):
    edit(content_copy / "en" / QUIZ_FILE, 'id = "quiz_mood"', 'id = "dq_general_tests"')
    assert any("duplicate id 'dq_general_tests'" in p for p in quiz_problems(content_copy))


def test_item_without_sources_is_reported(content_copy):
    edit(content_copy / "en" / QUIZ_FILE, 'sources = ["NHS-SE", "US-MG"]', "sources = []")
    assert any("no sources" in p for p in quiz_problems(content_copy))


def test_unknown_key_is_a_decoding_error_naming_the_file(content_copy):
    edit(content_copy / "en" / QUIZ_FILE, 'id = "quiz_mood"', 'id = "quiz_mood"\nscore = 10')
    assert quiz_problems(content_copy)


def test_too_few_items_for_someone_is_reported(content_copy):
    """Make the mood item US-only: people elsewhere who cannot become pregnant get only 4."""
    edit(
        content_copy / "en" / QUIZ_FILE,
        'review_question = "Please explain again: what should I do if my mood',
        'show_if = { equals = { question = "region", value = "us" } }\n'
        'review_question = "Please explain again: what should I do if my mood',
    )
    found = quiz_problems(content_copy)
    assert any(
        "4 items apply when" in p
        and "region=uk" in p
        and f"{PREGNANT_Q}=no" in p
        and f"needs {QUIZ_MIN} to {QUIZ_MAX}" in p
        for p in found
    ), found


def test_a_translation_must_keep_the_quiz_ids(content_copy):
    shutil.copytree(content_copy / "en", content_copy / "xx")
    edit(content_copy / "xx" / "meta.toml", 'language = "en"', 'language = "xx"')
    edit(
        content_copy / "xx" / QUIZ_FILE,
        'value = "one_week", label = "1 week" },\n  { value = "one_month"',
        'value = "una_semana", label = "1 semana" },\n  { value = "one_month"',
    )
    found = problems_for(content_copy)
    assert any("xx/meta.toml" in p and "missing quiz-choice:quiz_pregnancy_after=one_week" in p for p in found), found


def answer_combinations(content):
    region_values = [c.value for c in content.choices_of(content.question("region"))]
    yes_no = ["yes", "no", NOT_SURE]
    for region, pregnant, feeding in itertools.product(region_values, yes_no, yes_no):
        yield {"region": region, PREGNANT_Q: pregnant, "preg_breastfeeding": feeding}


def test_every_region_gets_five_to_eight_items(content):
    for answers in answer_combinations(content):
        items = flow.quiz_items(content, answers)
        assert QUIZ_MIN <= len(items) <= QUIZ_MAX, (answers, [i.id for i in items])


def test_items_are_region_aware(content):
    def ids(**answers):
        return {i.id for i in flow.quiz_items(content, answers)}

    us = ids(region="us", preg_can_become_pregnant="yes")
    uk = ids(region="uk", preg_can_become_pregnant="yes")
    assert "quiz_birth_control_us" in us and "quiz_birth_control_uk_eu" not in us
    assert "quiz_birth_control_uk_eu" in uk and "quiz_birth_control_us" not in uk
    cannot = ids(region="us", preg_can_become_pregnant="no", preg_breastfeeding="no")
    assert not {i for i in cannot if "pregnancy" in i or "birth_control" in i}  # never based on gender
    assert {"quiz_blood_donation", "quiz_tetracyclines", "quiz_mood"} <= cannot


def test_only_wrong_or_not_sure_answers_add_questions(content):
    answers = {"region": "uk", PREGNANT_Q: "yes"}
    items = flow.quiz_items(content, answers)
    right = {i.id: i.correct for i in items}
    assert quiz.review_questions(content, answers, right) == ()
    assert quiz.review_questions(content, answers, {}) == ()  # unanswered items add nothing
    wrong = next(c.value for c in items[0].choices if c.value not in (items[0].correct, NOT_SURE))
    mixed = {**right, items[0].id: wrong, items[1].id: NOT_SURE}
    added = quiz.review_questions(content, answers, mixed)
    assert [q.id for q in added] == [f"quiz.{items[0].id}", f"quiz.{items[1].id}"]
    assert added[0].text == items[0].review_question and added[0].origin == ORIGIN_EXTRA
    assert added[0].topic == items[0].topic and added[0].sources == tuple(items[0].sources)
    assert added[0].why == content.meta.texts.quiz_review_why
    # ... and they land in the list under their topic like any other question.
    selected = select_questions(content, answers, added)
    assert {f"quiz.{items[0].id}", f"quiz.{items[1].id}"} <= {q.id for q in selected}


def test_answers_to_items_that_no_longer_apply_add_nothing(content):
    us_only = next(i for i in content.quiz if i.id == "quiz_birth_control_us")
    answers = {"region": "uk", PREGNANT_Q: "yes"}  # the person went back and changed the region
    assert quiz.review_questions(content, answers, {us_only.id: NOT_SURE}) == ()


def test_step_numbers_count_the_quiz_page(content):
    answers = {"region": "us"}
    n, m = flow.step_number(content, answers, flow.QUIZ_STEP)
    assert (n, m) == (m - 1, len(flow.visible_areas(content, answers)) + 3)
    assert flow.step_number(content, answers, "summary") == (m, m)


@pytest.fixture
def grade(monkeypatch):
    """Flesch-Kincaid grade; textstat >= 0.7.5 wants NLTK's cmudict (a download): fall back to pyphen."""
    import textstat

    try:
        textstat.flesch_kincaid_grade("A short test.")
    except LookupError:
        from textstat.backend.counts import _count_syllables

        monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    return textstat.flesch_kincaid_grade


def test_quiz_reads_at_grade_8_or_below(content, grade):
    for item in content.quiz:
        for text in (f"{item.text} {item.explain}", item.review_question):
            assert grade(text) <= 8, (item.id, text, grade(text))
    everything = " ".join(f"{i.text} {' '.join(c.label for c in i.choices)} {i.explain}" for i in content.quiz)
    assert grade(everything) <= 6
