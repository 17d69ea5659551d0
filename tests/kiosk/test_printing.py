"""Kiosk printing: silent, to the configured printer; an in-app printout preview; clear messages on failure."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from app.core.rules import ORIGIN_EXTRA, SelectedQuestion
from app.kiosk import actions as kiosk_actions
from app.printing import service
from app.printing.service import PrintError
from tests.conftest import pdf_text, squash
from tests.kiosk.conftest import kiosk_config, start_session
from tests.printing.test_cups import QUEUE, cups_ready, pdfs, wait_for_new_pdf


class _Info:
    def __init__(self, state=QPrinter.PrinterState.Idle):
        self._state = state

    def state(self):
        return self._state

    def isNull(self):  # noqa: N802
        return False


def pdf_printer(monkeypatch, tmp_path: Path, name: str = "PDF", state=QPrinter.PrinterState.Idle) -> Path:
    """Make the printer called `name` a PDF file: print_silently's own code runs, the output is a file."""
    target = tmp_path / "printed.pdf"

    class FilePrinter(QPrinter):
        def __init__(self, _info, mode=QPrinter.PrinterMode.HighResolution):
            super().__init__(mode)
            self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.setOutputFileName(str(target))

    def check_printer(wanted: str):
        if wanted != name:
            raise PrintError(f"The printer '{wanted}' was not found.")
        return _Info(state)

    monkeypatch.setattr(service, "QPrinter", FilePrinter)
    monkeypatch.setattr(service, "check_printer", check_printer)
    return target


def marker_config(token: str, **changes):
    question = SelectedQuestion("clinic_marker", f"Clinic marker question {token}?", "Printed in this session.",
                                "practical", 1, ("NHS-MAIN",), ORIGIN_EXTRA)
    return kiosk_config(extra_questions=(question,), **changes)


def test_print_is_silent_to_the_configured_printer(qtbot, make_shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    shell = make_shell(marker_config("A1"))
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    first = summary.owner.question_list.items[0].question.text
    person.click(summary.actions.print_button)
    assert summary.message.text() == "Your list is printing at the front desk. Tap Finish when you are done."
    text = squash(pdf_text(target))
    assert "Clinic marker question A1?" in text and squash(first) in text
    assert "Riverside Dermatology" in text
    assert shell.current() is shell.session, "the list stays on screen"


def test_prints_are_limited_per_session(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    actions = shell.wizard.summary.actions
    for _ in range(kiosk_actions.MAX_PRINTS):
        person.click(actions.print_button)
    target.unlink()
    person.click(actions.print_button)
    assert not target.exists() and "already been printed" in shell.wizard.summary.message.text()


@pytest.mark.parametrize("printer, state, needle", [
    ("Front desk", QPrinter.PrinterState.Idle, "The printer 'Front desk' was not found."),
    ("PDF", QPrinter.PrinterState.Error, "The printer 'PDF' is offline or stopped."),
])
def test_missing_or_offline_printer(qtbot, make_shell, monkeypatch, tmp_path, capsys, printer, state, needle):
    pdf_printer(monkeypatch, tmp_path, state=state)
    shell = make_shell(kiosk_config(printer=printer))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    summary = shell.wizard.summary
    rows_before = summary.list_widget.count()
    person.click(summary.actions.print_button)
    message = summary.message.text()
    assert "Sorry, your list could not be printed. It is still here for you to read." in message
    assert f"For staff: {needle}" in message
    assert summary.message.property("error") is True
    assert shell.current() is shell.session and summary.list_widget.count() == rows_before
    assert any(needle in p for p in shell.staff_problems), "staff see it in the staff menu"
    err = capsys.readouterr().err
    assert f"kiosk: printing failed: {needle}" in err


def test_real_missing_printer_message(qtbot, make_shell):
    shell = make_shell(kiosk_config(printer="No such printer 42"))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    person.click(shell.wizard.summary.actions.print_button)
    assert "The printer 'No such printer 42' was not found." in shell.wizard.summary.message.text()


def test_preview_is_inside_the_app(qtbot, make_shell):
    shell = make_shell(marker_config("P1", paper="letter"))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    person.click(shell.wizard.summary.actions.preview_button)
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
    person.click(shell.wizard.summary.actions.preview_button)
    person.click(shell.printout.print_button)
    assert target.exists() and shell.current() is shell.session
    assert "printing at the front desk" in shell.wizard.summary.message.text()


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
    person.click(shell.wizard.summary.actions.print_button)
    with qtbot.waitSignal(shell.session_reset):
        person.click(shell.wizard.button(QWizard.WizardButton.FinishButton))
    assert shell.current() is shell.start


def test_staff_test_print(qtbot, shell, monkeypatch, tmp_path):
    target = pdf_printer(monkeypatch, tmp_path)
    shell.test_print()
    assert "Test page sent to 'PDF'" in shell.staff.info.text()
    assert "Test page" in squash(pdf_text(target))


@pytest.mark.cups
def test_kiosk_prints_to_the_real_cups_queue(qtbot, make_shell):
    reason = cups_ready()
    if reason:
        if os.environ.get("CI") or "lpstat" not in reason:
            pytest.fail(f"CUPS is installed but not usable: {reason}")
        pytest.skip(reason)
    token = str(time.time_ns())
    shell = make_shell(marker_config(token, printer=QUEUE))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    summary = shell.wizard.summary
    first = summary.owner.question_list.items[0].question.text
    before = pdfs()
    person.click(summary.actions.print_button)
    assert "printing at the front desk" in summary.message.text(), summary.message.text()
    text = squash(pdf_text(wait_for_new_pdf(before)))
    assert f"Clinic marker question {token}?" in text
    assert squash(first) in text
