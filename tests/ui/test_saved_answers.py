"""Save my answers / Open saved answers (desktop): the file is the one `export --answers` reads, it is
written only when asked, opening it restores everything, a bad file changes nothing, the dialogs
start in Documents, and the kiosk never offers either."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWizard

from app.kiosk.wizard import KioskWizard
from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard, WizardOptions
from tests.helpers.paths import REPO
from tests.ui.driver import Person

DESKTOP = WizardOptions(confirm_close=False, save_and_resume=True)
SAVE = QWizard.WizardButton.CustomButton2


@pytest.fixture
def desktop(qtbot, content):
    wizard = RiskWizard(content, DESKTOP)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def unticked_index(qlist) -> int:
    """The question from the person's answers that make_a_list unticks."""
    return [i for i, item in enumerate(qlist.items) if item.question.personal and not item.own][1]


def make_a_list(person: Person, wizard) -> None:
    person.walk(
        {"region": "uk", "preg_can_become_pregnant": "no", "med_current": ("tetracycline",)}, every_visible="no"
    )
    summary = wizard.summary
    qlist = wizard.question_list
    assert not qlist.items[1].question.personal and not qlist.items[1].included  # many people ask: unticked
    qlist.set_included(1, True)  # ... the person ticks one
    qlist.set_included(unticked_index(qlist), False)  # and unticks one from their answers
    qlist.set_important(0, True)
    person.type_into(summary.printout.own_edit, "Can I still go swimming?")
    person.click(summary.printout.add_button)
    person.type_into(summary.printout.name_edit, "Sam")
    summary.printout.notes_edit.setPlainText("Bring my vitamins.")


def save_to(monkeypatch, wizard, person, target: Path) -> dict:
    asked = {}

    def dialog(parent, caption, folder, filters):
        asked["folder"] = folder
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    person.click(wizard.button(SAVE))
    return asked


def test_save_writes_the_export_answers_file(monkeypatch, qtbot, desktop, tmp_path):
    person = Person(qtbot, desktop)
    make_a_list(person, desktop)
    target = tmp_path / "answers.json"
    asked = save_to(monkeypatch, desktop, person, target)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(asked["folder"]).parent == Path(documents)  # the dialog starts in Documents
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["answers"]["region"] == "uk" and data["answers"]["med_current"] == ["tetracycline"]
    assert data["own_questions"] == ["Can I still go swimming?"]
    assert data["name"] == "Sam" and data["notes"] == "Bring my vitamins."
    assert data["important"] == [desktop.question_list.items[0].question.id]
    qlist = desktop.question_list
    assert data["excluded"] == [qlist.items[unticked_index(qlist)].question.id]
    assert data["included"] == [qlist.items[0].question.id, qlist.items[1].question.id]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.json"]  # no partial file left
    out = tmp_path / "list.txt"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--answers", str(target), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    printed = out.read_text(encoding="utf-8")
    assert "Can I still go swimming?" in printed and "Bring my vitamins." in printed
    assert qlist.items[unticked_index(qlist)].question.text not in printed  # the unticked one
    assert qlist.items[1].question.text in printed  # the ticked question many people ask


def test_open_restores_answers_list_own_questions_and_notes(monkeypatch, qtbot, content, desktop, tmp_path):
    person = Person(qtbot, desktop)
    make_a_list(person, desktop)
    target = tmp_path / "answers.json"
    save_to(monkeypatch, desktop, person, target)
    before = desktop.question_list

    later = RiskWizard(content, DESKTOP)
    qtbot.addWidget(later)
    later.show()
    qtbot.waitExposed(later)
    asked = {}
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        lambda parent, caption, folder, filters: (asked.setdefault("folder", folder), "")[0:0] or (str(target), ""),
    )
    opener = later.welcome_page.findChild(QPushButton, "open-answers")
    assert opener is not None and opener.isVisible()
    Person(qtbot, later).click(opener)
    assert Path(asked["folder"]) == target.parent  # where the answers were just saved (app.ui.prefs.last_folder)
    assert later.currentId() == SUMMARY_ID
    assert later.answers == desktop.answers
    after = later.question_list
    assert after.own_questions == before.own_questions
    assert (after.name, after.notes) == ("Sam", "Bring my vitamins.")
    assert [(i.question.id, i.included, i.important) for i in after.items] == [
        (i.question.id, i.included, i.important) for i in before.items
    ]
    assert later.summary.printout.name_edit.text() == "Sam"
    assert later.summary.printout.notes_edit.toPlainText() == "Bring my vitamins."


@pytest.mark.parametrize(
    "text",
    [
        "{not json",
        '["a list"]',
        '{"answers": {"region": ["us", "uk"]}}',
        '{"answers": {}, "colour": "blue"}',
        '{"format": 99, "answers": {}}',
        '{"answers": {}, "printout": {"paper": "A3"}}',
    ],
)
def test_a_bad_file_says_so_and_changes_nothing(monkeypatch, qtbot, desktop, tmp_path, text):
    person = Person(qtbot, desktop)
    person.pick("region", "us")
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    told = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    answers, page = dict(desktop.answers), desktop.currentId()
    person.click(desktop.welcome_page.findChild(QPushButton, "open-answers"))
    assert len(told) == 1 and "bad.json" in told[0] and "nothing was changed" in told[0]
    assert "\n" not in told[0] and "Traceback" not in told[0]
    assert desktop.answers == answers and desktop.currentId() == page


def test_nothing_is_written_unless_asked(monkeypatch, qtbot, desktop, tmp_path):
    person = Person(qtbot, desktop)
    make_a_list(person, desktop)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # the person cancels
    person.click(desktop.button(SAVE))
    assert list(tmp_path.iterdir()) == []


def test_the_kiosk_never_offers_saving_or_opening(qtbot, content):
    kiosk = KioskWizard(content, WizardOptions(kiosk=True, free_text=False, save_and_resume=True))
    qtbot.addWidget(kiosk)
    kiosk.show()
    assert kiosk.findChild(QPushButton, "open-answers") is None
    assert not kiosk.button(SAVE).isVisible()
    plain = RiskWizard(content)  # a wizard not made by the desktop app does not offer it either
    qtbot.addWidget(plain)
    assert plain.findChild(QPushButton, "open-answers") is None
