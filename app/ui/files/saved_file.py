"""After Save as PDF, beside the status line "Saved: <file>": Open and Show in folder (desktop only; the
kiosk saves nothing). Any other message (or a change to the list) hides them.

The only place the app hands something to the desktop: the PDF it just wrote (Open) and its folder
(Show in folder), both as file: URLs of local paths, opened by the person's own viewer or file manager.
Nothing else is ever opened (tests/test_no_network.py checks this module is the only one, and only
with QUrl.fromLocalFile). Tests replace `open_local` and check the URL instead of launching anything.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def open_local(path: Path) -> bool:
    """Open a local file or folder with the desktop's own program for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SavedFile(QWidget):
    """[Open] [Show in folder], for the file just saved."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("saved-file")
        self.path: Path | None = None
        self.open_button = QPushButton(translate("SavedFile", "Open"))
        self.open_button.setObjectName("saved-open")
        self.folder_button = QPushButton(translate("SavedFile", "Show in folder"))
        self.folder_button.setObjectName("saved-folder")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (self.open_button, self.folder_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        self.open_button.clicked.connect(self.open_file)
        self.folder_button.clicked.connect(self.open_folder)
        self.hide()

    def show_saved(self, path: Path) -> None:
        self.path = Path(path)
        self.open_button.setAccessibleName(translate("SavedFile", "Open %1").replace("%1", self.path.name))
        self.folder_button.setAccessibleName(
            translate("SavedFile", "Show %1 in its folder").replace("%1", self.path.name)
        )
        self.show()

    def open_file(self) -> None:
        if self.path is not None:
            open_local(self.path)

    def open_folder(self) -> None:
        if self.path is not None:
            open_local(self.path.parent)
