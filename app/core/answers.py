"""The answers file used by `python -m app export` (and saved lists): JSON, validated against content.

{
  "language": "en",                          optional
  "answers": {"region": "us", "med_current": ["tetracycline"]},
  "own_questions": ["..."], "notes": "...", "name": "...", "appointment": "...",
  "important": ["dq_...", "own.1"], "excluded": ["dq_..."]      optional ("own.1": the first own question)
  "included": ["dq_..."]     optional: questions many people ask that the person ticked (they start unticked)
}
"""

from __future__ import annotations

import json
from pathlib import Path

import msgspec

from app.core import typed_answers
from app.core.model import Content, validation_problem
from app.core.problems import DataError, Problem, read_text, short_path
from app.core.question_list import MAX_IMPORTANT, QuestionList

MAX_ANSWERS_BYTES = 5_000_000


class AnswersFile(msgspec.Struct, forbid_unknown_fields=True):
    answers: dict[str, str | list[str]] = {}
    language: str = ""
    own_questions: list[str] = []
    notes: str = ""
    name: str = ""
    appointment: str = ""
    important: list[str] = []
    excluded: list[str] = []
    included: list[str] = []


def read_answers_file(path: Path) -> AnswersFile:
    name = short_path(path)
    text = read_text(path, MAX_ANSWERS_BYTES)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError([Problem(name, str(exc.lineno), f"not valid JSON: {exc.msg}")]) from None
    except RecursionError:
        raise DataError([Problem(name, "1", "JSON nesting is too deep")]) from None
    _check_strings_and_answers(data, name)
    try:
        return msgspec.convert(data, AnswersFile)
    except msgspec.ValidationError as exc:
        raise DataError([Problem(name, *validation_problem(exc))]) from None


def _check_strings_and_answers(data: object, name: str) -> None:
    """What msgspec would report vaguely: lone surrogates ("\\ud800"), and which answer has a bad type."""
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise DataError([Problem(name, "1", "contains an invalid \\u escape (a lone surrogate)")]) from None
    except (RecursionError, ValueError):  # nesting too deep for the encoder: msgspec reports the shape
        return
    answers = data.get("answers") if isinstance(data, dict) else None
    if not isinstance(answers, dict):
        return
    for key, value in answers.items():
        if isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            continue
        got = type(value).__name__ if not isinstance(value, list) else "a list with a non-text value"
        raise DataError([Problem(name, "key", f"Expected `str | array of str`, got `{got}` at `answers.{key}`")])


def validate_answers(raw: dict[str, str | list[str]], content: Content, file: str) -> dict:
    """Check ids and values; return answers with multi-select values as tuples."""
    known = {q.id: q for _area, q in content.all_questions()}
    result: dict = {}
    for question_id, value in raw.items():
        where = f"answers.{question_id}"
        question = known.get(question_id)
        if question is None:
            raise DataError([Problem(file, where, "unknown question id")])
        if question.kind != "choice":  # typed: the age, the weight, other medicines (app.core.typed_answers)
            if message := typed_answers.problem(question, value):
                raise DataError([Problem(file, where, message)])
            if text := typed_answers.clean(value):
                result[question_id] = text
            continue
        allowed = {c.value for c in content.choices_of(question)}
        values = [value] if isinstance(value, str) else list(value)
        if isinstance(value, list) and not question.multiple:
            raise DataError([Problem(file, where, "takes one value, not a list")])
        for v in values:
            if v not in allowed:
                raise DataError([Problem(file, where, f"'{v}' is not one of {sorted(allowed)}")])
        result[question_id] = tuple(values) if question.multiple else value
    return result


OWN_PREFIX = "own."  # in `important`: "own.1" is the first of `own_questions`


def question_list_from_file(data: AnswersFile, content: Content, file: str) -> QuestionList:
    answers = validate_answers(data.answers, content, file)
    qlist = QuestionList.from_answers(content, answers)
    for text in data.own_questions:
        qlist.add_own(text)
    own = qlist.own_indexes()
    own_keys = {f"{OWN_PREFIX}{n}": index for n, index in enumerate(own, start=1)}
    ids = {item.question.id for item in qlist.items if not item.own}
    checks = (("important", data.important, ids | set(own_keys)), ("excluded", data.excluded, ids))
    for key, chosen, allowed in (*checks, ("included", data.included, ids)):
        for item_id in chosen:
            if item_id not in allowed:
                raise DataError([Problem(file, key, f"'{item_id}' is not in this person's list")])
    if len(set(data.important)) > MAX_IMPORTANT:
        raise DataError([Problem(file, "important", f"at most {MAX_IMPORTANT} questions can be most important")])
    for index, item in enumerate(qlist.items):
        if not item.own and item.question.id in data.included:
            qlist.set_included(index, True)
        if not item.own and item.question.id in data.excluded:
            qlist.set_included(index, False)
        if not item.own and item.question.id in data.important:
            qlist.set_important(index, True)
    for key in data.important:
        if key in own_keys:
            qlist.set_important(own_keys[key], True)
    qlist.notes, qlist.name, qlist.appointment = data.notes, data.name, data.appointment
    return qlist


def list_edits(qlist: QuestionList) -> dict:
    """The person's edits in the answers file's terms (own questions starred as "own.N"), for saving."""
    own = qlist.own_indexes()
    number = {index: n for n, index in enumerate(own, start=1)}
    return {
        "own_questions": qlist.own_questions,
        "important": [
            f"{OWN_PREFIX}{number[i]}" if item.own else item.question.id
            for i, item in enumerate(qlist.items)
            if item.important and item.included
        ],
        "excluded": [item.question.id for item in qlist.items if not item.own and not item.included],
        "included": [i.question.id for i in qlist.items if not i.own and i.included and not i.question.personal],
        "notes": qlist.notes,
        "name": qlist.name,
        "appointment": qlist.appointment,
    }
