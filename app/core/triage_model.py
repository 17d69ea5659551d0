"""The shape of triage.toml: the clinical triage a clinician reads first on page 1.

Which answers are red flags, how a clinician words them, in which order, and what the screening
summary says for each topic are clinical data: they live in `resources/content/<lang>/triage.toml`,
where a clinician can read and change them, and app.core.validate_triage checks them. The code
(app.core.triage) only evaluates and ranks what the file says.
"""

from __future__ import annotations

from msgspec import Struct

from app.core.condition_model import Condition


class RedFlag(Struct, forbid_unknown_fields=True, frozen=True):
    """An answer (or mix of answers) a clinician must see first, in the "Check first" box."""

    id: str
    order: int  # the box lists the flags that apply in this order (unique)
    text: str  # the clinician's words, short ("Pregnant now")
    when: Condition  # the show_if language over the answers
    # Doctor questions (ids, or "unsure.<question id>") the app suggests asking first when this flag applies.
    ask: list[str] = []


class ScreenItem(Struct, forbid_unknown_fields=True, frozen=True):
    question: str  # a screening question id
    label: str  # a few words for the clinician ("alcohol")
    values: dict[str, str] = {}  # choice value -> word on the summary line; unlisted: the common words, else the label


class ScreenTopic(Struct, forbid_unknown_fields=True, frozen=True):
    """One line of the screening summary."""

    id: str
    label: str
    order: int
    items: list[ScreenItem]


class TriageWords(Struct, forbid_unknown_fields=True, frozen=True):
    """The clinician part's words (printed in the clinic's language when the person chose so)."""

    check_first: str  # the box's heading
    no_flags: str  # the box when no flag applies
    screen_heading: str
    not_answered: str  # a topic the person left unanswered
    not_answered_items: str  # "{items}": the unanswered questions' labels, on a partly answered topic
    age_label: str
    weight_label: str
    rules_label: str
    rules: dict[str, str]  # region -> which rules apply ("US: iPLEDGE")
    my_questions: str  # the person's starred questions
    suggest_heading: str  # the app's suggestions (the person starred none of the list's)
    suggest_note: str
    cover_title: str  # the kiosk's cover sheet
    cover_line: str
    sources_line: dict[str, str]  # region -> the one-line sources block on paper
    answer_words: dict[str, str] = {}  # common choice values -> words ("yes", "no", "not_sure")


class Triage(Struct, forbid_unknown_fields=True, frozen=True):
    words: TriageWords
    red_flag: list[RedFlag] = []
    screen: list[ScreenTopic] = []
    # Answers that never make the app suggest a question ("No", "None of these", "Mostly good").
    negative_values: list[str] = []


class TriageFile(Struct, forbid_unknown_fields=True):
    words: TriageWords
    red_flag: list[RedFlag] = []
    screen: list[ScreenTopic] = []
    negative_values: list[str] = []
