"""The answers file's one serializer (app.core.session_file), without Qt: the README's example opens
as it says, and what opens saves back to the same file."""

from __future__ import annotations

import json
import re

import msgspec

from app.core.answers import AnswersFile, read_answers_file
from app.core.session_file import from_file, item_keys, to_document
from tests.conftest import REPO


def readme_example() -> dict:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index("### The answers file") :]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.S).group(1))


def test_the_readme_example_opens_with_nothing_left_out_and_saves_back_the_same(content, tmp_path):
    example = readme_example()
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(example), encoding="utf-8")
    opened = from_file(read_answers_file(path), content, "answers.json")
    assert opened.left_out == []
    session = opened.session
    assert session.quiz_wanted is True and session.quiz_answers == {"quiz_pregnancy_after": "not_sure"}
    keys = item_keys(session.edits)
    assert keys[0] == "own.1" and [k for k in keys if k in example["order"]] == example["order"]  # in that order
    again = to_document(session, content)
    assert again["format"] == example["format"] and again["content_reviewed"] == example["content_reviewed"]
    for key in ("answers", "own_questions", "notes", "important", "excluded", "printout", "quiz_answers"):
        assert again[key] == example[key], key


def test_a_format_1_file_is_read_with_the_defaults(content):
    data = msgspec.convert({"answers": {"region": "uk"}}, AnswersFile)
    opened = from_file(data, content, "old.json")
    session = opened.session
    assert (session.paper, session.phone_code, session.edits.print_know, session.edits.doctor_lines) == (
        "",
        True,
        True,
        False,
    )
    assert session.quiz_wanted is None and not session.changed and opened.left_out == []
