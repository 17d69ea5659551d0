"""Small reusable widgets: a question card with its answer cards (app.ui.parts.choices), a wrapping label,
an expander."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core import typed_answers
from app.core.model import Choice, Question
from app.ui.a11y import expander_access
from app.ui.parts import choice_note
from app.ui.parts.choices import MAX_COLUMNS, ChoiceCheck, ChoiceGrid, ChoiceRadio
from app.ui.parts.glossary import GlossaryLabel

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

    def __init__(
        self,
        question: Question,
        choices: list[Choice],
        why_prefix: str,
        parent: QWidget | None = None,
        typing: bool = True,  # False: a tap-only kiosk, where a typed question is never asked (no field made)
    ):
        super().__init__(parent)  # no group-box title: titles do not wrap; a bold label does
        self.question = question
        self.setObjectName(f"question-{question.id}")
        self.title_label = GlossaryLabel(question.text, "question-text")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.base_why = f"{why_prefix} {question.why}"
        self.why = GlossaryLabel(self.base_why, "why")
        self.why.keep_focus = True  # reachable by Tab with or without glossary words (app.ui.wizard.accessibility)
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
        self.note = choice_note.attach(choices)  # "Do not take a tetracycline together with…" (picked answers)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(CARD_MARGIN, CARD_MARGIN - 10, CARD_MARGIN, CARD_MARGIN - 10)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(1)
        self.grid.addWidget(self.title_label, 0, 0, 1, 2)
        if self.note is not None:
            self.grid.addWidget(self.note, 3, 0, 1, 2)
        self.compact: bool | None = None
        self._measuring = False
        self._arrange(False)
        self.entry: QLineEdit | None = None  # a typed answer (kind "number" or "text"): a line, optional
        self.typed = question.kind != "choice"
        self._typing = typing
        self._pending = None  # a typed answer set before the field exists
        self.unit: QLabel | None = None
        self._unit_text = ""
        self.setAccessibleName(question.text)
        self.group.buttonToggled.connect(self._emit)

    def showEvent(self, event) -> None:
        # The field is made when first shown (the page's "More for your doctor" opened): a line edit made at
        # start-up would start the platform's input method (on X11, a D-Bus session in the home folder).
        if self.typed and self._typing and self.entry is None:
            self._add_entry(self.question)
            self.entry.setText(self._pending or "")
        super().showEvent(event)

    def _add_entry(self, question: Question) -> None:
        self.entry = QLineEdit()
        self.entry.setObjectName(f"entry-{question.id}")
        self.entry.setMaxLength(question.max_length)
        self.entry.setAccessibleName(question.text)
        if question.kind == "number":
            self.entry.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}(\.\d{0,2})?"), self.entry))
            self.entry.setMaximumWidth(160)
        self.entry.textChanged.connect(lambda text: self.changed.emit(question.id, typed_answers.clean(text) or None))
        self.unit = QLabel(self._unit_text)
        self.unit.setVisible(bool(self._unit_text))
        row = QHBoxLayout()
        row.addWidget(self.entry, 1)
        row.addWidget(self.unit)
        row.addStretch(0 if question.kind == "text" else 1)
        self.grid.addLayout(row, 3, 0, 1, 2)

    def set_unit(self, unit: str) -> None:
        self._unit_text = unit
        if self.unit is not None:
            self.unit.setText(unit)
            self.unit.setVisible(bool(unit))

    def can_be_compact(self, width: int) -> bool:
        if self.typed:
            return False
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

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange(self.can_be_compact(event.size().width()))

    def changeEvent(self, event) -> None:
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
        self.choices.forget_widths()  # (measured when the group got the font, before its cards had it)
        self._arrange(self.can_be_compact(self.width()))

    def value(self):
        if self.typed:
            return (typed_answers.clean(self.entry.text()) or None) if self.entry is not None else self._pending
        picked = tuple(v for v, b in self.buttons.items() if b.isChecked())
        if self.question.multiple:
            return picked or None
        return picked[0] if picked else None

    def set_value(self, value) -> None:
        if self.typed and self.entry is None:
            self._pending = value if isinstance(value, str) else None
            return
        if self.entry is not None:
            if typed_answers.clean(self.entry.text()) != (value or ""):  # (never while typing: the cursor stays)
                blocked = self.entry.blockSignals(True)
                self.entry.setText(value if isinstance(value, str) else "")
                self.entry.blockSignals(blocked)
            return
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
        if self.note is not None:
            self.note.show_for(value)

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
        self.changed.emit(self.question.id, self.value())  # (the page shows the note: app.ui.wizard.pages, keeping the
        # clicked answer under the pointer)


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
