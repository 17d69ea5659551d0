"""A wizard page whose widgets are made when they are first needed, not when the wizard is built.

Start-up (and every kiosk wipe, which builds a new wizard) then makes only the first page; the
others are made on their first visit. Code that reaches for one of a page's widgets before that
(a test, the accessibility set-up) gets it all the same: the page is built there and then.

Subclasses put their widgets in `make()`, call `self.build()` at the top of `initializePage()`,
and keep `__init__` to cheap things (owner, object name, title, plain attributes).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWizardPage


class LazyPage(QWizardPage):
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
        if not name.startswith("_") and self.__dict__.get("_built") is False:
            self.build()
            return getattr(self, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


class LazyAttribute:
    """A widget attribute, made by `build()`, whose name is also a QWidget method (`actions`, `scroll`).

    `__getattr__` never runs for such a name (the method is found first), so this descriptor builds
    the page on first read instead.
    """

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.key = name, f"_lazy_{name}"

    def __get__(self, page, owner: type | None = None):
        if page is None:
            return self
        if self.key not in page.__dict__:
            page.build()
        try:
            return page.__dict__[self.key]
        except KeyError:  # asked for while the page is being built, before it was made
            raise AttributeError(self.name) from None

    def __set__(self, page, value) -> None:
        page.__dict__[self.key] = value
