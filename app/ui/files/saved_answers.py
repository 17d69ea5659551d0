"""Save my answers / Open saved answers (desktop only; the kiosk never offers them).

The file is the answers file `python -m app export --answers FILE` reads (app.core.answers), written
and read by the one serializer, app.core.session_file: the person's whole session (answers, the
list's ticks, stars and order, own questions, notes, name, appointment, the check, the printout's
options). It is written only when the person asks, to the file they choose (the dialog starts in
Documents, then in the folder chosen last: app.ui.prefs.last_folder), through a hidden partial file that
is moved into place once complete; "Saved" confirms it. Opening a file that is not a valid answers
file says so in one line and changes nothing; a file from an older version opens, and the person is
told which pages to look at again for the answers that no longer fit.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from app.core.answers import read_answers_file
from app.core.problems import DataError
from app.core.session_file import Opened, from_file, to_document
from app.ui.prefs import dialog_history, last_folder

if TYPE_CHECKING:
    from app.ui.host import WizardHost

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def answers_document(wizard: WizardHost) -> dict:
    """What the person has done, in the answers-file format (app.core.session_file)."""
    wizard.refresh_question_list()
    return to_document(wizard.session, wizard.content)


def write_answers(document: dict, path: Path) -> None:
    """Write the file through a hidden partial file next to it; on failure any earlier file stays."""
    path = Path(path)
    partial = path.with_name(f".{path.stem}.saving-{os.getpid()}.json")
    try:
        partial.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def save_answers(wizard: WizardHost, parent: QWidget | None = None) -> Path | None:
    """Ask where, then save. Returns the path written (None: cancelled or failed, and the person was told)."""
    from PySide6.QtWidgets import QFileDialog  # start-up: here, not at the top: its ~15 enum types cost time

    parent = parent or wizard
    history = dialog_history.snapshot()  # Qt records the folder in its settings; we undo that
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("SavedAnswers", "Save my answers"),
        last_folder.start_in(translate("SavedAnswers", "my-isotretinoin-answers.json")),
        translate("SavedAnswers", "Answers files (*.json)"),
    )
    history.restore()
    if not path:
        return None
    target = Path(path if path.lower().endswith(".json") else path + ".json")
    last_folder.chosen(target)
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
    wizard.mark_output_done()  # closing now loses nothing: the person can open the file again
    confirm(parent, translate("SavedAnswers", "Saved. Your answers are in %1.").replace("%1", str(target)))
    return target


def open_answers(wizard: WizardHost, parent: QWidget | None = None) -> bool:
    """Ask which file, then restore it into `wizard`. True if restored; a bad file changes nothing."""
    from PySide6.QtWidgets import QFileDialog  # start-up: (as in save_answers)

    parent = parent or wizard
    history = dialog_history.snapshot()
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("SavedAnswers", "Open saved answers"),
        last_folder.start_in(),
        translate("SavedAnswers", "Answers files (*.json);;All files (*)"),
    )
    history.restore()
    if not path:
        return False
    last_folder.chosen(path)
    try:
        opened = restore(wizard, Path(path))
    except DataError as err:
        tell(
            parent,
            translate("SavedAnswers", "This file could not be opened, and nothing was changed: %1").replace(
                "%1", str(err)
            ),
        )
        return False
    if opened.left_out:
        confirm(parent, look_again(wizard, opened))
    return True


def restore(wizard: WizardHost, path: Path) -> Opened:
    """Everything in the file that fits this version, or (DataError) nothing at all."""
    opened = from_file(read_answers_file(path), wizard.content, path.name, wizard.wizard_options.extra_questions)
    wizard.use_session(opened.session)
    wizard.walk_to(wizard.SUMMARY_PAGE)  # their list, as they left it (Back walks their pages)
    wizard.answers_changed.emit()
    wizard.session.changed = False  # nothing new since the file was saved
    return opened


def look_again(wizard: WizardHost, opened: Opened) -> str:
    """In plain words: some answers no longer fit this version; which pages to look at again."""
    text = translate(
        "SavedAnswers", "Some of your saved answers do not fit this version of the checklist and were left out."
    )
    titles = [area.title for area in wizard.content.areas if area.id in opened.pages]
    if titles:
        pages = translate("SavedAnswers", "Please look again at these pages: %1.")
        text += " " + pages.replace("%1", ", ".join(titles))
    if opened.other or not titles:
        text += " " + translate("SavedAnswers", "Please go through your answers again before you print your list.")
    return text


def install(wizard: WizardHost) -> None:
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
            save_answers(wizard)

    wizard.customButtonClicked.connect(clicked)
    welcome = wizard.welcome_page
    if welcome is not None:
        opener = QPushButton(translate("SavedAnswers", "Open saved answers…"))
        opener.setObjectName("open-answers")
        opener.setAutoDefault(False)  # Return on the page still means Next
        opener.setAccessibleDescription(translate("SavedAnswers", "Goes on from answers you saved before."))
        opener.clicked.connect(lambda: open_answers(wizard))
        welcome.offer_open(opener)


def confirm(parent: QWidget, text: str) -> None:
    """Say so without stopping the person (not modal: they go on when they like)."""
    from PySide6.QtWidgets import QMessageBox  # start-up: (as in save_answers)

    box = QMessageBox(parent)
    box.setObjectName("saved-answers-done")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("SavedAnswers", "Saved answers"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setModal(False)
    box.show()


def tell(parent: QWidget, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # start-up: (as in save_answers)

    box = QMessageBox(parent)
    box.setObjectName("saved-answers-problem")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("SavedAnswers", "Saved answers"))
    box.setText(text)
    box.exec()
    box.deleteLater()
