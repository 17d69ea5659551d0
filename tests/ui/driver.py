"""Drive the real wizard as a person would: click choices, click Next, type, click buttons."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWizard

from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard


class Person:
    def __init__(self, qtbot, wizard: RiskWizard):
        self.qtbot = qtbot
        self.wizard = wizard

    def click(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName()} cannot be clicked"
        QApplication.processEvents()  # a person never clicks before Qt has laid out what just appeared
        # Click the indicator/left edge: a wide check box only reacts on its box and its label.
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))

    def pick(self, question_id: str, *values: str) -> None:
        page = self.wizard.currentPage()
        box = page.boxes[question_id]
        assert box.isVisible(), f"{question_id} is not shown on {page.objectName()}"
        for value in values:
            button = box.buttons[value]
            if box.question.multiple and button.isChecked():
                continue
            self.click(button)

    def next(self) -> None:
        before = self.wizard.currentId()
        self.click(self.wizard.button(QWizard.WizardButton.NextButton))
        assert self.wizard.currentId() != before, "Next did not move on"

    def back(self) -> None:
        self.click(self.wizard.button(QWizard.WizardButton.BackButton))

    def walk(self, answers: dict[str, str | tuple[str, ...]], every_visible: str | None = None) -> list[str]:
        """Answer what is asked on each page, then Next, until the summary. Returns the pages seen.

        `every_visible`: also give this answer to every other visible question (e.g. "not_sure").
        """
        seen = []
        while self.wizard.currentId() != SUMMARY_ID:
            page = self.wizard.currentPage()
            seen.append(page.objectName())
            for question_id in list(page.boxes):  # in order: answers may reveal later questions
                box = page.boxes[question_id]
                if not box.isVisible() and not (question_id in answers and box.typed):
                    continue
                if question_id in answers and box.typed:  # a typed answer: typed like a person
                    if not page.optional.is_open():
                        self.click(page.optional.button)  # "More for your doctor": the optional typed answers
                    self.type_into(box.entry, answers[question_id])
                elif question_id in answers:
                    value = answers[question_id]
                    self.pick(question_id, *((value,) if isinstance(value, str) else value))
                elif box.typed:
                    continue  # typed questions are optional: skipped unless the test types an answer
                elif every_visible and box.value() is None:
                    fallback = next(v for v in (every_visible, "none", "not_sure") if v in box.buttons)
                    self.pick(question_id, fallback)
            self.next()
        return seen

    def type_into(self, widget, text: str) -> None:
        widget.setFocus()
        self.qtbot.keyClicks(widget, text)
