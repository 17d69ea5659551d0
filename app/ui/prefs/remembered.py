"""What the desktop app remembers between runs: the text size, high contrast and the language. Never
anything the person answered or typed.

One small JSON file in the platform's config folder for the app (platformdirs user_config_dir:
~/.config/isotretinoin-checklist on Linux), written only when the person changes one of the three,
always with exactly these keys:

    {"text_size": 125, "high_contrast": null, "language": "es"}

A second file beside it, window.json, holds the desktop window's size and place and the folder the
person last saved or opened a file in, each written only when the person moved or resized the window
or picked a folder: {"geometry": [x, y, width, height], "folder": "/home/ana/Documents"}.

(`high_contrast` null: the person never chose, so the system's preference decides.) A missing or
unreadable file, or a value that makes no sense, is the same as no file. The kiosk never uses this.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import PlatformDirs
from PySide6.QtCore import QObject

from app import APP_ID
from app.ui.look import theme

FILE_NAME = "display.json"
WINDOW_FILE = "window.json"
KEYS = ("text_size", "high_contrast", "language")


@dataclass(frozen=True)
class Display:
    text_size: int = 100
    high_contrast: bool | None = None
    language: str | None = None


def settings_path() -> Path:
    return Path(PlatformDirs(APP_ID, appauthor=False).user_config_dir) / FILE_NAME


def load(path: Path | None = None) -> Display:
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return Display()
    if not isinstance(data, dict):
        return Display()
    size = data.get("text_size")
    contrast = data.get("high_contrast")
    language = data.get("language")
    return Display(
        text_size=size if isinstance(size, int) and not isinstance(size, bool) and size in theme.SCALES else 100,
        high_contrast=contrast if isinstance(contrast, bool) else None,
        language=language if isinstance(language, str) and language.isalpha() and len(language) <= 8 else None,
    )


def save(display: Display, path: Path | None = None) -> None:
    _write(path or settings_path(), asdict(display))


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.stem}.saving-{os.getpid()}.json")
    try:
        partial.write_text(json.dumps(data) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


# -- window.json: the window's geometry and the last folder ------------------------------------------
def window_path() -> Path:
    return settings_path().with_name(WINDOW_FILE)


def _read_window(path: Path | None) -> dict:
    try:
        data = json.loads((path or window_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def load_window(path: Path | None = None) -> list[int] | None:
    """[x, y, width, height] of the window as the person left it; None if never (or nonsense)."""
    values = _read_window(path).get("geometry")
    if not isinstance(values, list) or len(values) != 4:
        return None
    ok = all(isinstance(v, int) and not isinstance(v, bool) and abs(v) < 100_000 for v in values)
    return values if ok and values[2] > 0 and values[3] > 0 else None


def load_folder(path: Path | None = None) -> str | None:
    folder = _read_window(path).get("folder")
    return folder if isinstance(folder, str) and folder and len(folder) < 4096 and "\0" not in folder else None


def save_window(geometry: list[int], path: Path | None = None) -> None:
    data = _read_window(path)
    _write(path or window_path(), {"geometry": list(geometry), "folder": data.get("folder")})


def save_folder(folder: str, path: Path | None = None) -> None:
    data = _read_window(path)
    _write(path or window_path(), {"geometry": data.get("geometry"), "folder": folder})


def apply(display: Display) -> None:
    """Start with the remembered text size and contrast (before the first window is shown)."""
    if display.text_size != 100 or display.high_contrast is not None:  # (restyling costs start-up time)
        theme.appearance().restore(display.text_size, display.high_contrast)


class Remember(QObject):
    """Writes the file when the person changes the text size, the contrast or the language."""

    def __init__(self, display: Display, path: Path | None = None, parent: QObject | None = None):
        super().__init__(parent or theme.appearance())
        self.path = path
        self.saved = display
        self.language = display.language
        theme.appearance().changed.connect(self.update)

    def current(self) -> Display:
        look = theme.appearance()
        return Display(
            text_size=look.scale,
            high_contrast=look.high_contrast if look.user_chose_contrast else None,
            language=self.language,
        )

    def language_chosen(self, language: str) -> None:
        self.language = language
        self.update()

    def update(self) -> None:
        now = self.current()
        if now == self.saved:
            return
        try:
            save(now, self.path)
        except OSError:
            return  # not remembering is no reason to stop the person: nothing else depends on it
        self.saved = now
