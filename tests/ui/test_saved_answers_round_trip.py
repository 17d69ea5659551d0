"""Saved answers always come back: random edits made with real clicks, saved with the wizard's own
Save button into a real file, opened with Open into a new wizard, give the same list, order, stars,
fields, check and printout options. The bug this guards (code review C1): removing an own question
and starring another wrote a file that Open and `export` refused."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWizard

from app.ui.summary.summary_list import ROLE_KIND
from app.ui.wizard.wizard import QUIZ_ID, SUMMARY_ID, RiskWizard, WizardOptions
from tests.conftest import REPO
from tests.ui.driver import Person
from tests.ui.test_summary_page import click_row, question_rows, select

DESKTOP = WizardOptions(confirm_close=False, save_and_resume=True)
SAVE = QWizard.WizardButton.CustomButton2
OWN_TEXTS = ["Can I still go swimming?", "<b>Is</b> & that OK?", "¿Puedo tomar el sol?", "What about my lips?"]

answers_st = st.fixed_dictionaries(
    {
        "region": st.sampled_from(["us", "uk", "eu", "not_sure"]),
        "med_current": st.sampled_from([("tetracycline",), ("none",), ("vitamin_a",)]),
    }
)
rest_st = st.sampled_from(["no", "yes", "not_sure"])
edit_st = st.one_of(
    st.tuples(st.just("tick"), st.integers(0, 40)),
    st.tuples(st.just("star"), st.integers(0, 40)),
    st.tuples(st.just("move"), st.integers(0, 40), st.sampled_from(["up", "down"])),
    st.tuples(st.just("add"), st.sampled_from(OWN_TEXTS)),
    st.tuples(st.just("remove"), st.integers(0, 5)),
    st.tuples(st.just("option"), st.sampled_from(["know", "room", "phone", "paper"])),
    st.tuples(st.just("field"), st.sampled_from(["name", "appointment", "notes"]), st.sampled_from(["Sam", "3 May"])),
)
quiz_st = st.one_of(st.none(), st.just(False), st.lists(st.sampled_from(["right", "wrong", "not_sure"]), max_size=6))


def new_wizard(qtbot, content) -> RiskWizard:
    wizard = RiskWizard(content, DESKTOP)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def walk(person: Person, answers: dict, rest: str, quiz) -> None:
    """To the summary; on the check's page: leave it (None), skip it (False) or answer its items."""
    wizard = person.wizard
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        if wizard.currentId() == QUIZ_ID:
            if quiz is False:
                person.click(page.skip_button)
            elif quiz is not None:
                person.click(page.start_button)
                boxes = [box for box in page.item_boxes.values() if not box.isHidden()]
                for box, how in zip(boxes, quiz, strict=False):
                    correct = box.item.correct
                    value = {
                        "right": correct,
                        "not_sure": "not_sure",
                        "wrong": next(v for v in box.buttons if v not in (correct, "not_sure")),
                    }[how]
                    page.scroll_area.ensureWidgetVisible(box.buttons[value])
                    person.click(box.buttons[value])
        else:
            for question_id in list(page.boxes):
                box = page.boxes[question_id]
                if not box.isVisible():
                    continue
                if question_id in answers:
                    value = answers[question_id]
                    person.pick(question_id, *((value,) if isinstance(value, str) else value))
                elif box.value() is None:
                    person.pick(question_id, next(v for v in (rest, "none", "not_sure") if v in box.buttons))
        person.next()


def edit(person: Person, summary, step: tuple) -> None:
    kind = step[0]
    rows = question_rows(summary)
    if kind == "tick":
        ticks = [r for r in rows if r.data(ROLE_KIND) == "question"]
        if ticks:
            click_row(person, summary, ticks[step[1] % len(ticks)], x=10)  # on the check box
    elif kind in ("star", "move") and rows:
        select(person, summary, rows[step[1] % len(rows)])
        button = summary.star_button if kind == "star" else summary.up_button
        button = summary.down_button if kind == "move" and step[2] == "down" else button
        if button.isEnabled():
            person.click(button)
    elif kind == "add":
        person.type_into(summary.printout.own_edit, step[1])
        person.click(summary.printout.add_button)
    elif kind == "remove":
        own = [r for r in rows if r.data(ROLE_KIND) == "own"]
        if own:
            select(person, summary, own[step[1] % len(own)])
            person.click(summary.remove_button)
    elif kind == "option":
        if step[1] == "paper":
            combo = summary.printout.paper_combo
            combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())  # as the arrow keys do
        else:
            box = {
                "know": summary.printout.know_box,
                "room": summary.printout.room_box,
                "phone": summary.printout.phone.on_printout,
            }[step[1]]
            person.click(box)
    else:
        widget = {
            "name": summary.printout.name_edit,
            "appointment": summary.printout.appointment_edit,
            "notes": summary.printout.notes_edit,
        }
        person.type_into(widget[step[1]], step[2])


def state(wizard: RiskWizard) -> dict:
    """What the person sees and what prints, in terms that do not depend on internal ids."""
    session, summary = wizard.session, wizard.summary
    qlist = session.edits
    return {
        "list": [(i.question.text, i.included, i.important, i.own) for i in qlist.items],
        "rows": [r.text() for r in question_rows(summary)],
        "fields": (
            summary.printout.name_edit.text(),
            summary.printout.appointment_edit.text(),
            summary.printout.notes_edit.toPlainText(),
        ),
        "saved fields": (qlist.name, qlist.appointment, qlist.notes),
        "options": (qlist.print_know, qlist.doctor_lines, session.phone_code, session.paper),
        "boxes": (
            summary.printout.know_box.isChecked(),
            summary.printout.room_box.isChecked(),
            summary.printout.phone.on_printout.isChecked(),
            summary.printout.paper_combo.currentData(),
        ),
        "quiz": (session.quiz_wanted, session.quiz_answers),
        "answers": wizard.effective_answers(),
        "printout": summary.printout.text(),
    }


def save(monkeypatch, person: Person, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(person.wizard.button(SAVE))


def open_in_new_wizard(monkeypatch, qtbot, content, target: Path) -> RiskWizard:
    later = new_wizard(qtbot, content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    Person(qtbot, later).click(later.welcome_page.findChild(QPushButton, "open-answers"))
    assert later.currentId() == SUMMARY_ID
    return later


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(answers=answers_st, rest=rest_st, quiz=quiz_st, edits=st.lists(edit_st, max_size=14))
def test_saved_answers_always_come_back(monkeypatch, qtbot, content, tmp_path_factory, answers, rest, quiz, edits):
    wizard = new_wizard(qtbot, content)
    person = Person(qtbot, wizard)
    walk(person, answers, rest, quiz)
    summary = wizard.summary
    for step in edits:
        edit(person, summary, step)
    summary.printout.update_preview()
    before = state(wizard)
    target = tmp_path_factory.mktemp("saved") / "answers.json"
    save(monkeypatch, person, target)
    assert not wizard.changed_since_output  # saved: closing now loses nothing
    later = open_in_new_wizard(monkeypatch, qtbot, content, target)
    later.summary.printout.update_preview()
    assert state(later) == before
    assert not later.changed_since_output
    for window in (wizard, later):
        window.hide()
        window.deleteLater()


def test_remove_an_own_question_star_another_then_open_and_export(monkeypatch, qtbot, content, tmp_path):
    """Code review C1, as a person does it: the file opens again and `export` prints it."""
    wizard = new_wizard(qtbot, content)
    person = Person(qtbot, wizard)
    person.walk({"region": "uk"}, every_visible="no")
    summary = wizard.summary
    for text in ("First?", "Second?"):
        person.type_into(summary.printout.own_edit, text)
        person.click(summary.printout.add_button)
    own = [r for r in question_rows(summary) if r.data(ROLE_KIND) == "own"]
    select(person, summary, own[0])
    person.click(summary.remove_button)
    second = next(r for r in question_rows(summary) if r.text().endswith("Second?"))
    select(person, summary, second)
    person.click(summary.star_button)
    target = tmp_path / "answers.json"
    save(monkeypatch, person, target)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["own_questions"] == ["Second?"] and data["important"] == ["own.1"]
    later = open_in_new_wizard(monkeypatch, qtbot, content, target)
    assert question_rows(later.summary)[0].text() == "★ Second?"
    out = tmp_path / "list.txt"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--answers", str(target), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "1. Second?" in out.read_text(encoding="utf-8")


def test_saving_says_saved_and_the_next_dialog_starts_in_that_folder(monkeypatch, qtbot, content, tmp_path):
    wizard = new_wizard(qtbot, content)
    person = Person(qtbot, wizard)
    person.pick("region", "us")
    folder = tmp_path / "my lists"
    folder.mkdir()
    save(monkeypatch, person, folder / "answers.json")
    done = wizard.findChild(QMessageBox, "saved-answers-done")
    assert done is not None and done.isVisible() and done.text().startswith("Saved.")
    assert str(folder / "answers.json") in done.text()
    done.close()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda _p, _c, start, _f: asked.append(start) or ("", ""))
    person.click(wizard.button(SAVE))
    assert Path(asked[0]).parent == folder


OLD_FILE = {  # format 1, from an older version: one question and one choice no longer exist
    "answers": {"region": "uk", "med_current": ["tetracycline", "old_pill"], "old_question": "yes"},
    "own_questions": ["Can I swim?"],
    "important": ["own.1", "dq_gone"],
}


def test_an_older_file_opens_and_says_which_pages_to_look_at(monkeypatch, qtbot, content, tmp_path):
    target = tmp_path / "old.json"
    target.write_text(json.dumps(OLD_FILE), encoding="utf-8")
    later = open_in_new_wizard(monkeypatch, qtbot, content, target)
    assert later.answers == {"region": "uk"}
    assert question_rows(later.summary)[0].text() == "★ Can I swim?"
    told = later.findChild(QMessageBox, "saved-answers-done")
    assert told is not None and told.isVisible()
    medicines = next(a.title for a in content.areas if any(q.id == "med_current" for q in a.questions))
    assert "were left out" in told.text() and medicines in told.text()
    assert "go through your answers again" in told.text()  # (old_question belongs to no page now)


def test_export_of_an_older_file_warns_once_per_dropped_answer(tmp_path):
    target = tmp_path / "old.json"
    target.write_text(json.dumps(OLD_FILE), encoding="utf-8")
    out = tmp_path / "list.txt"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--answers", str(target), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and all(line.startswith("warning: ") and "old.json:" in line for line in lines), lines
    assert any("answers.med_current" in line and "old_pill" in line for line in lines)
    assert any("answers.old_question" in line for line in lines)
    assert any("important" in line and "dq_gone" in line for line in lines)
    assert "1. Can I swim?" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("bad", ['{"answers": {}, "order": "not a list"}', '{"answers": {}, "quiz_wanted": "yes"}'])
def test_export_still_refuses_what_is_not_an_answers_file(tmp_path, bad):
    target = tmp_path / "bad.json"
    target.write_text(bad, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--answers", str(target), "--out", str(tmp_path / "x.txt")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1 and "bad.json" in result.stderr
