"""The window around the pages: the app icon, the header's title and step line, and a progress bar.

QWizard makes its header (a title, a subtitle and a logo) when it shows its first page. We name the
two labels, so the theme can style them (app.ui.stylesheet: a large teal title, a quieter step
line), put the app icon in the logo place, and add a progress bar under the step line that fills
as the person moves on. If a future Qt lays its header out differently, the wizard simply has no
bar: nothing else depends on it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QWidget

from app.core import flow
from app.paths import resource_path

if TYPE_CHECKING:
    from app.ui.wizard import RiskWizard

translate = QCoreApplication.translate  # lupdate takes the context from the first argument
ICON_FILE = ("icons", "app.png")
LOGO_PX = 40
CORNER_RESERVE = 130  # room for A- and A+ (52 px each) at the header's right
CORNER_HEIGHT = 44
CORNER_RIGHT = 12


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

    def __init__(self, wizard: RiskWizard):
        self.wizard = wizard
        self.bar: QProgressBar | None = None
        self.title: QLabel | None = None
        self.corner: QHBoxLayout | None = None  # top right: the A- / A+ buttons (app.ui.display_controls)
        self._waiting: list = []
        wizard.currentIdChanged.connect(self.update)
        wizard.answers_changed.connect(self.update)

    def _find(self) -> bool:
        page = self.wizard.currentPage()
        if page is None:
            return False
        for label in self.wizard.findChildren(QLabel):
            holder = label.parentWidget()
            layout = holder.layout() if holder is not None else None
            if label.text() == page.title() and isinstance(layout, QGridLayout) and holder is not page:
                labels = [w for w in holder.children() if isinstance(w, QLabel)]
                if len(labels) >= 2:
                    self._decorate(holder, layout, labels)
                    return True
        return False

    def _decorate(self, holder: QWidget, layout: QGridLayout, labels: list[QLabel]) -> None:
        self.title, subtitle = labels[0], labels[1]
        self.title.setObjectName("wizard-title")
        subtitle.setObjectName("wizard-subtitle")
        # "Step 2 of 13" on the title's line, not under it: one line less for the page.
        for label in (self.title, subtitle):
            layout.removeWidget(label)
        layout.addWidget(self.title, 2, 1)
        layout.addWidget(subtitle, 2, 2, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        subtitle.setWordWrap(True)
        subtitle.setContentsMargins(18, 0, 0, 3)
        layout.setRowStretch(4, 0)
        if len(labels) > 2:  # the logo place, on the right: a fixed size, so nothing beside it moves
            logo = QPixmap(str(resource_path(*ICON_FILE)))
            if not logo.isNull():
                labels[2].setPixmap(logo.scaled(LOGO_PX, LOGO_PX, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
                labels[2].setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        # The corner is placed by hand at the header's top right, not by the header's layout: that
        # layout moves its columns when the text size changes, and A- / A+ must stay put.
        corner = QWidget(holder)
        corner.setObjectName("header-corner")
        self.corner = QHBoxLayout(corner)
        self.corner.setContentsMargins(0, 0, 0, 0)
        self.corner_widget = corner
        self._pin = _PinTopRight(corner, holder)
        layout.setColumnMinimumWidth(3, CORNER_RESERVE)
        layout.setRowMinimumHeight(2, CORNER_HEIGHT)
        self.bar = QProgressBar(holder)
        self.bar.setObjectName("progress")
        self.bar.setTextVisible(False)
        self.bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.bar, layout.rowCount(), 1, 1, 2)
        layout.setRowMinimumHeight(layout.rowCount(), 6)
        for widget in (self.title, subtitle, self.bar):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(self.corner)

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
        if self.bar is None and not self._find():
            return
        n, m = self.steps()
        self.bar.setRange(0, max(m, 1))
        self.bar.setValue(n)
        self.bar.setAccessibleName(translate("Chrome", "Progress: step %1 of %2").replace("%1", str(n))
                                   .replace("%2", str(m)))


class _PinTopRight(QObject):
    """Keeps `widget` at its parent's top right corner, whatever the parent's layout does."""

    def __init__(self, widget: QWidget, parent: QWidget):
        super().__init__(widget)
        self.widget = widget
        parent.installEventFilter(self)
        widget.installEventFilter(self)
        self.place()

    def place(self) -> None:
        parent = self.widget.parentWidget()
        self.widget.adjustSize()
        self.widget.move(parent.width() - self.widget.width() - CORNER_RIGHT, 0)
        self.widget.raise_()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.place()
        return False


def install(wizard: RiskWizard) -> Header:
    set_icons(wizard)
    return Header(wizard)
