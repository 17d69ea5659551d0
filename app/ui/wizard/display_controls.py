"""Language, text size and contrast: on the welcome page, applied to the whole app.

The A− / A+ buttons sit in the window's header, top right, on every page, at a fixed size (their
"A" does not grow with the text): nothing above or beside them changes size when they are pressed,
so a second press lands on the same button. (On the welcome page itself, text above a button
grows with the text size and pushed the buttons away from the pointer.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
    QWizard,
)

from app.core import languages
from app.ui.look import theme
from app.ui.look.reflow import wrap_button_text
from app.ui.prefs.language_choice import available_languages, content_root_of

if TYPE_CHECKING:
    from app.ui.host import WizardHost

SIZE_BUTTON_PX = 44  # fixed: a 44 px touch target at every text size, in the kiosk too (app.kiosk.style)


class DisplayControls(QFrame):
    """The welcome page's "Language and display" group (plus the A− / A+ buttons it docks in the header)."""

    def __init__(self, wizard: WizardHost, languages: dict[str, str]):
        super().__init__()
        self.wizard = wizard
        self.setObjectName("welcome-controls")
        heading = QLabel(self.tr("Language and display"))
        heading.setObjectName("controls-heading")
        self.setAccessibleName(heading.text())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.addWidget(heading, 0, 0, 1, 4)
        look = theme.appearance()

        self.language_label = QLabel("Language / Idioma:")  # both names, on purpose: never translated
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.setAccessibleName("Language / Idioma")
        for code, name in languages.items():
            self.language.addItem(name, code)
        self.language_label.setBuddy(self.language)
        self._show_current_language()
        self.language.activated.connect(self._language_chosen)
        grid.addWidget(self.language_label, 1, 0)
        grid.addWidget(self.language, 1, 1, Qt.AlignmentFlag.AlignLeft)
        for widget in (self.language_label, self.language):
            widget.setVisible(len(languages) > 1)

        self.size_label = QLabel()
        self.size_label.setObjectName("text-size")
        self.size_label.setWordWrap(True)
        self.smaller = self._size_button("A−", self.tr("Smaller text"), "text-smaller", look.smaller)
        self.larger = self._size_button("A+", self.tr("Larger text"), "text-larger", look.larger)
        self.size_buttons = QWidget(self)
        self.size_buttons.setObjectName("size-buttons")
        row = QHBoxLayout(self.size_buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.smaller)
        row.addWidget(self.larger)
        # High contrast on every page, beside A- / A+ (the welcome page's check box was the only way).
        self.contrast_toggle = self._size_button(
            "◐", self.tr("High contrast"), "contrast-toggle", self._toggle_contrast
        )
        self.contrast_toggle.setCheckable(True)
        row.addWidget(self.contrast_toggle)
        self.size_buttons.setFixedSize(self.size_buttons.sizeHint())
        self.contrast = QCheckBox(self.tr("High contrast (white and yellow on black)"))
        self.contrast.setObjectName("high-contrast")
        self.contrast.toggled.connect(lambda on: theme.appearance().set_high_contrast(on))
        wrap_button_text(self.contrast)  # wraps at large text instead of widening the page
        grid.addWidget(self.contrast, 1, 2)
        grid.addWidget(self.size_label, 2, 0, 1, 4)
        # Here until the header exists (it is decorated just after the first paint), then in its corner.
        grid.addWidget(self.size_buttons, 3, 0, 1, 4, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(2, 1)
        look.changed.connect(self.refresh)
        self.refresh()
        header = getattr(wizard, "header", None)
        if header is not None:
            header.when_ready(self.dock)

    def _size_button(self, text: str, name: str, object_name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(object_name)
        button.setAccessibleName(name)
        button.setAutoDefault(False)
        button.setFixedSize(SIZE_BUTTON_PX, SIZE_BUTTON_PX)
        button.clicked.connect(slot)
        return button

    def _toggle_contrast(self) -> None:
        theme.appearance().set_high_contrast(self.contrast_toggle.isChecked())

    def dock(self, corner: QHBoxLayout) -> None:
        """Move A− / A+ into the header's corner (called once the wizard's header exists)."""
        self.layout().removeWidget(self.size_buttons)
        corner.addWidget(self.size_buttons, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.size_buttons.show()
        # A new parent puts the buttons at the end of Tab's round: back after the wizard's own buttons.
        QWidget.setTabOrder(self.wizard.button(QWizard.WizardButton.CancelButton), self.smaller)
        QWidget.setTabOrder(self.smaller, self.larger)
        QWidget.setTabOrder(self.larger, self.contrast_toggle)
        self.refresh()

    def docked(self) -> bool:
        return self.size_buttons.parentWidget() is not self

    def refresh(self) -> None:
        look = theme.appearance()
        percent = self.tr("Text size: %1%").replace("%1", str(look.scale))
        where = self.tr("Change it with A− and A+ at the top right, or Ctrl+plus and Ctrl+minus.")
        self.size_label.setText(f"{percent}. {where}" if self.docked() else percent)
        hint = self.tr("%1. Shortcut: Ctrl+plus and Ctrl+minus.").replace("%1", percent)
        for button in (self.smaller, self.larger):
            button.setAccessibleDescription(hint)
            button.setToolTip(f"{button.accessibleName()}. {hint}")
        self.smaller.setEnabled(look.scale > theme.SCALES[0])
        self.larger.setEnabled(look.scale < look.max_scale)
        for box in (self.contrast, self.contrast_toggle):
            box.blockSignals(True)
            box.setChecked(look.high_contrast)
            box.blockSignals(False)
        self.contrast_toggle.setToolTip(
            self.tr("High contrast (white and yellow on black)") + ". " + self.tr("Press again to turn it off.")
            if look.high_contrast
            else self.tr("High contrast (white and yellow on black)")
        )

    def _show_current_language(self) -> None:
        index = self.language.findData(self.wizard.content.meta.language)
        if index >= 0:
            self.language.setCurrentIndex(index)

    def _language_chosen(self, index: int) -> None:
        code = self.language.itemData(index)
        if code and code != self.wizard.content.meta.language:
            self.wizard.language_requested.emit(code)

    def language_failed(self, _code: str) -> None:
        self._show_current_language()


WelcomeControls = DisplayControls  # the name other modules and tests know


def add_to_welcome_page(wizard: WizardHost) -> DisplayControls | None:
    """Language, text size and contrast on the welcome page (None: no welcome page); the wizard keeps them."""
    welcome = wizard.welcome_page
    if welcome is not None and hasattr(welcome, "extra_controls"):
        codes = available_languages(content_root_of(wizard))
        if wizard.content.meta.language not in codes:
            codes.append(wizard.content.meta.language)
        controls = DisplayControls(wizard, {c: languages.native_name(c) for c in codes})
        welcome.extra_controls.addWidget(controls)
        return controls
    return None
