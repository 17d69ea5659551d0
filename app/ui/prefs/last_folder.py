"""Where the file dialogs start: the folder the person last saved or opened a file in (this session,
else remembered from the last: app.ui.prefs.remembered's window.json, written only when they pick a file),
else their Documents folder (else home)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from app.ui.prefs import remembered

_last: Path | None = None  # this session's
_loaded = False
persist = False  # the desktop app (app.gui) turns this on: remembered between runs too; tests and the kiosk never


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def folder() -> Path:
    global _last, _loaded
    if _last is None and not _loaded and persist:
        _loaded = True
        saved = remembered.load_folder()
        if saved is not None and Path(saved).is_dir():
            _last = Path(saved)
    if _last is not None and _last.is_dir():
        return _last
    return documents_folder()


def start_in(file_name: str = "") -> str:
    """The path a file dialog opens at (`file_name` suggested inside the folder)."""
    return str(folder() / file_name) if file_name else str(folder())


def chosen(path: str | Path) -> None:
    """The person picked this file: its folder is where the next dialog starts."""
    global _last, _loaded
    where = Path(path).parent
    if not where.is_dir():
        return
    _last, _loaded = where, True
    if not persist:
        return
    try:
        remembered.save_folder(str(where))
    except OSError:
        pass  # not remembering is no reason to stop the person
