"""A person's language and display choices last for their session only; the kiosk wizard stays a kiosk wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from app.kiosk.wizard import KioskWizard
from app.ui.look import theme
from app.ui.prefs import translations
from tests.helpers.kiosk import start_session


def choose_language(wizard, code: str) -> None:
    combo = wizard.welcome_controls.language
    index = combo.findData(code)
    assert index >= 0, f"no '{code}' in the kiosk's language list"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what a tap on the list item does


def test_language_switch_keeps_answers_and_the_lockdown(qtbot, shell):
    person = start_session(qtbot, shell)
    person.pick("region", "uk")
    old = shell.wizard
    choose_language(old, "es")
    new = shell.wizard
    assert new is not old and isinstance(new, KioskWizard)
    assert new.content.meta.language == "es" and translations.current_language() == "es"
    assert new.answers["region"] == "uk"
    assert new.isVisible() and shell.current() is shell.session
    assert not new.button(QWizard.WizardButton.CancelButton).isVisible()
    new.reject()
    assert new.isVisible()
    assert new.wizard_options.actions_factory == shell.person_session.make_actions  # kiosk print buttons, no dialogs
    shell.reset("idle")
    assert shell.wizard.content.meta.language == "en" and translations.current_language() == "en"
    assert shell.wizard.answers == {}


def test_text_size_and_contrast_are_reset_for_the_next_person(qtbot, shell):
    look = theme.appearance()
    person = start_session(qtbot, shell)
    person.click(shell.wizard.welcome_controls.larger)
    assert look.scale > 100
    look.set_high_contrast(True)
    shell.reset("finished")
    assert look.scale == 100 and not look.user_chose_contrast
