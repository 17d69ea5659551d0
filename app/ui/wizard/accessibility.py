"""Keyboard, screen-reader and low-vision support for a RiskWizard, installed once it is built.
(The welcome page's language, text size and contrast controls are app.ui.wizard.display_controls.)

- Every "Why we ask" line can be reached with Tab (and is the description of its question).
- Glossary words explain themselves in place (app.ui.parts.glossary).
- Tab order follows reading order: page text top to bottom, then Back / Next / Cancel.
- A page scrolls to whatever has keyboard focus; a new page takes focus at its top and is
  announced to screen readers as "Step N of M: title".
- Ctrl+plus / Ctrl+minus / Ctrl+0 change the text size (app.ui.look.theme).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QWidget,
    QWizard,
)

from app.ui.a11y import announce as status_messages
from app.ui.a11y.atspi_visible import announce_visible
from app.ui.a11y.quiet_focus import QuietFocus
from app.ui.look import theme
from app.ui.look.layout_walk import layout_entries
from app.ui.look.reflow import wrap_button_text
from app.ui.parts.glossary import GlossaryLabel
from app.ui.wizard.arrival import name_for_arrival
from app.ui.wizard.pages import AreaPage

if TYPE_CHECKING:
    from app.ui.host import WizardHost

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: no announcements, nothing else changes
    QAccessibleAnnouncementEvent = None

translate = QCoreApplication.translate  # lupdate takes the context from the first argument

WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


class _FocusFollower(QObject):
    """Scroll a page so the widget that has keyboard focus is in view."""

    def __init__(self, wizard: QWizard):
        super().__init__(wizard)
        self.wizard = wizard
        QApplication.instance().focusChanged.connect(self.focus_changed)

    def focus_changed(self, _old, new) -> None:
        if new is None or new.window() is not self.wizard:
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # Focus from a press: the control is already where the pointer is. Scrolling it into view
            # now would move it away before the release, and the click would not count (a partly
            # visible check box was scrolled into view but not ticked).
            return
        page = self.wizard.currentPage()
        # (Looking the scroll areas up, rather than walking up from `new`, keeps PySide from making a
        # Python type for every private Qt widget on the way: ~30 ms at start-up.)
        for area in page.findChildren(QScrollArea, "page-scroll") if page is not None else ():
            inner = area.widget()
            if inner is not None and inner.isAncestorOf(new):
                area.ensureWidgetVisible(new, 16, 16)
                return


def reading_order(root: QWidget) -> list[QWidget]:
    """Widgets under `root` in layout order (top to bottom, left to right as laid out)."""
    found: list[QWidget] = []

    def walk_layout(layout) -> None:
        for entry in layout_entries(layout):
            if isinstance(entry, QWidget):
                walk_widget(entry)
            else:
                walk_layout(entry)

    def walk_widget(widget: QWidget) -> None:
        found.append(widget)
        if isinstance(widget, QScrollArea) and widget.widget() is not None:
            walk_widget(widget.widget())
        elif isinstance(widget, QSplitter):
            for i in range(widget.count()):
                walk_widget(widget.widget(i))
        elif widget.layout() is not None:
            walk_layout(widget.layout())

    if root.layout() is not None:
        walk_layout(root.layout())
    return found


def order_for_readers(root: QWidget) -> None:
    """Put each container's children in reading order. Screen readers (AT-SPI, UIA) list a
    widget's children in creation order, and the welcome text, for one, is made after the questions.
    Raising a widget moves it to the end of its parent's children; siblings in a layout never overlap."""
    for widget in reading_order(root):
        widget.raise_()


def tab_stops(root: QWidget) -> list[QWidget]:
    return [w for w in reading_order(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def chain_of(root: QWidget) -> list[QWidget]:
    """Tab stops, and texts that become one when they explain a glossary word (that changes with the answers)."""
    return [w for w in reading_order(root) if w.focusPolicy() & Qt.FocusPolicy.TabFocus or isinstance(w, GlossaryLabel)]


def chain_page(page: QWidget) -> None:
    """Put one page's stops back in reading order (facts move between "key" and "More about …")."""
    link(chain_of(page))


def link(chain: list[QWidget]) -> None:
    """Tab goes along `chain`. Qt 6 ignores setTabOrder for a widget that takes no focus (a glossary text
    without glossary words): such a pair broke the chain, and the welcome page's language box and contrast
    box came after Cancel. So they are left out (chain_page runs again when a text becomes a stop)."""
    stops = [w for w in chain if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for first, second in zip(stops, stops[1:], strict=False):
        QWidget.setTabOrder(first, second)


def fix_tab_order(wizard: QWizard) -> list[QWidget]:
    """Chain every page's tab stops in reading order, then the wizard's buttons."""
    controls = getattr(wizard, "welcome_controls", None)
    last = [controls.smaller, controls.larger] if controls is not None else []  # A- / A+ in the header
    chain: list[QWidget] = []
    for page_id in wizard.pageIds():
        chain += [w for w in chain_of(wizard.page(page_id)) if w not in last]
    if wizard.testOption(QWizard.WizardOption.HaveCustomButton2):  # "Save my answers…", first in the button row
        chain.append(wizard.button(QWizard.WizardButton.CustomButton2))
    chain += [wizard.button(b) for b in WIZARD_BUTTONS] + last  # (each widget once: a repeat breaks the chain)
    link(chain)
    return chain


def first_tab_stop(page: QWidget) -> QWidget | None:
    return next((w for w in tab_stops(page) if w.isVisibleTo(page) and w.isEnabled()), None)


def prepare_scrolling_page(page) -> None:
    """The page's scroll area: named after the page, keyboard-scrollable, follows focus."""
    scroll = getattr(page, "scroll_area", None)
    if isinstance(scroll, QScrollArea):
        scroll.setObjectName("page-scroll")
        scroll.setAccessibleName(page.title())
        scroll.setAccessibleDescription(translate("Accessibility", "Use the arrow keys to scroll this page."))


def prepare_area_page(page) -> None:
    for box in page.boxes.values():
        for button in box.buttons.values():
            wrap_button_text(button)
    for box in page.boxes.values():
        box.why.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        box.why.setAccessibleName(box.why.plain)
        box.why.setAccessibleDescription(box.question.text)
    page.reordered.connect(lambda: chain_page(page))
    page.toggles.rearranged.connect(lambda: chain_page(page))  # an opened part comes after its toggle


class _ReturnStaysInField(QObject):
    """Return in a summary text field must not press Finish (that closes the window and the list).

    In "My question" it adds the question; in the other fields it moves on, like Tab.
    """

    def __init__(self, summary):
        super().__init__(summary)
        self.summary = summary
        for edit in summary.printout.free_text.findChildren(QLineEdit):
            edit.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.summary.printout.own_edit:
                watched.returnPressed.emit()
            else:
                watched.focusNextChild()
            return True
        return False


def prepare_summary(summary) -> None:
    descriptions = {
        summary.list_widget: translate(
            "Accessibility", "Arrow keys move between questions. Space ticks or unticks the one selected."
        ),
        summary.up_button: translate("Accessibility", "Moves the selected question up in its part of the list."),
        summary.down_button: translate("Accessibility", "Moves the selected question down in its part of the list."),
        summary.star_button: translate("Accessibility", "Up to 3 questions can be most important."),
        summary.remove_button: translate("Accessibility", "Removes the selected question of your own."),
        summary.printout.preview: translate("Accessibility", "What will be printed, as it will look."),
    }
    for widget, text in descriptions.items():
        widget.setAccessibleDescription(text)
    for label in summary.findChildren(QLabel):
        if label.text() == summary.printout.preview.accessibleName():
            label.setBuddy(summary.printout.preview)
    summary.return_filter = _ReturnStaysInField(summary)


def announce(wizard: QWizard, page_id: int) -> None:
    """Tell screen readers which step this is, and put keyboard focus at the top of the page."""
    page = wizard.page(page_id)
    if page is None:
        return
    message = f"{page.subTitle()}: {page.title()}" if page.subTitle() else page.title()
    wizard.setProperty("announcement", message)
    if QAccessibleAnnouncementEvent is not None:
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(page, message))
    name_for_arrival(page)
    quiet = wizard.quiet_focus.take()  # opened with the mouse: no ring until a key is pressed
    if not focus_top_of(wizard, page, quiet=quiet):
        QTimer.singleShot(0, lambda: focus_top_of(wizard, page, fallback=True, quiet=quiet))  # built a moment later
    QTimer.singleShot(0, lambda: shiboken6.isValid(wizard) and announce_visible(wizard))  # Orca's flat review


def focus_top_of(wizard: QWizard, page: QWidget, fallback: bool = False, quiet: bool = False) -> bool:
    """Keyboard focus to the page's first stop (or, failing that, Next/Finish: never to nothing).

    `quiet`: the ring is drawn only once a key is pressed there (app.ui.a11y.quiet_focus)."""
    if not shiboken6.isValid(wizard) or not wizard.isVisible() or wizard.currentPage() is not page:
        return False
    target = first_tab_stop(page)
    if target is None and fallback:
        buttons = (wizard.button(QWizard.WizardButton.NextButton), wizard.button(QWizard.WizardButton.FinishButton))
        target = next((b for b in buttons if b.isVisible() and b.isEnabled()), None)
    if target is None:
        return False
    wizard.quiet_focus.focus(target, Qt.FocusReason.TabFocusReason, quiet)
    return True


def when_built(page, callback) -> None:
    """`callback(page)` once the page's widgets exist: area pages are built on their first visit."""
    if hasattr(type(page), "when_built"):
        page.when_built(callback)
    else:
        callback(page)


def install(wizard: WizardHost, before_reading_order=None) -> tuple[list, QObject, QuietFocus]:
    """Called once at the end of RiskWizard.__init__ (pages added later go through prepare_pages).

    `before_reading_order(wizard)`: adds widgets the reading and tab order must include (the welcome
    page's display controls). Returns the zoom shortcuts, the focus follower and the quiet focus ring,
    which the wizard keeps (it sets them on itself: nothing here sets an attribute on the wizard)."""
    theme.appearance()  # applies the theme and text size on first use
    status_messages.install()  # status lines are notifications for screen readers
    prepare_pages(wizard, [wizard.page(page_id) for page_id in wizard.pageIds()], before_reading_order)
    installed = (theme.install_zoom_shortcuts(wizard), _FocusFollower(wizard), QuietFocus(wizard))
    wizard.currentIdChanged.connect(lambda page_id: announce(wizard, page_id))
    return installed


def prepare_pages(wizard: WizardHost, pages: list, before_reading_order=None) -> None:
    """Scrolling, glossary hints, wrapping and reading order for these pages (now, or when each is built)."""
    for page in pages:
        when_built(page, prepare_scrolling_page)
    for page in pages:
        if page is wizard.quiz_page:
            when_built(page, lambda p: [wrap_button_text(button) for button in p.findChildren(QRadioButton)])
        elif page is wizard.summary_page:
            when_built(page, prepare_summary)
        elif isinstance(page, AreaPage):
            when_built(page, prepare_area_page)
    if before_reading_order is not None:
        before_reading_order(wizard)
    for page in pages:
        when_built(page, order_for_readers)
    fix_tab_order(wizard)
    for page in pages:  # pages built later join the chain then
        if not getattr(page, "_built", True):
            page.when_built(lambda _page: fix_tab_order(wizard))
