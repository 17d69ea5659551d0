"""The optional "Check what I understood" page (teach-back), between the last risk page and the summary.

Each item is multiple choice with "I'm not sure". Once answered, it shows the right fact in plain
words with its sources; an item answered wrongly or "not sure" adds a "Please explain again"
question to the person's list (app.core.quiz). No score, and the answers live only in the wizard.
"""

from __future__ import annotations

import html
from contextlib import nullcontext
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QButtonGroup, QGroupBox, QRadioButton, QVBoxLayout, QWidget

from app.core import flow
from app.core import quiz as teach_back
from app.core.model import QuizItem
from app.ui.parts.lazy_page import LazyPage
from app.ui.parts.reveal import keep_under_pointer
from app.ui.parts.widgets import wrapping_label
from app.ui.wizard.pages import scrolling

if TYPE_CHECKING:
    from app.ui.host import WizardHost


class QuizItemBox(QGroupBox):
    """One item: the question, its choices, and (once answered) the right fact with its sources."""

    answered = Signal(str, str)  # item id, choice value

    def __init__(self, item: QuizItem, publishers: dict[str, str] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.item = item
        self.publishers = publishers or {}  # source tag -> publisher: the person reads "NHS", never "NHS-PREG"
        self.setObjectName(f"quiz-item-{item.id}")
        layout = QVBoxLayout(self)
        title = wrapping_label(item.text, "quiz-question")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for choice in item.choices:
            button = QRadioButton(choice.label)
            button.setObjectName(f"quiz-{item.id}-{choice.value}")
            button.setAccessibleName(f"{choice.label} — {item.text}")
            self.group.addButton(button)
            self.buttons[choice.value] = button
            layout.addWidget(button)
        self.feedback = wrapping_label("", "quiz-feedback", rich=True)
        self.feedback.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader lands on the answer
        self.feedback.setVisible(False)
        # Colours come from the app theme (app.ui.look.theme: QLabel#quiz-feedback), so high contrast works.
        layout.addWidget(self.feedback)
        self.setAccessibleName(item.text)
        # Answered items are locked; the theme keeps their choices readable (QuizItemBox QRadioButton:disabled).
        self.group.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QRadioButton) -> None:
        value = next(v for v, b in self.buttons.items() if b is button)
        self.answered.emit(self.item.id, value)

    def show_answer(self, value: str | None) -> None:
        """Tick `value`, lock the item and show the fact (or reset when None)."""
        self.group.setExclusive(False)
        for v, button in self.buttons.items():
            button.setChecked(v == value)
            button.setEnabled(value is None)
        self.group.setExclusive(True)
        outcome = teach_back.outcome(self.item, value)
        if outcome is None:
            self.feedback.setVisible(False)
            return
        opening = {
            teach_back.CORRECT: self.tr("Yes, that is right."),
            teach_back.WRONG: self.tr("Not quite. Here is the answer:"),
            teach_back.UNSURE: self.tr("That is fine. Here is the answer:"),
        }[outcome]
        names = dict.fromkeys(self.publishers.get(tag, tag) for tag in self.item.sources)
        sources = self.tr("Sources: %1").replace("%1", "; ".join(names))
        lines = [opening, self.item.explain, sources]
        if outcome != teach_back.CORRECT:
            lines.append(self.tr("Added to your list: %1").replace("%1", self.item.review_question))
        escaped = [html.escape(line) for line in lines]
        escaped[0] = f"<b>{escaped[0]}</b>"
        escaped[2] = f"<small>{escaped[2]}</small>"
        lines, escaped = [x for x in lines if x], [x for x, line in zip(escaped, lines, strict=True) if line]
        self.feedback.setText("<br/>".join(escaped))
        self.feedback.setAccessibleName(" ".join(lines))
        self.feedback.setVisible(True)


class QuizPage(LazyPage):
    def __init__(self, owner: WizardHost):
        super().__init__()
        self.owner = owner
        self.boxes: dict = {}  # no screening questions here (tests' Person.walk looks for them)
        self.setObjectName("page-quiz")
        self.setTitle(self.tr("Check what I understood"))

    def make(self) -> None:  # on the first visit (app.ui.parts.lazy_page)
        owner = self.owner
        inner = QWidget()
        body = QVBoxLayout(inner)
        body.addWidget(
            wrapping_label(
                self.tr(
                    "You can check what you have read with a few short questions. This is not a test: there is no "
                    "score and nothing is saved. After each answer you see the facts and where they come from. "
                    "Anything that was not clear is added to your list, so your doctor can explain it again."
                ),
                "quiz-intro",
            )
        )
        self.start_button = QRadioButton(self.tr("Check what I understood (optional)"))
        self.start_button.setObjectName("quiz-start")
        self.skip_button = QRadioButton(self.tr("Skip this check"))
        self.skip_button.setObjectName("quiz-skip")
        self.mode = QButtonGroup(self)
        choice = QGroupBox()  # a named group for screen readers (the 2026-12 review, m5): not two loose radios
        choice.setObjectName("quiz-mode")
        choice.setAccessibleName(self.title())
        column = QVBoxLayout(choice)
        column.setContentsMargins(0, 0, 0, 0)
        for button in (self.start_button, self.skip_button):
            self.mode.addButton(button)
            column.addWidget(button)
        body.addWidget(choice)
        self.start_button.toggled.connect(self._mode_changed)
        self.items_widget = QWidget()
        self.items_widget.setObjectName("quiz-items")
        items_layout = QVBoxLayout(self.items_widget)
        items_layout.setContentsMargins(0, 8, 0, 0)
        self.item_boxes: dict[str, QuizItemBox] = {}
        for item in owner.content.quiz:
            box = QuizItemBox(item, {tag: source.publisher for tag, source in owner.content.sources.items()})
            box.answered.connect(self._answered)
            self.item_boxes[item.id] = box
            items_layout.addWidget(box)
        self.items_widget.setVisible(False)
        body.addWidget(self.items_widget)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = scrolling(inner)
        layout.addWidget(self.scroll_area)
        self.show_choice()

    def show_choice(self) -> None:
        """The radio buttons as the session holds the choice (a language switch, a reopened file)."""
        wanted = self.owner.session.quiz_wanted
        if wanted is None:
            self.mode.setExclusive(False)  # (an exclusive group never unchecks its last button)
            for button in (self.start_button, self.skip_button):
                blocked = button.blockSignals(True)
                button.setChecked(False)
                button.blockSignals(blocked)
            self.mode.setExclusive(True)
            self.items_widget.setVisible(False)
        else:
            (self.start_button if wanted else self.skip_button).setChecked(True)

    def initializePage(self) -> None:
        self.build()
        self.show_choice()
        owner = self.owner
        n, m = flow.step_number(owner.content, owner.answers, flow.QUIZ_STEP)
        self.setSubTitle(self.tr("Step %1 of %2").replace("%1", str(n)).replace("%2", str(m)))
        applicable = {item.id for item in flow.quiz_items(owner.content, owner.effective_answers())}
        for item_id, box in self.item_boxes.items():
            box.setVisible(item_id in applicable)
            box.show_answer(owner.session.quiz_answers.get(item_id))
        self.items_widget.setVisible(bool(owner.session.quiz_wanted))  # the two radio buttons keep their own state

    def visible_items(self) -> list[QuizItemBox]:
        return [box for box in self.item_boxes.values() if not box.isHidden()]

    def _mode_changed(self, wanted: bool) -> None:
        self.owner.session.quiz_wanted = wanted
        self.items_widget.setVisible(wanted)

    def _answered(self, item_id: str, value: str) -> None:
        self.owner.session.set_quiz_answer(item_id, value)
        box = self.item_boxes[item_id]
        focus = QApplication.focusWidget()
        had_focus = focus is None or box.isAncestorOf(focus)
        clicked = box.buttons[value]
        by_pointer = clicked.underMouse()
        # Clicked: the answer stays under the pointer (the feedback opening below it, or focus moving
        # to it, scrolled the page and the next click landed on another answer). By keyboard: the
        # feedback is brought into view once the layout has made room for it.
        with keep_under_pointer(self.scroll_area, clicked) if by_pointer else nullcontext():
            box.show_answer(value)  # locks the item: Qt would hand the focus on (to Back, after the last one)
            if had_focus:
                box.feedback.setFocus(Qt.FocusReason.OtherFocusReason)  # so Return still means Next
        if not by_pointer:
            QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(box.feedback, 0, 8))
