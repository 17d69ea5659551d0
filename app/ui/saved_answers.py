"""Save my answers / Open saved answers (desktop only; the kiosk never offers them).

The file is the answers file `python -m app export --answers FILE` reads (app.core.answers): the
answers, the list's ticks and stars, the person's own questions, notes, name and appointment. It is
written only when the person asks, to the file they choose (the dialog starts in their Documents
folder), through a hidden partial file that is moved into place once complete. Opening a file that
is not a valid answers file says so in one line and changes nothing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from app.core.answers import question_list_from_file, read_answers_file, validate_answers
from app.core.problems import DataError
from app.ui import dialog_history

if TYPE_CHECKING:
    from app.ui.wizard import RiskWizard

translate = QCoreApplication.translate  # lupdate takes the context from the first argument
DEFAULT_NAME = "my-isotretinoin-answers.json"


def documents_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def answers_document(wizard: RiskWizard) -> dict:
    """What the person has done, in the answers-file format (multi-select answers as lists)."""
    qlist = wizard.question_list
    wizard.refresh_question_list()
    answers = {qid: (list(v) if isinstance(v, tuple) else v) for qid, v in wizard.effective_answers().items()}
    return {
        "language": wizard.content.meta.language,
        "answers": answers,
        "own_questions": list(qlist.own_questions),
        "notes": qlist.notes,
        "name": qlist.name,
        "appointment": qlist.appointment,
        "important": [item.question.id for item in qlist.items if item.important],
        "excluded": [item.question.id for item in qlist.items if not item.included and item.question.personal],
        # (questions many people ask start unticked: the file names the ones the person ticked)
        "included": [item.question.id for item in qlist.items if item.included and not item.question.personal],
    }


def write_answers(document: dict, path: Path) -> None:
    """Write the file through a hidden partial file next to it; on failure any earlier file stays."""
    path = Path(path)
    partial = path.with_name(f".{path.stem}.saving-{os.getpid()}.json")
    try:
        partial.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def save_answers(wizard: RiskWizard, parent: QWidget | None = None) -> Path | None:
    """Ask where, then save. Returns the path written (None: cancelled or failed, and the person was told)."""
    from PySide6.QtWidgets import QFileDialog  # start-up: here, not at the top: its ~15 enum types cost time

    parent = parent or wizard
    history = dialog_history.snapshot()  # Qt records the folder in its settings; we undo that
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SavedAnswers", "Save my answers"),
        str(documents_folder() / DEFAULT_NAME),
        translate("SavedAnswers", "Answers files (*.json)"),
    )
    history.restore()
    if not path:
        return None
    target = Path(path if path.lower().endswith(".json") else path + ".json")
    try:
        write_answers(answers_document(wizard), target)
    except OSError as exc:
        tell(
            parent,
            translate("SavedAnswers", "Your answers could not be saved to %1: %2.")
            .replace("%1", str(target))
            .replace("%2", exc.strerror or str(exc)),
        )
        return None
    return target


def open_answers(wizard: RiskWizard, parent: QWidget | None = None) -> bool:
    """Ask which file, then restore it into `wizard`. True if restored; a bad file changes nothing."""
    from PySide6.QtWidgets import QFileDialog  # start-up: (as in save_answers)

    parent = parent or wizard
    history = dialog_history.snapshot()
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("SavedAnswers", "Open saved answers"),
        str(documents_folder()),
        translate("SavedAnswers", "Answers files (*.json);;All files (*)"),
    )
    history.restore()
    if not path:
        return False
    try:
        restore(wizard, Path(path))
    except DataError as err:
        tell(
            parent,
            translate("SavedAnswers", "This file could not be opened, and nothing was changed: %1").replace(
                "%1", str(err)
            ),
        )
        return False
    return True


def restore(wizard: RiskWizard, path: Path) -> None:
    """Everything in the file, or (DataError) nothing at all."""
    data = read_answers_file(path)
    name = path.name
    answers = validate_answers(data.answers, wizard.content, name)
    qlist = question_list_from_file(data, wizard.content, name)  # checks stars and ticks against the answers
    wizard.answers = dict(answers)
    wizard.skipped = set()
    wizard.question_list = qlist
    wizard.walk_to(wizard.SUMMARY_PAGE)  # their list, as they left it (Back walks their pages)
    summary = wizard.summary
    name, appointment, notes = qlist.name, qlist.appointment, qlist.notes  # (each field writes all three back)
    summary.notes_edit.setPlainText(notes)
    summary.name_edit.setText(name)
    summary.appointment_edit.setText(appointment)
    wizard.answers_changed.emit()
    wizard.changed_since_output = False  # nothing new since the file was saved


def install(wizard: RiskWizard) -> None:
    """ "Save my answers…" at the bottom left of every page; "Open saved answers…" on the welcome page."""
    save = QWizard.WizardButton.CustomButton2
    wizard.setOption(QWizard.WizardOption.HaveCustomButton2, True)
    wizard.setButtonText(save, translate("SavedAnswers", "Save my answers…"))
    button = wizard.button(save)
    button.setObjectName("save-answers")
    button.setAccessibleDescription(
        translate("SavedAnswers", "Saves your answers and your list in a file you choose, to open again later.")
    )
    wizard.setButtonLayout(
        [
            save,
            QWizard.WizardButton.Stretch,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ]
    )

    def clicked(which) -> None:
        if which in (save, save.value):
            saved = save_answers(wizard)
            if saved is not None:
                wizard.saved_answers_to = saved

    wizard.customButtonClicked.connect(clicked)
    welcome = wizard.welcome_page
    if welcome is not None:
        opener = QPushButton(translate("SavedAnswers", "Open saved answers…"))
        opener.setObjectName("open-answers")
        opener.setAutoDefault(False)  # Return on the page still means Next
        opener.setAccessibleDescription(translate("SavedAnswers", "Goes on from answers you saved before."))
        opener.clicked.connect(lambda: open_answers(wizard))
        welcome.offer_open(opener)


def tell(parent: QWidget, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # start-up: (as in save_answers)

    box = QMessageBox(parent)
    box.setObjectName("saved-answers-problem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SavedAnswers", "Saved answers"))
    box.setText(text)
    box.exec()
    box.deleteLater()
