"""Typed answers ("number" and "text" questions: the age, the weight, other medicines). No Qt.

A typed answer is one line, at most the question's `max_length` characters, without control
characters; a "number" is digits (one decimal point allowed). An empty answer is no answer (the
question was skipped). The answer is printed as it was typed, escaped by every renderer
(app.core.escaping), and a "number" gets its unit for the person's region ("70 kg", "154 lb").
"""

from __future__ import annotations

import re

from app.core.model import Question

_NUMBER = re.compile(r"\d+(\.\d+)?")


def clean(text: str) -> str:
    """One line: control characters (newlines too) become spaces, runs of spaces one."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())


def problem(question: Question, value) -> str:
    """Why this typed answer cannot be kept ("" = it can)."""
    if not isinstance(value, str):
        return "takes typed text, not a list"
    text = clean(value)
    if len(text) > question.max_length:
        return f"at most {question.max_length} characters"
    if question.kind == "number" and text and not _NUMBER.fullmatch(text):
        return "must be a number"
    return ""


def with_unit(question: Question, value: str, region: str) -> str:
    """ "70 kg" for a "number" with units; the text itself otherwise."""
    unit = question.units.get(region) or question.units.get("", "")
    return f"{value} {unit}" if unit and question.kind == "number" and value else value
