"""Ctrl+S (Cmd+S on macOS): "Save my answers…" from any page of the desktop wizard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWizard


def install(wizard: QWizard) -> QShortcut:
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), wizard)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    save = wizard.button(QWizard.WizardButton.CustomButton2)  # app.ui.files.saved_answers
    shortcut.activated.connect(lambda: save.click() if save.isVisible() and save.isEnabled() else None)
    return shortcut
