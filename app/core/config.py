"""The clinic configuration file (one TOML file): where it is found, loading and checking it. No Qt here.

Its shape (tables, keys, defaults, ranges) is app.core.config_schema; the checks are app.core.config_check.

See resources/clinic.example.toml for a commented example. Every problem is reported as
`file:line (key): message`, one per line, and unknown keys are errors (a typo must not be silent).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from app.core.config_check import ConfigChecker
from app.core.config_schema import APP_DIR, FILE_NAME, ConfigFile
from app.core.decode import read_toml
from app.core.loader import load_content
from app.core.model import Content, CrisisInfo, Source
from app.core.problems import DataError, Problem, short_path
from app.core.rules import ORIGIN_EXTRA, SelectedQuestion


@dataclass(frozen=True)
class ClinicConfig:
    """The checked configuration, ready for the app (paths resolved, questions converted)."""

    path: Path | None = None
    clinic_name: str = ""
    logo_path: Path | None = None
    region: str | None = None
    language: str | None = None
    paper: str | None = None  # None = by region
    kiosk: bool = False
    printer: str = ""
    idle_timeout_s: int = 120
    warning_countdown_s: int = 30
    pin_hash: str = ""
    free_text: bool = False
    hide_cursor: bool = False
    know_on_printout: bool = False
    crisis: dict[str, CrisisInfo] = field(default_factory=dict)
    extra_questions: tuple[SelectedQuestion, ...] = ()
    sources: dict[str, Source] = field(default_factory=dict)

    def apply_to(self, content: Content) -> Content:
        """The content with the clinic's source tags and crisis contacts merged in.

        So the app, the printout and its sources list all use the clinic's crisis contacts;
        the shared content object itself is not changed.
        """
        if not self.sources and not self.crisis:
            return content
        meta = msgspec.structs.replace(content.meta, crisis={**content.meta.crisis, **self.crisis})
        return msgspec.structs.replace(content, meta=meta, sources={**content.sources, **self.sources})


# -- where the file is -------------------------------------------------------------------------
def config_locations() -> list[Path]:
    """System-wide folder(s) first (pushed by IT to every kiosk), then the user's own folder."""
    from platformdirs import PlatformDirs

    dirs = PlatformDirs(APP_DIR, appauthor=False, multipath=True)
    folders = [Path(p) for p in dirs.site_config_dir.split(os.pathsep) if p]
    folders.append(Path(dirs.user_config_dir))
    return [folder / FILE_NAME for folder in folders]


def find_config(explicit: Path | None = None) -> Path | None:
    """`--config PATH` wins (even if missing: loading then says so); else the first file that exists."""
    if explicit is not None:
        return Path(explicit)
    return next((p for p in config_locations() if p.is_file()), None)


def kiosk_requested(path: Path) -> bool:
    """Whether the file asks for kiosk mode, read leniently (for choosing the error screen)."""
    try:
        raw, _ = read_toml(path)
    except DataError:
        return False
    section = raw.get("kiosk")
    return isinstance(section, dict) and section.get("enabled") is True


def _line_order(problem: Problem) -> int:
    head = problem.where.split(" ", 1)[0]
    return int(head) if head.isdigit() else 1_000_000


def check_config(path: Path, content_root: Path, kiosk: bool | None = None,
                 language: str | None = None) -> tuple[list[Problem], ClinicConfig | None]:
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
    extra = tuple(SelectedQuestion(q.id, q.text, q.why, q.topic, q.priority, tuple(q.sources), ORIGIN_EXTRA)
                  for q in cfg.questions)
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
        crisis=dict(cfg.crisis),
        extra_questions=extra,
        sources=dict(cfg.sources),
    )


def load_config(path: Path, content_root: Path, kiosk: bool | None = None, language: str | None = None) -> ClinicConfig:
    problems, cfg = check_config(path, content_root, kiosk, language)
    if cfg is None:
        raise DataError(problems)
    return cfg
