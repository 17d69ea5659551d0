"""The answers file: JSON that Save my answers writes and Open and `python -m app export` read.

Read and checked here (the file's shape, and each answer against the content); app.core.session_file
turns it into a Session and back. The format (README, "The answers file"):

{
  "format": 2, "content_reviewed": "2026-11-01", "language": "en",     optional
  "answers": {"region": "us", "med_current": ["tetracycline"]},
  "skipped": ["area_id"],
  "own_questions": ["..."], "notes": "...", "name": "...", "appointment": "...",
  "important": ["dq_...", "own.1"], "excluded": ["dq_..."],           ("own.1": the first own question)
  "included": ["dq_..."],        questions many people ask that the person ticked (they start unticked)
  "order": ["dq_...", "own.1", ...],                                   the list's order
  "quiz_wanted": true, "quiz_answers": {"quiz_id": "value"},
  "printout": {"paper": "", "know": true, "doctor_lines": false, "phone_code": true, "clinician_language": ""}
}
Only "answers" is needed. Format 1 (no "format" key) is the same without the keys after "included".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal

import msgspec

from app.core import typed_answers
from app.core.model import Content, validation_problem
from app.core.problems import DataError, Problem, read_text, short_path

MAX_ANSWERS_BYTES = 5_000_000
FORMAT_VERSION = 2  # format 1: the file before "format", "order", "quiz_*" and "printout"


class PrintoutChoices(msgspec.Struct, forbid_unknown_fields=True):
    paper: Literal["", "letter", "a4"] = ""  # "" = by region
    know: bool = True  # "What I want my doctor to know"
    doctor_lines: bool = False  # room for the doctor's answers
    phone_code: bool = True
    clinician_language: str = ""  # "" = the person's language


class AnswersFile(msgspec.Struct, forbid_unknown_fields=True):
    answers: dict[str, str | list[str]] = {}
    format: int = 1
    content_reviewed: str = ""
    language: str = ""
    skipped: list[str] = []
    own_questions: list[str] = []
    notes: str = ""
    name: str = ""
    appointment: str = ""
    important: list[str] = []
    excluded: list[str] = []
    order: list[str] = []
    quiz_wanted: bool | None = None
    quiz_answers: dict[str, str] = {}
    printout: PrintoutChoices = msgspec.field(default_factory=PrintoutChoices)
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
        result = msgspec.convert(data, AnswersFile)
    except msgspec.ValidationError as exc:
        raise DataError([Problem(name, *validation_problem(exc))]) from None
    if result.format > FORMAT_VERSION:
        raise DataError([Problem(name, "format", f"written by a newer version (format {result.format})")])
    return result


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


def check_answers(raw: dict[str, str | list[str]], content: Content, file: str) -> tuple[dict, list[Problem]]:
    """Answers that fit the content (multi-select values as tuples), and one problem per answer left out:
    a file from an older version may answer questions, or pick choices, that no longer exist."""
    known = {q.id: q for _area, q in content.all_questions()}
    result: dict = {}
    dropped: list[Problem] = []
    for question_id, value in raw.items():
        where = f"answers.{question_id}"
        question = known.get(question_id)
        if question is None:
            dropped.append(Problem(file, where, "unknown question id; left out"))
            continue
        if question.kind != "choice":  # typed: the age, the weight, other medicines (app.core.typed_answers)
            if message := typed_answers.problem(question, value):
                raise DataError([Problem(file, where, message)])
            if isinstance(value, str) and (text := typed_answers.clean(value)):
                result[question_id] = text
            continue
        if isinstance(value, list) and not question.multiple:
            raise DataError([Problem(file, where, "takes one value, not a list")])
        allowed = {c.value for c in content.choices_of(question)}
        if not allowed and isinstance(value, str):  # a question without choices takes free text
            result[question_id] = value
            continue
        values = [value] if isinstance(value, str) else list(value)
        unknown = [v for v in values if v not in allowed]
        if unknown:
            dropped.append(Problem(file, where, f"'{unknown[0]}' is not one of {sorted(allowed)}; left out"))
            continue
        result[question_id] = tuple(values) if question.multiple else value
    return result, dropped
