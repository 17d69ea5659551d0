"""Decode the content folder's TOML files into the model, file by file (no cross-checks: app.core.validate).

Layout (see README, "Editing content"):
    content/sources.toml          the sources register, shared by all languages
    content/<lang>/meta.toml      review dates, topics, choice sets, crisis contacts, printout words
    content/<lang>/<area>.toml    one file per risk area (one wizard page)
    content/<lang>/triage.toml    red flags and the screening summary (app.core.triage_model)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import msgspec

from app.core.model import Area, AreaFile, Content, Meta, QuizFile, SourcesFile, validation_problem
from app.core.problems import DataError, Problem, read_text, short_path, toml_error_where
from app.core.triage_model import Triage, TriageFile

MAX_FILE_BYTES = 2_000_000
QUIZ_FILE = "quiz.toml"  # the teach-back check: not a risk area (see load_quiz)
TRIAGE_FILE = "triage.toml"  # red flags and the screening summary: not a risk area (see load_triage)


def read_toml(path: Path) -> tuple[dict, str]:
    """Parse one TOML file; raise DataError naming the file (and line) on any failure."""
    import tomllib  # start-up: here, not at the top: start-up from a snapshot never parses TOML

    name = short_path(path)
    text = read_text(path, MAX_FILE_BYTES)
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        where = toml_error_where(message)
        raise DataError([Problem(name, where, f"TOML syntax error: {message}")]) from None
    except RecursionError:
        raise DataError([Problem(name, "1", "TOML nesting is too deep")]) from None


def convert(data: dict, kind: type, path: Path):
    try:
        return msgspec.convert(data, kind)
    except msgspec.ValidationError as exc:
        raise DataError([Problem(short_path(path), *validation_problem(exc))]) from None
    except RecursionError:
        raise DataError([Problem(short_path(path), "1", "nesting is too deep")]) from None


def language_dirs(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / "meta.toml").exists())


def load_sources(root: Path) -> dict:
    path = root / "sources.toml"
    data, _ = read_toml(path)
    return convert(data, SourcesFile, path).sources


@dataclass
class LoadedLanguage:
    content: Content
    meta_file: str
    area_files: dict[str, str]  # area id -> file name
    texts: dict[str, str]  # file name -> file text (for line numbers)
    problems: list[Problem]
    quiz_file: str = ""  # file name of quiz.toml, if the language has one
    triage_file: str = ""  # file name of triage.toml, if the language has one


def load_language(lang_dir: Path, sources: dict) -> LoadedLanguage:
    """Decode one language folder; files that fail to decode are reported, the rest kept."""
    problems: list[Problem] = []
    texts: dict[str, str] = {}
    meta_path = lang_dir / "meta.toml"
    meta_file = short_path(meta_path)
    data, texts[meta_file] = read_toml(meta_path)
    meta = convert(data, Meta, meta_path)
    areas: list[tuple[Area, str]] = []
    for path in sorted(lang_dir.glob("*.toml")):
        if path.name in ("meta.toml", QUIZ_FILE, TRIAGE_FILE):
            continue
        try:
            data, text = read_toml(path)
            area = convert(data, AreaFile, path).area
        except DataError as err:
            problems.extend(err.problems)
            continue
        texts[short_path(path)] = text
        areas.append((area, short_path(path)))
    areas.sort(key=lambda pair: (pair[0].order, pair[0].id))
    quiz, quiz_file = load_quiz(lang_dir, texts, problems)
    triage, triage_file = load_triage(lang_dir, texts, problems)
    content = Content(meta=meta, areas=tuple(a for a, _ in areas), sources=sources, quiz=quiz, triage=triage)
    return LoadedLanguage(content, meta_file, {a.id: f for a, f in areas}, texts, problems, quiz_file, triage_file)


def load_quiz(lang_dir: Path, texts: dict[str, str], problems: list[Problem]) -> tuple[tuple, str]:
    """The optional teach-back items (quiz.toml); decoding problems are added to `problems`."""
    path = lang_dir / QUIZ_FILE
    if not path.exists():
        return (), ""
    try:
        data, text = read_toml(path)
        items = convert(data, QuizFile, path).quiz
    except DataError as err:
        problems.extend(err.problems)
        return (), ""
    texts[short_path(path)] = text
    return tuple(items), short_path(path)


def load_triage(lang_dir: Path, texts: dict[str, str], problems: list[Problem]) -> tuple[Triage | None, str]:
    """The red flags and screening summary (triage.toml); decoding problems are added to `problems`."""
    path = lang_dir / TRIAGE_FILE
    if not path.exists():
        return None, ""
    try:
        data, text = read_toml(path)
        found = convert(data, TriageFile, path)
    except DataError as err:
        problems.extend(err.problems)
        return None, ""
    texts[short_path(path)] = text
    return Triage(found.words, found.red_flag, found.screen, found.negative_values), short_path(path)
