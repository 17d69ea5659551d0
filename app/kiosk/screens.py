"""The kiosk's full-screen pages around the wizard: start, still there?, sorry, printout, staff, error."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.kiosk.taps import guard


def label(text: str, role: str = "", name: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    if role:
        widget.setProperty("role", role)
    if name:
        widget.setObjectName(name)
    return widget


def button(text: str, name: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setObjectName(name)
    if primary:
        widget.setProperty("role", "primary")
    return widget


class Screen(QWidget):
    """A centred column; `tapped` fires on a tap anywhere outside its buttons."""

    tapped = Signal()

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(80, 60, 80, 60)
        self.column.setSpacing(24)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.tapped.emit()
        event.accept()


class StartScreen(Screen):
    def __init__(self, app_title: str, clinic_name: str, logo: QImage | None):
        super().__init__("start-screen")
        self.column.addStretch(2)
        if logo is not None and not logo.isNull():
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(logo).scaledToHeight(120, Qt.TransformationMode.SmoothTransformation))
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.column.addWidget(picture)
        if clinic_name:
            self.column.addWidget(label(clinic_name, "big", "start-clinic"))
        self.column.addWidget(label(app_title, "headline", "start-title"))
        self.column.addWidget(
            label(
                self.tr(
                    "Get a printed list of questions to ask your doctor about isotretinoin. "
                    "It takes about 5 to 10 minutes."
                ),
                "big",
            )
        )
        self.start_button = button(self.tr("Tap to start"), "start", primary=True)
        self.start_button.clicked.connect(self.tapped)
        guard(self.start_button)  # the second tap of a double tap on Finish lands here: not a new session
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addStretch(1)
        self.column.addWidget(
            label(
                self.tr(
                    "Nothing you tap here is saved. The screen clears itself when you finish or walk away. "
                    "This is not medical advice."
                ),
                "",
                "start-privacy",
            )
        )
        self.column.addStretch(1)


class StillThereScreen(Screen):
    def __init__(self):
        super().__init__("still-there")
        self.column.addStretch(2)
        self.column.addWidget(label(self.tr("Are you still there?"), "headline"))
        self.countdown = label("", "big", "countdown")
        self.column.addWidget(self.countdown)
        self.continue_button = button(self.tr("Yes, I am still here"), "still-here", primary=True)
        self.continue_button.clicked.connect(self.tapped)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addStretch(3)

    def set_seconds(self, seconds: int) -> None:
        self.countdown.setText(
            self.tr(
                "To keep your answers private, this screen will clear in %1 seconds. Tap anywhere to continue."
            ).replace("%1", str(seconds))
        )


class SorryScreen(Screen):
    def __init__(self):
        super().__init__("sorry-screen")
        self.column.addStretch(2)
        self.column.addWidget(label(self.tr("Sorry, something went wrong — please ask the front desk."), "headline"))
        self.column.addWidget(label(self.tr("Your answers have been cleared. You can start again."), "big"))
        self.again_button = button(self.tr("Start again"), "start-again", primary=True)
        self.again_button.clicked.connect(self.tapped)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.again_button)
        row.addStretch(1)
        self.column.addLayout(row)
        self.column.addStretch(3)


class PrintoutScreen(Screen):
    """The printout as pages, inside the app (the kiosk never opens a print preview dialog)."""

    back = Signal()
    print_requested = Signal()

    def __init__(self):
        super().__init__("printout-screen")
        self.column.setContentsMargins(24, 16, 24, 16)
        self.title = label(self.tr("This is what will print"), "big")
        self.column.addWidget(self.title)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setWidget(self.pages)
        self.column.addWidget(self.scroll_area, 1)
        row = QHBoxLayout()
        self.back_button = button(self.tr("Back to my list"), "printout-back")
        self.print_button = button(self.tr("Print"), "printout-print", primary=True)
        self.back_button.clicked.connect(self.back)
        self.print_button.clicked.connect(self.print_requested)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        self.column.addLayout(row)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def show_pages(self, images: list[QImage]) -> None:
        self.clear()
        for number, image in enumerate(images, 1):
            page = QLabel()
            page.setObjectName(f"printout-page-{number}")
            page.setPixmap(QPixmap.fromImage(image))
            page.setFrameShape(QFrame.Shape.Box)
            self.pages_layout.addWidget(page)
            caption = label(self.tr("Page %1 of %2").replace("%1", str(number)).replace("%2", str(len(images))))
            self.pages_layout.addWidget(caption)

    def page_labels(self) -> list[QLabel]:
        return [w for w in self.pages.findChildren(QLabel) if w.objectName().startswith("printout-page-")]

    def clear(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()


class StaffMenu(Screen):
    """Buttons first, in fixed places; everything whose length varies (results, problems) goes below them,
    so no button moves under a finger after "Print a test page". "Exit the kiosk" asks for a second tap."""

    back = Signal()
    exit_requested = Signal()
    test_print = Signal()

    def __init__(self):
        super().__init__("staff-menu")
        self.column.setContentsMargins(40, 30, 40, 30)
        self.column.addWidget(label(self.tr("Staff menu"), "headline"))
        self.back_button = button(self.tr("Back to the kiosk"), "staff-back", primary=True)
        self.test_button = button(self.tr("Print a test page"), "staff-test-print")
        self.problems_button = button(self.tr("Show configuration problems"), "staff-problems-button")
        self.exit_button = button(self.tr("Exit the kiosk"), "staff-exit")
        guard(self.exit_button)  # "Tap again to exit" needs a second, separate tap
        grid = QGridLayout()
        grid.setSpacing(16)
        grid.addWidget(self.back_button, 0, 0)
        grid.addWidget(self.test_button, 0, 1)
        grid.addWidget(self.problems_button, 1, 0)
        grid.addWidget(self.exit_button, 1, 1)
        self.column.addLayout(grid)
        self.status = label("", "staff", "staff-status")
        self.status.setFixedHeight(3 * self.status.fontMetrics().lineSpacing() + 8)
        self.column.addWidget(self.status)
        self.info = label("", "", "staff-info")
        self.info.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems = label("", "staff", "staff-problems")
        self.problems.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems.setVisible(False)
        details = QWidget()
        details_column = QVBoxLayout(details)
        details_column.addWidget(self.info)
        details_column.addWidget(self.problems)
        details_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(details)
        self.column.addWidget(scroll, 1)
        self.exit_armed = False
        self.back_button.clicked.connect(self.back)
        self.test_button.clicked.connect(self.test_print)
        self.exit_button.clicked.connect(self._exit_tapped)
        self.problems_button.clicked.connect(lambda: self.problems.setVisible(True))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def _exit_tapped(self) -> None:
        if self.exit_armed:
            self.exit_requested.emit()
            return
        self.exit_armed = True
        self.exit_button.setText(self.tr("Tap again to exit"))
        self.status.setText(self.tr("Exit the kiosk? Tap Exit again to confirm, or Back to the kiosk to stay."))

    def set_state(self, info: str, problems: list[str], limited: bool = False) -> None:
        """`limited`: the config is broken and has no usable PIN: only the problems and the exit."""
        self.exit_armed = False
        self.exit_button.setText(self.tr("Exit the kiosk"))
        self.status.setText("")
        self.info.setText(info)
        self.problems.setText("\n".join(f"•  {p}" for p in problems) if problems else self.tr("No problems found."))
        self.problems.setVisible(limited)
        self.test_button.setVisible(not limited)

    def set_status(self, text: str) -> None:
        self.status.setText(text)


class ErrorScreen(Screen):
    """The kiosk cannot start (bad or missing config, content that does not load).

    Patients see only "please ask a member of staff"; the problems themselves (which name files and
    paths) are in the staff menu and on standard error.
    """

    retry = Signal()

    def __init__(self):
        super().__init__("error-screen")
        self.problems: list[str] = []
        self.column.addStretch(2)
        self.column.addWidget(label(self.tr("This kiosk is not working right now"), "headline"))
        self.column.addWidget(label(self.tr("Please ask a member of staff."), "big"))
        self.column.addStretch(1)
        self.retry_button = button(self.tr("Check again"), "error-retry", primary=True)
        self.retry_button.clicked.connect(self.retry)
        self.column.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.column.addStretch(2)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def set_problems(self, problems: list[str]) -> None:
        self.problems = list(problems)
