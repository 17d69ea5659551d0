"""One person's session in the kiosk: build the wizard, switch its language, throw it away.

SessionMixin is part of KioskShell (app.kiosk.shell); it uses the shell's config, content and
session screen. Throwing a wizard away clears its answers and list first, so nothing of the person
survives in Python even if something still refers to the old objects.
"""

from __future__ import annotations

import copy
import sys

import shiboken6

from app.core.loader import load_content
from app.core.model import Content
from app.core.problems import DataError
from app.core.question_list import QuestionList
from app.kiosk.actions import KioskActions
from app.kiosk.wizard import KioskWizard
from app.ui import language, translations
from app.ui.wizard import WizardOptions


class SessionMixin:
    def build_wizard(self, content: Content | None = None) -> KioskWizard:
        """A fresh wizard in the session screen (the clinic's language unless `content` says otherwise)."""
        config = self.config
        options = WizardOptions(
            free_text=config.free_text,
            kiosk=True,
            clinic_name=config.clinic_name,
            paper_override=config.paper,
            extra_questions=config.extra_questions,
            crisis_override=dict(config.crisis),
            actions_factory=self._make_actions,
            logo=self.logo,
            present_panel=self.session.present_panel,
            know_on_printout=config.know_on_printout,
            cover_sheet=config.cover_sheet,
            qr_on_printout=config.phone_code_on_printout,
            clinician_language=config.clinician_language,
        )
        wizard = KioskWizard(content or self.content, options, self.session)
        if config.region:
            wizard.set_answer("region", config.region)
        wizard.finished_session.connect(lambda: self.reset("finished"))
        wizard.start_over.connect(lambda: self.reset("start over"))
        wizard.language_requested.connect(self.switch_language)
        self.session.set_wizard(wizard)
        self.wizard = wizard
        return wizard

    def switch_language(self, lang: str) -> None:
        """The welcome page's language choice: the same kiosk wizard, rebuilt in `lang`, everything kept."""
        old = self.wizard
        if old is None or lang == old.content.meta.language:
            return
        try:
            content = self.config.apply_to(load_content(self.content_root, lang))
        except DataError as err:
            print(f"kiosk: language {lang}: {err}", file=sys.stderr, flush=True)
            controls = getattr(old, "welcome_controls", None)
            if controls is not None and hasattr(controls, "language_failed"):
                controls.language_failed(lang)
            return
        translations.install(lang)
        answers, skipped, page_id = dict(old.answers), set(old.skipped), old.currentId()
        qlist = copy.deepcopy(old.question_list)
        quiz = (getattr(old, "quiz_wanted", False), dict(getattr(old, "quiz_answers", {}) or {}))
        self._discard_wizard()
        new = self.build_wizard(content)
        new.answers, new.skipped, new.question_list = answers, skipped, qlist
        new.quiz_wanted, new.quiz_answers = quiz
        texts = (qlist.name, qlist.appointment, qlist.notes)
        if any(texts):  # the fields show what the list holds (each field's signal copies all three: set them first)
            summary = new.summary
            summary.build()
            fields = (summary.name_edit, summary.appointment_edit, summary.notes_edit)
            for field in fields:
                field.blockSignals(True)
            summary.name_edit.setText(texts[0])
            summary.appointment_edit.setText(texts[1])
            summary.notes_edit.setPlainText(texts[2])
            for field in fields:
                field.blockSignals(False)
        language.go_to_page(new, page_id)

    def _restore_language(self) -> None:
        default = self.content.meta.language
        if translations.current_language() != default:
            translations.install(default)

    def _make_actions(self, page) -> KioskActions:
        return KioskActions(page, self)

    def _discard_wizard(self) -> None:
        old, self.wizard = self.wizard, None
        self.session.take_wizard()
        if old is None or not shiboken6.isValid(old):
            return
        summary = old.summary_page
        if summary is not None and shiboken6.isValid(summary) and "_lazy_actions" in vars(summary):
            summary.actions.stop()  # no more polling of a print job for a person who has gone
        old.answers.clear()
        old.skipped.clear()
        old.question_list = QuestionList()
        if isinstance(getattr(old, "quiz_answers", None), dict):
            old.quiz_answers.clear()
        if old.crisis_dialog is not None and shiboken6.isValid(old.crisis_dialog):
            old.crisis_dialog.hide()
            old.crisis_dialog.deleteLater()
        old.hide()
        old.deleteLater()  # not now: reset may run inside one of the wizard's own signals
