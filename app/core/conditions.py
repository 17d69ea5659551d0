"""Declarative `show_if` conditions over answers. No eval: four operators only.

- equals  {question, value}:  the answer is `value` (multi-select: `value` is among those picked)
- any_of  {question, values}: the answer is one of `values` (multi-select: any overlap)
- all     [conditions]:       every one holds
- any     [conditions]:       at least one holds
- not     condition:          it does not hold
An unanswered question satisfies no `equals`/`any_of`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from app.core.model import Condition

AnswerValue = str | tuple[str, ...]
AnswerMap = Mapping[str, AnswerValue]


def _picked(answers: AnswerMap, question_id: str) -> frozenset[str]:
    value = answers.get(question_id)
    if value is None:
        return frozenset()
    if isinstance(value, str):
        return frozenset((value,))
    return frozenset(value)


def holds(condition: Condition | None, answers: AnswerMap) -> bool:
    if condition is None:
        return True
    if condition.equals is not None:
        return condition.equals.value in _picked(answers, condition.equals.question)
    if condition.any_of is not None:
        return bool(_picked(answers, condition.any_of.question) & set(condition.any_of.values))
    if condition.all is not None:
        return all(holds(c, answers) for c in condition.all)
    if condition.any is not None:
        return any(holds(c, answers) for c in condition.any)
    if condition.not_ is not None:
        return not holds(condition.not_, answers)
    return False


def operators_set(condition: Condition) -> int:
    return sum(
        x is not None for x in (condition.equals, condition.any_of, condition.all, condition.any, condition.not_)
    )


def references(condition: Condition | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    """Yield (question id, values used) for every leaf of the condition."""
    if condition is None:
        return
    if condition.equals is not None:
        yield condition.equals.question, (condition.equals.value,)
    if condition.any_of is not None:
        yield condition.any_of.question, tuple(condition.any_of.values)
    for child in (condition.all or []) + (condition.any or []):
        yield from references(child)
    if condition.not_ is not None:
        yield from references(condition.not_)
