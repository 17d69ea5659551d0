"""The warning before closing forgets something, worded for where the person is:

- no list yet (the list page was never reached): "You have not made your list yet.";
- a list never saved or printed: "Your list has not been saved or printed.";
- a list saved or printed, then changed: "Your list has changed since you last saved or printed it."

(The review found one text for all three: "Your list has not been saved or printed… Go back to my
list" on step 3, with no list yet, and after the list had been saved and printed.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.ui.host import as_widget

if TYPE_CHECKING:
    from app.ui.host import WizardHost

translate = QCoreApplication.translate


def situation(wizard: WizardHost) -> str:
    """ "no-list", "unsaved" or "changed"."""
    if wizard.output_once:
        return "changed"
    return "unsaved" if wizard.list_seen else "no-list"


def texts(wizard: WizardHost) -> tuple[str, str, str]:
    """(text, informative text, the keep button's label)."""
    kind = situation(wizard)
    forgotten = translate(
        "CloseWarning", "If you close now, your answers and questions are forgotten: nothing is kept on this computer."
    )
    if kind == "no-list":
        return (
            translate("CloseWarning", "You have not made your list yet."),
            forgotten,
            translate("CloseWarning", "Go back to my answers"),
        )
    if kind == "changed":
        return (
            translate("CloseWarning", "Your list has changed since you last saved or printed it."),
            translate(
                "CloseWarning",
                "If you close now, the changes are forgotten. What you saved or printed before stays as it was.",
            ),
            translate("CloseWarning", "Go back to my list"),
        )
    return (
        translate("CloseWarning", "Your list has not been saved or printed."),
        forgotten,
        translate("CloseWarning", "Go back to my list"),
    )


def confirm_forget(wizard: WizardHost) -> bool:
    """Ask whether to close without saving; True = close. The safe answer is the default."""
    text, informative, keep_label = texts(wizard)
    box = QMessageBox(as_widget(wizard))
    box.setObjectName("confirm-close")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(wizard.windowTitle())
    box.setText(text)
    box.setInformativeText(informative)
    keep = box.addButton(keep_label, QMessageBox.ButtonRole.RejectRole)
    keep.setObjectName("keep-list")
    forget = box.addButton(translate("CloseWarning", "Close and forget"), QMessageBox.ButtonRole.DestructiveRole)
    forget.setObjectName("forget-list")
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    close = box.clickedButton() is forget
    box.deleteLater()
    return close
