"""Which shown questions have no answer yet: per page ("2 of 4 answered") and per topic, for the
"You skipped …" review before the list. Qt-free; the wizard and the printout share it.

A question counts when it is shown for these answers (app.core.flow: its page and its own
condition hold) and is not optional: the optional and typed questions behind "More for your doctor"
(age, weight, other medicines ...) say "you can skip this", so leaving them is never a gap. A page the
person chose to skip (`skipped`, area ids) counts as chosen, not as unanswered: it is not listed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.core import flow
from app.core.conditions import AnswerMap
from app.core.model import Area, Content, Question


@dataclass(frozen=True)
class Unanswered:
    """One page (topic) with questions left without an answer."""

    area_id: str
    title: str
    questions: tuple[str, ...]  # the unanswered questions' ids, in page order
    shown: int  # how many questions the page shows now


def answered_count(content: Content, answers: AnswerMap, area: Area) -> tuple[int, int]:
    """(answered, shown) for one page's questions, with these answers."""
    shown = _counted(flow.visible_questions(content, area, answers))
    return sum(1 for q in shown if _has_answer(answers.get(q.id))), len(shown)


def unanswered_topics(content: Content, answers: AnswerMap, skipped: Iterable[str] = ()) -> list[Unanswered]:
    """The pages on the person's path that still have unanswered questions, in page order."""
    skipped = set(skipped)
    result = []
    for area in flow.visible_areas(content, answers):
        if area.id in skipped:
            continue
        shown = _counted(flow.visible_questions(content, area, answers))
        missing = tuple(q.id for q in shown if not _has_answer(answers.get(q.id)))
        if missing:
            result.append(Unanswered(area.id, area.title, missing, len(shown)))
    return result


def _counted(questions: list[Question]) -> list[Question]:
    return [q for q in questions if not q.optional and q.kind == "choice"]


def _has_answer(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return value != ""
    return len(value) > 0
