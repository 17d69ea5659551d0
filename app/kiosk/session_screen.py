"""The session screen: the wizard, the on-screen keyboard over it, and panels shown inside the window.

- The keyboard floats just above the wizard's button row, so showing or hiding it never moves Back,
  Next or Finish from under the person's finger. The page under it scrolls so the field being typed
  into stays in view.
- Panels (the crisis contacts, the phone code) are hosted here, over the wizard, instead of as
  top-level dialogs: a window manager would give a dialog a title bar and a menu (minimise, move ...),
  and a separate window can stay on top of "Are you still there?". Being children of this screen,
  they disappear with it whenever another kiosk screen is shown.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from app.kiosk.keyboard import OnScreenKeyboard

_GAP = 4
_BUTTONS = (
    QWizard.WizardButton.CustomButton1,
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.FinishButton,
)


class PanelOverlay(QWidget):
    """Dims the wizard and shows one panel (a QDialog turned into a child widget) in a scrollable card."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("panel-overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel: QDialog | None = None
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("panel-scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(self.scroll_area)
        self.hide()

    def show_panel(self, dialog: QDialog) -> None:
        self.close_panel()
        dialog.setParent(None)
        dialog.setWindowFlags(Qt.WindowType.Widget)  # no longer a window: no title bar, no WM menu
        dialog.setObjectName(dialog.objectName() or "panel")
        for number, widget in enumerate(dialog.findChildren(QAbstractButton)):
            if not widget.objectName():  # (named, so tests and the trace can find them)
                widget.setObjectName(f"panel-button-{number}")
        card = QFrame()
        card.setObjectName("panel-card")
        column = QVBoxLayout(card)
        column.addStretch(1)  # the panel at its own height, in the middle of the screen
        column.addWidget(dialog, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        dialog.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.scroll_area.setWidget(card)
        self.panel = dialog
        dialog.finished.connect(self._finished)
        dialog.show()
        self.setGeometry(self.parentWidget().rect())
        self.fit_panel()
        self.show()
        self.raise_()
        button = next(iter(dialog.findChildren(QWidget, "phone-close")), None) or _accept_button(dialog)
        (button or dialog.focusWidget() or dialog).setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_panel(self) -> None:
        """A panel that can scroll inside (the crisis contacts) is made no taller than the overlay, so
        its button stays on screen below the text at any text size (WCAG 2.4.11)."""
        panel, card = self.panel, self.scroll_area.widget()
        fit = getattr(panel, "fit_height", None)
        if fit is None or card is None:
            return
        outer, inner = self.layout().contentsMargins(), card.layout().contentsMargins()
        fit(self.height() - outer.top() - outer.bottom() - inner.top() - inner.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.panel is not None and shiboken6.isValid(self.panel):
            self.fit_panel()

    def _finished(self, *_args) -> None:
        self.close_panel()

    def close_panel(self) -> None:
        """Remove and delete the panel (its owner may hold a reference: it only calls deleteLater on it)."""
        panel, self.panel = self.panel, None
        card = self.scroll_area.takeWidget()
        self.hide()
        if card is not None:
            card.deleteLater()
        if panel is not None and shiboken6.isValid(panel):
            panel.hide()


class SessionScreen(QWidget):
    def __init__(self, keyboard: OnScreenKeyboard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("session")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.wizard: QWizard | None = None
        self.keyboard = keyboard
        keyboard.setParent(self)
        keyboard.attached.connect(self._keyboard_changed)
        keyboard.detached.connect(self._keyboard_changed)
        self.overlay = PanelOverlay(self)
        self._padded: QScrollArea | None = None

    def set_wizard(self, wizard: QWizard) -> None:
        self.wizard = wizard
        self.layout_.insertWidget(0, wizard, 1)
        wizard.show()  # (the layout would only show it later, from the event loop)
        self.keyboard.raise_()
        self.overlay.raise_()

    def take_wizard(self) -> QWizard | None:
        wizard, self.wizard = self.wizard, None
        self.overlay.close_panel()
        self._unpad()
        if wizard is not None and shiboken6.isValid(wizard):
            self.layout_.removeWidget(wizard)
        return wizard

    # -- the keyboard ---------------------------------------------------------------------------
    def buttons_top(self) -> int:
        """Where the wizard's button row starts, in this screen's coordinates (its bottom if none)."""
        wizard = self.wizard
        if wizard is None or not shiboken6.isValid(wizard):
            return self.height()
        tops = [wizard.button(b).mapTo(self, QPoint(0, 0)).y() for b in _BUTTONS if wizard.button(b).isVisible()]
        return min(tops) - _GAP if tops else self.height()

    def place_keyboard(self) -> None:
        keyboard = self.keyboard
        if not keyboard.isVisible():
            return
        height = min(
            keyboard.heightForWidth(self.width()) if keyboard.hasHeightForWidth() else keyboard.sizeHint().height(),
            self.height(),
        )
        top = max(0, self.buttons_top() - height)
        keyboard.setGeometry(QRect(0, top, self.width(), height))
        keyboard.raise_()
        self.overlay.raise_()
        self.keep_in_view()

    def _keyboard_changed(self, *_args) -> None:
        if self.keyboard.isVisible():
            self.place_keyboard()
        else:
            self._unpad()

    def keep_in_view(self) -> None:
        """Scroll the page so the field being typed into is above the keyboard."""
        target = self.keyboard.target
        if target is None or not shiboken6.isValid(target):
            return
        scroll = _scroll_area_of(target)
        if scroll is None or scroll.widget() is None:
            return
        self._unpad()
        viewport = scroll.viewport()
        covered = viewport.mapTo(self, QPoint(0, viewport.height())).y() - self.keyboard.y()
        covered = max(0, min(covered, viewport.height() - 40))
        if covered:  # the page's visible part ends at the keyboard: it scrolls within what is left
            self._padded = scroll
            scroll.setViewportMargins(0, 0, 0, covered)
        _show_in(scroll, target)
        # The scroll range grows only once Qt has laid the page out again: look once more after that.
        QTimer.singleShot(0, self, lambda: self._ensure_visible(scroll, target))

    def _ensure_visible(self, scroll: QScrollArea, target: QWidget) -> None:
        if shiboken6.isValid(scroll) and shiboken6.isValid(target) and self.keyboard.target is target:
            _show_in(scroll, target)

    def _unpad(self) -> None:
        scroll, self._padded = self._padded, None
        if scroll is not None and shiboken6.isValid(scroll):
            scroll.setViewportMargins(0, 0, 0, 0)

    # -- panels ---------------------------------------------------------------------------------
    def present_panel(self, dialog: QDialog) -> None:
        self.overlay.show_panel(dialog)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.rect())
        self.place_keyboard()


def _show_in(scroll: QScrollArea, target: QWidget, margin: int = 8) -> None:
    """Scroll so all of `target` shows in the viewport (its top, if it is taller than the viewport)."""
    viewport = scroll.viewport()
    top = target.mapTo(viewport, QPoint(0, 0)).y()
    bottom = top + target.height()
    bar = scroll.verticalScrollBar()
    if bottom + margin > viewport.height():
        bar.setValue(bar.value() + bottom + margin - viewport.height())
        top = target.mapTo(viewport, QPoint(0, 0)).y()
    if top - margin < 0:
        bar.setValue(bar.value() + top - margin)


def _accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The panel's own "I have read this" (its button box's accept button): where focus goes first."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                return button
    return None


def _scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None
