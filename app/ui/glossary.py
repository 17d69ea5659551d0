"""Tap-to-explain: a "What does “term” mean?" button under the first text on a page that uses a
glossary word; pressing it (click, tap, Space or Return) shows the explanation in place.
No links (the kiosk forbids them), no pop-ups (a screen reader reads the text where it is).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.glossary import terms_in
from app.core.model import GlossaryEntry
from app.ui.widgets import wrapping_label


class GlossaryHint(QWidget):
    """One glossary word: a toggle button and its explanation (hidden until asked for)."""

    def __init__(self, entry: GlossaryEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.entry = entry
        self.setObjectName("glossary-hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.button = QPushButton(self.tr("What does “%1” mean?").replace("%1", entry.term))
        self.button.setObjectName("glossary-button")
        self.button.setCheckable(True)
        self.button.setAutoDefault(False)  # Return on the page still means Next
        self.button.setAccessibleDescription(self.tr("Shows what this word means, below the button."))
        self.explain = wrapping_label(f"{entry.term}: {entry.explain}", "glossary-explain")
        self.explain.setVisible(False)
        self.button.toggled.connect(self._toggled)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.explain)

    def _toggled(self, shown: bool) -> None:
        self.explain.setVisible(shown)
        # A screen reader hears the explanation as the button's description once it is open.
        self.button.setAccessibleDescription(
            self.entry.explain if shown else self.tr("Shows what this word means, below the button.")
        )


class _FollowVisibility(QObject):
    """Hide the hints when the text they explain is hidden (facts shown only for some answers)."""

    def __init__(self, carrier: QWidget, holder: QWidget):
        super().__init__(holder)
        self.holder = holder
        carrier.installEventFilter(self)
        holder.setVisible(not carrier.isHidden())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            self.holder.setVisible(not watched.isHidden())
        return False


def _carriers(page) -> list[tuple[QWidget, str]]:
    """(widget, its text) in reading order: welcome text, intro, facts, then each question."""
    content = page.owner.content
    found: list[tuple[QWidget, str]] = []
    for name, text in (("welcome", content.meta.welcome), ("intro", page.area.intro)):
        label = page.findChild(QLabel, name)
        if label is not None:
            found.append((label, text))
    for fact, label in getattr(page, "fact_labels", []):
        found.append((label, fact.text))
    for box in page.boxes.values():
        labels = " ".join(c.label for c in content.choices_of(box.question))
        found.append((box, f"{box.question.text} {box.question.why} {labels}"))
    return found


def add_glossary_hints(page) -> list[GlossaryHint]:
    """Put a hint for each glossary word after the first text on this page that uses it."""
    glossary = list(page.owner.content.meta.glossary)
    if not glossary:
        return []
    done: set[str] = set()
    hints: list[GlossaryHint] = []
    for carrier, text in _carriers(page):
        entries = [e for e in terms_in(text, glossary) if e.term not in done]
        if not entries:
            continue
        done.update(e.term for e in entries)
        holder = QWidget()
        holder.setObjectName("glossary-hints")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        for entry in entries:
            hint = GlossaryHint(entry)
            column.addWidget(hint)
            hints.append(hint)
        box_layout = carrier.layout() if hasattr(carrier, "why") else None
        if box_layout is not None:  # a question: right under its "why we ask" line
            box_layout.insertWidget(box_layout.indexOf(carrier.why) + 1, holder)
            continue
        parent_layout = carrier.parentWidget().layout()
        parent_layout.insertWidget(parent_layout.indexOf(carrier) + 1, holder)
        _FollowVisibility(carrier, holder)
    return hints
