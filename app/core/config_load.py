"""Read a clinic configuration file: every problem by line and key, or the checked ClinicConfig. No Qt.

See resources/clinic.example.toml for a commented example. Every problem is reported as
`file:line (key): message`, one per line, and unknown keys are errors (a typo must not be silent).
"""

from __future__ import annotations

from pathlib import Path

from app.core.config import ClinicConfig
from app.core.config_check import ConfigChecker
from app.core.config_schema import ConfigFile
from app.core.decode import read_toml
from app.core.loader import load_content
from app.core.problems import DataError, Problem, short_path
from app.core.rules import ORIGIN_EXTRA, SelectedQuestion


def _line_order(problem: Problem) -> int:
    head = problem.where.split(" ", 1)[0]
    return int(head) if head.isdigit() else 1_000_000


def check_config(
    path: Path, content_root: Path, kiosk: bool | None = None, language: str | None = None
) -> tuple[list[Problem], ClinicConfig | None]:
    """All problems in the file (empty = fine) and, when there are none, the checked config.

    `kiosk`: whether kiosk-only keys are required (None = as the file's `kiosk.enabled` says).
    """
    path = Path(path)
    if not path.is_file():
        return [Problem(short_path(path), "1", "configuration file not found")], None
    try:
        raw, text = read_toml(path)
    except DataError as err:
        return err.problems, None
    checker = ConfigChecker(path, raw, text)
    cfg = checker.shape()
    use_kiosk = cfg.kiosk.enabled if kiosk is None else kiosk
    lang = language or cfg.defaults.language or "en"
    content = None
    try:
        content = load_content(content_root, lang)
    except DataError as err:
        missing_default = lang == cfg.defaults.language and not (content_root / lang / "meta.toml").exists()
        if not missing_default:
            checker.problems.extend(err.problems)
        else:  # reported as defaults.language below; check the rest against the English content
            try:
                content = load_content(content_root, "en")
            except DataError:
                pass
    checker.meaning(cfg, content_root, content, use_kiosk)
    if checker.problems:
        return sorted(checker.problems, key=_line_order), None
    return [], _resolve(path, cfg, use_kiosk)


def _resolve(path: Path, cfg: ConfigFile, kiosk: bool) -> ClinicConfig:
    extra = tuple(
        SelectedQuestion(q.id, q.text, q.why, q.topic, q.priority, tuple(q.sources), ORIGIN_EXTRA)
        for q in cfg.questions
    )
    return ClinicConfig(
        path=path,
        clinic_name=cfg.clinic.name.strip(),
        logo_path=(path.parent / cfg.clinic.logo).resolve() if cfg.clinic.logo else None,
        region=cfg.defaults.region or None,
        language=cfg.defaults.language or None,
        paper=None if cfg.defaults.paper == "auto" else cfg.defaults.paper,
        kiosk=kiosk,
        printer=cfg.kiosk.printer.strip(),
        idle_timeout_s=cfg.kiosk.idle_timeout_s,
        warning_countdown_s=cfg.kiosk.warning_countdown_s,
        pin_hash=cfg.kiosk.pin_hash,
        free_text=cfg.kiosk.free_text,
        hide_cursor=cfg.kiosk.hide_cursor,
        know_on_printout=cfg.kiosk.know_on_printout,
        print_wait_s=cfg.kiosk.print_wait_s,
        cover_sheet=cfg.kiosk.cover_sheet,
        phone_code_on_printout=cfg.kiosk.phone_code_on_printout,
        clinician_language=cfg.kiosk.clinician_language.strip(),
        crisis=dict(cfg.crisis),
        extra_questions=extra,
        sources=dict(cfg.sources),
    )


def load_config(path: Path, content_root: Path, kiosk: bool | None = None, language: str | None = None) -> ClinicConfig:
    problems, cfg = check_config(path, content_root, kiosk, language)
    if cfg is None:
        raise DataError(problems)
    return cfg
