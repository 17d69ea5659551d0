"""Small reusable widgets: a question card with its answer cards (app.ui.choices), a wrapping label,
an expander."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Choice, Question
from app.ui import expander_access
from app.ui.choices import MAX_COLUMNS, ChoiceCheck, ChoiceGrid, ChoiceRadio
from app.ui.glossary import GlossaryLabel

NONE = "none"  # the exclusive "None of these" value in multi-select questions
CARD_MARGIN = 16  # inside a question card, px
COMPACT_SHARE = 0.42  # answers beside the question when they need at most this share of the card


def wrapping_label(text: str, object_name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setIndent(0)
    if object_name:
        label.setObjectName(object_name)
    return label


class QuestionBox(QGroupBox):
    """One screening question as a card: its text, a "why we ask" line, and its answer cards.

    A question with up to three short answers ("Yes / No / I'm not sure") puts them to the right of
    its text when there is room (half the card); otherwise, and at large text sizes, below it."""

    changed = Signal(str, object)  # question id, str (single) or tuple[str, ...] (multiple) or None

    def __init__(self, question: Question, choices: list[Choice], why_prefix: str, parent: QWidget | None = None):
        super().__init__(parent)  # no group-box title: titles do not wrap; a bold label does
        self.question = question
        self.setObjectName(f"question-{question.id}")
        self.title = GlossaryLabel(question.text, "question-text")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.base_why = f"{why_prefix} {question.why}"
        self.why = GlossaryLabel(self.base_why, "why")
        self.why.keep_focus = True  # reachable by Tab with or without glossary words (app.ui.accessibility)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not question.multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        for choice in choices:
            button: QAbstractButton = ChoiceCheck(choice.label) if question.multiple else ChoiceRadio(choice.label)
            button.setObjectName(f"choice-{question.id}-{choice.value}")
            button.setProperty("original_text", choice.label)
            # A one-answer question's option says its question (arrow keys move between options and select);
            # a pick-all-that-apply option does not repeat it 11 times: the panel named after the question
            # is said when Tab enters it. The "why" is said once, by its own text (a Tab stop), not here.
            button.setAccessibleName(choice.label if question.multiple else f"{choice.label} — {question.text}")
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            if question.multiple:
                # Not in the QButtonGroup: Qt makes a group's buttons one Tab stop, and in a non-exclusive
                # group the other check boxes could then not be reached by keyboard at all.
                button.toggled.connect(lambda checked, b=button: self._emit(b, checked))
            else:
                self.group.addButton(button)
            self.buttons[choice.value] = button
        self.choices = ChoiceGrid(list(self.buttons.values()))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(CARD_MARGIN, CARD_MARGIN - 10, CARD_MARGIN, CARD_MARGIN - 10)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(1)
        self.grid.addWidget(self.title, 0, 0, 1, 2)
        self.compact: bool | None = None
        self._measuring = False
        self._arrange(False)
        self.setAccessibleName(question.text)
        self.group.buttonToggled.connect(self._emit)

    def can_be_compact(self, width: int) -> bool:
        if self.question.multiple or len(self.buttons) > MAX_COLUMNS or width <= 0:
            return False
        return self.choices.row_width() <= (width - 2 * CARD_MARGIN) * COMPACT_SHARE

    def _arrange(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        for widget in (self.why, self.choices):
            self.grid.removeWidget(widget)
        self.choices.set_row(compact)
        self.choices.grid.setContentsMargins(0, 0 if compact else 6, 0, 0)
        if compact:  # the answers beside "Why we ask", under the question (reading order stays top to bottom)
            self.grid.addWidget(self.why, 1, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(self.choices, 1, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        else:
            self.grid.addWidget(self.why, 1, 0, 1, 2)
            self.grid.addWidget(self.choices, 2, 0, 1, 2)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 0)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange(self.can_be_compact(event.size().width()))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.compact is not None:
            # Answers below at once (a row at the old size must not widen the page), then measure
            # again once the answers have the new font too (they get it after this box).
            self._arrange(False)
            if not self._measuring:
                self._measuring = True
                QTimer.singleShot(0, self, self._measure_again)

    def _measure_again(self) -> None:
        self._measuring = False
        self.compact = None
        self._arrange(self.can_be_compact(self.width()))

    def value(self):
        picked = tuple(v for v, b in self.buttons.items() if b.isChecked())
        if self.question.multiple:
            return picked or None
        return picked[0] if picked else None

    def set_value(self, value) -> None:
        wanted = set() if value is None else ({value} if isinstance(value, str) else set(value))
        self.group.blockSignals(True)
        if not self.question.multiple:
            self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(v in wanted)
            button.blockSignals(False)
        if not self.question.multiple:
            self.group.setExclusive(True)
        self.group.blockSignals(False)

    def choose(self, value: str, checked: bool = True) -> None:
        """Tick a choice as a click would (used by keyboard shortcuts and tests)."""
        self.buttons[value].setChecked(checked)

    def _emit(self, button: QAbstractButton, checked: bool) -> None:
        if not self.question.multiple and not checked:
            return  # the other radio's "checked" signal carries the new value
        if self.question.multiple and checked and NONE in self.buttons:
            # "None of these" and a real choice contradict each other: the latest tick wins.
            clear = (
                [b for v, b in self.buttons.items() if v != NONE]
                if button is self.buttons[NONE]
                else [self.buttons[NONE]]
            )
            for other in clear:
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)
        self.changed.emit(self.question.id, self.value())


class Expander(QWidget):
    """A toggle ("▸ More about …") and the part it shows or hides; Space or a click opens it.

    A screen reader hears the toggle's name, that it is a toggle, whether it is open (checked),
    and what it holds (its description)."""

    toggled = Signal(bool)

    def __init__(self, title: str, body: QWidget, object_name: str = "expander", parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.button = QPushButton()
        expander_access.mark(self.button)  # an expandable section for screen readers (before anything asks)
        self.button.setObjectName(object_name)
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)  # Return on the page still means Next
        self.button.setAccessibleName(title)
        self.button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.button.toggled.connect(self._toggled)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        body.setVisible(False)
        self._toggled(False)

    def is_open(self) -> bool:
        return self.button.isChecked()

    def set_open(self, open_: bool) -> None:
        self.button.setChecked(open_)

    def _toggled(self, open_: bool) -> None:
        self.button.setText(f"{'▾' if open_ else '▸'}  {self.title}")
        self.body.setVisible(open_)
        expander_access.toggled(self.button, open_)
        self.toggled.emit(open_)
