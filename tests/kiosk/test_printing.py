"""Kiosk printing: silent, to the configured printer; an in-app printout preview; clear messages on failure."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from app.core.rules import ORIGIN_EXTRA, SelectedQuestion
from app.kiosk import actions as kiosk_actions
from tests.helpers.cups import pdfs, wait_for_new_pdf
from tests.helpers.kiosk import kiosk_config, start_session
from tests.helpers.printers import follow_job, pdf_printer
from tests.helpers.text import pdf_text, squash
from tests.kiosk.cups_queues import QUEUE, need_cups

SENT = "Your list was sent to the printer at the front desk. Tap Finish when you are done."


def messages(monkeypatch, page) -> list[str]:
    """Every message the summary page shows from now on, in order."""
    shown: list[str] = []
    original = page.show_message

    def spy(text: str, error: bool = False) -> None:
        shown.append(text)
        original(text, error)

    monkeypatch.setattr(page, "show_message", spy)
    return shown


def marker_config(token: str, **changes):
    question = SelectedQuestion(
        "clinic_marker",
        f"Clinic marker question {token}?",
        "Printed in this session.",
        "practical",
        1,
        ("NHS-MAIN",),
        ORIGIN_EXTRA,
    )
    return kiosk_config(extra_questions=(question,), **changes)


def test_print_without_cups_is_silent_and_says_sent(qtbot, make_shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    shell = make_shell(marker_config("A1"))
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    first = next(i.question.text for i in summary.owner.question_list.items if i.included)  # (many-ask: unticked)
    person.click(summary.output_actions.print_button)
    assert summary.message.text() == SENT
    text = squash(pdf_text(target))
    assert "Clinic marker question A1?" in text and squash(first) in text
    assert "Riverside Dermatology" in text
    assert text.startswith("Private: please hand this to your doctor")  # the kiosk's cover sheet first
    assert shell.current() is shell.session, "the list stays on screen"


def test_prints_are_limited_per_session(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    actions = shell.wizard.summary.output_actions
    for _ in range(kiosk_actions.MAX_PRINTS):
        person.click(actions.print_button)
    target.unlink()
    person.click(actions.print_button)
    assert not target.exists() and "already been printed" in shell.wizard.summary.message.text()


@pytest.mark.parametrize(
    "printer, state, needle",
    [
        ("Front desk", QPrinter.PrinterState.Idle, "The printer 'Front desk' was not found."),
        ("PDF", QPrinter.PrinterState.Error, "The printer 'PDF' is offline or stopped."),
    ],
)
def test_missing_or_offline_printer(qtbot, make_shell, monkeypatch, tmp_path, capsys, printer, state, needle):
    pdf_printer(monkeypatch, tmp_path, state=state)
    shell = make_shell(kiosk_config(printer=printer))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    rows_before = summary.list_widget.count()
    person.click(summary.output_actions.print_button)
    message = summary.message.text()
    assert "Sorry, your list could not be printed. It is still here for you to read." in message
    assert f"For staff: {needle}" in message
    assert summary.message.property("error") is True
    assert shell.current() is shell.session and summary.list_widget.count() == rows_before
    assert any(needle in p for p in shell.staff_desk.problems), "staff see it in the staff menu"
    err = capsys.readouterr().err
    assert f"kiosk: printing failed: {needle}" in err


def test_real_missing_printer_message(qtbot, make_shell):
    shell = make_shell(kiosk_config(printer="No such printer 42"))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    person.click(shell.wizard.summary.output_actions.print_button)
    assert "The printer 'No such printer 42' was not found." in shell.wizard.summary.message.text()


def test_preview_is_inside_the_app(qtbot, make_shell):
    shell = make_shell(marker_config("P1", paper="letter"))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    person.click(shell.wizard.summary.output_actions.preview_button)
    assert shell.current() is shell.printout
    pages = shell.printout.page_labels()
    assert len(pages) >= 2
    size = pages[0].pixmap().size()
    assert abs(size.height() / size.width() - 11 / 8.5) < 0.01, "Letter pages"
    person.click(shell.printout.back_button)
    assert shell.current() is shell.session


def test_print_from_the_preview(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    person.click(shell.wizard.summary.output_actions.preview_button)
    person.click(shell.printout.print_button)
    assert target.exists() and shell.current() is shell.session
    assert shell.wizard.summary.message.text() == SENT


def test_finish_without_printing_asks_once_then_wipes(qtbot, shell):
    from PySide6.QtWidgets import QWizard

    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    finish = shell.wizard.button(QWizard.WizardButton.FinishButton)
    person.click(finish)
    assert "has not been printed yet" in shell.wizard.summary.message.text()
    assert shell.current() is shell.session
    old = shell.wizard
    with qtbot.waitSignal(shell.session_reset) as reset:
        person.click(finish)
    assert reset.args == ["finished"] and shell.current() is shell.start and shell.wizard is not old


def test_finish_after_printing_wipes_at_once(qtbot, shell, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWizard

    pdf_printer(monkeypatch, tmp_path)
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    person.click(shell.wizard.summary.output_actions.print_button)
    with qtbot.waitSignal(shell.session_reset):
        person.click(shell.wizard.button(QWizard.WizardButton.FinishButton))
    assert shell.current() is shell.start


def test_staff_test_print_without_cups(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    shell.staff_desk.test_print()
    assert "Test page sent to 'PDF'" in shell.staff.status.text()
    assert "Test page" in squash(pdf_text(target))


def test_a_list_over_the_page_cap_is_not_printed(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    monkeypatch.setattr(kiosk_actions, "MAX_PAGES", 1)
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")  # a list of several pages
    summary = shell.wizard.summary
    person.click(summary.output_actions.print_button)
    assert not target.exists() and summary.output_actions.prints == 0
    assert "the kiosk prints at most 1" in summary.message.text()


# -- the real CUPS queue, and queues that refuse, cancel or abort ------------------------------------
@pytest.mark.cups
def test_kiosk_prints_to_the_real_cups_queue(qtbot, make_shell, clock, monkeypatch):
    need_cups()
    token = str(time.time_ns())
    shell = make_shell(marker_config(token, printer=QUEUE))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    summary = shell.wizard.summary
    shown = messages(monkeypatch, summary)
    first = next(i.question.text for i in summary.owner.question_list.items if i.included)  # (many-ask: unticked)
    before = pdfs()
    person.click(summary.output_actions.print_button)
    assert shown[0] == "Sending your list to the printer…", "nothing is claimed before CUPS has the job"
    follow_job(qtbot, clock, lambda: "printing at the front desk" in summary.message.text())
    assert summary.output_actions.prints == 1 and summary.message.property("error") is not True
    text = squash(pdf_text(wait_for_new_pdf(before, containing=token)))
    assert f"Clinic marker question {token}?" in text
    assert squash(first) in text


@pytest.mark.cups
def test_a_queue_that_refuses_jobs_is_not_called_printing(qtbot, make_shell, clock, bad_queues, monkeypatch, capsys):
    queue = bad_queues["rejecting"]
    shell = make_shell(kiosk_config(printer=queue))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    shown = messages(monkeypatch, summary)
    person.click(summary.output_actions.print_button)
    assert not any("printing" in m or "sent to the printer" in m for m in shown), shown
    assert "Sorry, your list could not be printed" in summary.message.text()
    assert "ask a member of staff" in summary.message.text()
    assert "not accepting jobs" in summary.message.text()
    assert summary.output_actions.prints == 0, "a refused job is not one of the two prints"
    assert any("not accepting jobs" in p for p in shell.staff_desk.problems)
    assert "kiosk: printing failed" in capsys.readouterr().err


@pytest.mark.cups
@pytest.mark.parametrize("kind, word", [("cancelling", "canceled"), ("aborting", "aborted")])
def test_a_job_cups_cancels_or_aborts_says_so(qtbot, make_shell, clock, bad_queues, monkeypatch, kind, word):
    shell = make_shell(kiosk_config(printer=bad_queues[kind]))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    shown = messages(monkeypatch, summary)
    person.click(summary.output_actions.print_button)
    follow_job(qtbot, clock, lambda: "could not be printed" in summary.message.text())
    assert f"CUPS {word} job" in summary.message.text()
    assert not any("printing at the front desk" in m for m in shown), shown
    assert summary.output_actions.prints == 0
    assert any(word in p for p in shell.staff_desk.problems)
    seen = len(shown)
    person.click(summary.output_actions.print_button)  # the person may try again: it was not counted
    assert "Sending your list to the printer…" in shown[seen:]


@pytest.mark.cups
def test_staff_test_page_is_followed_through_cups(qtbot, make_shell, clock, bad_queues):
    from tests.helpers.kiosk import PIN
    from tests.kiosk.test_staff import enter, tap_corner

    shell = make_shell(kiosk_config(printer=QUEUE))
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    before = pdfs()
    buttons = {
        b.objectName(): b.geometry()
        for b in (
            shell.staff.back_button,
            shell.staff.test_button,
            shell.staff.problems_button,
            shell.staff.exit_button,
        )
    }
    qtbot.mouseClick(shell.staff.test_button, Qt.MouseButton.LeftButton)
    follow_job(qtbot, clock, lambda: "Test page printed on 'PDF'" in shell.staff.status.text())
    assert "Test page" in squash(pdf_text(wait_for_new_pdf(before)))
    assert buttons == {
        b.objectName(): b.geometry()
        for b in (
            shell.staff.back_button,
            shell.staff.test_button,
            shell.staff.problems_button,
            shell.staff.exit_button,
        )
    }
    for kind, needle in (("rejecting", "not accepting jobs"), ("aborting", "aborted")):
        shell.config = kiosk_config(printer=bad_queues[kind])
        qtbot.mouseClick(shell.staff.test_button, Qt.MouseButton.LeftButton)
        follow_job(qtbot, clock, lambda: "Test print failed" in shell.staff.status.text())
        assert needle in shell.staff.status.text()
