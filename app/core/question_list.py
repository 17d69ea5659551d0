"""The person's own list: selected questions they can untick, reorder and star, plus their own."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.core.conditions import AnswerMap
from app.core.model import Content
from app.core.rules import SelectedQuestion, crisis_needed, crisis_region, select_questions

MAX_IMPORTANT = 3


@dataclass
class ListItem:
    question: SelectedQuestion
    included: bool = True
    important: bool = False


@dataclass
class QuestionList:
    items: list[ListItem] = field(default_factory=list)
    own_questions: list[str] = field(default_factory=list)
    notes: str = ""
    name: str = ""
    appointment: str = ""
    region: str = "not_sure"
    crisis: bool = False
    made_on: dt.date = field(default_factory=dt.date.today)

    @classmethod
    def from_answers(cls, content: Content, answers: AnswerMap, extra: tuple = ()) -> QuestionList:
        qlist = cls()
        qlist.refresh(content, answers, extra)
        return qlist

    def refresh(self, content: Content, answers: AnswerMap, extra: tuple[SelectedQuestion, ...] = ()) -> None:
        """Recompute from answers; keep the person's ticks, stars and order for questions still selected."""
        selected = select_questions(content, answers, extra)
        previous = {item.question.id: item for item in self.items}
        previous_order = [item.question.id for item in self.items]
        kept = [previous[q.id] for q in selected if q.id in previous]
        kept.sort(key=lambda item: previous_order.index(item.question.id))
        fresh = {q.id: q for q in selected}  # take the new text (the language may have changed)
        self.items = [ListItem(fresh[i.question.id], i.included, i.important) for i in kept]
        self.items += [ListItem(q) for q in selected if q.id not in previous]
        self.region = crisis_region(answers)
        self.crisis = crisis_needed(content, answers)

    def move(self, index: int, delta: int) -> int:
        """Swap an item with the previous (-1) or next (+1) item of the same topic.

        The list prints grouped by topic, so that is the only order a move can change.
        Returns the item's new index (unchanged at either end of its group).
        """
        if not 0 <= index < len(self.items):
            return index
        topic = self.items[index].question.topic
        target = index + delta
        while 0 <= target < len(self.items) and self.items[target].question.topic != topic:
            target += delta
        if not 0 <= target < len(self.items):
            return index
        self.items[index], self.items[target] = self.items[target], self.items[index]
        return target

    def important_count(self) -> int:
        return sum(item.important and item.included for item in self.items)

    def set_important(self, index: int, important: bool) -> bool:
        """Star or unstar; starring a fourth question is refused (returns False)."""
        item = self.items[index]
        if important and not item.important and self.important_count() >= MAX_IMPORTANT:
            return False
        item.important = important
        if important:
            item.included = True
        return True

    def set_included(self, index: int, included: bool) -> None:
        item = self.items[index]
        item.included = included
        if not included:
            item.important = False

    def add_own(self, text: str) -> bool:
        text = text.strip()
        if not text:
            return False
        self.own_questions.append(text)
        return True

    def important_items(self) -> list[SelectedQuestion]:
        return [i.question for i in self.items if i.included and i.important]

    def other_items(self) -> list[SelectedQuestion]:
        return [i.question for i in self.items if i.included and not i.important]
