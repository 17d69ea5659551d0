"""The start-up snapshot (<lang>/compiled.json): used only while it matches the TOML byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from app.core import snapshot
from app.core.decode import language_dirs
from app.core.loader import load_content
from app.core.problems import DataError


@pytest.mark.parametrize("lang", ["en", "es"])
def test_shipped_snapshots_are_fresh_and_equal_to_the_toml(content_root, lang):
    """Fails after a TOML edit without `python -m app compile-content` (start-up would be slower)."""
    from_snapshot = snapshot.load(content_root, lang)
    assert from_snapshot is not None, f"{lang}/{snapshot.FILE_NAME} is stale: run `python -m app compile-content`"
    assert from_snapshot == load_content(content_root, lang, use_snapshot=False)


def test_every_language_has_a_snapshot(content_root):
    assert {p.name for p in language_dirs(content_root)} == {
        p.parent.name for p in content_root.glob(f"*/{snapshot.FILE_NAME}")
    }


def test_an_edited_toml_file_wins_over_the_snapshot(content_copy):
    path = content_copy / "en" / "liver.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('title = "', 'title = "EDITED ', 1), encoding="utf-8")
    assert snapshot.load(content_copy, "en") is None
    liver = next(a for a in load_content(content_copy, "en").areas if a.id == "liver")
    assert liver.title.startswith("EDITED ")


def test_an_edit_that_breaks_the_content_is_reported_not_hidden_by_the_snapshot(content_copy):
    path = content_copy / "en" / "liver.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n[[nonsense\n", encoding="utf-8")
    with pytest.raises(DataError, match="liver.toml"):
        load_content(content_copy, "en")


def test_an_edited_sources_register_also_invalidates_it(content_copy):
    path = content_copy / "sources.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert snapshot.load(content_copy, "en") is None


@pytest.mark.parametrize("damage", [b"", b"\x00\xff junk", b'{"format": 1}', b"[]"])
def test_a_damaged_snapshot_falls_back_to_the_toml(content_copy, content, damage):
    snapshot.path_for(content_copy, "en").write_bytes(damage)
    assert snapshot.load(content_copy, "en") is None
    assert load_content(content_copy, "en") == content


def test_a_snapshot_of_another_format_is_ignored(content_copy, monkeypatch):
    monkeypatch.setattr(snapshot, "FORMAT", snapshot.FORMAT + 1)
    assert snapshot.load(content_copy, "en") is None


def run_app(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env, timeout=120)


def test_compile_content_writes_fresh_snapshots_and_check_content_says_when_stale(content_copy):
    for path in content_copy.glob(f"*/{snapshot.FILE_NAME}"):
        path.unlink()
    result = run_app("check-content", str(content_copy))
    assert result.returncode == 0 and "no up-to-date compiled.json for en, es" in result.stdout, result.stdout
    result = run_app("compile-content", str(content_copy))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("wrote ") == 2
    assert snapshot.load(content_copy, "en") is not None and snapshot.load(content_copy, "es") is not None
    result = run_app("check-content", str(content_copy))
    assert "compiled.json" not in result.stdout


def test_compile_content_refuses_broken_content_with_exit_2(content_copy):
    before = snapshot.path_for(content_copy, "en").read_bytes()
    path = content_copy / "en" / "general.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('question = "general_first_course"', 'question = "nope"'),
        encoding="utf-8",
    )
    result = run_app("compile-content", str(content_copy))
    assert result.returncode == 2 and "general.toml:" in result.stderr and "Traceback" not in result.stderr
    assert snapshot.path_for(content_copy, "en").read_bytes() == before  # nothing written


def test_an_oversized_snapshot_is_not_read(content_copy, monkeypatch):
    assert snapshot.load(content_copy, "en") is not None
    monkeypatch.setattr(snapshot, "MAX_BYTES", 1000)
    assert snapshot.load(content_copy, "en") is None
