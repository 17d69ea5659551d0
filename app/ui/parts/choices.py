"""Answer choices as cards: a grid that fits the space, cards clickable anywhere, arrow keys in reading order.

- ChoiceGrid: one row for "Yes / No / I'm not sure" beside the question (`row` mode, each card as
  wide as its words), else as many columns as fit (at most MAX_COLUMNS), one column at large text.
- ChoiceRadio / ChoiceCheck: a click anywhere on the card picks it, not only on its dot or words.
- The arrow keys move through the choices in reading order (Qt's own radio-button arrows move only
  straight up or down, which a row of cards does not have); in a one-answer question moving also
  selects, as Qt does for a radio group.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGridLayout, QRadioButton, QWidget

MAX_COLUMNS = 3
MAX_IN_ONE_ROW = 5
MIN_COLUMN_CHARS = 22  # two columns only if each holds at least this many characters a line


def _arrow_step(event) -> int:
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return 0
    return {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}.get(event.key(), 0)


class ChoiceRadio(QRadioButton):
    """A one-answer choice card. The arrows move to the next or previous card and select it (as Qt
    does in a radio group); past the first or last card they do nothing."""

    siblings: list[QAbstractButton] = []

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def keyPressEvent(self, event) -> None:
        step = _arrow_step(event)
        if not step:
            super().keyPressEvent(event)
            return
        target = _neighbour(self, step)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
            if self.isChecked():
                target.click()
        event.accept()


class ChoiceCheck(QCheckBox):
    """A "pick all that apply" choice card. The arrows move to the next or previous card; past the
    last one they go on to the next control, as Tab does."""

    siblings: list[QAbstractButton] = []

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def keyPressEvent(self, event) -> None:
        step = _arrow_step(event)
        target = _neighbour(self, step) if step else None
        if target is None:
            super().keyPressEvent(event)
            return
        target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
        event.accept()


def _neighbour(button: QAbstractButton, step: int) -> QAbstractButton | None:
    shown = [b for b in button.siblings if not b.isHidden() and b.isEnabled()]
    if button not in shown:
        return None
    index = shown.index(button) + step
    return shown[index] if 0 <= index < len(shown) else None


def original_text(button: QAbstractButton) -> str:
    return button.property("original_text") or button.text()


class ChoiceGrid(QWidget):
    """The answer cards of one question."""

    def __init__(self, buttons: list[QAbstractButton], parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons = buttons
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.columns = 0
        self.row = False
        self._row_width: dict[int, int] | None = None  # each card's words' width, measured once per font
        for button in buttons:
            button.siblings = buttons
        self._place(1)

    def card_width(self, button: QAbstractButton) -> int:
        """A card's width with its words on one line, its indicator and its padding."""
        metrics = button.fontMetrics()
        return metrics.horizontalAdvance(original_text(button)) + round(metrics.height() * 3.3)

    def natural_width(self) -> int:
        """The width the columns are fitted to: most cards' words on one line (the longest one or two
        may wrap onto a second line, which is shorter than one more row of cards)."""
        widths = sorted(self._words_width(b) for b in self.buttons)
        if not widths:
            return 0
        return widths[len(widths) // 2] if len(widths) > 4 else widths[-1]

    def row_width(self) -> int:
        """All cards side by side, each as wide as its words (or its minimum, if that is more)."""
        spacing = self.grid.horizontalSpacing()
        return sum(self._in_row(b) for b in self.buttons) + spacing * max(len(self.buttons) - 1, 0)

    def _words_width(self, button: QAbstractButton) -> int:
        if self._row_width is None:  # (the words' widths, measured once per font: layouts ask often)
            self._row_width = {id(b): self.card_width(b) for b in self.buttons}
        return self._row_width[id(button)]

    def forget_widths(self) -> None:
        """Measure the words again (this group hears of a new font before its answer cards get it)."""
        self._row_width = None

    def _in_row(self, button: QAbstractButton) -> int:
        return max(self._words_width(button), button.minimumWidth())

    def columns_for(self, width: int) -> int:
        count = len(self.buttons)
        if self.row:
            return count
        if count <= 1 or width <= 0:
            return 1
        spacing = self.grid.horizontalSpacing()
        if count <= MAX_IN_ONE_ROW and self.row_width() <= width:
            return count  # all on one line, each as wide as its words
        fit = max(1, (width + spacing) // (self.natural_width() + spacing))
        if count >= 4 and width // 2 >= self.fontMetrics().averageCharWidth() * MIN_COLUMN_CHARS:
            fit = max(fit, 2)  # a long list in two columns, long labels on two lines: fewer rows to read past
        columns = min(count, MAX_COLUMNS, fit)
        if columns == MAX_COLUMNS and count == 4:
            columns = 2  # 2 + 2 reads better than 3 + 1
        return columns

    def set_row(self, row: bool) -> None:
        """One row of cards as wide as their words (beside the question) or the fitted grid (below it)."""
        self.row = row
        self.columns = 0  # place again
        self._place(self.columns_for(self.width()))

    def _place(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        one_line = columns == len(self.buttons) and len(self.buttons) > 1
        for column in range(max(MAX_COLUMNS, len(self.buttons))):
            used = column < columns
            self.grid.setColumnStretch(column, 0 if self.row or not used else 1)
        for column, button in enumerate(self.buttons):
            if self.row or one_line:  # each card as wide as its words, as long as the row has its width
                self.grid.setColumnStretch(column, self._in_row(button))
        self.setMaximumWidth(self.row_width() if self.row else 16777215)
        self.updateGeometry()

    def sizeHint(self):
        hint = super().sizeHint()
        if self.row:
            hint.setWidth(self.row_width())
        return hint

    def minimumSizeHint(self):
        hint = super().minimumSizeHint()
        if self.row:  # the row's own width (the question puts its answers below itself if that does not fit)
            hint.setWidth(self.row_width())
        return hint

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place(self.columns_for(event.size().width()))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._row_width = None
            self.columns = 0
            self._place(self.columns_for(self.width()))
