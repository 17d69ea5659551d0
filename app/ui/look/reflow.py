"""Layouts and helpers that let content reflow at large text sizes instead of being cut off.

- FlowLayout: a row of widgets that wraps onto further rows when it runs out of width
  (after Qt's "Flow Layout" example), for rows of buttons.
- wrap_button_text: radio buttons and check boxes cannot wrap their text, so a long choice
  would be cut off or push the page sideways at 200 %; this re-breaks the text into lines that
  fit the width the button is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        width = sum(i.sizeHint().width() for i in self._visible()) + self.spacing() * max(len(self._visible()) - 1, 0)
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [i for i in self._items if not (i.widget() is not None and i.widget().isHidden())]

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.bottom()


class _ButtonTextWrapper(QObject):
    def __init__(self, button: QAbstractButton):
        super().__init__(button)
        self.button = button
        self.text = button.text()
        self.measured: tuple[int, str] | None = None  # (width, font) the text was last broken for
        policy = button.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # take the width the layout gives
        button.setSizePolicy(policy)
        button.setMinimumWidth(button.fontMetrics().averageCharWidth() * 12)
        button.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Only what is on the screen: a restyle reaches the buttons of every page, and re-breaking the
        # hidden ones' text (each a relayout) made A+ cost ~30 % more; they re-break when shown.
        if event.type() in REWRAP_ON and self.button.isVisible():
            self.rewrap()
        return False

    def text_width(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self.button)
        option.text = self.text
        element = (
            QStyle.SubElement.SE_CheckBoxContents
            if isinstance(self.button, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonContents
        )
        return self.button.style().subElementRect(element, option, self.button).width()

    def rewrap(self) -> None:
        # A restyle sends a style change, a font change and resizes: break the text once per width and font
        # (the padding that text_width subtracts comes from the same text size as the font).
        measured = (self.button.width(), self.button.font().key())
        if measured == self.measured:
            return
        self.measured = measured
        available = self.text_width() - 4
        metrics = self.button.fontMetrics()
        lines: list[str] = []
        for word in self.text.split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= available:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        wrapped = "\n".join(lines) or self.text
        if wrapped != self.button.text():
            self.button.setText(wrapped)


REWRAP_ON = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show)


def wrap_button_text(button: QAbstractButton) -> None:
    """Let a radio button or check box break its text into lines (its accessible name is unchanged)."""
    if button.property("wraps_text") or not button.text():
        return
    button.setProperty("wraps_text", True)
    if not button.accessibleName():
        button.setAccessibleName(button.text())
    _ButtonTextWrapper(button)
