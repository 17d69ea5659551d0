""" "You skipped …": before the list, the topics on the person's path with questions left unanswered
(app.core.unanswered.unanswered_topics), each with a button back to its page, and "Go on to my list".

Shown by the desktop wizard (WizardOptions.review_skipped) when Next leads to the summary and some
shown questions have no answer; shown again only if what is unanswered changed since the person
last saw it. A page the person chose to skip ("Skip this part") is a choice, not a gap: not listed.
The dialog never blocks: Next waits, and the dialog's buttons go on or go back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.unanswered import Unanswered, unanswered_topics
from app.ui.host import as_widget
from app.ui.parts.widgets import wrapping_label

if TYPE_CHECKING:
    from app.ui.host import WizardHost


class SkippedReview(QDialog):
    def __init__(self, wizard: WizardHost, topics: list[Unanswered]):
        super().__init__(as_widget(wizard))
        self.wizard = wizard
        self.setObjectName("skipped-review")
        self.setWindowTitle(self.tr("Before your list"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        heading = wrapping_label(self.tr("You skipped some questions"), "section-heading")
        layout.addWidget(heading)
        layout.addWidget(
            wrapping_label(
                self.tr("You can go back to them now, or go on to your list. Answering is up to you."), "review-intro"
            )
        )
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.setContentsMargins(0, 0, 0, 0)
        self.go_buttons: dict[str, QPushButton] = {}
        for topic in topics:
            row = QHBoxLayout()
            missing = len(topic.questions)
            count = self.tr("%1: %2 of %3 not answered")
            label = QLabel(count.replace("%1", topic.title).replace("%2", str(missing)).replace("%3", str(topic.shown)))
            label.setObjectName("review-topic")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            button = QPushButton(self.tr("Go back to it"))
            button.setObjectName(f"review-go-{topic.area_id}")
            button.setAccessibleName(self.tr("Go back to %1").replace("%1", topic.title))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, area=topic.area_id: self.go_to(area))
            row.addWidget(label, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            column.addLayout(row)
            self.go_buttons[topic.area_id] = button
        scroll = QScrollArea()
        scroll.setObjectName("review-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        layout.addWidget(scroll, 1)
        self.go_on = QPushButton(self.tr("Go on to my list"))
        self.go_on.setObjectName("review-continue")
        self.go_on.setDefault(True)
        self.go_on.clicked.connect(self.accept)
        layout.addWidget(self.go_on, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(max(520, self.fontMetrics().averageCharWidth() * 50))
        screen = wizard.screen()
        if screen is not None:
            self.setMaximumHeight(int(screen.availableGeometry().height() * 0.9))
        self.chosen_area: str | None = None

    def go_to(self, area_id: str) -> None:
        self.chosen_area = area_id
        self.reject()


def allow_summary(wizard: WizardHost) -> bool:
    """Called when Next is pressed: False (and the review opens) if it would lead to the list with gaps
    the person has not yet seen listed."""
    review_on = wizard.wizard_options.review_skipped
    if not review_on or wizard.walking or wizard.nextId() != wizard.SUMMARY_PAGE:
        return True
    topics = unanswered_topics(wizard.content, wizard.answers, wizard.skipped)
    seen = tuple((t.area_id, t.questions) for t in topics)
    if not topics or seen == wizard.reviewed_gaps:
        return True
    wizard.note_reviewed_gaps(seen)
    review = SkippedReview(wizard, topics)
    review.finished.connect(lambda result: _after(wizard, review, result))
    wizard.present(review)
    return False


def _after(wizard: WizardHost, review: SkippedReview, result: int) -> None:
    area = review.chosen_area
    review.deleteLater()
    if result == QDialog.DialogCode.Accepted:
        wizard.next()
        return
    if area is not None:
        go_back_to(wizard, wizard.page_ids[area])
    else:
        wizard.note_reviewed_gaps(())  # closed without a choice: ask again next time


def go_back_to(wizard: WizardHost, page_id: int) -> None:
    """Back through the pages visited until `page_id`; focus on its first unanswered question."""
    if page_id in wizard.visitedIds():
        while wizard.currentId() != page_id and len(wizard.visitedIds()) > 1:
            wizard.back()
    else:
        wizard.walk_to(page_id)
    page = wizard.currentPage()
    for qid, box in getattr(page, "boxes", {}).items():
        if box.isVisible() and wizard.answers.get(qid) in (None, (), []):
            first = next(iter(box.buttons.values()), None)
            if first is not None:
                page.scroll_area.ensureWidgetVisible(box)  # type: ignore[attr-defined]  # an area page (it has boxes)
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            break
