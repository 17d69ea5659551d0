"""Which pages and questions are shown, given the answers so far.

Answers to questions that are now hidden (for example contraception details after the person
changed "could you become pregnant" to "no") are kept for Back/forward, but `effective_answers`
drops them so they select nothing.
"""

from __future__ import annotations

from app.core.conditions import AnswerMap, holds
from app.core.model import NOT_SURE, Area, Content, Fact, Question, QuizItem

WELCOME_AREA = "welcome"
QUIZ_STEP = "quiz"  # the optional teach-back check, after the last risk area


def effective_answers(content: Content, answers: AnswerMap) -> dict:
    """Answers to the questions that are visible, evaluated in page order."""
    effective: dict = {}
    for area in content.areas:
        if not holds(area.show_if, effective):
            continue
        for q in area.questions:
            if q.id in answers and holds(q.show_if, effective):
                effective[q.id] = answers[q.id]
    return effective


def risk_areas(content: Content) -> list[Area]:
    return [a for a in content.areas if a.id != WELCOME_AREA]


def visible_areas(content: Content, answers: AnswerMap) -> list[Area]:
    effective = effective_answers(content, answers)
    return [a for a in risk_areas(content) if holds(a.show_if, effective)]


def visible_questions(content: Content, area: Area, answers: AnswerMap) -> list[Question]:
    effective = effective_answers(content, answers)
    return [q for q in area.questions if holds(q.show_if, effective)]


def fact_applies(fact: Fact, effective: AnswerMap) -> bool:
    """A fact's condition holds and, if it belongs to some regions' program, the person is in one of
    them or is not sure of their region (an unanswered region counts as not sure)."""
    if not holds(fact.show_if, effective):
        return False
    if not fact.regions:
        return True
    region = effective.get("region")
    return region in fact.regions or region in (None, NOT_SURE)


def visible_facts(content: Content, area: Area, answers: AnswerMap) -> list[Fact]:
    effective = effective_answers(content, answers)
    return [f for f in area.facts if fact_applies(f, effective)]


def next_area(content: Content, answers: AnswerMap, current: str | None) -> Area | None:
    """The next visible risk area after `current` (None = from the start)."""
    areas = visible_areas(content, answers)
    ids = [a.id for a in areas]
    if current is None or current == WELCOME_AREA:
        return areas[0] if areas else None
    if current in ids:
        index = ids.index(current) + 1
        return areas[index] if index < len(areas) else None
    order = {a.id: a.order for a in content.areas}[current]
    later = [a for a in areas if a.order > order]
    return later[0] if later else None


def quiz_items(content: Content, answers: AnswerMap) -> list[QuizItem]:
    """The teach-back items that apply to these answers (none = no quiz page)."""
    effective = effective_answers(content, answers)
    return [item for item in content.quiz if holds(item.show_if, effective)]


def step_number(content: Content, answers: AnswerMap, area_id: str) -> tuple[int, int]:
    """(N, M) for "step N of M": welcome is step 1, the quiz (if any) M-1, the summary is step M."""
    ids = [a.id for a in visible_areas(content, answers)]
    total = len(ids) + 2 + (1 if quiz_items(content, answers) else 0)
    if area_id == WELCOME_AREA:
        return 1, total
    if area_id == QUIZ_STEP:
        return total - 1, total
    if area_id in ids:
        return ids.index(area_id) + 2, total
    return total, total
