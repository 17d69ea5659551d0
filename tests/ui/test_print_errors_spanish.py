"""A printing error reaches the person in their language: the printing layer says what went wrong (a kind
and the folder), the interface says it in words (app.ui.files.print_errors). Code review DP6: a Spanish person
who saved into a folder they cannot write to read "Problema: Cannot save the PDF: …".
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.loader import load_content
from app.printing.errors import Fault, PrintError
from app.ui.files import print_errors
from app.ui.prefs import translations
from app.ui.wizard.wizard import RiskWizard
from tests.ui.driver import Person

ENGLISH_WORDS = {"cannot", "save", "the", "folder", "you", "write", "to", "problem"}


@pytest.fixture
def unwritable_folder(tmp_path):
    """A folder this user cannot write to: a read-only tmpfs for root (who may write anywhere), else chmod."""
    folder = tmp_path / "solo-lectura"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    if shutil.which("mount") is None:
        pytest.skip("root cannot be kept from writing without mount")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=16k", "tmpfs", str(folder)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a read-only tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def spanish_summary(qtbot, content_root, compiled_translations):
    translations.install("es")
    wizard = RiskWizard(load_content(content_root, "es"))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    person = Person(qtbot, wizard)
    person.walk({"region": "uk"}, every_visible="not_sure")
    yield wizard.summary, person
    translations.install("en")


def test_unwritable_folder_is_said_wholly_in_spanish(spanish_summary, unwritable_folder, monkeypatch):
    summary, person = spanish_summary
    target = unwritable_folder / "mi-lista.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)  # the real Save as PDF: the file dialog's answer, then save_pdf
    shown = summary.message.text()
    assert shown == f"Problema: No se pudo guardar el PDF: no tiene permiso para escribir en {target}."
    assert str(unwritable_folder) in shown
    words = set(re.findall(r"\w+", shown.replace(str(target), "").lower()))
    assert words.isdisjoint(ENGLISH_WORDS), words
    assert not target.exists() and list(unwritable_folder.iterdir()) == []


def test_every_fault_has_words_in_both_languages(compiled_translations):
    """One table: each kind the printing layer raises has a sentence, and Spanish for it."""
    try:
        translations.install("es")
        for fault in Fault:
            err = PrintError(fault, path=Path("/x/y.pdf"), printer="Recepción", detail="d", pages=3, max_pages=2)
            english, spanish = print_errors.english(err), print_errors.message(err)
            assert english and "%" not in english, (fault, english)
            assert spanish != english and "%" not in spanish, (fault, spanish)
    finally:
        translations.install("en")


def test_kiosk_says_a_print_failure_in_spanish_and_logs_it_in_english(qtbot, content_root, compiled_translations):
    from app.kiosk import actions as kiosk_actions
    from app.printing import jobs
    from app.ui.wizard.wizard import WizardOptions

    class StaffDesk:
        problems: list[str] = []

        def report_problem(self, text: str) -> None:
            self.problems.append(text)

    class Host:
        config = type("Config", (), {"printer": "Recepción 9"})()
        staff_desk = StaffDesk()

    host = Host()
    translations.install("es")
    try:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(jobs.cups, "available", lambda: False)  # Qt's printers: a queue that is not there
            wizard = RiskWizard(
                load_content(content_root, "es"),
                WizardOptions(kiosk=True, actions_factory=lambda page: kiosk_actions.KioskActions(page, host)),
            )
            qtbot.addWidget(wizard)
            wizard.show()
            person = Person(qtbot, wizard)
            person.walk({"region": "us"}, every_visible="not_sure")
            person.click(wizard.summary.output_actions.print_button)
        shown = wizard.summary.message.text()
    finally:
        translations.install("en")
    assert shown.endswith("\nPara el personal: No se encontró la impresora «Recepción 9».")
    assert host.staff_desk.problems == ["Printing failed: The printer 'Recepción 9' was not found."]  # the staff's log
