"""Where the app's file dialogs start: the person's Documents folder, then the last folder they chose.

The folder is remembered in memory only, for as long as the app runs (the app writes nothing the
person did not ask for). Save my answers, Open saved answers and Save as PDF all start here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

_chosen: list[Path] = []  # the folder of the last file the person chose (at most one)


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def start_folder() -> Path:
    """The folder a file dialog opens in: the last one chosen while it still exists, else Documents."""
    if _chosen and _chosen[0].is_dir():
        return _chosen[0]
    return documents_folder()


def remember(path: Path) -> None:
    """The person chose `path` (a file): the next dialog starts in its folder."""
    _chosen[:] = [Path(path).parent]


def forget() -> None:
    """Back to Documents (a new process; tests)."""
    _chosen.clear()
