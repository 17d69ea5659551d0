"""The app's languages: one list, each named in itself, so a person who cannot read the current
language still finds theirs. The language menus (desktop and kiosk), `--lang`, the interface
translations and the content all follow it; tests/core/test_languages.py checks that every language
here has a content folder (resources/content/<code>/meta.toml) and, but for the source language, an
interface translation (resources/i18n/app_<code>.ts), and the other way round.

No imports beyond pathlib: the command line's start-up reads it.
"""

from __future__ import annotations

from pathlib import Path

SOURCE = "en"  # the interface's own texts, the content's reference, and the fallback
LANGUAGES: dict[str, str] = {  # code -> the language's name in itself (source first)
    "en": "English",
    "es": "Español",
}


def native_name(code: str) -> str:
    """The language's name in itself (a content folder not in the list shows its code)."""
    return LANGUAGES.get(code, code)


def in_folder(content_root: Path) -> list[str]:
    """The languages a content folder has (a sub-folder with a meta.toml each), the source first."""
    codes = [p.parent.name for p in content_root.glob("*/meta.toml")]
    return sorted(codes, key=lambda code: (code != SOURCE, code))
