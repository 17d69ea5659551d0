"""The clinic configuration file (one TOML file): where it is found, and the checked result (ClinicConfig). No Qt.

Its shape (tables, keys, defaults, ranges) is app.core.config_schema, its checks app.core.config_check;
app.core.config_load reads a file through both (the desktop's start-up needs none of them).

See resources/clinic.example.toml for a commented example. Every problem is reported as
`file:line (key): message`, one per line, and unknown keys are errors (a typo must not be silent).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import msgspec

from app.core.config_schema import APP_DIR, FILE_NAME, DefaultsSection, KioskSection
from app.core.decode import read_toml
from app.core.model import Content, CrisisInfo, Source
from app.core.problems import DataError
from app.core.rules import SelectedQuestion

_DEFAULTS, _KIOSK = DefaultsSection(), KioskSection()  # the defaults have one home: the file's shape


@dataclass(frozen=True)
class ClinicConfig:
    """The checked configuration, ready for the app (paths resolved, questions converted).
    Its defaults are the file's (app.core.config_schema): a missing key and a missing file agree."""

    path: Path | None = None
    clinic_name: str = ""
    logo_path: Path | None = None
    region: str | None = _DEFAULTS.region or None
    language: str | None = _DEFAULTS.language or None
    paper: str | None = None if _DEFAULTS.paper == "auto" else _DEFAULTS.paper  # None = by region
    kiosk: bool = _KIOSK.enabled
    printer: str = _KIOSK.printer
    idle_timeout_s: int = _KIOSK.idle_timeout_s
    warning_countdown_s: int = _KIOSK.warning_countdown_s
    pin_hash: str = _KIOSK.pin_hash
    free_text: bool = _KIOSK.free_text
    hide_cursor: bool = _KIOSK.hide_cursor
    know_on_printout: bool = _KIOSK.know_on_printout
    print_wait_s: int = _KIOSK.print_wait_s
    cover_sheet: bool = _KIOSK.cover_sheet
    phone_code_on_printout: bool = _KIOSK.phone_code_on_printout
    clinician_language: str = _KIOSK.clinician_language
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
