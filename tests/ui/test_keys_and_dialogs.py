"""Ctrl+S saves the answers; file dialogs start in Documents, then where the person last saved; the
print job's title never carries the person's name."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from app.ui.prefs import last_folder
from app.ui.wizard.wizard import RiskWizard, WizardOptions
from tests.ui.driver import Person


@pytest.fixture
def desktop(qtbot, content, monkeypatch):
    monkeypatch.setattr(last_folder, "_last", None)
    monkeypatch.setattr(last_folder, "_loaded", False)
    wizard = RiskWizard(content, WizardOptions(save_and_resume=True))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_ctrl_s_saves_the_answers_on_any_page(qtbot, desktop, monkeypatch, tmp_path):
    asked = []

    def dialog(parent, title, start, filters):
        asked.append(start)
        return str(tmp_path / "mine.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    person = Person(qtbot, desktop)
    person.pick("region", "uk")
    person.next()
    person.next()
    QTest.keyClick(desktop.currentPage(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert (tmp_path / "mine.json").exists()
    assert json.loads((tmp_path / "mine.json").read_text())["answers"]["region"] == "uk"
    assert asked and asked[0].endswith("my-isotretinoin-answers.json")


def test_dialogs_start_in_documents_then_in_the_last_folder(qtbot, desktop, monkeypatch, tmp_path):
    starts = []
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def dialog(parent, title, start, filters):
        starts.append(start)
        return str(elsewhere / "answers.json"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    Person(qtbot, desktop).pick("region", "us")
    desktop.button(desktop.WizardButton.CustomButton2).click()
    desktop.button(desktop.WizardButton.CustomButton2).click()
    assert starts[0].startswith(str(last_folder.documents_folder()))
    assert starts[1].startswith(str(elsewhere))  # remembered for the session


def test_the_last_folder_is_remembered_between_runs_only_when_the_app_asks(monkeypatch, tmp_path):
    from app.ui.prefs import remembered

    path = tmp_path / "window.json"
    monkeypatch.setattr(remembered, "window_path", lambda: path)
    monkeypatch.setattr(last_folder, "_last", None)
    monkeypatch.setattr(last_folder, "_loaded", False)
    monkeypatch.setattr(last_folder, "persist", False)
    last_folder.chosen(tmp_path / "a.pdf")
    assert not path.exists()  # tests and the kiosk: never written
    monkeypatch.setattr(last_folder, "persist", True)
    last_folder.chosen(tmp_path / "a.pdf")
    assert json.loads(path.read_text())["folder"] == str(tmp_path)
    monkeypatch.setattr(last_folder, "_last", None)
    monkeypatch.setattr(last_folder, "_loaded", False)
    assert last_folder.folder() == tmp_path  # the next run starts there


def test_the_print_title_never_carries_the_name(qtbot, desktop):
    from PySide6.QtGui import QTextDocument

    person = Person(qtbot, desktop)
    person.walk({"region": "us"}, every_visible="no")
    summary = desktop.summary
    person.type_into(summary.printout.name_edit, "Ana Example")
    html = summary.printout.html()
    assert "Ana Example" in html  # on the page, where the person put it
    document = QTextDocument()
    document.setHtml(html)
    title = document.metaInformation(QTextDocument.MetaInformation.DocumentTitle)  # the print job's name
    assert title == desktop.content.meta.texts.list_title and "Ana" not in title
