"""Triage: the red flags and the screening summary a clinician reads first. No Qt.

What is a red flag, how a clinician words it and what the summary says per topic is content
(`triage.toml`, app.core.triage_model); this module only evaluates it against the answers:

- `state` keeps what the triage needs from the answers, language-free (the effective answers and
  which questions were shown), so the clinician part can be worded in another language than the
  person's (`clinical(content, state)` with the clinic's language's content);
- `clinical` words it: the red flags that apply, in their order, and one line per topic with what
  the person said ("No" and "not sure" included), or "Not answered";
- `suggested_ids` lists the questions the red flags that apply ask the app to suggest first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from msgspec import Struct

from app.core import typed_answers
from app.core.conditions import AnswerMap, holds
from app.core.flow import effective_answers
from app.core.model import NOT_SURE, REGIONS, Content
from app.core.triage_model import RedFlag, ScreenItem, Triage, TriageWords

AGE_QUESTION, WEIGHT_QUESTION = "about_age", "about_weight"


@dataclass(frozen=True)
class TriageState:
    """The answers the triage looks at: the effective answers and the ids of the questions shown."""

    answers: dict = field(default_factory=dict)
    shown: frozenset[str] = frozenset()

    @property
    def region(self) -> str:
        region = self.answers.get("region")
        return region if region in REGIONS else NOT_SURE


class Clinical(Struct, frozen=True):
    """The clinician part of page 1, worded in one language."""

    words: TriageWords
    language: str
    rules: str  # which rules apply ("US (iPLEDGE)")
    flags: tuple[str, ...] = ()  # the red flags that apply, in their order
    screen: tuple[tuple[str, str], ...] = ()  # (topic label, what the person said)
    age: str = ""
    weight: str = ""
    sources_line: str = ""


def state(content: Content, answers: AnswerMap) -> TriageState:
    effective = effective_answers(content, answers)
    shown: set[str] = set()
    for area in content.areas:
        if holds(area.show_if, effective):
            shown.update(q.id for q in area.questions if holds(q.show_if, effective))
    return TriageState(effective, frozenset(shown))


def flags_that_apply(triage: Triage | None, answers: AnswerMap) -> list[RedFlag]:
    if triage is None:
        return []
    return sorted((f for f in triage.red_flag if holds(f.when, answers)), key=lambda f: f.order)


def suggested_ids(content: Content, triage_state: TriageState) -> list[str]:
    """The questions the red flags that apply name, in the flags' order, each once."""
    out: list[str] = []
    for flag in flags_that_apply(content.triage, triage_state.answers):
        out += [i for i in flag.ask if i not in out]
    return out


def _picked(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _said(item: ScreenItem, value, words: TriageWords, labels: dict[str, str]) -> str:
    said = [item.values.get(v) or words.answer_words.get(v) or labels.get(v, v) for v in _picked(value)]
    return f"{item.label}: {', '.join(said)}"


def screen_lines(content: Content, triage_state: TriageState) -> list[tuple[str, str]]:
    """(topic label, what the person said) for each topic of triage.toml, in its order."""
    triage = content.triage
    if triage is None:
        return []
    questions = {q.id: q for _area, q in content.all_questions()}
    region = triage_state.region
    out = []
    for topic in sorted(triage.screen, key=lambda t: t.order):
        said, missing = [], []
        for item in topic.items:
            if item.question not in triage_state.shown or item.question not in questions:
                continue
            value = triage_state.answers.get(item.question)
            if value is None or (not isinstance(value, str) and not value):
                if questions[item.question].kind == "choice":  # (typed questions are optional, the kiosk may not ask)
                    missing.append(item.label)
                continue
            if questions[item.question].kind != "choice":
                said.append(f"{item.label}: {typed_answers.with_unit(questions[item.question], value, region)}")
                continue
            labels = {c.value: c.label for c in content.choices_of(questions[item.question])}
            said.append(_said(item, value, triage.words, labels))
        if not said and not missing:
            continue
        if not said:
            out.append((topic.label, triage.words.not_answered))
            continue
        if missing:
            said.append(triage.words.not_answered_items.replace("{items}", ", ".join(missing)))
        out.append((topic.label, " · ".join(said)))
    return out


def clinical(content: Content, triage_state: TriageState) -> Clinical | None:
    """The clinician part worded from this content (None: the content has no triage.toml)."""
    triage = content.triage
    if triage is None:
        return None
    words = triage.words
    region = triage_state.region
    return Clinical(
        words=words,
        language=content.meta.language,
        rules=words.rules.get(region, ""),
        flags=tuple(f.text for f in flags_that_apply(triage, triage_state.answers)),
        screen=tuple(screen_lines(content, triage_state)),
        age=_typed(content, triage_state, AGE_QUESTION),
        weight=_typed(content, triage_state, WEIGHT_QUESTION),
        sources_line=words.sources_line.get(region, ""),
    )


def _typed(content: Content, triage_state: TriageState, question_id: str) -> str:
    value = triage_state.answers.get(question_id)
    if not isinstance(value, str) or not value.strip():
        return ""
    try:
        return typed_answers.with_unit(content.question(question_id), value.strip(), triage_state.region)
    except KeyError:
        return value.strip()


def unanswered_areas(content: Content, triage_state: TriageState) -> list[tuple[str, str]]:
    """(topic label, the page to go back to) for each screening topic the person left unanswered."""
    if content.triage is None:
        return []
    area_of = {q.id: area.id for area, q in content.all_questions()}
    lines = dict(screen_lines(content, triage_state))
    out = []
    for topic in sorted(content.triage.screen, key=lambda t: t.order):
        if lines.get(topic.label) != content.triage.words.not_answered:
            continue
        shown = [item.question for item in topic.items if item.question in triage_state.shown]
        if shown and shown[0] in area_of:
            out.append((topic.label, area_of[shown[0]]))
    return out
