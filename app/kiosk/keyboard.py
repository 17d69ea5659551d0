"""An in-app on-screen keyboard (only when the clinic turns free text on).

OS keyboards are unreliable over a full-screen Qt window, and Qt Virtual Keyboard is not in
PySide6-Essentials, so this small widget types into the focused field with ordinary key events.
Its keys never take the focus, so the field keeps it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ROWS = ("1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm,.?")


def is_text_field(widget) -> bool:
    return isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly()


class OnScreenKeyboard(QFrame):
    attached = Signal(QWidget)  # shown for this field
    detached = Signal()  # hidden

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("on-screen-keyboard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)  # it floats over the page: nothing may show through between the keys
        self.target: QWidget | None = None
        self.shift = False
        self.letter_buttons: dict[str, QPushButton] = {}
        column = QVBoxLayout(self)
        column.setSpacing(3)
        column.setContentsMargins(6, 2, 6, 2)
        # What the field holds, shown right above the keys: the field itself may be scrolled out of view.
        self.echo = QLabel()
        self.echo.setObjectName("keyboard-echo")
        self.echo.setTextFormat(Qt.TextFormat.PlainText)
        self.echo.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.echo.setWordWrap(True)
        column.addWidget(self.echo)
        for row_keys in ROWS:
            row = QHBoxLayout()
            row.setSpacing(4)
            for char in row_keys:
                button = self._button(char, lambda _checked=False, c=char: self.type_char(c))
                self.letter_buttons[char] = button
                button.setObjectName(f"key-{char}")
                row.addWidget(button)
            column.addLayout(row)
        bottom = QHBoxLayout()
        self.shift_button = self._button(self.tr("Shift"), self.toggle_shift)
        self.shift_button.setCheckable(True)
        self.space_button = self._button(self.tr("Space"), lambda: self.type_char(" "))
        self.back_button = self._button(self.tr("Delete"), lambda: self._key(Qt.Key.Key_Backspace))
        self.enter_button = self._button(self.tr("Enter"), lambda: self._key(Qt.Key.Key_Return))
        self.hide_button = self._button(self.tr("Hide keyboard"), self.detach)
        bottom.addWidget(self.shift_button)
        bottom.addWidget(self.space_button, 3)
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.enter_button)
        bottom.addWidget(self.hide_button)
        column.addLayout(bottom)
        for name, button in (
            ("shift", self.shift_button),
            ("space", self.space_button),
            ("delete", self.back_button),
            ("enter", self.enter_button),
            ("hide", self.hide_button),
        ):
            button.setObjectName(f"key-{name}")
        self.hide()

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setProperty("role", "kbd")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setAutoRepeat(text in ("Delete",))
        button.clicked.connect(slot)
        return button

    def attach(self, widget: QWidget) -> None:
        self.target = widget
        self.update_echo()
        self.show()
        self.attached.emit(widget)

    def update_echo(self) -> None:
        target = self.target
        if target is None or not shiboken6.isValid(target):
            self.echo.setText("")
            return
        text = target.text() if isinstance(target, QLineEdit) else target.toPlainText()
        name = target.accessibleName() or self.tr("Text")
        self.echo.setText(f"{name}: {text[-200:]}▏")

    def detach(self) -> None:
        was_visible = self.isVisible() or self.target is not None
        self.target = None
        self.echo.setText("")
        self.set_shift(False)
        self.hide()
        if was_visible:
            self.detached.emit()

    def toggle_shift(self) -> None:
        self.set_shift(not self.shift)

    def set_shift(self, on: bool) -> None:
        self.shift = on
        self.shift_button.setChecked(on)
        for char, button in self.letter_buttons.items():
            button.setText(char.upper() if on else char)

    def type_char(self, char: str) -> None:
        if self.shift:
            char = char.upper()
            self.set_shift(False)
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isprintable() else Qt.Key.Key_unknown
        self._key(key, char)

    def _key(self, key: Qt.Key, text: str = "") -> None:
        if self.target is None or not shiboken6.isValid(self.target):
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(self.target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        self.update_echo()
