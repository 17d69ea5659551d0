"""check-content's checks of triage.toml (app.core.triage_model): the red flags and the screening
summary must name real questions and answers, and each flag's order must be unique.

A language missing a flag, or a flag whose condition differs between languages, is reported by
`signature` (compared with English like every other id in app.core.validate.check_content).
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from app.core.model import CRISIS_KEYS, NOT_SURE, QUESTION_KINDS, Condition, Content, Question

Add = Callable[[str, str, str], None]  # (file, where, message)
CheckCondition = Callable[[str, str, Condition | None, dict[str, set[str]]], None]
Where = Callable[[str, str, str], str]  # (file, item id, key) -> "line (key)"


def check(
    content: Content, file: str, everything: dict[str, set[str]], add: Add, condition: CheckCondition, where: Where
) -> None:
    triage = content.triage
    if triage is None:
        return
    words = triage.words
    for key in CRISIS_KEYS:
        if not words.rules.get(key, "").strip():
            add(file, f"words.rules.{key}", "which rules apply: no words for this region")
        if not words.sources_line.get(key, "").strip():
            add(file, f"words.sources_line.{key}", "the one-line sources block: no words for this region")
    for name in ("check_first", "no_flags", "screen_heading", "not_answered", "suggest_heading", "my_questions"):
        if not getattr(words, name).strip():
            add(file, f"words.{name}", "is empty")
    if "{items}" not in words.not_answered_items:
        add(file, "words.not_answered_items", "must contain {items}")
    asks = {f"unsure.{q}" for q in everything} | {dq.id for area in content.areas for dq in area.doctor_questions}
    ids: set[str] = set()
    orders: dict[int, str] = {}
    for i, flag in enumerate(triage.red_flag):
        at = where(file, flag.id, f"red_flag[{i}]")
        if flag.id in ids:
            add(file, at, f"duplicate red flag id '{flag.id}'")
        ids.add(flag.id)
        if flag.order in orders:
            add(file, at, f"order {flag.order} is also the order of '{orders[flag.order]}'")
        orders.setdefault(flag.order, flag.id)
        if not flag.text.strip():
            add(file, at, "text: the clinician's wording is missing")
        condition(file, at, flag.when, everything)
        for ask in flag.ask:
            if ask not in asks:
                add(file, at, f"ask: unknown doctor question '{ask}'")
    topics: set[str] = set()
    for i, topic in enumerate(triage.screen):
        at = where(file, topic.id, f"screen[{i}]")
        if topic.id in topics:
            add(file, at, f"duplicate screening topic '{topic.id}'")
        topics.add(topic.id)
        if not topic.label.strip():
            add(file, at, "label is empty")
        for item in topic.items:
            if item.question not in everything:
                add(file, at, f"unknown question id '{item.question}'")
                continue
            for value in item.values:
                if value not in everything[item.question]:
                    add(file, at, f"'{item.question}' has no choice '{value}'")
            if not item.label.strip():
                add(file, at, f"'{item.question}': label is empty")
    for value in triage.negative_values:
        if value == NOT_SURE:
            add(file, "negative_values", "'not sure' is never a negative answer")


def check_kind(question: Question, values: set[str], file: str, where: str, add: Add) -> None:
    """A choice question includes "not sure"; a typed one ("number", "text": the age, the weight, other
    medicines) has no choices, a bounded length, and nothing that depends on what was typed."""
    if question.kind not in QUESTION_KINDS:
        add(file, where, f"kind: '{question.kind}' is not one of {', '.join(QUESTION_KINDS)}")
    elif question.kind == "choice":
        add(file, where, f"choices must include '{NOT_SURE}' (not sure is always a real answer)")
    elif values or question.multiple or question.crisis_values:
        add(file, where, f"kind '{question.kind}': no choices, multiple or crisis_values (the answer is typed)")
    elif not 1 <= question.max_length <= 200:
        add(file, where, f"kind '{question.kind}': max_length must be 1 to 200")


def signature(content: Content) -> set[str]:
    """The triage's ids and conditions, which every language must share."""
    if content.triage is None:
        return set()
    out = set()
    for flag in content.triage.red_flag:
        out.add(f"red-flag:{flag.id}")
        out.add(f"red-flag-when:{flag.id}={msgspec.json.encode(flag.when).decode()}")
        out.add(f"red-flag-order:{flag.id}={flag.order}")
    for topic in content.triage.screen:
        out.update(f"screen:{topic.id}={item.question}" for item in topic.items)
    return out
