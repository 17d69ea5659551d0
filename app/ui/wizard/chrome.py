"""The window around the pages: the app icon, the header's title and step line, and a progress bar.

QWizard makes its header (a title, a subtitle and a logo) when it shows its first page. We name the
two labels, so the theme can style them (app.ui.look.stylesheet: a large teal title, a quieter step
line), put the app icon in the logo place, and add a progress bar under the step line that fills
as the person moves on. If a future Qt lays its header out differently, the wizard simply has no
bar: nothing else depends on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from app.core import flow
from app.paths import resource_path
from app.ui.look import theme
from app.ui.look.paint_probe import after_first_paint

if TYPE_CHECKING:
    from app.ui.host import WizardHost

translate = QCoreApplication.translate  # lupdate takes the context from the first argument
ICON_FILE = ("icons", "app.png")
CORNER_HEIGHT = 44
BAR_PX = 8


def app_icon() -> QIcon:
    return QIcon(str(resource_path(*ICON_FILE)))


def set_icons(wizard: QWidget) -> None:
    """The window's and the taskbar's icon (and every dialog's, through the application)."""
    app = QApplication.instance()
    icon = app_icon()
    if app is not None and app.windowIcon().isNull():
        app.setWindowIcon(icon)
    wizard.setWindowIcon(icon)


class Header:
    """Finds and decorates the wizard's header once it exists; keeps the progress bar current."""

    def __init__(self, wizard: WizardHost):
        self.wizard = wizard
        self.bar: StepBar | None = None
        self.title: QLabel | None = None
        self.corner: QHBoxLayout | None = None  # top right: the A- / A+ buttons (app.ui.wizard.display_controls)
        self._waiting: list = []
        self.painted = False  # decorated after the first paint: finding the header costs start-up ~30 ms
        wizard.currentIdChanged.connect(self.update)
        wizard.answers_changed.connect(self.update)
        after_first_paint(wizard, self._first_paint)

    def _first_paint(self) -> None:
        self.painted = True
        self.update()

    def _find(self) -> bool:
        page = self.wizard.currentPage()
        if page is None:
            return False
        # QWizard's private header is a grandchild: wizard > anti-flicker widget > header (a title,
        # a subtitle and a logo QLabel on a QGridLayout). Walk only those two levels: asking for every
        # QLabel under the wizard gave Python a wrapper for each of ~1000 widgets, and one such walk
        # crashed a CI worker inside findChildren (segmentation fault, December 2026).
        for outer in self.wizard.children():
            if not isinstance(outer, QWidget):
                continue
            for holder in outer.children():
                if not isinstance(holder, QWidget) or holder is page:
                    continue
                layout = holder.layout()
                labels = [w for w in holder.children() if isinstance(w, QLabel)]
                if isinstance(layout, QGridLayout) and len(labels) >= 2 and labels[0].text() == page.title():
                    self._decorate(holder, layout, labels)
                    return True
        return False

    def _decorate(self, holder: QWidget, layout: QGridLayout, labels: list[QLabel]) -> None:
        title, subtitle = labels[0], labels[1]
        self.title = title
        title.setObjectName("wizard-title")
        subtitle.setObjectName("wizard-subtitle")
        # "Step 2 of 13" on the title's line, not under it: one line less for the page.
        for label in (title, subtitle):
            layout.removeWidget(label)
        layout.addWidget(title, 2, 1)
        layout.addWidget(subtitle, 2, 2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        subtitle.setWordWrap(False)  # (short; wrapped in a grid cell Qt gave it too little height)
        # A long title wraps, so "Paso 1 de 14" keeps its whole width (at 200 % it was cut to "Pasc").
        title.setWordWrap(True)
        subtitle.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        subtitle.setContentsMargins(18, 0, 0, 3)
        for label in (title, subtitle):  # the step line's text on the title's line, not floating above it
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        layout.setRowStretch(4, 0)
        for label in labels[2:]:  # the logo place: A- and A+ go there instead
            label.hide()
        # The corner is the header's logo column, top right: its right edge is the header's (less a
        # fixed gap), whatever the text size does to the other columns, so A- / A+ stay put.
        corner = QWidget(holder)
        corner.setObjectName("header-corner")
        self.corner = QHBoxLayout(corner)
        self.corner.setContentsMargins(0, 0, 0, 0)
        self.corner_widget = corner
        layout.addWidget(corner, 0, 5, 6, 1, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.setRowMinimumHeight(2, CORNER_HEIGHT)
        self.bar = StepBar(holder)
        layout.addWidget(self.bar, layout.rowCount(), 1, 1, layout.columnCount() - 1)  # the header's whole width
        for widget in (title, subtitle):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.holder, self.subtitle = holder, subtitle
        self.step_below = False  # the step line under the title, not beside it (fit_title)
        self._grown: tuple[int, int, int] | None = None  # the title's wrapped size the header was last grown for
        self.fitter = _TitleFit(self)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(self.corner)

    def fit_title(self) -> None:
        """The title on one line: beside the step line when both fit, else the step line goes under the
        title (a wrapped title was cut: QWizard's header does not grow for a second line)."""
        if self.title is None or not shiboken6.isValid(self.title):
            return
        title, subtitle, layout = self.title, self.subtitle, self.holder.layout()
        corner = self.corner_widget.sizeHint().width()
        natural = title.fontMetrics().horizontalAdvance(title.text()) + 8
        below = natural > self.holder.width() - subtitle.sizeHint().width() - corner - 80
        if below != self.step_below:
            self.step_below = below
            layout.removeWidget(subtitle)
            edge = (
                Qt.AlignmentFlag.AlignTop if below else Qt.AlignmentFlag.AlignBottom
            )  # under the title, or on its line
            subtitle.setAlignment(Qt.AlignmentFlag.AlignLeft | edge)
            if below:
                layout.addWidget(subtitle, 3, 1, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            else:
                layout.addWidget(subtitle, 2, 2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        if subtitle.minimumWidth() != subtitle.sizeHint().width():  # never cut ("Step 1 of 1" for "Step 1 of 14")
            subtitle.setMinimumWidth(subtitle.sizeHint().width())
        room = self.holder.width() - corner - 80 - (0 if below else subtitle.sizeHint().width())
        width = max(0, min(natural, room))
        if title.minimumWidth() != width:
            title.setMinimumWidth(width)
            title.setIndent(title.indent())  # a QLabel's size hint kept the old minimum width: measure it again
        # A title longer than the room wraps (Spanish at 200 % on a 1280 x 720 screen): its row gets the
        # wrapped height, else QWizard's header cut both lines in half.
        lines = title.heightForWidth(width) if natural > room else 0
        if layout.rowMinimumHeight(2) != max(CORNER_HEIGHT, lines):
            layout.setRowMinimumHeight(2, max(CORNER_HEIGHT, lines))
            self.wizard.setTitleFormat(self.wizard.titleFormat())  # QWizard sizes its header again
        elif abs(self.holder.height() - self.holder.sizeHint().height()) > 2 and self._grown != (width, natural, lines):
            # QWizard sized its header before the title was moved beside the step line or its row grew: too
            # short (a wrapped title cut), or ~30 px too tall at 200 % (a blank band above the progress bar).
            self._grown = (width, natural, lines)  # (once per size: never a loop if QWizard keeps its own)
            QTimer.singleShot(0, self._size_header_again)

    def _size_header_again(self) -> None:
        if shiboken6.isValid(self.wizard):
            self.wizard.setTitleFormat(self.wizard.titleFormat())

    def when_ready(self, callback) -> None:
        """`callback(corner_layout)` once the header exists (now, if it does)."""
        if self.corner is not None:
            callback(self.corner)
        else:
            self._waiting.append(callback)

    def steps(self) -> tuple[int, int]:
        """(N, M) of "Step N of M" for the page shown now."""
        wizard = self.wizard
        content, answers = wizard.content, wizard.answers
        current = wizard.currentId()
        if current == wizard.SUMMARY_PAGE:
            n, m = flow.step_number(content, answers, "")
            return m, m
        if current == wizard.QUIZ_PAGE:
            return flow.step_number(content, answers, flow.QUIZ_STEP)
        area_id = next((a for a, pid in wizard.page_ids.items() if pid == current), flow.WELCOME_AREA)
        return flow.step_number(content, answers, area_id)

    def update(self, *_args) -> None:
        if not self.painted or not shiboken6.isValid(self.wizard):
            return
        if self.bar is None and not self._find():
            return
        self.fit_title()
        n, m = self.steps()
        if (self.bar.total, self.bar.step) == (max(m, 1), n):
            return
        self.bar.set_steps(n, max(m, 1))
        self.bar.setAccessibleName(
            translate("Chrome", "Progress: step %1 of %2").replace("%1", str(n)).replace("%2", str(m))
        )


class _TitleFit(QObject):
    """Fits the title again when the header is resized or the text size changes."""

    def __init__(self, header: Header):
        super().__init__(header.holder)
        self.header = header
        header.holder.installEventFilter(self)
        header.title.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        # (a LayoutRequest on the header: the step line's text changed, e.g. "2 of 4 answered")
        if kind in (QEvent.Type.Resize, QEvent.Type.FontChange) or (
            kind == QEvent.Type.LayoutRequest and watched is self.header.holder
        ):
            QTimer.singleShot(0, self.header.fit_title)
        return False


class StepBar(QWidget):
    """A thin bar that fills as the person moves on (drawn here: QProgressBar paints at once, on every
    change, which cost a page change ~30 ms)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("progress")
        self.step, self.total = 0, 1
        self.setFixedHeight(BAR_PX)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_steps(self, step: int, total: int) -> None:
        self.step, self.total = step, max(total, 1)
        self.update()

    def paintEvent(self, _event) -> None:
        from PySide6.QtGui import QPainter  # start-up: here, not at the top: its enum types cost start-up time

        look = theme.appearance().theme
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(QColor(look.track))
        painter.drawRoundedRect(self.rect(), radius, radius)
        done = self.rect()
        done.setWidth(round(self.width() * min(self.step, self.total) / self.total))
        painter.setBrush(QColor(look.brand))
        painter.drawRoundedRect(done, radius, radius)
        painter.end()


def install(wizard: WizardHost) -> Header:
    set_icons(wizard)
    return Header(wizard)
