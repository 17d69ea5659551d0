"""What the pages and helpers of app/ui need from the wizard, typed without importing it.

`WizardHost` is the wizard as its pages (app.ui.wizard.pages, quiz_page, app.ui.summary.summary_page),
its installers (accessibility, chrome, display_controls, app.ui.files.saved_answers, ...) and its dialogs
(skipped_review, app.ui.files.close_warning) see it: the session, the content, the options, the signals
and the few QWizard calls they make. app.ui.wizard.wizard.RiskWizard is the one class that has all of it.
Typing against this Protocol instead of RiskWizard means none of them imports the module that imports
them: no import circle, not even one of type hints (import-linter counts those).

`WizardOptions` lives here for the same reason (the wizard and the pages both read it).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QFontMetrics, QScreen
from PySide6.QtWidgets import QAbstractButton, QWidget, QWizard, QWizardPage

from app.core.model import Content
from app.core.question_list import QuestionList
from app.core.rules import SelectedQuestion
from app.core.session import Session


@dataclass
class WizardOptions:
    """What differs between the desktop app (these defaults) and the kiosk (set from its clinic config)."""

    free_text: bool = True  # own questions, notes, name fields
    kiosk: bool = False
    clinic_name: str = ""
    paper_override: str | None = None
    extra_questions: tuple[SelectedQuestion, ...] = ()
    crisis_override: dict = field(default_factory=dict)  # region -> CrisisInfo (clinic config)
    actions_factory: object = None  # callable(summary_page) -> actions; None = desktop dialogs
    logo: object = None  # QImage printed above the clinic name (clinic config); None = no logo
    content_root: object = None  # Path of the content folder (None = bundled); a language switch loads from it
    confirm_close: bool = False  # desktop app: ask before Finish, Cancel or closing forgets an unsaved list
    present_panel: object = None  # callable(QDialog): shows a panel inside the host's window (kiosk); None = open()
    save_and_resume: bool = False  # desktop app: "Save my answers…" and "Open saved answers…" (never the kiosk)
    know_on_printout: bool = True  # the screening summary ticked at first (kiosk: clinic config)
    cover_sheet: bool = False  # a "Private: please hand this to your doctor" sheet first (kiosk: clinic config)
    qr_on_printout: bool = True  # the phone code on the printout at first (kiosk: clinic config, off by default)
    clinician_language: str = ""  # the clinician part's language ("" = the person's; US: English by default)
    review_skipped: bool = False  # desktop app: "You skipped …" before the list (app.ui.wizard.skipped_review)


class WizardHost(Protocol):
    """The wizard as its pages and helpers see it (app.ui.wizard.wizard.RiskWizard)."""

    @property
    def SUMMARY_PAGE(self) -> int: ...
    @property
    def QUIZ_PAGE(self) -> int: ...
    @property
    def content(self) -> Content: ...
    @property
    def wizard_options(self) -> WizardOptions: ...

    session: Session
    # the session's fields, as the wizard shows them (core.session.SessionField)
    answers: dict
    skipped: set[str]
    question_list: QuestionList
    quiz_wanted: bool | None
    changed_since_output: bool

    @property
    def page_ids(self) -> dict[str, int]: ...
    @property
    def welcome_page(self) -> QWizardPage | None: ...
    @property
    def quiz_page(self) -> QWizardPage | None: ...
    @property
    def summary_page(self) -> QWizardPage | None: ...

    output_once: bool
    list_seen: bool
    walking: bool
    reviewed_gaps: tuple
    # signals
    answers_changed: SignalInstance
    language_requested: SignalInstance
    crisis_shown: SignalInstance
    currentIdChanged: SignalInstance
    customButtonClicked: SignalInstance

    # -- the wizard's own -------------------------------------------------------------------
    def set_answer(self, question_id: str, value, /) -> None: ...
    def set_skipped(self, area_id: str, skipped: bool, /) -> None: ...
    def effective_answers(self) -> dict: ...
    def region(self) -> str: ...
    def crisis_info(self): ...
    def crisis_heading(self, gentle: bool | None = None, /) -> str: ...
    def present(self, dialog, /) -> None: ...
    def walk_to(self, page_id: int, /) -> None: ...
    def refresh_question_list(self) -> None: ...
    def quiz_review_questions(self) -> tuple[SelectedQuestion, ...]: ...
    def mark_changed(self) -> None: ...
    def mark_output_done(self) -> None: ...
    def has_entries(self) -> bool: ...
    def add_remaining_pages(self) -> None: ...

    # -- the QWizard calls they make ----------------------------------------------------------
    def currentId(self, /) -> int: ...
    def currentPage(self, /) -> QWizardPage: ...
    def nextId(self, /) -> int: ...
    def next(self, /) -> None: ...
    def back(self, /) -> None: ...
    def page(self, id: int, /) -> QWizardPage: ...
    def pageIds(self, /) -> list[int]: ...
    def visitedIds(self, /) -> list[int]: ...
    def button(self, which: QWizard.WizardButton, /) -> QAbstractButton: ...
    def setButtonText(self, which: QWizard.WizardButton, text: str, /) -> None: ...
    def setOption(self, option: QWizard.WizardOption, /, on: bool = ...) -> None: ...
    def testOption(self, option: QWizard.WizardOption, /) -> bool: ...
    def isVisible(self, /) -> bool: ...
    def windowTitle(self, /) -> str: ...
    def screen(self, /) -> QScreen: ...
    def fontMetrics(self, /) -> QFontMetrics: ...
    def children(self, /) -> list[QObject]: ...


def as_widget(wizard: WizardHost) -> QWidget:
    """The wizard as a dialog's parent: RiskWizard is a QWizard, which the Protocol cannot say."""
    assert isinstance(wizard, QWidget)
    return wizard
