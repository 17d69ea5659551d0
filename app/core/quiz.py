"""The optional teach-back check: which items apply, and the questions it adds to the list.

Answers to the check are held by the caller (the wizard, in memory only) as {item id: choice value}.
Nothing here scores the person: an item is either clear (the right choice) or worth asking about
again (any other choice, "not sure" included).
"""

from __future__ import annotations

from collections.abc import Mapping

from app.core import flow
from app.core.conditions import AnswerMap
from app.core.model import NOT_SURE, Content, QuizItem
from app.core.rules import ORIGIN_EXTRA, SelectedQuestion

REVIEW_PREFIX = "quiz."  # SelectedQuestion ids of "Please explain again" questions

CORRECT, WRONG, UNSURE = "correct", "wrong", "not_sure"


def outcome(item: QuizItem, answer: str | None) -> str | None:
    """CORRECT, WRONG or UNSURE for an answered item; None when not answered."""
    if answer is None:
        return None
    if answer == item.correct:
        return CORRECT
    return UNSURE if answer == NOT_SURE else WRONG


def review_question(content: Content, item: QuizItem) -> SelectedQuestion:
    return SelectedQuestion(
        f"{REVIEW_PREFIX}{item.id}",
        item.review_question,
        content.meta.texts.quiz_review_why,
        item.topic,
        item.priority,
        tuple(item.sources),
        ORIGIN_EXTRA,
        personal=True,  # it comes from how this person answered the check
    )


def review_questions(
    content: Content, answers: AnswerMap, quiz_answers: Mapping[str, str]
) -> tuple[SelectedQuestion, ...]:
    """A "Please explain again" question for every applicable item answered wrongly or "not sure"."""
    return tuple(
        review_question(content, item)
        for item in flow.quiz_items(content, answers)
        if outcome(item, quiz_answers.get(item.id)) in (WRONG, UNSURE)
    )
