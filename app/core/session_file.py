"""The one serializer between a Session and the answers file (app.core.answers reads and checks the file).

Save my answers writes `to_document`; Open and `python -m app export` read with `from_file`. In the
file, the person's own questions are keys by position ("own.1" = the first of `own_questions`), so a
list whose own questions were added and removed still opens. A file from an older version opens too:
what no longer fits the content is left out, one problem each, and `pages` names the pages to look at
again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.answers import FORMAT_VERSION, AnswersFile, check_answers
from app.core.model import Content
from app.core.problems import DataError, Problem
from app.core.question_list import MAX_IMPORTANT, ListItem, QuestionList
from app.core.rules import SelectedQuestion
from app.core.session import Session

OWN_PREFIX = "own."


@dataclass
class Opened:
    session: Session
    left_out: list[Problem] = field(default_factory=list)  # one per answer, star or tick that no longer fits
    pages: list[str] = field(default_factory=list)  # area ids whose answers were left out, in page order
    other: bool = False  # something was left out that belongs to no page (a question no longer asked)


def item_keys(qlist: QuestionList) -> list[str]:
    """Each item's key in the file, in the list's order: a content question's id, or "own.N"."""
    keys, own = [], 0
    for item in qlist.items:
        if item.own:
            own += 1
            keys.append(f"{OWN_PREFIX}{own}")
        else:
            keys.append(item.question.id)
    return keys


def to_document(session: Session, content: Content) -> dict:
    """What the person has done, as the answers file (multi-select answers as lists)."""
    qlist = session.edits
    keys = item_keys(qlist)
    answers = session.effective_answers(content)
    return {
        "format": FORMAT_VERSION,
        "content_reviewed": content.meta.reviewed.isoformat(),
        "language": content.meta.language,
        "answers": {qid: (list(v) if isinstance(v, tuple) else v) for qid, v in answers.items()},
        "skipped": sorted(session.skipped & {area.id for area in content.areas}),
        "own_questions": qlist.own_questions,
        "notes": qlist.notes,
        "name": qlist.name,
        "appointment": qlist.appointment,
        "important": [keys[i] for i, item in enumerate(qlist.items) if item.important and item.included],
        "excluded": [  # the person's own tailored questions unticked (general ones start unticked: "included")
            keys[i]
            for i, item in enumerate(qlist.items)
            if not item.own and not item.included and item.question.personal
        ],
        "included": [  # the questions many people ask start unticked: the ones the person ticked
            keys[i]
            for i, item in enumerate(qlist.items)
            if not item.own and item.included and not item.question.personal
        ],
        "order": keys,
        "quiz_wanted": session.quiz_wanted,
        "quiz_answers": dict(session.quiz_answers),
        "printout": {
            "paper": session.paper,
            "know": qlist.print_know,
            "doctor_lines": qlist.doctor_lines,
            "phone_code": session.phone_code,
            "clinician_language": session.clinician_language,
        },
    }


def from_file(data: AnswersFile, content: Content, file: str, extra: tuple[SelectedQuestion, ...] = ()) -> Opened:
    """The session the file holds. DataError only for a file that is not a sound answers file."""
    answers, left_out = check_answers(data.answers, content, file)
    quiz_answers = _quiz_answers(data, content, file, left_out)
    printout = data.printout
    session = Session(
        answers=answers,
        skipped=set(data.skipped) & {area.id for area in content.areas},
        quiz_wanted=data.quiz_wanted,
        quiz_answers=quiz_answers,
        paper=printout.paper,
        phone_code=printout.phone_code,
        clinician_language=printout.clinician_language,
    )
    qlist = session.edits
    qlist.print_know, qlist.doctor_lines = printout.know, printout.doctor_lines
    session.refresh_list(content, extra)
    by_key = {item.question.id: item for item in qlist.items}
    for n, text in enumerate(data.own_questions, start=1):
        if qlist.add_own(text):
            by_key[f"{OWN_PREFIX}{n}"] = qlist.items[-1]
    if len(set(data.important)) > MAX_IMPORTANT:
        raise DataError([Problem(file, "important", f"at most {MAX_IMPORTANT} questions can be most important")])
    qlist.items = _in_order(qlist.items, [by_key[key] for key in dict.fromkeys(data.order) if key in by_key])
    for where, keys in (("included", data.included), ("excluded", data.excluded), ("important", data.important)):
        for key in keys:
            item = by_key.get(key)
            if item is None or (where != "important" and item.own):
                left_out.append(Problem(file, where, f"'{key}' is not in this person's list; left out"))
            elif where != "important":
                qlist.set_included(qlist.items.index(item), where == "included")
            else:
                qlist.set_important(qlist.items.index(item), True)
    qlist.notes, qlist.name, qlist.appointment = data.notes, data.name, data.appointment
    session.changed = False
    return Opened(session, left_out, *_pages_to_see(content, left_out))


def _quiz_answers(data: AnswersFile, content: Content, file: str, left_out: list[Problem]) -> dict[str, str]:
    items = {item.id: {choice.value for choice in item.choices} for item in content.quiz}
    kept = {}
    for item_id, value in data.quiz_answers.items():
        if value in items.get(item_id, ()):
            kept[item_id] = value
        else:
            left_out.append(Problem(file, f"quiz_answers.{item_id}", "not in this version's check; left out"))
    return kept


def _in_order(items: list[ListItem], ordered: list[ListItem]) -> list[ListItem]:
    """`ordered` first; every other item goes right after the item before it in `items`."""
    result = list(ordered)
    placed = {id(item) for item in result}
    for n, item in enumerate(items):
        if id(item) in placed:
            continue
        before = next((it for it in reversed(items[:n]) if id(it) in placed), None)
        where = 0 if before is None else next(i for i, it in enumerate(result) if it is before) + 1
        result.insert(where, item)
        placed.add(id(item))
    return result


def _pages_to_see(content: Content, left_out: list[Problem]) -> tuple[list[str], bool]:
    owner = {q.id: area.id for area, q in content.all_questions()}
    dropped = [p.where.removeprefix("answers.") for p in left_out if p.where.startswith("answers.")]
    pages = {owner[qid] for qid in dropped if qid in owner}
    other = any(qid not in owner for qid in dropped) or any(p.where.startswith("quiz_answers.") for p in left_out)
    return [area.id for area in content.areas if area.id in pages], other
