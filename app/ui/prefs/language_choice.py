"""Which languages there are and which one to start in (the welcome page lists them; app.ui.wizard.language switches).

No wizard here: the welcome page's controls (app.ui.wizard.display_controls) and the start-up read it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from app.core import languages
from app.paths import content_dir

if TYPE_CHECKING:
    from app.ui.host import WizardHost

FALLBACK = languages.SOURCE  # (the languages and their names: app.core.languages)


def content_root_of(wizard: WizardHost) -> Path:
    root = getattr(wizard.wizard_options, "content_root", None)
    if root:
        return Path(root)
    return content_dir()


def available_languages(content_root: Path) -> list[str]:
    """Languages that have content, English first, then by code."""
    try:
        return languages.in_folder(content_root) or [FALLBACK]
    except OSError:
        return [FALLBACK]


def system_language() -> str:
    return QLocale.system().name()[:2].lower()


def default_language(content_root: Path, requested: str | None = None, clinic: str | None = None) -> str:
    """--lang if given, else the clinic's configured language, else the system's, else English.

    A clinic or system language without content falls through to the next choice; an explicit
    --lang is returned as is (loading it reports the missing content clearly).
    """
    if requested:
        return requested
    have = set(available_languages(content_root))
    for candidate in (clinic, system_language()):
        if candidate and candidate in have:
            return candidate
    return FALLBACK
