"""Next (and Back) act once per click: the second click of a double click and a held key's repeats
are ignored. A double click on Next used to skip a whole page (Pregnancy, or Mood with the self-harm
question) without a trace.

- Mouse: Qt turns the second press of a double click into a MouseButtonDblClick, which a button
  takes as another press (and clicks on its release); that event is dropped here.
- Keys: Return / Enter (the default button), Space on a focused button and the Alt+N / Alt+B
  mnemonics repeat while a key is held; a press that is an auto-repeat is dropped, and a mnemonic
  that fires during a repeat is dropped too (a shortcut event does not say whether it repeats, so
  the last key event the window saw tells).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWizard

GUARDED = (QWizard.WizardButton.NextButton, QWizard.WizardButton.BackButton, QWizard.WizardButton.FinishButton)
PRESS_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


class NextGuard(QObject):
    def __init__(self, wizard: QWizard):
        super().__init__(wizard)
        self.repeating = False  # the last key event was an auto-repeat
        self.buttons = [wizard.button(which) for which in GUARDED]
        wizard.installEventFilter(self)
        for button in self.buttons:
            button.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride) and isinstance(event, QKeyEvent):
            self.repeating = event.isAutoRepeat()
            return kind == QEvent.Type.KeyPress and self.repeating and event.key() in PRESS_KEYS
        if kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent) and not event.isAutoRepeat():
            self.repeating = False
            return False
        if watched is self or watched not in self.buttons:
            return False
        if kind == QEvent.Type.MouseButtonDblClick:
            return True  # the second click of a double click
        return kind == QEvent.Type.Shortcut and self.repeating


def install(wizard: QWizard) -> NextGuard:
    return NextGuard(wizard)
