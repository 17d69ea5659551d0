"""What a screen reader says when keyboard focus lands at the top of a new page (app.ui.wizard.accessibility.announce).

The page's title, its step ("Step 3 of 14") and its opening text. Qt sends the step as an announcement
too, but Orca 43 (Debian 12, Ubuntu 22.04) presents neither announcements nor text that cannot take
focus, so all of it goes into the name and description of what takes focus: the page's scroll area, or
on the list page the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea

from app.ui.parts.glossary import GlossaryLabel

translate = QCoreApplication.translate  # lupdate takes the context from the first argument


def name_for_arrival(page) -> None:
    """Name "Title, Step 3 of 14" and describe with the page's opening text."""
    title, step = page.title(), page.subTitle()
    heading = f"{title}, {step}" if step else title
    hint = translate("Accessibility", "Use the arrow keys to scroll this page.")
    scroll = getattr(page, "scroll_area", None)
    if isinstance(scroll, QScrollArea) and scroll.objectName() == "page-scroll":
        scroll.setAccessibleName(heading)
        intro = getattr(page, "intro", None)  # (an area page is built by now: it is being shown)
        opening = getattr(intro, "plain", "") if isinstance(intro, GlossaryLabel) else ""
        scroll.setAccessibleDescription(f"{opening} {hint}".strip())
    summary_list = getattr(page, "list_widget", None)
    if summary_list is not None:
        base = summary_list.property("base-description")
        if base is None:
            base = summary_list.accessibleDescription()
            summary_list.setProperty("base-description", base)
        summary_list.setAccessibleDescription(f"{heading}. {base}")
