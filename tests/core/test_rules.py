"""Rules: answers -> ordered, de-duplicated doctor questions. Deterministic and total."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import flow
from app.core.model import NOT_SURE
from app.core.question_list import QuestionList
from app.core.render import render_html, render_text
from app.core.rules import group_by_topic, select_questions


def ids(questions):
    return [q.id for q in questions]


def test_general_questions_for_everyone(content):
    selected = ids(select_questions(content, {"region": "uk"}))
    for general in (
        "dq_general_how_long",
        "dq_general_tests",
        "dq_general_side_effect_starts",
        "dq_general_after_hours",
    ):
        assert general in selected


def test_not_sure_always_leads_to_a_question(content):
    for _area, question in content.all_questions():
        if question.kind != "choice":
            continue  # a typed answer has no "not sure": it is left empty
        value = (NOT_SURE,) if question.multiple else NOT_SURE
        answers = {"region": "us", question.id: value}
        if question.id == "region":
            answers = {"region": NOT_SURE}
        visible = flow.effective_answers(content, answers)
        if question.id not in visible:
            continue  # hidden by an earlier answer: cannot be answered
        assert f"unsure.{question.id}" in ids(select_questions(content, answers)), question.id


def test_condition_selects_question(content):
    assert "dq_general_second_course" not in ids(select_questions(content, {"general_first_course": "no"}))
    assert "dq_general_second_course" in ids(select_questions(content, {"general_first_course": "yes"}))


def test_order_follows_topics_then_priority(content):
    every = {q.id: (NOT_SURE,) if q.multiple else NOT_SURE for _a, q in content.all_questions() if q.kind == "choice"}
    every["region"] = "us"
    selected = select_questions(content, every)
    order = {t.id: t.order for t in content.meta.topics}
    keys = [(order[q.topic], q.priority) for q in selected]
    assert keys == sorted(keys)


def answer_strategy(content):
    entries = {}
    for _area, q in content.all_questions():
        values = [c.value for c in content.choices_of(q)]
        if q.kind != "choice":
            entries[q.id] = st.text(max_size=q.max_length).filter(str.strip) if q.kind == "text" else st.just("70")
        elif q.multiple:
            entries[q.id] = st.lists(st.sampled_from(values), unique=True, min_size=1).map(tuple)
        else:
            entries[q.id] = st.sampled_from(values)
    return st.fixed_dictionaries({}, optional=entries)


def test_any_answers_give_a_valid_list(content):
    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(answer_strategy(content))
    def check(answers):
        first = select_questions(content, answers)
        assert first == select_questions(content, answers)  # deterministic
        assert len(ids(first)) == len(set(ids(first)))  # no duplicates
        topics = {t.id for t in content.meta.topics}
        assert all(q.topic in topics and q.text and q.sources for q in first)
        grouped = group_by_topic(content, first)
        assert sum(len(g) for _label, g in grouped) == len(first)
        for qid, value in flow.effective_answers(content, answers).items():
            if value == NOT_SURE or (not isinstance(value, str) and NOT_SURE in value):
                assert f"unsure.{qid}" in ids(first)
        qlist = QuestionList.from_answers(content, answers)
        assert render_html(qlist, content) and render_text(qlist, content)

    check()


def test_hidden_answers_select_nothing(content):
    """Changing an earlier answer hides later questions; their old answers stop counting."""
    gate = next((q for _a, q in content.all_questions() if q.show_if is not None), None)
    assert gate is not None, "content has no conditional screening question"
    from app.core.conditions import references

    parent, values = next(references(gate.show_if))
    parent_q = content.question(parent)
    other = next(c.value for c in content.choices_of(parent_q) if c.value not in values)
    value = (NOT_SURE,) if gate.multiple else NOT_SURE
    hidden = {"region": "us", parent: (other,) if parent_q.multiple else other, gate.id: value}
    assert f"unsure.{gate.id}" not in ids(select_questions(content, hidden))
