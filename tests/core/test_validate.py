"""The content checker names the file and line/key of every mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.validate import check_content


def problems_for(root: Path) -> list[str]:
    problems, _ = check_content(root)
    return [str(p) for p in problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_content_is_valid(content_root):
    assert problems_for(content_root) == []


def test_every_item_cites_a_known_source(content):
    for area in content.areas:
        for item in [*area.facts, *area.questions, *area.doctor_questions]:
            assert item.sources, f"{area.id}: {getattr(item, 'id', item.text)} has no source"
            for tag in item.sources:
                assert tag in content.sources


def test_unknown_question_in_condition(content_copy):
    edit(content_copy / "en/general.toml", 'question = "general_first_course"', 'question = "no_such_question"')
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "unknown or later question id 'no_such_question'" in p for p in found), found


def test_unknown_choice_value_in_condition(content_copy):
    edit(content_copy / "en/general.toml", 'values = ["yes"]', 'values = ["maybe"]')
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "has no choice 'maybe'" in p for p in found), found


def test_duplicate_id_reports_line(content_copy):
    path = content_copy / "en/general.toml"
    edit(path, 'id = "dq_general_after_hours"', 'id = "dq_general_tests"')
    found = problems_for(content_copy)
    line = [i for i, text in enumerate(path.read_text().splitlines(), 1) if 'id = "dq_general_tests"' in text][-1]
    assert any(p.startswith(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}:{line}")
               and "duplicate id 'dq_general_tests'" in p for p in found), found


def test_question_without_sources(content_copy):
    edit(content_copy / "en/general.toml", 'sources = ["PDR", "NHS-MAIN"]\n', "sources = []\n")
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "no sources" in p for p in found), found


def test_unknown_source_tag(content_copy):
    edit(content_copy / "en/general.toml", 'sources = ["PDR", "NHS-MAIN"]\n', 'sources = ["MADE-UP"]\n')
    assert any("unknown source tag 'MADE-UP'" in p for p in problems_for(content_copy))


def test_syntax_error_names_line(content_copy):
    path = content_copy / "en/general.toml"
    lines = path.read_text().splitlines()
    lines[9] = "this is = = not toml"
    path.write_text("\n".join(lines))
    found = problems_for(content_copy)
    assert any(p.endswith("general.toml") is False and "general.toml:10: TOML syntax error" in p for p in found), found


def test_unknown_key_is_an_error(content_copy):
    edit(content_copy / "en/general.toml", "priority = 2\n", "priorty = 2\n")
    found = problems_for(content_copy)
    assert any("general.toml:area.doctor_questions[0]: " in p and "unknown field `priorty`" in p for p in found), found


def test_wrong_type(content_copy):
    edit(content_copy / "en/general.toml", "priority = 2\n", 'priority = "high"\n')
    expected = "general.toml:area.doctor_questions[0].priority: Expected `int`"
    assert any(expected in p for p in problems_for(content_copy))


@pytest.mark.parametrize("blob", [b"\xff\xfe\x00garbage", b"\x00\x01\x02", b""])
def test_unreadable_or_binary_file(content_copy, blob):
    (content_copy / "en/broken.toml").write_bytes(blob)
    found = problems_for(content_copy)
    assert any("broken.toml:" in p for p in found), found


def test_unreadable_file(content_copy):
    # A folder where a file should be cannot be read, even by root (chmod 0 would not stop root).
    (content_copy / "en/unreadable.toml").mkdir()
    found = problems_for(content_copy)
    assert any("unreadable.toml:1: cannot read file" in p for p in found), found


def test_choice_without_not_sure(content_copy):
    edit(content_copy / "en/region.toml", '  { value = "not_sure", label = "I\'m not sure" },\n', "")
    assert any("region.toml" in p and "must include 'not_sure'" in p for p in problems_for(content_copy))


def test_missing_language_id_is_reported(content_copy):
    import shutil

    shutil.copytree(content_copy / "en", content_copy / "xx")
    edit(content_copy / "xx/meta.toml", 'language = "en"', 'language = "xx"')
    (content_copy / "xx/general.toml").unlink()
    found = problems_for(content_copy)
    assert any("xx/meta.toml:ids: missing doctor:dq_general_tests" in p for p in found), found
