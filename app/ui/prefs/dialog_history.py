"""Undo what Qt's file dialog writes behind our back.

Closing a QFileDialog makes Qt save its "last visited folder" and history in the user's QtProject
settings (~/.config/QtProject.conf, the registry on Windows, a plist on macOS); Qt offers no switch
to turn that off. The app promises to write nothing but the file the person saves, so the save
action takes a snapshot before the dialog and puts the settings back afterwards.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

ORGANIZATION = "QtProject"  # the name Qt's own dialogs use
GROUP = "FileDialog"


class DialogHistory:
    def __init__(self) -> None:
        settings = QSettings(QSettings.Scope.UserScope, ORGANIZATION)
        self.file = Path(settings.fileName())
        self.file_existed = self.file.is_file()
        settings.beginGroup(GROUP)
        self.values = {key: settings.value(key) for key in settings.allKeys()}
        settings.endGroup()

    def restore(self) -> None:
        settings = QSettings(QSettings.Scope.UserScope, ORGANIZATION)
        settings.beginGroup(GROUP)
        settings.remove("")  # everything in the group
        for key, value in self.values.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()
        if not self.file_existed and not settings.allKeys():
            del settings
            self.file.unlink(missing_ok=True)  # Qt created it just now: leave no trace


def snapshot() -> DialogHistory:
    return DialogHistory()
