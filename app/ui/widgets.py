"""Small reusable widgets: a question with its choices, and a wrapping label."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Choice, Question

NONE = "none"  # the exclusive "None of these" value in multi-select questions


def wrapping_label(text: str, object_name: str = "", rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setOpenExternalLinks(False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if object_name:
        label.setObjectName(object_name)
    return label


class QuestionBox(QGroupBox):
    """One screening question: its text, a "why we ask" line, and radio buttons or check boxes."""

    changed = Signal(str, object)  # question id, str (single) or tuple[str, ...] (multiple) or None

    def __init__(self, question: Question, choices: list[Choice], why_prefix: str, parent: QWidget | None = None):
        super().__init__(parent)  # no group-box title: titles do not wrap; a bold label does
        self.question = question
        self.setObjectName(f"question-{question.id}")
        layout = QVBoxLayout(self)
        self.title = wrapping_label(question.text, "question-text")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout.addWidget(self.title)
        self.why = wrapping_label(f"{why_prefix} {question.why}", "why")
        layout.addWidget(self.why)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not question.multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        for choice in choices:
            button: QAbstractButton = QCheckBox(choice.label) if question.multiple else QRadioButton(choice.label)
            button.setObjectName(f"choice-{question.id}-{choice.value}")
            button.setAccessibleName(f"{choice.label} — {question.text}")
            button.setAccessibleDescription(question.why)
            if question.multiple:
                # Not in the QButtonGroup: Qt makes a group's buttons one Tab stop, and in a non-exclusive
                # group the other check boxes could then not be reached by keyboard at all.
                button.toggled.connect(lambda checked, b=button: self._emit(b, checked))
            else:
                self.group.addButton(button)
            self.buttons[choice.value] = button
            layout.addWidget(button)
        self.setAccessibleName(question.text)
        self.setAccessibleDescription(question.why)
        self.group.buttonToggled.connect(self._emit)

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
            clear = [b for v, b in self.buttons.items() if v != NONE] if button is self.buttons[NONE] \
                else [self.buttons[NONE]]
            for other in clear:
                other.blockSignals(True)
                other.setChecked(False)
                other.blockSignals(False)
        self.changed.emit(self.question.id, self.value())
