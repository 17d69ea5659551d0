"""Content model: the shapes of the TOML files in resources/content.

msgspec validates types and rejects unknown keys; app.core.validate adds the
cross-file checks (ids, references, sources).
"""

from __future__ import annotations

import datetime as dt

import msgspec
from msgspec import Struct

from app.core.condition_model import AnyOf as AnyOf  # (re-exported: the content model's names)
from app.core.condition_model import Condition
from app.core.condition_model import Equals as Equals
from app.core.triage_model import Triage

NOT_SURE = "not_sure"
REGIONS = ("us", "uk", "eu", "other")  # the region answers besides "not sure"
CRISIS_KEYS = (*REGIONS, NOT_SURE)  # meta.toml has a [crisis.<key>] block for each
# What a source is (sources.toml `kind`). A patient-facing statement needs at least one source of a
# primary kind; "secondary" sources may guide wording but never stand alone.
PRIMARY_SOURCE_KINDS = ("label", "regulator", "health-service", "professional-body")
SOURCE_KINDS = (*PRIMARY_SOURCE_KINDS, "secondary")
QUESTION_KINDS = ("choice", "number", "text")  # a Question's `kind`: "number" and "text" are typed, optional
FREQUENCIES = ("", "common", "uncommon", "rare")  # a fact's `frequency`, shown as a small badge


class Choice(Struct, forbid_unknown_fields=True, frozen=True):
    value: str
    label: str
    # What the printout's "What I want my doctor to know" says when this choice is picked, in the
    # person's voice ("I drink alcohol most days"); "" = this answer is not listed there.
    know: str = ""
    # A short note shown right under the question while this choice is picked (as the crisis box is
    # for self-harm), e.g. "Do not take a tetracycline together with this medicine"; "" = none. It
    # carries its own sources, like a fact.
    note: str = ""
    note_sources: list[str] = []


class Fact(Struct, forbid_unknown_fields=True, frozen=True):
    text: str
    sources: list[str] = []
    show_if: Condition | None = None
    key: bool = False  # one of the page's 3-5 key facts, shown first; the rest sit behind "More about ..."
    frequency: str = ""  # one of FREQUENCIES: how often it happens, when the sources say
    serious: bool = False  # a serious harm (with frequency "rare": "Rare but serious")
    # A rule or fact of one region's program: shown only to people in these regions, and to people
    # who are not sure of their region (then labelled with the region). [] = everyone.
    regions: list[str] = []
    as_of: str = ""  # "YYYY-MM" or "YYYY-MM-DD": when a program rule was last confirmed true


class Question(Struct, forbid_unknown_fields=True, frozen=True):
    """A screening question the person answers in the wizard."""

    id: str
    text: str
    why: str
    choices: list[Choice] | str = []  # a list, or the name of a choice set in meta.toml (kind "choice" only)
    sources: list[str] = []
    multiple: bool = False
    show_if: Condition | None = None
    crisis_values: list[str] = []  # answers that show the crisis contacts at once
    # A few words naming the question for "I was not sure about: ..." lines ("my birth control").
    short: str = ""
    kind: str = "choice"  # one of QUESTION_KINDS: "number" (digits) or "text" (a line): the answer is what was typed
    max_length: int = 0  # "number" and "text": at most this many characters (1-200; escaped wherever it prints)
    units: dict[str, str] = {}  # "number": the unit by region ("us" = "lb"; "" = everyone else, "kg")
    optional: bool = False  # behind the page's "More for your doctor" toggle (typed questions always are)


class DoctorQuestion(Struct, forbid_unknown_fields=True, frozen=True):
    """A question for the doctor, selected by its condition."""

    id: str
    text: str
    why: str
    topic: str
    priority: int = 2  # 1 = high, 3 = low
    sources: list[str] = []
    show_if: Condition | None = None  # None = everyone gets it


class Area(Struct, forbid_unknown_fields=True, frozen=True):
    """One risk area: one wizard page."""

    id: str
    title: str
    intro: str
    order: int
    topic: str  # topic used for "not sure" questions of this area
    sources: list[str] = []
    skippable: bool = False
    skip_label: str = ""
    show_if: Condition | None = None
    facts: list[Fact] = []
    questions: list[Question] = []
    doctor_questions: list[DoctorQuestion] = []


class AreaFile(Struct, forbid_unknown_fields=True):
    area: Area


class Topic(Struct, forbid_unknown_fields=True, frozen=True):
    id: str
    label: str
    order: int


class CrisisInfo(Struct, forbid_unknown_fields=True, frozen=True):
    title: str
    lines: list[str]
    sources: list[str] = []  # the block as a whole (e.g. the label behind "stop it and tell your doctor")
    phone_line: str = ""  # one short line for the phone code (empty = the first line)
    # One list per line, in the same order: the pages behind that line's own numbers (content_policy
    # wants a non-secondary one for every line that gives a number). [] = none given (clinic config).
    line_sources: list[list[str]] = []

    def cited(self) -> list[str]:
        """Every source tag behind the block: its own, then each line's."""
        return [*self.sources, *(tag for tags in self.line_sources for tag in tags)]


class GlossaryEntry(Struct, forbid_unknown_fields=True, frozen=True):
    term: str
    explain: str
    sources: list[str] = []


class NotSure(Struct, forbid_unknown_fields=True, frozen=True):
    template: str  # "{question}" is replaced by the screening question's text
    why: str


class Texts(Struct, forbid_unknown_fields=True, frozen=True):
    """Patient-facing words used by the printout (core cannot use Qt's tr())."""

    list_title: str
    name_label: str
    appointment_label: str
    date_label: str
    important_heading: str
    own_questions_heading: str
    notes_heading: str
    doctor_answer_label: str
    why_label: str
    sources_heading: str
    reviewed_label: str
    disclaimer: str
    crisis_heading: str
    # The same contacts, for a person who was not sure about thoughts of harming themselves now.
    crisis_gentle_heading: str = ""  # "" = crisis_heading
    # The phone code (app.core.phone_payload) and the teach-back check (app.core.quiz):
    phone_more: str = "{count} more questions did not fit."
    phone_note: str = "This is not medical advice."
    quiz_review_why: str = "This was not clear yet in the check. Your doctor can explain it."
    glossary_heading: str = "What some words mean"
    # The doctor brief (app.core.brief): page 1 and the rest of the printout.
    know_heading: str = "What I want my doctor to know"
    important_auto_note: str = "Picked by the app from your answers."
    unsure_about: str = "I was not sure about: {items}"  # {items}: the questions' `short` words, joined
    unsure_more: str = "and {count} more"
    unsure_ask: str = "Can we talk about these?"
    notes_line_label: str = "Notes:"
    personal_heading: str = "More questions from my answers"
    general_heading: str = "Questions many people ask"
    sources_full_note: str = "The app lists every source."
    undated: str = "undated"
    # Source dates are written in English in sources.toml ("31 Oct 2023", "legacy"); this language's
    # words for them, whole words or phrases, longest first ({} = print them as written).
    date_words: dict[str, str] = {}
    sources_language_note: str = ""  # e.g. "The sources are in English." ("" = no note)
    # Printed dates ("Made on", "Content last reviewed"): {d} {month} {y} with these 12 month names
    # ("" or no months = 2026-12-07): a numeric date reads differently in the US and in Spain.
    date_pattern: str = ""
    months: list[str] = []
    page_label: str = "Page {page} of {pages}"
    qr_scan: str = "Scan with your phone's camera to get these questions as an email."
    qr_holds_all: str = "This code holds all {total} of your questions."
    qr_holds_some: str = "This code holds {held} of your {total} questions."


class Meta(Struct, forbid_unknown_fields=True, frozen=True):
    language: str
    app_title: str
    welcome: str
    reviewed: dt.date
    next_review: dt.date
    texts: Texts
    not_sure: NotSure
    topics: list[Topic]
    choice_sets: dict[str, list[Choice]]
    crisis: dict[str, CrisisInfo]
    glossary: list[GlossaryEntry] = []


class Source(Struct, forbid_unknown_fields=True, frozen=True):
    title: str  # the original document's title (never a copy's)
    publisher: str
    url: str  # the original's address where it has one
    date: str  # date or revision of the original; "" = undated
    kind: str  # one of SOURCE_KINDS (required: a clinician must see what each source is)
    read_at: str = ""  # where we read a copy of it (a mirror); kept for editors, never printed


class SourcesFile(Struct, forbid_unknown_fields=True):
    sources: dict[str, Source]


class QuizItem(Struct, forbid_unknown_fields=True, frozen=True):
    """One teach-back item (quiz.toml): a multiple-choice check of a fact from the risk pages."""

    id: str
    topic: str
    text: str
    choices: list[Choice]  # must include NOT_SURE
    correct: str  # the value of the right choice
    explain: str  # the correct fact in plain words, shown after answering
    review_question: str  # added to the list when the answer was wrong or "not sure"
    sources: list[str] = []
    priority: int = 2
    show_if: Condition | None = None


class QuizFile(Struct, forbid_unknown_fields=True):
    quiz: list[QuizItem]


class Content(Struct, frozen=True):
    """Everything for one language, after validation."""

    meta: Meta
    areas: tuple[Area, ...]
    sources: dict[str, Source]
    quiz: tuple[QuizItem, ...] = ()
    triage: Triage | None = None  # triage.toml (app.core.triage_model); None = no triage file

    def choices_of(self, question: Question) -> list[Choice]:
        if isinstance(question.choices, str):
            return self.meta.choice_sets[question.choices]
        return question.choices

    def all_questions(self) -> list[tuple[Area, Question]]:
        return [(area, q) for area in self.areas for q in area.questions]

    def question(self, question_id: str) -> Question:
        for _area, q in self.all_questions():
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def topic(self, topic_id: str) -> Topic:
        for topic in self.meta.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)


def decode_error_message(err: msgspec.ValidationError) -> str:
    """msgspec says 'Expected `str`, got `int` - at `$.area.questions[0].id`'; keep it, shorter."""
    return str(err).replace(" - at `$.", " at `")


def validation_problem(err: msgspec.ValidationError) -> tuple[str, str]:
    """(key path, message) from a msgspec error: ('area.questions[0].id', 'Expected `str`, got `int`')."""
    text = str(err)
    message, sep, where = text.rpartition(" - at `$")
    if not sep:
        return "key", text
    return where.rstrip("`").lstrip(".") or "key", message
