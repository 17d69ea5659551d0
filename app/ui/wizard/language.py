"""Switching the language without losing what the person has done (which languages: app.ui.prefs.language_choice).

A switch builds a new RiskWizard from the other language's content (same ids) over the same
app.core.session.Session (answers, skipped parts, the list's edits, the quiz, the printout's options)
and walks to the page the person was on. Whoever owns the top-level window (app.gui for the desktop, app.kiosk for
the kiosk) shows the new wizard and throws the old one away; `switch_language` does that for the
desktop.
"""

from __future__ import annotations

import copy
from pathlib import Path

from app import log
from app.core.loader import load_content
from app.core.problems import DataError
from app.ui.prefs import translations
from app.ui.prefs.language_choice import content_root_of
from app.ui.wizard.wizard import RiskWizard


def rebuild_in_language(old: RiskWizard, lang: str, content_root: Path | None = None) -> RiskWizard:
    """A new wizard in `lang` over `old`'s session (not a copy). Not shown; `old` is left for the caller.

    Raises app.core.problems.DataError if that language's content is missing or broken (the
    interface language is then left as it was).
    """
    root = Path(content_root) if content_root else content_root_of(old)
    content = load_content(root, lang)
    translations.install(lang)
    options = old.wizard_options
    if getattr(options, "content_root", None) is None and content_root is not None:
        options = copy.copy(options)
        options.content_root = root
    new = RiskWizard(content, options, old.parentWidget(), session=old.session)  # the same session, not a copy
    changed = old.session.changed
    if old.geometry().isValid() and old.isVisible():
        new.setGeometry(old.geometry())
    go_to_page(new, old.currentId())
    new.session.changed = changed  # (rebuilding is not a change by the person)
    new.carry_over(old)
    return new


def go_to_page(wizard: RiskWizard, page_id: int) -> None:
    """Start the wizard and press Next until `page_id` (so Back still walks the same path)."""
    wizard.walk_to(page_id)


def switch_language(old: RiskWizard, lang: str, on_switched=None) -> RiskWizard:
    """Desktop: replace the shown wizard with one in `lang`; the new one can switch again.

    If that language's content cannot be loaded, the old wizard stays and says so.
    """
    try:
        new = rebuild_in_language(old, lang)
    except DataError as err:
        log.warning(f"language {lang}: {err}")
        controls = getattr(old, "welcome_controls", None)
        if controls is not None:
            controls.language_failed(lang)
        return old
    connect_language_switch(new, on_switched)
    new.show()
    old.hide()
    old.deleteLater()
    if on_switched is not None:
        on_switched(new)
    return new


def connect_language_switch(wizard: RiskWizard, on_switched=None) -> None:
    """Make the welcome page's language choice rebuild this (desktop) wizard.

    `on_switched(new_wizard)` lets the owner keep its reference to the window that is shown.
    """
    wizard.language_requested.connect(lambda lang: switch_language(wizard, lang, on_switched))
