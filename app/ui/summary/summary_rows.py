"""The rows of the summary page's list (app.ui.summary.summary_list), in the order they print.

First the red flags ("Check first", from the content's triage.toml, as the printout's page 1) and the
topics left unanswered (activating one goes back to its page); then section headings ("My questions"
or "The app suggests asking first", "My own questions", "More questions from my answers", "Questions
many people ask"), topic headings within the last two, and the questions with a tick box (own
questions have none: they are removed, not unticked). A topic's "not sure" questions are one row,
"I was not sure about: …", as they print (app.core.brief) and as the phone code holds them: the list,
the printout and the phone count the same lines. The row ticks or unticks them all; it is not moved
or starred on its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidgetItem

from app.core import triage
from app.core.brief import merged_unsure
from app.core.model import Content
from app.core.question_list import GENERAL, OWN, PERSONAL, TOP, QuestionList
from app.core.rules import ORIGIN_NOT_SURE

translate = QCoreApplication.translate  # lupdate takes the context from the first argument

ROLE_KIND = Qt.ItemDataRole.UserRole + 1  # "section", "header", "flag", "unanswered", "question", "own"
ROLE_INDEX = Qt.ItemDataRole.UserRole + 2  # index into QuestionList.items (a merged row: its first)
ROLE_KEY = Qt.ItemDataRole.UserRole + 3  # stable across refills: the question id or the heading's words
ROLE_AREA = Qt.ItemDataRole.UserRole + 4  # "unanswered" rows: the page to go back to
ROLE_GROUP = Qt.ItemDataRole.UserRole + 5  # a merged "not sure" row: the indexes it stands for
STAR = "★ "


def make_rows(qlist: QuestionList, content: Content) -> list[QListWidgetItem]:
    rows = _Rows()
    rows.add_rows(qlist, content)
    return rows.made


class _Rows:
    def __init__(self) -> None:
        self.made: list[QListWidgetItem] = []

    def add_rows(self, qlist: QuestionList, content: Content) -> None:
        texts = content.meta.texts
        labels = {t.id: t.label for t in content.meta.topics}
        arrangement = qlist.arrange()
        self._triage_rows(qlist, content)
        words = content.triage.words if content.triage is not None else None
        starred = len(arrangement.top) > len(arrangement.auto)
        top_heading = texts.important_heading
        if words is not None:
            top_heading = words.my_questions if starred else words.suggest_heading
        headings = {
            TOP: top_heading
            + (
                f" ({_lower_first(texts.important_auto_note.rstrip('.'))})"
                if words is None and arrangement.top_auto
                else ""
            ),
            OWN: texts.own_questions_heading,
            PERSONAL: texts.personal_heading,
            GENERAL: texts.general_heading,
        }
        for section, indexes in arrangement.sections():
            if not indexes:
                continue
            self._heading(headings[section], "section")
            groups = _unsure_groups(qlist, indexes) if section in (PERSONAL, GENERAL) else {}
            group_of = {i: group for group in groups.values() for i in group}
            topic = None
            for index in indexes:
                question = qlist.items[index].question
                group = group_of.get(index, ())
                if group and index != group[0]:
                    continue  # in its topic's merged row
                if section in (PERSONAL, GENERAL) and question.topic != topic:
                    topic = question.topic
                    self._heading(labels.get(topic, topic), "header", key=f"{section}:{index}")
                if group:
                    self._merged(qlist, group, content, f"unsure:{section}:{question.topic}")
                else:
                    self._question(qlist, index, auto=index in arrangement.auto)

    def _merged(self, qlist: QuestionList, group: tuple[int, ...], content: Content, key: str) -> None:
        """A topic's "not sure" questions, one row worded as it prints (the ticked ones; all if none is)."""
        items = [qlist.items[i] for i in group]
        ticked = [item.question for item in items if item.included]
        text, _why = merged_unsure(ticked or [item.question for item in items], content.meta.texts)
        row = QListWidgetItem(text)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        state = Qt.CheckState.Checked if len(ticked) == len(items) else Qt.CheckState.Unchecked
        row.setCheckState(Qt.CheckState.PartiallyChecked if 0 < len(ticked) < len(items) else state)
        row.setData(ROLE_KIND, "question")
        row.setData(ROLE_INDEX, group[0])
        row.setData(ROLE_KEY, key)
        row.setData(ROLE_GROUP, list(group))
        row.setToolTip("\n".join(item.question.text for item in items))
        self.made.append(row)

    def _triage_rows(self, qlist: QuestionList, content: Content) -> None:
        """The red flags, as the printout's "Check first" box, and the topics left unanswered."""
        clinical = triage.clinical(content, qlist.triage)
        if clinical is None:
            return
        self._heading(clinical.words.check_first, "section")
        for flag in clinical.flags or (clinical.words.no_flags,):
            row = QListWidgetItem(("!! " if clinical.flags else "") + flag)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled)
            row.setData(ROLE_KIND, "flag")
            row.setData(ROLE_KEY, f"flag:{flag}")
            if clinical.flags:
                font = row.font()
                font.setBold(True)
                row.setFont(font)
            self.made.append(row)
        for label, area in triage.unanswered_areas(content, qlist.triage):
            row = QListWidgetItem(translate("SummaryPage", "%1: not answered. Go back to answer").replace("%1", label))
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            row.setData(ROLE_KIND, "unanswered")
            row.setData(ROLE_KEY, f"unanswered:{area}")
            row.setData(ROLE_AREA, area)
            self.made.append(row)

    def _heading(self, label: str, kind: str, key: str | None = None) -> None:
        row = QListWidgetItem(label)
        row.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = row.font()
        font.setBold(True)
        if kind == "section":
            font.setPointSizeF(font.pointSizeF() * 1.1)
        row.setFont(font)
        row.setData(ROLE_KIND, kind)
        row.setData(ROLE_KEY, f"{kind}:{key or label}")
        self.made.append(row)

    def _question(self, qlist: QuestionList, index: int, auto: bool) -> None:
        item = qlist.items[index]
        question = item.question
        row = QListWidgetItem((STAR if item.important else "") + question.text)
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not item.own:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        row.setFlags(flags)
        if not item.own:
            row.setCheckState(Qt.CheckState.Checked if item.included else Qt.CheckState.Unchecked)
        row.setData(ROLE_KIND, "own" if item.own else "question")
        row.setData(ROLE_INDEX, index)
        row.setData(ROLE_KEY, question.id)
        if question.why:
            row.setToolTip(question.why)
        if item.important:  # a screen reader says it in words instead of "black star"
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("SummaryPage", "Most important: %1").replace("%1", question.text),
            )
        elif auto:
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                translate("SummaryPage", "Picked by the app: %1").replace("%1", question.text),
            )
        self.made.append(row)


def _lower_first(note: str) -> str:
    """A sentence inside brackets after a heading starts in lower case ("(picked by the app ...)")."""
    return note[:1].lower() + note[1:]


def _unsure_groups(qlist: QuestionList, indexes: tuple[int, ...]) -> dict[str, tuple[int, ...]]:
    """Each topic's "not sure" questions in this section, where there are two or more (one prints as it is).
    A red flag's question (`asks`) unticked is a row of its own: ticked, the app puts it back in the top 3."""
    found: dict[str, list[int]] = {}
    for i in indexes:
        question = qlist.items[i].question
        if question.origin == ORIGIN_NOT_SURE and (question.id not in qlist.asks or qlist.items[i].included):
            found.setdefault(question.topic, []).append(i)
    return {topic: tuple(group) for topic, group in found.items() if len(group) > 1}
