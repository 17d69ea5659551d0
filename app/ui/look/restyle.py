"""Text size and contrast changes that restyle only what is on screen (issue 23: "Responds at once").

Why: the look lives in one style sheet (app.ui.look.stylesheet), made from the theme's colours and the text
size. Setting a new application style sheet makes Qt re-polish every widget of the app: ~1,050 once
every page of the wizard is made, 520-600 ms CPU, while the person sees one page of ~100 widgets.

How: in a desktop wizard the application style sheet stays the one it had at start-up, and a change
gives the new sheet to "roots" below the wizard instead: the window's own parts (header, buttons), the
page shown and the wizard's dialogs at once (~30-35 ms CPU), every other page when it is shown or, before
that, one page per turn of the event loop once the person has stopped pressing (IDLE_MS). A root's own
sheet wins over the application's for every rule it has, and both sheets have the same rules (they are
made from one template), so a root looks exactly as if the application sheet had changed. Going back to
the start-up look takes the roots' own sheets away again. (So a root must not have a sheet of its own:
only page_parts' progress bars do, inside a page.) Under a style sheet Qt hands a new application font
to no widget it has polished: the page's holders (the wizard, its page frame) get it here, and a page
takes it from them when it is restyled.

Where this cannot be used, `Restyler.apply` returns False and app.ui.look.theme sets the application style
sheet as before: the kiosk (its window has its own sheet, which must keep winning over the theme's),
any window that is not a wizard or one of its dialogs, and a sheet that would leave rules of the
start-up sheet behind (high contrast's scroll bars when the app started in high contrast).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget, QWizard

IDLE_MS = 400  # the other pages are restyled once no change came for this long
# The header's minimum and maximum size, the step line's minimum size, the grid's row and column minimums.
HeaderSizes = tuple[QSize, QSize, QSize, list[int], list[int]]


def _valid(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def sync(root: QWidget, sheet: str) -> bool:
    """Give `root` the sheet it needs ("": the application's is the right one); True if it changed."""
    if root.styleSheet() == sheet:
        return False
    root.setStyleSheet(sheet)
    return True


class _Wizard(QObject):
    """One desktop wizard's roots; restyles its dialogs when they are first polished."""

    def __init__(self, restyler: Restyler, wizard: QWizard):
        super().__init__(wizard)
        self.restyler = restyler
        self.wizard = wizard
        self.headers: dict[int, HeaderSizes] = {}  # the header's sizes per look (fit_header)
        self.restyled = False  # until a change, nothing here has a sheet of its own: nothing to do
        wizard.currentIdChanged.connect(self.page_shown)

    def pages(self) -> list[QWidget]:
        return [p for p in (self.wizard.page(i) for i in self.wizard.pageIds()) if p is not None]

    def chrome(self, pages: list[QWidget]) -> list[QWidget]:
        """Every widget under the wizard that holds no page and is not inside one: the header, buttons,
        the side widget and the dialogs (the page frame and the wizard itself hold pages)."""
        holders: set[QWidget] = set()
        for page in pages:
            parent = page.parentWidget()
            while parent is not None and parent is not self.wizard and parent not in holders:
                holders.add(parent)
                parent = parent.parentWidget()
        page_set: set[QWidget] = set(pages)
        roots: list[QWidget] = []
        stack: list[QWidget] = [self.wizard]
        while stack:
            for child in stack.pop().children():
                if not isinstance(child, QWidget) or child in page_set:
                    continue
                (stack if child in holders else roots).append(child)
        return roots

    def holders(self, pages: list[QWidget]) -> list[QWidget]:
        found: list[QWidget] = []
        for page in pages[:1]:
            parent = page.parentWidget()
            while parent is not None:
                found.append(parent)
                if parent is self.wizard:
                    break
                parent = parent.parentWidget()
        return found

    def restyle_now(self, old_sheet: str, sheet: str, font: QFont) -> None:
        if not self.restyled:
            self.restyled = True
            self.wizard.installEventFilter(self)  # (from the first change on: no Python on every event before)
        pages = self.pages()
        header = self.header_sizes()
        if header is not None:
            self.headers[hash(old_sheet)] = header
        # Under a style sheet Qt no longer hands a new application font down to widgets it polished:
        # the page's holders get it here, and each page takes it from them when it is restyled.
        for holder in self.holders(pages):
            holder.setFont(font)
        for root in self.chrome(pages):
            if root.isVisible():  # (a hidden button, e.g. Finish, when a page shows it or in the pause)
                sync(root, sheet)
        current = self.wizard.currentPage()
        if current is not None:
            sync(current, sheet)
        self.fit_header(self.headers.get(hash(sheet)))

    def header(self) -> tuple[QWidget, QGridLayout, QLabel] | None:
        """QWizard's header (its grid and the step line, named by app.ui.wizard.chrome), once it exists."""
        # (app.ui.wizard.chrome's Header keeps them: findChild would walk every widget of every page, ~10 ms)
        subtitle = getattr(getattr(self.wizard, "header", None), "subtitle", None)
        if not isinstance(subtitle, QLabel) or not shiboken6.isValid(subtitle):
            return None
        holder = subtitle.parentWidget()
        grid = holder.layout() if holder is not None else None
        if holder is None or not isinstance(grid, QGridLayout):
            return None
        return holder, grid, subtitle

    def header_sizes(self) -> HeaderSizes | None:
        parts = self.header()
        if parts is None:
            return None
        holder, grid, subtitle = parts
        rows = [grid.rowMinimumHeight(r) for r in range(grid.rowCount())]
        columns = [grid.columnMinimumWidth(c) for c in range(grid.columnCount())]
        return holder.minimumSize(), holder.maximumSize(), subtitle.minimumSize(), rows, columns

    def fit_header(self, known: HeaderSizes | None) -> None:
        """QWizard sizes its header for the text size when it shows a page, and the height stays until the
        next page: back at a size seen before, the header gets that size's height again; at a new size, Qt
        measures it again (from no minimum: a QLabel's size hint never falls below its minimum size)."""
        parts = self.header()
        if parts is None:
            return
        holder, grid, subtitle = parts
        if known is None:
            subtitle.setMinimumSize(0, 0)
            self.wizard.setTitleFormat(self.wizard.titleFormat())  # (lays the header out again)
            return
        least, most, subtitle_least, rows, columns = known
        holder.setMinimumSize(least)
        holder.setMaximumSize(most)
        subtitle.setMinimumSize(subtitle_least)
        for row, height in enumerate(rows):
            grid.setRowMinimumHeight(row, height)
        for column, width in enumerate(columns):
            grid.setColumnMinimumWidth(column, width)
        subtitle.setIndent(subtitle.indent())  # (measures its size hint again: it kept the larger minimum)

    def stale_pages(self) -> list[QWidget]:
        """The pages, and the hidden parts of the window, that wait for the current look."""
        if not self.restyled:
            return []
        sheet, pages = self.restyler.sheet, self.pages()
        return [w for w in (*self.chrome(pages), *pages) if w.styleSheet() != sheet]

    def page_shown(self, _id: int = -1) -> None:
        page, sheet = self.wizard.currentPage(), self.restyler.sheet
        if page is not None and self.restyled:
            sync(page, sheet)
            for root in self.chrome(self.pages()):
                sync(root, sheet)

    def restyle_one_hidden(self) -> bool:
        """Restyle one page (or hidden part of the window) not shown; False when none is left."""
        stale = self.stale_pages()
        if not stale:
            return False
        sync(stale[0], self.restyler.sheet)
        return True

    def eventFilter(self, watched, event) -> bool:
        if self.restyled and event.type() == QEvent.Type.ChildPolished and watched is self.wizard:
            child = event.child()
            if isinstance(child, QWidget) and child.isWindow():
                sync(child, self.restyler.sheet)  # a dialog made after a change
        return False


class Restyler(QObject):
    """Restyles desktop wizards root by root (see the module doc). One per QApplication (app.ui.look.theme)."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.app = app
        self.sheet = ""  # the roots' own sheet: "" while the application's sheet is the current look
        self.wizards: list[_Wizard] = []
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self._restyle_hidden)

    def _live(self) -> list[_Wizard]:
        self.wizards = [w for w in self.wizards if _valid(w.wizard)]
        return self.wizards

    def _find_wizards(self) -> bool:
        """True if every window of the app is a wizard or one of its dialogs (each wizard then has roots)."""
        known = {w.wizard for w in self._live()}
        for window in self.app.topLevelWidgets():
            owner: QWidget | None = window
            while owner is not None and not isinstance(owner, QWizard):
                owner = owner.parentWidget()
            if owner is None:
                return False
            if owner is window and owner not in known:
                self.wizards.append(_Wizard(self, owner))
                known.add(owner)
        return True

    def apply(self, sheet: str, font: QFont, leaves_rules_behind: bool) -> bool:
        """Restyle the wizards' roots for `sheet`; False (nothing done) if the app sheet must change."""
        app_sheet = self.app.styleSheet()
        if not app_sheet or leaves_rules_behind or not self._find_wizards() or not self.wizards:
            return False
        if not any(w.wizard.isVisible() for w in self.wizards):
            # Only closed (or closing) windows: the application's sheet changes, which costs nothing to see,
            # so a wizard made next starts from it. Restyling the closed ones' roots instead left the
            # application's sheet at the old size, and the next window's hidden parts in it.
            return False
        old, self.sheet = self.sheet, ("" if sheet == app_sheet else sheet)
        for styled in self.wizards:
            styled.restyle_now(old, self.sheet, font)
        self.idle.start()
        return True

    def adopt(self, wizard: QWizard, font: QFont) -> None:
        """A new wizard (a language switch makes one): restyled like the others if the look changed."""
        if any(w.wizard is wizard for w in self._live()):
            return
        self.wizards.append(_Wizard(self, wizard))
        if self.sheet:
            self.wizards[-1].restyle_now("", self.sheet, font)
            self.idle.start()

    def forget(self, font: QFont) -> None:
        """The application sheet is about to change for every widget: the roots' own sheets go."""
        self.idle.stop()
        self.sheet = ""
        for styled in self._live():
            pages = styled.pages()
            for holder in styled.holders(pages):
                holder.setFont(font)
            for root in [*styled.chrome(pages), *pages]:
                sync(root, "")
            styled.restyled = False
            styled.wizard.removeEventFilter(styled)

    def _restyle_hidden(self) -> None:
        if self.idle.isActive():  # another change came: wait until the person stops again
            return
        for styled in self._live():
            if styled.restyle_one_hidden():
                QTimer.singleShot(0, self._restyle_hidden)  # one page per turn: a key press still gets in
                return

    def pending(self) -> int:
        """How many pages still wait for the current look (tests, benchmarks)."""
        return sum(len(w.stale_pages()) for w in self._live())
