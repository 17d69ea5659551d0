"""One person's session: everything they have done, in one Qt-free object.

The wizard and its pages show a `Session` and report what the person did to it; a language switch
is a new window over the same session; the kiosk makes a new session for each person; saving and
opening go through app.core.session_file. Nothing here is written to disk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core import flow
from app.core import quiz as teach_back
from app.core.conditions import AnswerMap
from app.core.model import Content
from app.core.question_list import QuestionList
from app.core.rules import SelectedQuestion

PAPERS = ("", "letter", "a4")  # "" = by region (app.printing.document.paper_for)


@dataclass
class Session:
    answers: dict = field(default_factory=dict)  # question id -> value (a tuple for multi-select)
    skipped: set[str] = field(default_factory=set)  # area ids the person chose to skip
    edits: QuestionList = field(default_factory=QuestionList)  # ticks, stars, order, own questions, name, ...
    quiz_wanted: bool | None = None  # the teach-back check: True done, False skipped, None not chosen yet
    quiz_answers: dict[str, str] = field(default_factory=dict)  # quiz item id -> choice value
    paper: str = ""  # one of PAPERS
    phone_code: bool = True  # the phone code on the printout
    clinician_language: str = ""  # the language of the clinician's part of the printout ("" = the person's)
    changed: bool = False  # something changed since the list was last saved or printed

    @classmethod
    def fresh(cls, know_on_printout: bool = True, phone_code: bool = True, clinician_language: str = "") -> Session:
        """A new person's session (the output choices' first states are the clinic's choice in the kiosk)."""
        return cls(
            edits=QuestionList(print_know=know_on_printout),
            phone_code=phone_code,
            clinician_language=clinician_language,
        )

    # -- what the person does --------------------------------------------------------------
    def set_answer(self, question_id: str, value) -> None:
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        self.changed = True

    def set_skipped(self, area_id: str, skipped: bool) -> None:
        if skipped:
            self.skipped.add(area_id)
        else:
            self.skipped.discard(area_id)
        self.changed = True

    def set_quiz_answer(self, item_id: str, value: str) -> None:
        self.quiz_answers[item_id] = value
        self.changed = True

    # -- what follows from it --------------------------------------------------------------
    def effective_answers(self, content: Content) -> AnswerMap:
        """Answers minus skipped areas; hidden questions are dropped by core.flow."""
        skipped_ids = {q.id for a in content.areas if a.id in self.skipped for q in a.questions}
        answers = {k: v for k, v in self.answers.items() if k not in skipped_ids}
        return flow.effective_answers(content, answers)

    def quiz_review_questions(self, content: Content) -> tuple[SelectedQuestion, ...]:
        """'Please explain again' questions from the teach-back check (none if it was not done)."""
        if not self.quiz_wanted:
            return ()
        return teach_back.review_questions(content, self.effective_answers(content), self.quiz_answers)

    def refresh_list(self, content: Content, extra: tuple[SelectedQuestion, ...] = ()) -> None:
        """The list from the answers now (`extra`: the clinic's questions), keeping the person's edits."""
        self.edits.refresh(content, self.effective_answers(content), extra + self.quiz_review_questions(content))

    def has_entries(self) -> bool:
        qlist = self.edits
        texts = (qlist.notes, qlist.name, qlist.appointment)
        return bool(self.answers or qlist.own_questions or any(t.strip() for t in texts))

    def wipe(self) -> None:
        """Forget everything in place (the kiosk, when a person has gone), so no old reference keeps it."""
        self.answers.clear()
        self.skipped.clear()
        self.quiz_answers.clear()
        self.edits = QuestionList()
        self.quiz_wanted = None
        self.paper, self.phone_code, self.clinician_language = "", True, ""
        self.changed = False


class SessionField:
    """An attribute of a window that is the session's own field (`owner.session.<name>`): a view for
    older callers, never a copy."""

    def __init__(self, name: str):
        self.name = name

    def __get__(self, owner, owner_type=None):
        return self if owner is None else getattr(owner.session, self.name)

    def __set__(self, owner, value) -> None:
        setattr(owner.session, self.name, value)
