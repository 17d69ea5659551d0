"""A wizard page whose widgets are made when they are first needed, not when the wizard is built.

Start-up (and every kiosk wipe, which builds a new wizard) then makes only the first page; the
others are made on their first visit. Code that reaches for one of a page's widgets before that
(a test, the accessibility set-up) gets it all the same: the page is built there and then.

Subclasses put their widgets in `make()`, call `self.build()` at the top of `initializePage()`,
and keep `__init__` to cheap things (owner, object name, title, plain attributes). `lazy_parts`
names the attributes that build the page when read early (None: any public name). Every lazy page
(area, quiz, summary) uses this one mechanism; their widgets' names are never Qt methods' names
(`scroll_area`, `output_actions`), which would be found first and never build the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWizardPage


class LazyPage(QWizardPage):
    # The names that build the page when asked for before it is built (None: any name not starting with "_").
    lazy_parts: frozenset[str] | None = None

    def __init__(self) -> None:
        super().__init__()
        self._built = False
        self._when_built: list[Callable[[LazyPage], None]] = []

    def make(self) -> None:
        """Create the page's widgets (subclasses)."""

    def build(self) -> None:
        if self._built:
            return
        self._built = True
        self.make()
        callbacks, self._when_built = self._when_built, []
        for callback in callbacks:
            callback(self)

    def when_built(self, callback: Callable[[LazyPage], None]) -> None:
        """Run `callback(page)` once the page's widgets exist (now, if they already do)."""
        if self._built:
            callback(self)
        else:
            self._when_built.append(callback)

    def __getattr__(self, name: str):
        # Only called for names not found: a widget made by make() that is asked for before the page was built.
        parts = type(self).lazy_parts
        wanted = not name.startswith("_") if parts is None else name in parts
        if wanted and self.__dict__.get("_built") is False:
            self.build()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
