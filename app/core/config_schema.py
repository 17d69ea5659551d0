"""The clinic configuration file's shape: its tables, their keys and defaults, the allowed ranges. No Qt.

Both app.core.config (finding and loading the file) and app.core.config_check (its checks) read it.
"""

from __future__ import annotations

import msgspec
from msgspec import Struct

from app import APP_ID
from app.core.model import CrisisInfo, DoctorQuestion, Source

APP_DIR = APP_ID  # the folder name of the config and settings files (app/__init__.py names the app)
FILE_NAME = "clinic.toml"
PAPERS = ("auto", "a4", "letter")
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_LOGO_BYTES = 2_000_000
IDLE_RANGE = (15, 3600)
COUNTDOWN_RANGE = (5, 300)
PRINT_WAIT_RANGE = (15, 600)


def _factory(kind):
    return msgspec.field(default_factory=kind)


class ClinicSection(Struct, forbid_unknown_fields=True, frozen=True):
    name: str = ""
    logo: str = ""  # a PNG or JPEG file, relative to the config file


class DefaultsSection(Struct, forbid_unknown_fields=True, frozen=True):
    region: str = ""  # "" = the person picks; us, uk, eu or other = preselected (they can still change it)
    language: str = ""  # "" = en
    paper: str = "auto"  # auto (Letter for US, A4 elsewhere), a4 or letter


class KioskSection(Struct, forbid_unknown_fields=True, frozen=True):
    enabled: bool = False
    printer: str = ""
    idle_timeout_s: int = 120
    warning_countdown_s: int = 30
    pin_hash: str = ""
    free_text: bool = False
    hide_cursor: bool = False
    # "What I want my doctor to know" ticked on the printout at the start of each session (the person can
    # change it). Off by default: the kiosk prints at the front desk, where others may see the page.
    know_on_printout: bool = False
    # Seconds a print job may take to reach the printer before the person is told to ask the front desk.
    print_wait_s: int = 60
    # A cover sheet first ("Private: please hand this to your doctor"), so that page 1 does not face the
    # waiting room at the front-desk printer. On by default.
    cover_sheet: bool = True
    # The phone code on kiosk printouts (the person can still tick it): off by default, a scannable code of
    # health data on a sheet handed around the front desk.
    phone_code_on_printout: bool = False
    # The clinician part (Check first, screening summary) in this language whatever the person's ("" = theirs).
    clinician_language: str = ""


class ConfigFile(Struct, forbid_unknown_fields=True, frozen=True):
    clinic: ClinicSection = _factory(ClinicSection)
    defaults: DefaultsSection = _factory(DefaultsSection)
    kiosk: KioskSection = _factory(KioskSection)
    crisis: dict[str, CrisisInfo] = {}
    questions: list[DoctorQuestion] = []
    sources: dict[str, Source] = {}


SECTIONS = {"clinic": ClinicSection, "defaults": DefaultsSection, "kiosk": KioskSection}
