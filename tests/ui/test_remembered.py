"""The desktop remembers text size, contrast and language (never answers) in one small file, written
only when the person changes one of them; a broken file is the same as none."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from platformdirs import user_config_dir

from app.ui.prefs import remembered


def test_written_only_when_the_person_changes_something(standard_look, tmp_path):
    path = tmp_path / "conf" / "display.json"
    remember = remembered.Remember(remembered.Display(), path)
    standard_look.apply()  # a restyle that changes nothing the person chose
    assert not path.exists()
    standard_look.larger()
    assert json.loads(path.read_text()) == {"text_size": 125, "high_contrast": None, "language": None}
    standard_look.set_high_contrast(True)
    remember.language_chosen("es")
    assert json.loads(path.read_text()) == {"text_size": 125, "high_contrast": True, "language": "es"}
    assert sorted(p.name for p in path.parent.iterdir()) == ["display.json"]  # no partial file left
    remember.deleteLater()


def test_a_remembered_file_is_read_back(standard_look, tmp_path):
    path = tmp_path / "display.json"
    remembered.save(remembered.Display(text_size=150, high_contrast=True, language="es"), path)
    display = remembered.load(path)
    assert display == remembered.Display(150, True, "es")
    remembered.apply(display)
    assert standard_look.scale == 150 and standard_look.high_contrast and standard_look.user_chose_contrast


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{",
        "[1, 2]",
        '{"text_size": 999, "high_contrast": "yes", "language": 3}',
        '{"text_size": true, "language": "../../etc"}',
        "\udcff",
    ],
)
def test_a_broken_file_is_the_same_as_none(tmp_path, text):
    path = tmp_path / "display.json"
    path.write_text(text, encoding="utf-8", errors="surrogateescape")
    assert remembered.load(path) == remembered.Display()


def test_the_file_is_in_the_platform_config_folder():
    assert remembered.settings_path().parent == Path(user_config_dir("isotretinoin-checklist", appauthor=False))
