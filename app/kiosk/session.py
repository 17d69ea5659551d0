"""One person's session in the kiosk: build the wizard, switch its language, throw it away.

KioskSession is an object KioskShell (app.kiosk.shell) owns as `shell.person_session`; it reads the
shell's config, content, logo and session screen and keeps the shell's `wizard` (the one on screen).
Each person gets a new app.core.session.Session; a language switch is a new wizard over the same one.
When the person has gone their session is wiped in place first, so nothing of them survives in Python
even if something still refers to the old objects.
"""

from __future__ import annotations

import shiboken6

from app import log
from app.core.loader import load_content
from app.core.model import Content
from app.core.problems import DataError
from app.core.session import Session
from app.kiosk.actions import KioskActions
from app.kiosk.wizard import KioskWizard
from app.ui.prefs import translations
from app.ui.wizard import language
from app.ui.wizard.wizard import WizardOptions


class KioskSession:
    """Builds, switches and throws away the wizard of the person at the kiosk, for `shell`."""

    def __init__(self, shell):  # the KioskShell (not imported: app.kiosk.shell imports this module)
        self.shell = shell

    def build_wizard(self, content: Content | None = None, session: Session | None = None) -> KioskWizard:
        """A wizard in the session screen (the clinic's language unless `content` says otherwise), over
        `session` (a language switch) or a new person's session."""
        shell = self.shell
        config = shell.config
        options = WizardOptions(
            free_text=config.free_text,
            kiosk=True,
            clinic_name=config.clinic_name,
            paper_override=config.paper,
            extra_questions=config.extra_questions,
            crisis_override=dict(config.crisis),
            actions_factory=self.make_actions,
            logo=shell.logo,
            present_panel=shell.session.present_panel,
            know_on_printout=config.know_on_printout,
            cover_sheet=config.cover_sheet,
            qr_on_printout=config.phone_code_on_printout,
            clinician_language=config.clinician_language,
        )
        wizard = KioskWizard(content or shell.content, options, shell.session, session=session)
        if config.region and session is None:
            wizard.set_answer("region", config.region)
        wizard.finished_session.connect(lambda: shell.reset("finished"))
        wizard.start_over.connect(lambda: shell.reset("start over"))
        wizard.language_requested.connect(self.switch_language)
        shell.session.set_wizard(wizard)
        shell.wizard = wizard
        return wizard

    def switch_language(self, lang: str) -> None:
        """The welcome page's language choice: the same kiosk wizard, rebuilt in `lang`, everything kept."""
        old = self.shell.wizard
        if old is None or lang == old.content.meta.language:
            return
        try:
            content = self.shell.config.apply_to(load_content(self.shell.content_root, lang))
        except DataError as err:
            log.warning(f"kiosk: language {lang}: {err}")
            controls = getattr(old, "welcome_controls", None)
            if controls is not None and hasattr(controls, "language_failed"):
                controls.language_failed(lang)
            return
        translations.install(lang)
        session, page_id = old.session, old.currentId()
        self.discard_wizard(wipe=False)
        new = self.build_wizard(content, session)
        language.go_to_page(new, page_id)

    def restore_language(self) -> None:
        """The clinic's language again, for the next person."""
        default = self.shell.content.meta.language
        if translations.current_language() != default:
            translations.install(default)

    def make_actions(self, page) -> KioskActions:
        """`actions_factory` of the kiosk wizard: the summary page's print buttons, hosted by the shell."""
        return KioskActions(page, self.shell)

    def discard_wizard(self, wipe: bool = True) -> None:
        """Throw the wizard away; `wipe`: the person has gone, so forget their session too."""
        old, self.shell.wizard = self.shell.wizard, None
        self.shell.session.take_wizard()
        if old is None or not shiboken6.isValid(old):
            return
        summary = old.summary_page
        if summary is not None and shiboken6.isValid(summary) and "output_actions" in vars(summary):
            summary.output_actions.stop()  # no more polling of a print job for a person who has gone
        if wipe:
            old.session.wipe()
        if old.crisis_dialog is not None and shiboken6.isValid(old.crisis_dialog):
            old.crisis_dialog.hide()
            old.crisis_dialog.deleteLater()
        old.hide()
        old.deleteLater()  # not now: reset may run inside one of the wizard's own signals
