"""The staff PIN pad (digits only, escalating lockout) and the hidden corner gesture that opens it.

The corner: five taps within three seconds open the PIN pad. Holding it for LONG_PRESS_S emits `held`,
which the shell uses only when the configuration is broken and has no usable PIN (see README).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from app.core.pin import MAX_DIGITS, PinGate
from app.kiosk.idle import Clock
from app.kiosk.screens import label

CORNER_PX = 96
TAPS, WINDOW_S = 5, 3.0
LONG_PRESS_S = 5.0


class CornerTaps(QWidget):
    """An invisible square in the top-left corner: five taps within three seconds emit `triggered`;
    a press held for LONG_PRESS_S emits `held`."""

    triggered = Signal()
    held = Signal()

    def __init__(self, parent: QWidget, clock: Clock):
        super().__init__(parent)
        self.setObjectName("staff-corner")
        self.now = clock.now
        self.taps: list[float] = []
        self.hold = clock.timer(self, LONG_PRESS_S)
        self.hold.timeout.connect(self.held)
        self.setGeometry(0, 0, CORNER_PX, CORNER_PX)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.raise_()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        t = self.now()
        self.taps = [x for x in self.taps if t - x <= WINDOW_S] + [t]
        self.hold.start()
        if len(self.taps) >= TAPS:
            self.taps.clear()
            self.hold.stop()
            self.triggered.emit()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.hold.stop()
        event.accept()


class PinPad(QWidget):
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, gate: PinGate | None, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pin-pad")
        self.setProperty("screen", True)
        self.gate = gate
        self.entered = ""
        self.lock_timer = clock.timer(self, 1, single_shot=False)
        self.lock_timer.timeout.connect(self.refresh_lock)

        title = label(self.tr("Staff only: enter the PIN"), "big")
        self.display = label("", "headline", "pin-display")
        self.display.setMinimumHeight(70)
        self.status = label("", "staff", "pin-status")
        grid = QGridLayout()
        grid.setSpacing(10)
        self.digit_buttons: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._key(digit), index // 3, index % 3)
        self.clear_button = self._button(self.tr("Clear"), "pin-clear", self.clear_entry)
        self.ok_button = self._button(self.tr("OK"), "pin-ok", self.submit)
        grid.addWidget(self.clear_button, 3, 0)
        grid.addWidget(self._key("0"), 3, 1)
        grid.addWidget(self.ok_button, 3, 2)
        self.cancel_button = self._button(self.tr("Cancel"), "pin-cancel", self._cancel)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(self.display)
        column.addLayout(grid)
        column.addWidget(self.status)
        column.addWidget(self.cancel_button)
        holder = QWidget()
        holder.setFixedWidth(480)
        holder.setLayout(column)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(holder)
        outer.addStretch(1)
        self._show()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setProperty("role", "key")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _key(self, digit: str) -> QPushButton:
        button = self._button(digit, f"pin-{digit}", lambda: self.press(digit))
        self.digit_buttons[digit] = button
        return button

    def _show(self) -> None:
        self.display.setText("●" * len(self.entered) if self.entered else "–")

    def press(self, digit: str) -> None:
        if len(self.entered) < MAX_DIGITS and not self._locked():
            self.entered += digit
            self._show()

    def clear_entry(self) -> None:
        self.entered = ""
        self._show()

    def reset(self) -> None:
        """Forget the digits and messages (not the lockout: that must survive leaving the pad)."""
        self.clear_entry()
        if not self._locked():
            self.status.setText("")

    def _locked(self) -> bool:
        return self.gate is not None and self.gate.seconds_locked() > 0

    def submit(self) -> None:
        pin, self.entered = self.entered, ""
        self._show()
        if self.gate is None or self._locked():
            self.refresh_lock()
            return
        if self.gate.check(pin):
            self.status.setText("")
            self.accepted.emit()
            return
        if self._locked():
            self.refresh_lock()
        else:
            left = self.gate.attempts_left()
            self.status.setText(self.tr("Wrong PIN. %1 tries left before the pad locks.").replace("%1", str(left)))

    def refresh_lock(self) -> None:
        seconds = self.gate.seconds_locked() if self.gate is not None else 0
        for button in (*self.digit_buttons.values(), self.ok_button, self.clear_button):
            button.setEnabled(not seconds)
        if seconds:
            if seconds < 120:
                wait = self.tr("Too many wrong PINs. Try again in %1 seconds.").replace("%1", str(seconds))
            else:
                wait = self.tr("Too many wrong PINs. Try again in %1 minutes.").replace("%1", str(-(-seconds // 60)))
            self.status.setText(wait)
            if not self.lock_timer.isActive():
                self.lock_timer.start()
        else:
            self.lock_timer.stop()
            self.status.setText("")

    def _cancel(self) -> None:
        self.clear_entry()
        self.cancelled.emit()
