"""Wizard pages generated from content: the welcome page and one page per risk area."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from app.core import flow
from app.core.model import Area
from app.ui.lazy_page import LazyAttribute
from app.ui.widgets import QuestionBox, wrapping_label

if TYPE_CHECKING:
    from app.ui.wizard import RiskWizard


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("section-heading")  # size and weight come from the theme (app/ui/theme.py)
    label.setContentsMargins(0, 8, 0, 2)
    return label


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    return area


LAZY_PARTS = frozenset({"body", "boxes", "fact_labels", "skip_box"})  # made by AreaPage.build()


class AreaPage(QWizardPage):
    """A page for one content area: intro, key facts (with sources), screening questions."""

    answer_changed = Signal(str, object)
    scroll = LazyAttribute()  # the page's scroll area (QWidget.scroll() is a Qt method)

    def __init__(self, area: Area, owner: RiskWizard, build_now: bool = False):
        super().__init__()
        self.area = area
        self.owner = owner
        self.setObjectName(f"page-{area.id}")
        self.setTitle(area.title)
        self._built = False
        self._when_built: list[Callable[[AreaPage], None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if build_now:
            self.build()

    def __getattr__(self, name: str):
        # The page's widgets are made on its first visit: start-up and a kiosk reset build only the
        # first page (about 10x faster). Asking for one of them earlier builds the page there and then.
        if name in LAZY_PARTS and self.__dict__.get("_built") is False:
            self.build()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def when_built(self, callback: Callable[[AreaPage], None]) -> None:
        """Run `callback(page)` once the page's widgets exist (now, if they already do)."""
        if self._built:
            callback(self)
        else:
            self._when_built.append(callback)

    def build(self) -> None:
        if self._built:
            return
        self._built = True
        area, content = self.area, self.owner.content
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.addWidget(wrapping_label(area.intro, "intro"))
        self.fact_labels = []
        if area.facts:
            self.body.addWidget(section_heading(self.tr("What to know")))
        for fact in area.facts:
            tags = html.escape(", ".join(fact.sources))
            label = wrapping_label(f"&#8226;&nbsp; {html.escape(fact.text)} <small>[{tags}]</small>", "fact", rich=True)
            label.setAccessibleName(fact.text)
            label.setAccessibleDescription(self.tr("Sources: %1").replace("%1", ", ".join(fact.sources)))
            self.fact_labels.append((fact, label))
            self.body.addWidget(label)
        if area.questions:
            self.body.addWidget(section_heading(self.tr("Your answers")))
        self.skip_box: QCheckBox | None = None
        if area.skippable:
            self.skip_box = QCheckBox(area.skip_label or self.tr("Skip this part"))
            self.skip_box.setObjectName("skip")
            self.skip_box.toggled.connect(self._skip_toggled)
            self.body.addWidget(self.skip_box)
        self.boxes: dict[str, QuestionBox] = {}
        for question in area.questions:
            box = QuestionBox(question, content.choices_of(question), self.tr("Why we ask:"))
            box.changed.connect(self._changed)
            self.boxes[question.id] = box
            self.body.addWidget(box)
        self.body.addStretch(1)
        self.scroll = scrolling(inner)
        self.layout().addWidget(self.scroll)
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback(self)

    def initializePage(self) -> None:  # noqa: N802
        self.build()
        answers = self.owner.answers
        for qid, box in self.boxes.items():
            box.set_value(answers.get(qid))
        if self.skip_box is not None:
            self.skip_box.setChecked(self.area.id in self.owner.skipped)
        self.refresh()

    def refresh(self) -> None:
        """Show only the questions and facts that apply, and the step number."""
        answers = self.owner.effective_answers()
        visible = {q.id for q in flow.visible_questions(self.owner.content, self.area, self.owner.answers)}
        skipped = self.area.id in self.owner.skipped
        for qid, box in self.boxes.items():
            box.setVisible(qid in visible and not skipped)
        for fact, label in self.fact_labels:
            label.setVisible(flow.fact_applies(fact, answers))
        n, m = flow.step_number(self.owner.content, self.owner.answers, self.area.id)
        self.setSubTitle(self.tr("Step %1 of %2").replace("%1", str(n)).replace("%2", str(m)))

    def _changed(self, question_id: str, value) -> None:
        self.owner.set_answer(question_id, value)
        self.refresh()

    def _skip_toggled(self, skipped: bool) -> None:
        self.owner.set_skipped(self.area.id, skipped)
        self.refresh()


class WelcomePage(AreaPage):
    """What this is and is not, privacy, review date, and the region question."""

    def __init__(self, area: Area, owner: RiskWizard):
        super().__init__(area, owner, build_now=True)  # the first page: shown at once
        meta = owner.content.meta
        self.setTitle(meta.app_title)
        header = QWidget()
        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(wrapping_label(meta.welcome, "welcome"))
        reviewed = self.tr("Content last reviewed: %1. Next review due: %2.")
        column.addWidget(
            wrapping_label(
                reviewed.replace("%1", meta.reviewed.isoformat()).replace("%2", meta.next_review.isoformat()),
                "reviewed",
            )
        )
        self.extra_controls = QVBoxLayout()  # language and text size controls live here
        column.addLayout(self.extra_controls)
        self.body.insertWidget(0, header)
        for box in self.boxes.values():
            box.changed.connect(lambda *_: self.completeChanged.emit())

    def isComplete(self) -> bool:  # noqa: N802
        return self.owner.answers.get("region") is not None
