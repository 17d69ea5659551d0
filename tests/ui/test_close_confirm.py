"""Desktop: Finish, Cancel or the window's close button never silently forget a list that was not saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton, QWizard

from app.ui.wizard.wizard import RiskWizard, WizardOptions
from tests.ui.driver import Person
from tests.ui.test_language import english_afterwards  # noqa: F401 (a fixture: the next test is in English)


@pytest.fixture
def desktop(qtbot, content):
    wizard = RiskWizard(content, WizardOptions(confirm_close=True))  # not qtbot.addWidget: its clean-up
    wizard.show()  # closes the window before this fixture can say that nobody is there to answer
    qtbot.waitExposed(wizard)
    yield wizard
    wizard.wizard_options.confirm_close = False
    wizard.close()
    wizard.deleteLater()


class DialogAnswer:
    """Clicks a button of the next confirmation box the way a person would, and remembers what it said."""

    def __init__(self, qtbot, button_name: str, wait_ms: int = 1000):
        self.qtbot, self.button_name, self.text = qtbot, button_name, None
        self.tries = wait_ms // 50  # a busy machine may show the box later than 50 ms
        QTimer.singleShot(50, self.answer)

    def answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            self.tries -= 1
            if self.tries > 0:
                QTimer.singleShot(50, self.answer)
            return
        self.text = f"{box.text()} {box.informativeText()}"
        self.qtbot.mouseClick(box.findChild(QPushButton, self.button_name), Qt.MouseButton.LeftButton)


def cancel(person: Person) -> None:
    person.click(person.wizard.button(QWizard.WizardButton.CancelButton))


def test_nothing_entered_closes_without_asking(qtbot, desktop):
    answer = DialogAnswer(qtbot, "keep-list", wait_ms=100)
    cancel(Person(qtbot, desktop))
    assert not desktop.isVisible() and answer.text is None


def test_cancel_with_answers_asks_and_going_back_keeps_everything(qtbot, desktop):
    person = Person(qtbot, desktop)
    person.pick("region", "uk")
    answer = DialogAnswer(qtbot, "keep-list")
    cancel(person)
    assert answer.text is not None and "You have not made your list yet." in answer.text  # no list yet: says so
    assert desktop.isVisible() and desktop.answers["region"] == "uk"
    answer = DialogAnswer(qtbot, "forget-list")
    cancel(person)
    assert answer.text is not None and not desktop.isVisible()


def test_the_window_close_button_asks_too(qtbot, desktop):
    Person(qtbot, desktop).pick("region", "us")
    answer = DialogAnswer(qtbot, "keep-list")
    desktop.close()
    assert answer.text is not None and desktop.isVisible()


def test_finish_after_saving_the_pdf_closes_without_asking(qtbot, desktop, monkeypatch, tmp_path):
    person = Person(qtbot, desktop)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = desktop.summary
    person.click(summary.printout.own_edit)
    person.type_into(summary.printout.own_edit, "Can I still go running?")
    person.click(summary.printout.add_button)
    target = tmp_path / "my list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    person.click(summary.output_actions.pdf_button)
    assert target.exists() and target.stat().st_size > 1000
    answer = DialogAnswer(qtbot, "keep-list", wait_ms=100)
    person.click(desktop.button(QWizard.WizardButton.FinishButton))
    assert answer.text is None and not desktop.isVisible()


def test_a_change_after_saving_asks_again(qtbot, desktop, monkeypatch, tmp_path):
    person = Person(qtbot, desktop)
    person.walk({"region": "eu"}, every_visible="not_sure")
    summary = desktop.summary
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "list.pdf"), "")))
    person.click(summary.output_actions.pdf_button)
    person.click(summary.printout.notes_edit)
    person.type_into(summary.printout.notes_edit, "one more thing")
    answer = DialogAnswer(qtbot, "keep-list")
    person.click(desktop.button(QWizard.WizardButton.FinishButton))
    assert answer.text is not None and desktop.isVisible()
    assert "has changed since you last saved or printed it" in answer.text
    assert Path(tmp_path / "list.pdf").exists()


def test_at_the_list_before_saving_it_says_not_saved_or_printed(qtbot, desktop):
    person = Person(qtbot, desktop)
    person.walk({"region": "us"}, every_visible="no")
    answer = DialogAnswer(qtbot, "keep-list")
    person.click(desktop.button(QWizard.WizardButton.FinishButton))
    assert answer.text is not None and answer.text.startswith("Your list has not been saved or printed.")
    desktop.back()  # back on a page before the list: the list exists all the same
    answer = DialogAnswer(qtbot, "keep-list")
    cancel(person)
    assert answer.text is not None and answer.text.startswith("Your list has not been saved or printed.")


def test_without_the_option_nothing_is_asked(qtbot, content):
    """The kiosk and the tests' wizards: the kiosk has its own Finish and wipe, and never closes."""
    wizard = RiskWizard(content)
    qtbot.addWidget(wizard)
    wizard.show()
    person = Person(qtbot, wizard)
    person.pick("region", "uk")
    answer = DialogAnswer(qtbot, "keep-list", wait_ms=100)
    cancel(person)
    assert answer.text is None and not wizard.isVisible()


@pytest.mark.usefixtures("english_afterwards")
def test_switching_language_keeps_whether_the_list_was_saved(qtbot, desktop):
    from app.ui.wizard.language import rebuild_in_language

    Person(qtbot, desktop).pick("region", "uk")
    spanish = rebuild_in_language(desktop, "es")
    qtbot.addWidget(spanish)
    assert spanish.wizard_options.confirm_close and spanish.changed_since_output
    desktop.mark_output_done()
    spanish = rebuild_in_language(desktop, "es")
    qtbot.addWidget(spanish)
    assert not spanish.changed_since_output and spanish.answers["region"] == "uk"
    spanish.wizard_options.confirm_close = False  # (the window is closed by the test's clean-up)
