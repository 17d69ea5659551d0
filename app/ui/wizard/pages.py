"""Wizard pages generated from content: the welcome page and one page per risk area.

A page reads top to bottom as: a short intro; its deciding question(s) (the ones its other
questions and facts depend on, e.g. "Could you become pregnant?"); once those are answered, the
key facts that apply to this person, with "More about …" and the page's sources as toggles; then
the other questions in one card; optional and typed ones behind "More for your doctor". Nothing that does not
apply is shown (other regions' rules, pregnancy rules for someone who cannot become pregnant). Parts: page_parts, facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.core import flow, typed_answers
from app.core.model import Area
from app.ui.look.layout_walk import layout_widgets
from app.ui.parts import facts
from app.ui.parts.answered_line import step_line
from app.ui.parts.choice_note import note_sources
from app.ui.parts.glossary import GlossaryLabel
from app.ui.parts.lazy_page import LazyPage
from app.ui.parts.page_parts import (
    CrisisSpot,
    ToggleRow,
    card,
    deciding_questions,
    lower_first,
    mark_first_rows,
    offer_glossary,
    page_body,
    scrolling,
    section_heading,
)
from app.ui.parts.reveal import keep_under_pointer
from app.ui.parts.widgets import Expander, QuestionBox

if TYPE_CHECKING:
    from app.ui.host import WizardHost

__all__ = ["AreaPage", "WelcomePage", "scrolling", "section_heading"]


class AreaPage(LazyPage):
    """A page for one content area (see the module docstring for its order)."""

    # Widgets are made on the first visit (start-up and a kiosk reset ~10x faster); asking for one earlier builds.
    lazy_parts = frozenset(
        {
            "answered_line",
            "body",
            "boxes",
            "fact_labels",
            "fact_rows",
            "skip_box",
            "more",
            "sources",
            "intro",
            "scroll_area",
        }
    )

    answer_changed = Signal(str, object)
    reordered = Signal()  # facts moved between "key" and "More about …": the tab order follows (accessibility)

    def __init__(self, area: Area, owner: WizardHost, build_now: bool = False):
        super().__init__()
        self.area = area
        self.owner = owner
        self.setObjectName(f"page-{area.id}")
        self.setTitle(area.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if build_now:
            self.build()

    def make(self) -> None:  # on the first visit, or first use of one of its lazy_parts (app.ui.parts.lazy_page)
        area, content = self.area, self.owner.content
        inner = QWidget()
        self.body = page_body(inner)
        self.intro = GlossaryLabel(area.intro, "intro")
        self.body.addWidget(self.intro)
        self.deciding = deciding_questions(area)
        self.boxes: dict[str, QuestionBox] = {}
        why = self.tr("Why we ask:")
        for question in area.questions:
            box = QuestionBox(question, content.choices_of(question), why, typing=self.owner.wizard_options.free_text)
            box.changed.connect(self._changed)
            self.boxes[question.id] = box
        self.first_card, self.first_layout = card("questions-card")
        for qid in self.deciding:
            self.first_layout.addWidget(self.boxes[qid])
        self.body.addWidget(self.first_card)
        typed_card, typed_layout = card("typed-card")  # optional and typed questions, behind a toggle
        self.optional = Expander(self.tr("More for your doctor (you can skip this)"), typed_card, "optional-toggle")
        self._add_facts()
        self.questions_card, self.questions_layout = card("questions-card")
        self.skip_box: QCheckBox | None = None
        if area.skippable:
            self.skip_box = QCheckBox(area.skip_label or self.tr("Skip this part"))
            self.skip_box.setObjectName("skip")
            self.skip_box.toggled.connect(self._skip_toggled)
            self.body.addWidget(self.skip_box)
        for qid, box in self.boxes.items():
            if qid not in self.deciding:
                optional = box.typed or box.question.optional
                (typed_layout if optional else self.questions_layout).addWidget(box)
        self.body.addWidget(self.questions_card)
        self.body.addStretch(1)
        self.crisis = CrisisSpot(self)
        self.scroll_area = scrolling(inner)
        self.layout().addWidget(self.scroll_area)

    def _add_facts(self) -> None:
        content = self.owner.content
        self.key_card, self.key_layout = facts.facts_card()
        self.key_card.setAccessibleName(self.tr("What to know"))
        more_card, self.more_layout = facts.facts_card("more-facts")
        self.more_layout.setContentsMargins(0, 4, 0, 4)
        self.more = Expander(self.tr("More about %1").replace("%1", lower_first(self.area.title)), more_card)
        self.sources_label = facts.sources_panel([])
        self.sources = Expander(self.tr("Sources for this page"), self.sources_label, "sources-toggle")
        self.fact_rows = [facts.FactRow(fact, content) for fact in self.area.facts]
        self.fact_labels = [(row.fact, row.label) for row in self.fact_rows]
        for row in self.fact_rows:
            row.setVisible(False)
            self.key_layout.addWidget(row)
        self.toggles = ToggleRow([self.more, self.sources, self.optional])
        self.key_layout.addWidget(self.toggles)  # the card's last line: no row of its own
        self.body.addWidget(self.key_card)
        self._placed: tuple = ()

    def initializePage(self) -> None:
        self.build()
        answers = self.owner.answers
        for qid, box in self.boxes.items():
            box.set_value(answers.get(qid))
        if self.skip_box is not None:
            self.skip_box.setChecked(self.area.id in self.owner.skipped)
        self.refresh()

    # -- what is shown ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Show only the questions and facts that apply, and the step number."""
        owner = self.owner
        answers = owner.effective_answers()
        visible = {q.id for q in flow.visible_questions(owner.content, self.area, owner.answers)}
        skipped, typed_ok = self.area.id in owner.skipped, owner.wizard_options.free_text  # typing: not on a kiosk
        shown = {q for q, b in self.boxes.items() if q in visible and not skipped and (not b.typed or typed_ok)}
        offered = any(self.boxes[q].typed or self.boxes[q].question.optional for q in shown)
        self.optional.button.setVisible(offered)
        self.optional.set_open(offered and self.optional.is_open())
        for qid, box in self.boxes.items():
            box.setVisible(qid in shown)
            if box.typed:
                box.set_unit(typed_answers.with_unit(box.question, "0", owner.region()).removeprefix("0").strip())
        self._show_facts(answers)
        self.crisis.refresh(answers)
        self.first_card.setVisible(mark_first_rows(self.first_layout))
        self.questions_card.setVisible(mark_first_rows(self.questions_layout))
        offer_glossary(
            self,
            [self.boxes[q] for q in self.deciding],
            self.shown_fact_rows(),
            [b for q, b in self.boxes.items() if q not in self.deciding],
        )
        self._show_sources(visible)
        self.toggles.refresh()
        n, m = flow.step_number(owner.content, owner.answers, self.area.id)
        step_words = self.tr("Step %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        step = step_line(step_words, owner.content, owner.answers, owner.skipped, self.area)  # "· 2 of 4 answered"
        if step != self.subTitle():  # (a new subtitle lays the wizard's header out again)
            self.setSubTitle(step)

    def deciding_answered(self, answers: dict) -> bool:
        return all(answers.get(qid) is not None for qid in self.deciding if not self.boxes[qid].isHidden())

    def shown_fact_rows(self) -> list[facts.FactRow]:
        rows = []
        for layout in (self.key_layout, self.more_layout):
            rows += layout_widgets(layout)
        return [row for row in rows if isinstance(row, facts.FactRow) and not row.isHidden()]

    def _show_facts(self, answers: dict) -> None:
        applicable = (
            [row.fact for row in self.fact_rows if flow.fact_applies(row.fact, answers)]
            if self.deciding_answered(answers)
            else []
        )
        first, rest = facts.split_key(self.area, applicable)
        placed = (tuple(id(f) for f in first), tuple(id(f) for f in rest))
        if placed != self._placed:
            self._placed = placed
            by_fact = {id(row.fact): row for row in self.fact_rows}
            for row in self.fact_rows:
                row.setVisible(False)
            for layout, chosen in ((self.key_layout, first), (self.more_layout, rest)):
                for fact in chosen:
                    row = by_fact[id(fact)]
                    layout.addWidget(row)  # (moves it here, at the end: the order of `chosen`)
                    row.setVisible(True)
            self.key_layout.addWidget(self.toggles)  # (back to the end)
            self.reordered.emit()
        unsure = facts.region_unsure(answers)
        for row in self.fact_rows:
            row.show_region(unsure and bool(row.fact.regions))
        self.key_card.setVisible(bool(first or rest))
        self.more.button.setVisible(bool(rest))
        self.more.body.setVisible(bool(rest) and self.more.is_open())
        self.more.button.setAccessibleDescription(
            self.tr("Shows %1 more facts about this part.").replace("%1", str(len(rest)))
        )

    def _show_sources(self, visible: set[str]) -> None:
        tags: list[str] = []
        for row in self.shown_fact_rows():
            tags += row.fact.sources
        for question in self.area.questions:
            if question.id in visible:
                tags += question.sources
                tags += note_sources(self.owner.content, question, self.owner.answers.get(question.id))
        lines = facts.sources_of(self.owner.content, tags)
        text = "\n".join(f"•  {line}" for line in lines)
        if lines and (note := self.owner.content.meta.texts.sources_language_note):
            text = f"{note}\n{text}"  # e.g. the sources are in English
        if text != self.sources_label.text():
            self.sources_label.setText(text)
            self.sources_label.setAccessibleDescription(text)
        self.sources.button.setVisible(bool(lines))
        self.sources.body.setVisible(bool(lines) and self.sources.is_open())

    # -- answers ---------------------------------------------------------------------------
    def _changed(self, question_id: str, value) -> None:
        box = self.boxes[question_id]
        with keep_under_pointer(self.scroll_area, box):
            if box.note is not None:
                box.note.show_for(value)  # "Do not take a tetracycline together with…" (app.ui.parts.choice_note)
            self.owner.set_answer(question_id, value)
            self.refresh()

    def _skip_toggled(self, skipped: bool) -> None:
        self.owner.set_skipped(self.area.id, skipped)
        self.refresh()


class WelcomePage(AreaPage):
    """What this is and is not, privacy, review date, the display controls and the region question."""

    def __init__(self, area: Area, owner: WizardHost):
        self.welcome_label: GlossaryLabel | None = None
        super().__init__(area, owner, build_now=True)  # the first page: shown at once
        meta = owner.content.meta
        self.setTitle(meta.app_title)
        header = QWidget()
        column = QVBoxLayout(header)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.welcome_label = GlossaryLabel(meta.welcome, "welcome")
        column.addWidget(self.welcome_label)
        reviewed = self.tr("Content last reviewed: %1. Next review due: %2.")
        spelled = self.tr("d MMMM yyyy")  # the month in words: 2026-12-01 reads as a different day in the US and Spain
        day = lambda d: QLocale().toString(QDate(d.year, d.month, d.day), spelled)  # noqa: E731
        self.reviewed_label = GlossaryLabel(
            reviewed.replace("%1", day(meta.reviewed)).replace("%2", day(meta.next_review)), "reviewed"
        )
        column.addWidget(self.reviewed_label)
        self.extra_controls = QVBoxLayout()  # language, text size and contrast (app.ui.wizard.display_controls)
        column.addLayout(self.extra_controls)
        self.body.insertWidget(0, header)
        for box in self.boxes.values():
            box.changed.connect(lambda *_: self.completeChanged.emit())
        self.refresh_glossary()

    def offer_open(self, button: QWidget) -> None:
        """ "Open saved answers…" under the welcome text (desktop only: app.ui.files.saved_answers)."""
        self.open_button = button
        self.welcome_label.parentWidget().layout().insertWidget(2, button, 0, Qt.AlignmentFlag.AlignLeft)

    def refresh_glossary(self) -> None:
        offer_glossary(self, [], [], list(self.boxes.values()))

    def _show_sources(self, visible: set[str]) -> None:
        super()._show_sources(visible)
        self.sources.button.setVisible(False)  # the welcome page states no facts
        self.sources.body.setVisible(False)

    def isComplete(self) -> bool:
        return self.owner.answers.get("region") is not None
