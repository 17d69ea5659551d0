"""A wipe leaves nothing: no earlier answer visible or reachable, clipboard empty, no leaked windows."""

from __future__ import annotations

import gc
import time
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import (
    QApplication,
    QWidget,
    QWizard,
)

from app.ui.wizard.wizard import SUMMARY_ID
from tests.helpers.kiosk import kiosk_config, start_session
from tests.helpers.screen import every_text_in_the_app

MARKER = "Zebra-7731 can I swim"


def flush_deletes() -> None:
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    gc.collect()


def full_session(qtbot, shell, own_question: str = MARKER):
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    if summary.printout.own_edit.isVisible():
        person.click(summary.printout.own_edit)
        person.type_into(summary.printout.own_edit, own_question)
        person.click(summary.printout.add_button)
        person.type_into(summary.printout.notes_edit, "my notes " + own_question)
        person.type_into(summary.printout.name_edit, "Jo Marker")
    return person


def test_wipe_leaves_no_answer_visible_or_reachable(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    full_session(qtbot, shell)
    old = shell.wizard
    assert MARKER in every_text_in_the_app() and "Jo Marker" in every_text_in_the_app()
    QApplication.clipboard().setText(MARKER)
    old_ref = weakref.ref(old)
    old_list = weakref.ref(old.question_list)
    old_session = weakref.ref(old.session)

    shell.reset("start over")
    assert shell.wizard.session is not old_session(), "the next person gets a new session"
    assert old.session.answers == {} and not old.session.has_entries(), "the old one was wiped in place"
    assert old.answers == {} and old.question_list.items == [] and old.question_list.own_questions == []
    flush_deletes()

    assert not shiboken6.isValid(old), "the old wizard (and all its pages) was destroyed"
    del old
    gc.collect()
    assert old_ref() is None and old_list() is None and old_session() is None, "nothing holds the old session"
    assert QApplication.clipboard().text() == ""
    assert MARKER not in every_text_in_the_app() and "Jo Marker" not in every_text_in_the_app()
    assert len(shell.findChildren(QWizard)) == 1
    new = shell.wizard
    assert new.answers == {} and new.question_list.items == [] and new.question_list.own_questions == []
    assert shell.current() is shell.start
    person = start_session(qtbot, shell)
    assert new.currentId() == 0 and new.visitedIds() == [0], "Back cannot reach earlier pages"
    assert not new.button(QWizard.WizardButton.BackButton).isVisible()
    assert all(box.value() is None for box in new.currentPage().boxes.values())
    person.walk({"region": "uk"}, every_visible="no")
    summary = new.summary
    assert (
        summary.printout.own_edit.text() == ""
        and summary.printout.notes_edit.toPlainText() == ""
        and summary.printout.name_edit.text() == ""
    )
    assert MARKER not in summary.printout.preview.document().toPlainText()


def test_start_over_needs_two_taps(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    button = shell.wizard.button(QWizard.WizardButton.CustomButton1)
    person.click(button)
    assert shell.current() is shell.session and "Tap again" in button.text()
    person.next()
    assert button.text() == "Start over", "moving on disarms it"
    with qtbot.waitSignal(shell.session_reset) as reset:
        person.click(button)
        person.click(button)
    assert reset.args == ["start over"] and shell.current() is shell.start


@pytest.mark.timeout(300)  # twenty whole sessions: ~25 s alone, 70 s on a loaded 2-core machine
def test_twenty_resets_leak_no_windows_or_objects(qtbot, make_shell):
    shell = make_shell(kiosk_config(free_text=True))
    full_session(qtbot, shell)
    shell.reset("warm-up")
    flush_deletes()
    windows = len(QApplication.topLevelWidgets())
    widgets = len(QApplication.allWidgets())
    children = len(shell.findChildren(QObject))
    timings, counts = [], []
    for i in range(20):
        if i % 5 == 0:  # some with a full session, some quick
            full_session(qtbot, shell, f"{MARKER} {i}")
            shell.wizard.show_crisis()  # a top-level dialog that must go too
        started = time.perf_counter()
        shell.reset("test")
        timings.append(time.perf_counter() - started)
        flush_deletes()
        counts.append(
            (len(QApplication.topLevelWidgets()), len(QApplication.allWidgets()), len(shell.findChildren(QObject)))
        )
    assert len(QApplication.topLevelWidgets()) == windows
    assert len(QApplication.allWidgets()) <= widgets  # (fewer is fine: e.g. deferred deletes of other tests)
    assert len(shell.findChildren(QObject)) <= children
    assert counts[-1] == counts[4] == counts[9], f"counts drift between resets: {counts}"
    timings.sort()
    print(f"reset time: median {timings[10] * 1000:.0f} ms, max {timings[-1] * 1000:.0f} ms")


def test_crisis_dialog_goes_with_the_session(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    shell.wizard.show_crisis()
    dialog = shell.wizard.crisis_dialog
    assert dialog.isVisible()
    shell.reset("idle")
    assert not dialog.isVisible()
    flush_deletes()
    assert not shiboken6.isValid(dialog)
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w is not shell and isinstance(w, QWidget) and w.objectName() == "crisis-dialog"
    ]


def test_summary_reached_in_new_session_has_only_new_choices(qtbot, shell):
    from app.core.rules import select_questions

    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    first_ids = {i.question.id for i in shell.wizard.question_list.items}
    shell.reset("finished")
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    wizard = shell.wizard
    assert wizard.currentId() == SUMMARY_ID
    second_ids = {i.question.id for i in wizard.question_list.items}
    extra = wizard.wizard_options.extra_questions
    expected = {q.id for q in select_questions(wizard.content, wizard.effective_answers(), extra)}
    assert second_ids == expected, "the list comes from this person's answers only"
    assert first_ids - expected and not (first_ids - expected) & second_ids
