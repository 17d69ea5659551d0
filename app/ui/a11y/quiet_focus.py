"""Focus rings drawn the way browsers draw `:focus-visible`.

A new page puts keyboard focus at its top (screen readers read from there; the arrow keys scroll).
When the page was opened with the mouse (or is the first page), that focus is *quiet*: no ring
around the whole page, which looked like a heavy blue frame to people who never use the keyboard.
The first key pressed there, or coming back to it with Tab, draws the ring as usual; a page opened
with the keyboard (Enter, Alt+N) shows its ring at once. Only the drawing changes: focus, the tab
order and what screen readers are told are the same either way.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget, QWizard

QUIET = "quietFocus"  # the dynamic property the style sheet reads (app.ui.look.stylesheet)
NAV_BUTTONS = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)


def set_quiet(widget: QWidget, quiet: bool) -> None:
    if bool(widget.property(QUIET)) == quiet:
        return
    widget.setProperty(QUIET, quiet)
    style = widget.style()
    style.unpolish(widget)  # a dynamic property is read by the style sheet only when polished
    style.polish(widget)
    widget.update()


class QuietFocus(QObject):
    """Remembers whether the page change came from the mouse, and lifts the quiet on the first key."""

    def __init__(self, wizard: QWizard):
        super().__init__(wizard)
        self.by_mouse = True  # nothing pressed yet: the first page opens quiet
        self.buttons = [wizard.button(which) for which in NAV_BUTTONS]
        for button in self.buttons:
            button.installEventFilter(self)

    def take(self) -> bool:
        """Did the mouse open the page that is opening now? (Asked once per page change.)"""
        by_mouse, self.by_mouse = self.by_mouse, False
        return by_mouse

    def focus(self, target: QWidget, reason, quiet: bool) -> None:
        set_quiet(target, quiet)
        if quiet:
            target.removeEventFilter(self)  # (once, however often the page is opened)
            target.installEventFilter(self)
        target.setFocus(reason)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and watched in self.buttons:
            self.by_mouse = True  # (before the button's own release: the page changes after this)
        if kind in (QEvent.Type.KeyPress, QEvent.Type.FocusOut) and watched.property(QUIET):
            set_quiet(watched, False)
            watched.removeEventFilter(self)
        return False
