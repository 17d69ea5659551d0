"""The parts an area page is made of (app.ui.wizard.pages puts them together).

- scrolling / page_body / card: the scrolled column and the white cards on it;
- deciding_questions: the questions a page asks first, because its other questions or facts depend on them;
- ToggleRow: "▸ More about …" and "▸ Sources for this page" side by side, with what they open below;
- offer_glossary: each glossary word explained at its first use on the page, in reading order;
- CrisisSpot: the crisis contacts kept under the question that called for them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.conditions import references
from app.core.glossary import terms_in
from app.core.model import Area, GlossaryEntry
from app.ui.look.layout_walk import layout_widgets
from app.ui.look.reflow import FlowLayout
from app.ui.parts.crisis import CrisisPanel
from app.ui.parts.glossary import GlossaryLabel, offer_terms
from app.ui.parts.widgets import Expander, QuestionBox

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def section_heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("section-heading")  # size and weight come from the theme (app/ui/look/stylesheet.py)
    label.setContentsMargins(0, 6, 0, 0)
    return label


def scrolling(inner: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # Always there: a scroll bar that appears when an answer makes the page longer would narrow the
    # page and move everything on it sideways, away from the pointer.
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    area.setWidget(inner)
    hide_when_empty(area.verticalScrollBar())
    return area


EMPTY_BAR = (
    "QScrollBar:vertical { background: transparent; border: none; width: %dpx; }"
    " QScrollBar::handle, QScrollBar::add-line, QScrollBar::sub-line { background: transparent; border: none;"
    " height: 0px; } QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }"
)


def hide_when_empty(bar) -> None:
    """A scroll bar with nothing to scroll keeps its room, at the width it has when needed (nothing moves
    sideways when it is), but draws nothing: an empty bar looked like a control."""
    from PySide6.QtWidgets import QStyle  # start-up: its enum types only when a page is made

    def update(_low: int, high: int) -> None:
        empty = high <= 0
        if bool(bar.property("empty")) == empty and bar.property("empty") is not None:
            return
        bar.setProperty("empty", empty)
        bar.setStyleSheet("")  # (measured with the app's own rules)
        if empty:
            extent = bar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)
            bar.setStyleSheet(EMPTY_BAR % extent)

    bar.rangeChanged.connect(update)
    update(bar.minimum(), bar.maximum())


def page_body(inner: QWidget) -> QVBoxLayout:
    body = QVBoxLayout(inner)
    body.setContentsMargins(4, 2, 14, 10)
    body.setSpacing(6)
    return body


def card(object_name: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName(object_name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    return frame, layout


def mark_first_rows(layout: QVBoxLayout) -> bool:
    """Questions in one card are divided by a line; the first shown one has none. True if any is shown."""
    first = True
    for widget in layout_widgets(layout):
        if widget.isHidden():
            continue
        if bool(widget.property("first")) != first:
            widget.setProperty("first", first)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            # A frame measures its border again only on a style change: without it the first row kept the
            # 1 px top line's room until the next restyle (then the page moved up by 1 px after A+ A-).
            QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
        first = False
    return not first


def deciding_questions(area: Area) -> list[str]:
    """Questions of this area that its other questions or facts depend on, and that are asked at once
    (optional questions, behind "More for your doctor", make nothing a deciding question)."""
    own = {q.id for q in area.questions}
    items = (*(q for q in area.questions if not q.optional and q.kind == "choice"), *area.facts)
    used = {qid for item in items for qid, _values in references(item.show_if)}
    return [q.id for q in area.questions if q.id in used and not ({r for r, _ in references(q.show_if)} & own)]


def lower_first(title: str) -> str:
    return title[:1].lower() + title[1:] if title[1:2].islower() else title


class ToggleRow(QWidget):
    """Expanders' toggles side by side on one line, and the parts they open underneath. What a toggle
    opens comes right under it, and the toggles after it move to a line below that part: Tab and a
    screen reader reach the opened part straight after its toggle, in the order it is seen (the
    2026-12 accessibility review, m1: Tab from "More about …" went to "Sources for this page")."""

    rearranged = Signal()  # the tab order and the screen readers' order must follow (app.ui.wizard.pages)

    def __init__(self, expanders: list[Expander], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("toggle-row")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.lines: list[QWidget] = []  # line i holds the toggles after the i-th one's opened part
        for expander in expanders:
            line = QWidget(self)
            line.setObjectName("toggle-line")
            FlowLayout(line, spacing=18)  # side by side, or one under the other at large text sizes
            self.lines.append(line)
            column.addWidget(line)
            column.addWidget(expander.body)
            # Its toggle and body now live here; the empty Expander itself is kept (it holds the toggled
            # signal) as a hidden child, not a parentless window that outlives the page.
            expander.setParent(self)
            expander.hide()
            expander.toggled.connect(self._arrange)
        self.expanders = expanders
        for expander in expanders:
            self.lines[0].layout().addWidget(expander.button)
        self._arrange()

    def _arrange(self, *_args) -> None:
        line = 0
        moved = False
        for index, expander in enumerate(self.expanders):
            target = self.lines[line]
            button = expander.button
            if button.parentWidget() is not target:
                hidden = button.isHidden()
                target.layout().addWidget(button)  # (takes it out of its old line)
                button.setHidden(hidden)
                moved = True
            if expander.is_open():
                line = index + 1 if index + 1 < len(self.lines) else line
        for number, line_widget in enumerate(self.lines):
            line_widget.setVisible(number == 0 or line_widget.layout().count() > 0)
        for line_widget, expander in zip(self.lines, self.expanders, strict=True):  # screen readers' order
            line_widget.raise_()
            expander.body.raise_()
        if moved:
            self.rearranged.emit()

    def refresh(self) -> None:
        self.setVisible(any(not e.button.isHidden() for e in self.expanders))


def _box_labels(box: QuestionBox) -> list[tuple[GlossaryLabel, str]]:
    return [] if box.isHidden() else [(box.title_label, ""), (box.why, box.question.text)]


def offer_glossary(page, boxes_before: list[QuestionBox], fact_rows: list, boxes_after: list[QuestionBox]) -> None:
    """Mark each glossary word once on the page, at its first use in reading order.

    A word used only in an answer's label (answers cannot show rich text) is explained on the
    question's "why we ask" line ("Words: osteoporosis")."""
    glossary: list[GlossaryEntry] = list(page.owner.content.meta.glossary)
    labels: list[tuple[GlossaryLabel, str]] = []
    welcome = getattr(page, "welcome_label", None)
    if welcome is not None:
        labels.append((welcome, ""))
    labels.append((page.intro, ""))
    for box in boxes_before:
        labels += _box_labels(box)
    labels += [(row.label, row.description()) for row in fact_rows if not row.isHidden()]
    for box in boxes_after:
        labels += _box_labels(box)
    done: set[str] = set()
    words = translate("AreaPage", "Words:")
    for label, description in labels:
        box = label.parentWidget().parentWidget() if label.objectName() == "why" else None
        if isinstance(box, QuestionBox):
            said = f"{box.title_label.plain} {box.base_why}"
            only_in_answers = [
                e
                for e in terms_in(" ".join(_answer_labels(box)), glossary)
                if e.term not in done and not terms_in(said, [e])
            ]
            box.why.plain = box.base_why + (
                f" {words} " + ", ".join(e.term for e in only_in_answers) if only_in_answers else ""
            )
        offer_terms([(label, description)], glossary, done)


def _answer_labels(box: QuestionBox) -> list[str]:
    return [b.property("original_text") or b.text() for b in box.buttons.values()]


class CrisisSpot:
    """The crisis contacts under the question that called for them: they stay after the pop-up closes."""

    def __init__(self, page):
        self.page = page
        self.panels: dict[str, tuple[CrisisPanel, str]] = {}  # question id -> (panel, its region)

    def refresh(self, answers: dict) -> None:
        page, owner = self.page, self.page.owner
        for question in page.area.questions:
            if not question.crisis_values:
                continue
            box = page.boxes[question.id]
            value = answers.get(question.id)
            picked = set() if value is None else ({value} if isinstance(value, str) else set(value))
            hit = bool(picked & set(question.crisis_values)) and not box.isHidden()
            panel, region = self.panels.get(question.id, (None, None))
            if hit and (panel is None or region != owner.region()):
                if panel is not None:
                    panel.deleteLater()
                panel = CrisisPanel(owner.crisis_heading(), owner.crisis_info())
                holder = box.parentWidget().layout()
                holder.insertWidget(holder.indexOf(box) + 1, panel)
                self.panels[question.id] = (panel, owner.region())
            if panel is not None:
                if hit:
                    panel.set_heading(owner.crisis_heading())
                panel.setVisible(hit)
