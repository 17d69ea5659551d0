""" "Send to my phone": the person's list as a QR code on screen (and, if they want, on the printout).

The code's text comes from app.core.phone_payload (a mailto: with the list as the body); this module
only draws it (segno -> PNG bytes -> QImage) and shows it in a small in-app dialog, never a file
dialog, so it works the same in the kiosk. Nothing is stored or sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.phone_payload import PhoneList, printed_caption
from app.printing import qr as printing_qr
from app.printing.qr import SCREEN_MODULE_PX, make_symbol, qr_image
from app.ui.parts.widgets import wrapping_label

__all__ = ["SCREEN_MODULE_PX", "PhoneControls", "PhoneDialog", "caption", "make_symbol", "qr_image"]

translate = QCoreApplication.translate  # not widget.tr(): lupdate needs the context spelled out

if TYPE_CHECKING:
    from app.ui.host import WizardHost


class SummaryPage(Protocol):
    """What PhoneControls uses of app.ui.summary.summary_page.SummaryPage (its wizard and its preview), so this
    module stays below the summary page, which makes the controls."""

    owner: WizardHost

    def schedule_preview(self) -> None: ...


def caption(widget: QWidget, held: int, total: int) -> str:
    if total == 0:
        return translate("PhoneControls", "Your list has no questions yet.")
    if held == total:
        return translate("PhoneControls", "This code holds all %1 of your questions.").replace("%1", str(total))
    text = translate("PhoneControls", "This code holds %1 of your %2 questions.")
    return text.replace("%1", str(held)).replace("%2", str(total))


class PhoneDialog(QDialog):
    """The code, how many questions it holds, and what scanning it does. In-app, no file access."""

    def __init__(self, phone: PhoneList | None, image: QImage | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("phone-dialog")
        self.setWindowTitle(self.tr("Send to my phone"))
        self.setModal(True)
        self.code = QLabel()
        self.code.setObjectName("phone-code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code with your questions"))
        self.image = image
        if image is not None:
            self.code.setPixmap(QPixmap.fromImage(image))
            self.code.setMinimumSize(image.size())  # never squeezed: a cropped code does not scan
        text = QVBoxLayout()  # beside the code, so the dialog fits a landscape screen
        held, total = (phone.held, phone.total) if phone else (0, 0)
        self.caption = wrapping_label(caption(self, held, total), "phone-caption")
        font = self.caption.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.caption.setFont(font)
        text.addWidget(self.caption)
        if phone is not None and phone.held < phone.total:
            text.addWidget(
                wrapping_label(
                    self.tr(
                        "Your most important questions come first. The rest did not fit in one code: "
                        "you can also print the list."
                    ),
                    "phone-shortened",
                )
            )
        if image is not None:
            text.addWidget(
                wrapping_label(
                    self.tr(
                        "Point your phone's camera at the code and tap what it shows. Your phone opens a new email "
                        "with your questions in it. Add your own email address and send it to yourself."
                    ),
                    "phone-help",
                )
            )
            text.addWidget(
                wrapping_label(
                    self.tr(
                        "Your list is inside the code itself. This app sends nothing and keeps nothing. The email only "
                        "goes out if you send it from your phone."
                    ),
                    "phone-privacy",
                )
            )
        text.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setObjectName("phone-close")
        close.setMinimumHeight(44)
        buttons.rejected.connect(self.reject)
        text.addWidget(buttons)
        self.column = QWidget()
        self.column.setLayout(text)
        row = QHBoxLayout(self)
        row.addWidget(self.code, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.column, 1)
        self.fit_text()

    def fit_text(self) -> None:
        """Size the text column for ~34 characters a line and all its wrapped lines (any text size or theme)."""
        self.ensurePolished()  # the kiosk's style sheet may have changed the font
        width = 34 * self.column.fontMetrics().averageCharWidth()
        self.column.setFixedWidth(width)
        self.column.setMinimumHeight(self.column.layout().totalHeightForWidth(width))
        self.adjustSize()

    def showEvent(self, event) -> None:
        self.fit_text()
        super().showEvent(event)


class PhoneControls:
    """The summary page's "Send to my phone" button and "phone code on the printout" box."""

    def __init__(self, page: SummaryPage):
        self.page = page
        self.button = QPushButton(translate("PhoneControls", "Send to my p&hone…"))
        self.button.setObjectName("send-to-phone")
        self.button.setToolTip(
            translate("PhoneControls", "Shows a code your phone's camera can read. Nothing is sent from here.")
        )
        self.on_printout = QCheckBox(translate("PhoneControls", "Put the phone code on the printout"))
        self.on_printout.setObjectName("qr-on-printout")
        self.on_printout.setChecked(True)  # (PrintoutPart.show_options shows the session's choice)
        self.on_printout.toggled.connect(self._toggled)
        self.button.clicked.connect(self.show_dialog)
        self.dialog: PhoneDialog | None = None
        self._cache: tuple[str, QImage] | None = None

    def _toggled(self, checked: bool) -> None:
        self.page.owner.session.phone_code = checked
        self.page.schedule_preview()

    def phone_list(self) -> PhoneList | None:
        """The list as it fits in one code now; None if there is nothing to put in one."""
        owner = self.page.owner
        return printing_qr.phone_list(owner.question_list, owner.content, owner.crisis_info())

    def image(self, phone: PhoneList) -> QImage:
        if self._cache is None or self._cache[0] != phone.payload:
            self._cache = (phone.payload, qr_image(phone.payload))
        return self._cache[1]

    def show_dialog(self) -> None:
        phone = self.phone_list()
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = PhoneDialog(phone, self.image(phone) if phone else None, self.page)
        self.page.owner.present(self.dialog)

    # -- the printout ----------------------------------------------------------------------
    def printout(self) -> tuple[bool, str]:
        """(print the code?, its caption) for render.RenderOptions(qr=..., qr_caption=...)."""
        phone = self.phone_list() if self.on_printout.isChecked() else None
        if phone is None:
            return False, ""
        return True, printed_caption(phone, self.page.owner.content.meta.texts)  # in the printout's language

    def images(self) -> dict[str, QImage]:
        phone = self.phone_list() if self.on_printout.isChecked() else None
        return {"qr": self.image(phone)} if phone else {}
