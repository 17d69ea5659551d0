"""Answers -> the ordered, de-duplicated list of questions for the doctor, and what the person wants
their doctor to know. Deterministic."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.conditions import AnswerMap, holds, references
from app.core.flow import effective_answers
from app.core.model import NOT_SURE, REGIONS, Area, Condition, Content

ORIGIN_CONTENT = "content"
ORIGIN_NOT_SURE = "not_sure"
ORIGIN_EXTRA = "extra"  # e.g. the teach-back check or a clinic's own questions
ORIGIN_OWN = "own"  # a question the person typed (app.core.question_list)
REGION_QUESTION = "region"


@dataclass(frozen=True)
class SelectedQuestion:
    id: str
    text: str
    why: str
    topic: str
    priority: int
    sources: tuple[str, ...]
    origin: str = ORIGIN_CONTENT
    # Comes from the person's own answers (a condition on a screening answer other than the region,
    # a "not sure" answer, the teach-back check, their own question), not one everybody gets.
    personal: bool = False
    short: str = ""  # "not sure" items: a few words naming the screening question (Question.short)
    # The app may suggest it first: it comes from an answer that is not a "No" (triage.toml's
    # negative_values), so a person who answered No is never told to ask about it first.
    suggestable: bool = False


def _answered_not_sure(value) -> bool:
    return value == NOT_SURE or (not isinstance(value, str) and NOT_SURE in value)


def depends_on_answers(*conditions: Condition | None) -> bool:
    """True when a condition looks at any screening answer other than the region."""
    return any(question != REGION_QUESTION for c in conditions for question, _values in references(c))


def not_sure_question(content: Content, area: Area, question) -> SelectedQuestion:
    text = content.meta.not_sure.template.replace("{question}", question.text)
    return SelectedQuestion(
        f"unsure.{question.id}",
        text,
        content.meta.not_sure.why,
        area.topic,
        2,
        tuple(question.sources),
        ORIGIN_NOT_SURE,
        personal=True,
        short=question.short.strip() or question.text.strip(),
    )


def select_questions(
    content: Content, answers: AnswerMap, extra: tuple[SelectedQuestion, ...] = ()
) -> list[SelectedQuestion]:
    """Every doctor question whose condition holds, plus one for each "not sure" answer.

    Ordered by topic order, then priority, then the order written in the content.
    Hidden questions' answers are ignored (see flow.effective_answers).
    """
    effective = effective_answers(content, answers)
    positive = without_negatives(content, effective)
    topic_order = {t.id: t.order for t in content.meta.topics}
    picked: dict[str, tuple[tuple, SelectedQuestion]] = {}
    position = 0

    def add(question: SelectedQuestion) -> None:
        nonlocal position
        position += 1
        if question.id not in picked:
            key = (topic_order.get(question.topic, 10_000), question.priority, position)
            picked[question.id] = (key, question)

    for area in content.areas:
        if not holds(area.show_if, effective):
            continue
        for dq in area.doctor_questions:
            if holds(dq.show_if, effective):
                add(
                    SelectedQuestion(
                        dq.id,
                        dq.text,
                        dq.why,
                        dq.topic,
                        dq.priority,
                        tuple(dq.sources),
                        personal=(personal := depends_on_answers(area.show_if, dq.show_if)),
                        suggestable=personal and holds(area.show_if, positive) and holds(dq.show_if, positive),
                    )
                )
        for q in area.questions:
            if q.id in effective and q.kind == "choice" and _answered_not_sure(effective[q.id]):
                add(not_sure_question(content, area, q))
    for question in extra:
        add(question)
    return [q for _key, q in sorted(picked.values(), key=lambda pair: pair[0])]


def without_negatives(content: Content, answers: AnswerMap) -> dict:
    """The answers without their "No"s (triage.toml's negative_values): what the app may suggest from."""
    negative = set(content.triage.negative_values) if content.triage is not None else set()
    out: dict = {}
    for key, value in answers.items():
        if key == REGION_QUESTION or isinstance(value, str):
            if key == REGION_QUESTION or value not in negative:
                out[key] = value
        elif kept := tuple(v for v in value if v not in negative):
            out[key] = kept
    return out


def know_statements(content: Content, answers: AnswerMap) -> list[str]:
    """ "What I want my doctor to know": the `know` statement of every picked choice of a visible
    question, in content order (page, question, choice), each statement once."""
    effective = effective_answers(content, answers)
    out: list[str] = []
    for area in content.areas:
        if not holds(area.show_if, effective):
            continue
        for q in area.questions:
            value = effective.get(q.id)
            if value is None:
                continue
            picked = {value} if isinstance(value, str) else set(value)
            for choice in content.choices_of(q):
                statement = choice.know.strip()
                if choice.value in picked and statement and statement not in out:
                    out.append(statement)
    return out


def group_by_topic(content: Content, questions: list[SelectedQuestion]) -> list[tuple[str, list[SelectedQuestion]]]:
    """[(topic label, questions)] in topic order, keeping the order within each topic."""
    labels = {t.id: t.label for t in content.meta.topics}
    order = {t.id: t.order for t in content.meta.topics}
    groups: dict[str, list[SelectedQuestion]] = {}
    for q in questions:
        groups.setdefault(q.topic, []).append(q)
    ordered = sorted(groups, key=lambda topic: order.get(topic, 10_000))
    return [(labels.get(topic, topic), groups[topic]) for topic in ordered]


def crisis_needed(content: Content, answers: AnswerMap) -> bool:
    return bool(crisis_urgency(content, answers))


def crisis_urgency(content: Content, answers: AnswerMap) -> str:
    """ "" (no crisis answer), "gentle" (only "not sure" answers call for it) or "urgent"."""
    effective = effective_answers(content, answers)
    urgency = ""
    for _area, q in content.all_questions():
        value = effective.get(q.id)
        if value is None:
            continue
        hit = ({value} if isinstance(value, str) else set(value)) & set(q.crisis_values)
        if hit - {NOT_SURE}:
            return "urgent"
        if hit:
            urgency = "gentle"
    return urgency


def crisis_region(answers: AnswerMap) -> str:
    """The crisis block to show: the person's region, or NOT_SURE (every region's numbers)."""
    region = answers.get("region")
    return region if region in REGIONS else NOT_SURE
