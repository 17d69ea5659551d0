"""The same RiskWizard, embedded as a child widget, that cannot be closed or cancelled."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWizard

from app.kiosk.taps import guard
from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard


class KioskWizard(RiskWizard):
    finished_session = Signal()  # Finish on the summary page: wipe and return to the start screen
    start_over = Signal()  # "Start over" tapped twice

    def __init__(self, content, options, parent=None, session=None):
        super().__init__(content, options, parent, session=session)
        if self.isWindow():  # a RiskWizard without the prepare_window() hook: slower, same result
            self.prepare_window()
        self.setObjectName("kiosk-wizard")
        self.setSizeGripEnabled(False)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Start over"))
        self.button(QWizard.WizardButton.CustomButton1).setObjectName("start-over")
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonLayout(
            [
                QWizard.WizardButton.CustomButton1,
                QWizard.WizardButton.Stretch,
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
            ]
        )
        for which in (
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        ):
            guard(self.button(which))  # a double tap acts once; "tap again" needs a second, separate tap
        self.customButtonClicked.connect(self._custom)
        self.currentIdChanged.connect(self._disarm_start_over)
        self.start_over_armed = False
        QApplication.instance().focusChanged.connect(self._keep_default)
        self.currentIdChanged.connect(self._keep_default)

    def _keep_default(self, *_args) -> None:
        """Return means Next (Finish on the last page), as on the desktop. Qt gives the default back to
        Next when a button loses the focus only inside a dialog *window*; this wizard is a child widget,
        so Next lost it for good whenever focus passed over it (a page change, the crisis panel) and
        Return did nothing from then on."""
        if not shiboken6.isValid(self):
            return
        next_button = self.button(QWizard.WizardButton.NextButton)
        finish = self.button(QWizard.WizardButton.FinishButton)
        default = next_button if next_button.isVisible() or not finish.isVisible() else finish
        if isinstance(default, QPushButton) and not default.isDefault():
            default.setDefault(True)

    def prepare_window(self) -> None:
        self.setWindowFlags(Qt.WindowType.Widget)  # a page of the kiosk shell, not a dialog window

    # Esc and Cancel land in reject(); Finish in accept(); both would hide a QDialog.
    def reject(self) -> None:
        return

    def done(self, result: int) -> None:
        return

    def accept(self) -> None:
        if self.currentId() != SUMMARY_ID:
            return
        if self.summary.output_actions.confirm_finish():
            self.finished_session.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def _custom(self, which: int) -> None:
        if which != QWizard.WizardButton.CustomButton1.value and which != QWizard.WizardButton.CustomButton1:
            return
        if self.start_over_armed:
            self.start_over.emit()
            return
        self.start_over_armed = True
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Tap again to clear everything"))

    def _disarm_start_over(self, *_args) -> None:
        self.start_over_armed = False
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Start over"))
