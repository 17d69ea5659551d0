"""The person's own list: selected questions they can untick, reorder and star, plus their own.

The list has four sections, shown on screen and printed in this order (`arrange`):
- top: "My questions", up to 3 starred questions (the person's own ones too); when the person starred
  none of the list's questions, the app suggests up to three (`auto`, headed as the app's suggestion):
  first the questions the red flags that apply name (app.core.triage), then the highest-priority
  ones from answers that are not a "No" (SelectedQuestion.suggestable). Starring only questions of
  one's own keeps the app's other suggestions (the top holds 3 in all);
- own: the questions they typed;
- personal: questions that come from their answers (rules.SelectedQuestion.personal);
- general: questions everybody gets ("questions many people ask"): they start unticked, and print
  only when the person ticks them.
Within a section the order is the person's: "move" swaps a question with its neighbour in the same
section, across topics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from app.core import triage
from app.core.conditions import AnswerMap
from app.core.model import Content
from app.core.rules import (
    ORIGIN_EXTRA,
    ORIGIN_NOT_SURE,
    ORIGIN_OWN,
    SelectedQuestion,
    crisis_region,
    crisis_urgency,
    know_statements,
    select_questions,
)

MAX_IMPORTANT = 3
TOP, OWN, PERSONAL, GENERAL = "top", "own", "personal", "general"
OWN_TOPIC = "own"


@dataclass
class ListItem:
    question: SelectedQuestion
    included: bool = True
    important: bool = False
    rank: int = 0  # position in the rules' order when selected: the app's own top-3 pick breaks ties by it

    @property
    def own(self) -> bool:
        return self.question.origin == ORIGIN_OWN


@dataclass(frozen=True)
class Arrangement:
    """Indexes into QuestionList.items, section by section, in display (and print) order."""

    top: tuple[int, ...] = ()
    top_auto: bool = False  # the app picked the top questions (the person starred none)
    auto: tuple[int, ...] = ()  # the app's suggestions among `top` (after the person's starred ones)
    own: tuple[int, ...] = ()
    personal: tuple[int, ...] = ()
    general: tuple[int, ...] = ()

    def sections(self) -> list[tuple[str, tuple[int, ...]]]:
        return [(TOP, self.top), (OWN, self.own), (PERSONAL, self.personal), (GENERAL, self.general)]

    def section_of(self, index: int) -> tuple[str, tuple[int, ...]] | None:
        return next(((name, indexes) for name, indexes in self.sections() if index in indexes), None)


@dataclass
class QuestionList:
    items: list[ListItem] = field(default_factory=list)
    notes: str = ""
    name: str = ""
    appointment: str = ""
    region: str = "not_sure"
    crisis: bool = False
    urgency: str = ""  # rules.crisis_urgency: "", "gentle" or "urgent"
    know: list[str] = field(default_factory=list)  # "What I want my doctor to know" (rules.know_statements)
    print_know: bool = True  # the person's choice: print the "know" list (the kiosk's default is a clinic setting)
    doctor_lines: bool = False  # the person's choice: leave room for the doctor's answers
    made_on: dt.date = field(default_factory=dt.date.today)
    # What the triage needs from the answers, language-free (app.core.triage), and the questions its red
    # flags ask the app to suggest first.
    triage: triage.TriageState = field(default_factory=triage.TriageState)
    asks: list[str] = field(default_factory=list)

    @classmethod
    def from_answers(cls, content: Content, answers: AnswerMap, extra: tuple = ()) -> QuestionList:
        qlist = cls()
        qlist.refresh(content, answers, extra)
        return qlist

    @property
    def own_questions(self) -> list[str]:
        """The texts of the person's own questions, in their order (read-only: use add_own / remove)."""
        return [item.question.text for item in self.items if item.own]

    def refresh(self, content: Content, answers: AnswerMap, extra: tuple[SelectedQuestion, ...] = ()) -> None:
        """Recompute from answers; keep the person's ticks, stars and order for questions still selected.

        A newly selected question goes right after the one before it in the rules' order, so it lands
        among its topic, not at the end of the list. Own questions stay as they are.
        """
        selected = select_questions(content, answers, extra)
        fresh = {q.id: (rank, q) for rank, q in enumerate(selected)}  # new texts (the language may have changed)
        items = []
        for item in self.items:
            if item.own:
                items.append(item)
            elif item.question.id in fresh:
                rank, question = fresh[item.question.id]
                items.append(ListItem(question, item.included, item.important, rank))
        placed = {item.question.id for item in items}
        for rank, question in enumerate(selected):
            if question.id in placed:
                continue
            before = next((q.id for q in reversed(selected[:rank]) if q.id in placed), None)
            where = 0 if before is None else next(i for i, it in enumerate(items) if it.question.id == before) + 1
            items.insert(
                where, ListItem(question, included=question.personal or question.origin == ORIGIN_EXTRA, rank=rank)
            )
            placed.add(question.id)
        self.items = items
        self.region = crisis_region(answers)
        self.urgency = crisis_urgency(content, answers)
        self.crisis = bool(self.urgency)
        self.know = know_statements(content, answers)
        self.triage = triage.state(content, answers)
        self.asks = triage.suggested_ids(content, self.triage)

    # -- sections ------------------------------------------------------------------------------
    def arrange(self, printed: bool = False) -> Arrangement:
        """The sections on screen (unticked questions too) or on paper (`printed`: ticked ones only)."""
        items = self.items
        starred = tuple(i for i, it in enumerate(items) if it.important and it.included)
        auto: tuple[int, ...] = ()
        if not any(not items[i].own for i in starred):  # none of the list's questions starred: the app suggests
            auto = self._suggestions(MAX_IMPORTANT - len(starred))
        top = starred + auto
        rest = [i for i in range(len(items)) if i not in top and (items[i].included or not printed)]
        return Arrangement(
            top=top,
            top_auto=bool(auto) and not starred,
            auto=auto,
            own=tuple(i for i in rest if items[i].own),
            personal=tuple(i for i in rest if not items[i].own and items[i].question.personal),
            general=tuple(i for i in rest if not items[i].own and not items[i].question.personal),
        )

    def _suggestions(self, count: int) -> tuple[int, ...]:
        """The app's pick: the red flags' questions first, then questions from answers other than "No"."""
        items = self.items
        where = {it.question.id: i for i, it in enumerate(items) if it.included and not it.own}
        picked = [where[q] for q in self.asks if q in where]
        candidates = [
            i
            for i, it in enumerate(items)
            if it.included and not it.own and it.question.suggestable and it.question.origin != ORIGIN_NOT_SURE
        ]
        picked += sorted(candidates, key=lambda i: (items[i].question.priority, items[i].rank))
        return tuple(dict.fromkeys(picked))[: max(count, 0)]

    def move(self, index: int, delta: int) -> int:
        """Swap an item with the previous (-1) or next (+1) item of its section, whatever their topics.

        Returns the item's new index (unchanged at either end of its section, and for the app's own
        top-3 pick, whose order is the app's).
        """
        arrangement = self.arrange()
        found = arrangement.section_of(index)
        if found is None or index in arrangement.auto:
            return index
        indexes = tuple(i for i in found[1] if i not in arrangement.auto)
        target = indexes.index(index) + delta
        if not 0 <= target < len(indexes):
            return index
        other = indexes[target]
        self.items[index], self.items[other] = self.items[other], self.items[index]
        return other

    # -- edits ---------------------------------------------------------------------------------
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
        serial = 1 + max((int(it.question.id.split(".", 1)[1]) for it in self.items if it.own), default=0)
        self.items.append(
            ListItem(SelectedQuestion(f"own.{serial}", text, "", OWN_TOPIC, 2, (), ORIGIN_OWN, personal=True))
        )
        return True

    def remove_own(self, index: int) -> bool:
        """Remove one of the person's own questions (content questions are unticked, not removed)."""
        if not (0 <= index < len(self.items) and self.items[index].own):
            return False
        del self.items[index]
        return True

    def own_indexes(self) -> list[int]:
        return [i for i, item in enumerate(self.items) if item.own]

    def important_items(self) -> list[SelectedQuestion]:
        return [i.question for i in self.items if i.included and i.important]

    def other_items(self) -> list[SelectedQuestion]:
        """Ticked content questions that are not starred (own questions are not among them)."""
        return [i.question for i in self.items if i.included and not i.important and not i.own]
