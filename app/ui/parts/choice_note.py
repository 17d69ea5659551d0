"""A short note from the content right under a question while an answer that matters is picked
(`note` on a choice, app.core.model.Choice): "I am pregnant", a tetracycline, St John's wort,
condoms... as the crisis box appears for self-harm. Nothing is shown for the other answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.core.model import Choice


class ChoiceNote(QLabel):
    def __init__(self, choices: list[Choice]):
        super().__init__()
        self.notes = {c.value: c.note.strip() for c in choices if c.note.strip()}
        self.setObjectName("choice-note")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setVisible(False)

    def show_for(self, value) -> None:
        """The notes of the picked choice(s), in the content's order; hidden if none."""
        picked = set() if value is None else ({value} if isinstance(value, str) else set(value))
        text = "\n\n".join(note for v, note in self.notes.items() if v in picked)
        if text != self.text():
            self.setText(text)
            self.setAccessibleName(text)
        if self.isHidden() == bool(text):
            self.setVisible(bool(text))


def attach(choices: list[Choice]) -> ChoiceNote | None:
    """A note label for a question whose choices carry notes (None for the others: most questions)."""
    return ChoiceNote(choices) if any(c.note.strip() for c in choices) else None


def note_sources(content, question, value) -> list[str]:
    """The sources of the notes shown for this answer (the page's source list includes them)."""
    picked = set() if value is None else ({value} if isinstance(value, str) else set(value))
    return [tag for c in content.choices_of(question) if c.value in picked and c.note.strip() for tag in c.note_sources]
