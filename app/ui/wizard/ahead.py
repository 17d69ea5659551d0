"""Pages made ahead: while the person reads a page, the pages not reached yet are made, one per turn
of the event loop, and each is laid out once, hidden behind the page shown (styling, the first
layout and word wrap are most of the cost of a page's first show). Next then only fills a page in
and shows it (benchmarks/next_page.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from app.ui.parts.reveal import settle_layouts

if TYPE_CHECKING:
    from app.ui.host import WizardHost


def build_ahead(wizard: WizardHost) -> None:
    QTimer.singleShot(0, wizard, lambda: _build_one(wizard))


def _build_one(wizard: WizardHost) -> None:
    wizard.add_remaining_pages()
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        if getattr(page, "_built", True) is False:
            page.build()
            lay_out_hidden(wizard, page)
            QTimer.singleShot(0, wizard, lambda: _build_one(wizard))
            return


def lay_out_hidden(wizard: WizardHost, page) -> None:
    """Show `page` once behind the current one and hide it again before anything is painted."""
    current = wizard.currentPage()
    if current is None or not wizard.isVisible() or page.isVisible():
        return
    page.setGeometry(current.geometry())
    page.lower()
    page.show()
    settle_layouts()
    page.hide()
