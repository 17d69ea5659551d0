"""KioskShell: one frameless, full-screen, always-on-top window around the same RiskWizard.

Screens (a QStackedWidget): start -> session (the wizard, the on-screen keyboard and any panel, see
app.kiosk.session_screen) -> printout; "Are you still there?"; sorry; staff PIN pad -> staff menu;
the error screen. A reset throws the wizard (answers, own questions, notes) away, builds a new one
and clears the clipboard. The shell composes small controllers it owns: the person's wizard
(`person_session`, app.kiosk.session.KioskSession), the staff side (`staff_desk`, app.kiosk.staff.StaffDesk)
and keeping the window on its screen (`keeper`, app.kiosk.window).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QImage, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app import APP_NAME, log
from app.core.config import ClinicConfig
from app.core.model import Content
from app.core.pin import RESTART_STEP, PinGate
from app.kiosk import style
from app.kiosk.actions import KioskActions
from app.kiosk.idle import Clock, IdleWatcher
from app.kiosk.keyboard import OnScreenKeyboard, is_text_field
from app.kiosk.lockdown import Lockdown
from app.kiosk.pinpad import CornerTaps, PinPad
from app.kiosk.screens import ErrorScreen, PrintoutScreen, SorryScreen, StaffMenu, StartScreen, StillThereScreen
from app.kiosk.session import KioskSession
from app.kiosk.session_screen import SessionScreen
from app.kiosk.staff import StaffDesk
from app.kiosk.window import WindowKeeper
from app.kiosk.wizard import KioskWizard
from app.paths import content_dir

ERRORS_BEFORE_GIVING_UP = 3  # unexpected errors within ERROR_WINDOW_S -> the staff error screen
ERROR_WINDOW_S = 60.0


def clear_clipboard() -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


class KioskShell(QWidget):
    exit_requested = Signal()  # staff chose "Exit the kiosk"
    retry_requested = Signal()  # staff tapped "Check again" on the error screen
    session_reset = Signal(str)  # reason: idle, finished, start over, error

    def __init__(
        self,
        content: Content | None,
        config: ClinicConfig,
        clock: Clock | None = None,
        problems: list[str] | None = None,
        fatal: list[str] | None = None,
        logo: QImage | None = None,
        apply_style: bool = True,
        content_root: Path | None = None,
        restarted: bool = False,
    ):
        super().__init__(None, Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("kiosk-shell")
        self.setWindowTitle(APP_NAME)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAcceptDrops(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.config = config
        self.clock = clock or Clock()
        self.content = config.apply_to(content) if content is not None else None
        self.content_root = content_root or content_dir()
        self.fatal: list[str] = []
        self.logo = logo
        self.restarted = restarted
        self.allow_close = False
        self.error_times: list[float] = []
        self.resets = 0
        self.wizard: KioskWizard | None = None
        self.return_to: QWidget | None = None
        self.printout_actions: KioskActions | None = None
        self.person_session = KioskSession(self)  # builds, switches and throws away the person's wizard
        self.staff_desk = StaffDesk(self, problems)  # PIN pad, staff menu, test print, problems, print jobs
        screen = QGuiApplication.primaryScreen()
        self.factor = style.screen_factor(screen.size() if screen is not None else style.REFERENCE)
        self.look = style.KioskLook(QApplication.instance(), self.factor) if apply_style else None
        self.setStyleSheet(style.window_sheet(style.base_points(), self.factor))  # before the children: cheap
        self.lockdown = Lockdown(self)
        self.keeper = WindowKeeper(self, self.screen_resized)

        title = self.content.meta.app_title if self.content is not None else APP_NAME
        self.start = StartScreen(title, config.clinic_name, logo)
        self.keyboard = OnScreenKeyboard()
        self.session = SessionScreen(self.keyboard)
        self.still_there = StillThereScreen()
        self.printout = PrintoutScreen()
        gate = None
        if config.pin_hash:
            gate = PinGate(config.pin_hash, now=self.clock.now, start_step=RESTART_STEP if restarted else 0)
        self.pin_pad = PinPad(gate, self.clock)
        self.staff = StaffMenu()
        self.sorry = SorryScreen()
        self.error = ErrorScreen()
        self.stack = QStackedWidget()
        for screen_widget in (
            self.start,
            self.session,
            self.still_there,
            self.printout,
            self.pin_pad,
            self.staff,
            self.sorry,
            self.error,
        ):
            self.stack.addWidget(screen_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.corner = CornerTaps(self, self.clock)

        self.idle = IdleWatcher(config.idle_timeout_s, self.clock, self)
        self.countdown = self.clock.timer(self, 1, single_shot=False)
        self.remaining = 0
        self.idle.idle.connect(self.on_idle)
        self.countdown.timeout.connect(self._tick)
        self.start.tapped.connect(self.begin)
        self.still_there.tapped.connect(self.continue_session)
        self.sorry.tapped.connect(self.show_start)
        self.printout.back.connect(lambda: self.go(self.session))
        self.printout.print_requested.connect(self._print_from_printout)
        desk = self.staff_desk
        self.corner.triggered.connect(desk.open_staff)
        self.corner.held.connect(desk.corner_held)
        self.pin_pad.accepted.connect(desk.show_staff_menu)
        self.pin_pad.cancelled.connect(lambda: self.go(desk.return_to or self.start))
        self.staff.back.connect(desk.leave_staff_menu)
        self.staff.exit_requested.connect(desk.request_exit)
        self.staff.test_print.connect(desk.test_print)
        self.error.retry.connect(self.retry_requested)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        if fatal or self.content is None:
            self.show_fatal(fatal or ["No content was loaded."])
        else:
            self.person_session.build_wizard()
            self.show_start()

    # -- screens -----------------------------------------------------------------------------
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def go(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.corner.raise_()

    def show_start(self) -> None:
        self.idle.stop()
        self.go(self.error if self.fatal else self.start)

    def begin(self) -> None:
        if self.wizard is None:
            return
        self.go(self.session)
        self.idle.start()

    def show_printout(self, images: list[QImage], actions: KioskActions) -> None:
        self.printout_actions = actions
        self.printout.show_pages(images)
        self.go(self.printout)

    def _print_from_printout(self) -> None:
        self.go(self.session)
        if self.printout_actions is not None:
            self.printout_actions.print_()

    def show_fatal(self, problems: list[str]) -> None:
        self.fatal = list(problems)
        self.idle.stop()
        self.countdown.stop()
        self.person_session.discard_wizard()
        self.error.set_problems(self.fatal)
        self.go(self.error)
        for line in self.fatal:
            log.warning(f"kiosk: cannot start: {line}")

    # -- idle ---------------------------------------------------------------------------------
    def on_idle(self) -> None:
        screen = self.current()
        if screen in (self.start, self.error, self.still_there):
            return
        if screen is self.sorry:
            self.show_start()
            return
        self.return_to = screen
        self.idle.stop()
        self.remaining = self.config.warning_countdown_s
        self.still_there.set_seconds(self.remaining)
        self.go(self.still_there)  # the session screen, with any panel on it, is hidden now
        self.countdown.start()

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.countdown.stop()
            self.reset("idle")
        else:
            self.still_there.set_seconds(self.remaining)

    def continue_session(self) -> None:
        self.countdown.stop()
        self.go(self.return_to or self.session)
        self.idle.start()

    # -- wipe ---------------------------------------------------------------------------------
    def reset(self, reason: str = "reset") -> None:
        """Destroy this person's session and show the start screen for the next one."""
        self.countdown.stop()
        self.idle.stop()
        self.keyboard.detach()
        self.printout.clear()
        self.printout_actions = None
        self.pin_pad.reset()
        self.staff_desk.stop_test_print()
        self.return_to = self.staff_desk.return_to = None
        self.person_session.discard_wizard()
        clear_clipboard()
        style.reset_look()
        self.resets += 1
        if not self.fatal:
            self.person_session.restore_language()
            self.person_session.build_wizard()
        self.show_start()
        self.session_reset.emit(reason)

    def recover(self) -> None:
        """After an unexpected error (see launch.excepthook): wipe, say sorry, start again."""
        now = self.clock.now()
        self.error_times = [t for t in self.error_times if now - t < ERROR_WINDOW_S] + [now]
        if len(self.error_times) >= ERRORS_BEFORE_GIVING_UP:
            count = str(len(self.error_times))
            self.show_fatal(
                [
                    self.tr(
                        "The app hit unexpected errors %1 times in a minute. The details are in the "
                        "log (standard error). Restart the app."
                    ).replace("%1", count)
                ]
            )
            return
        QTimer.singleShot(0, self, self._recover_now)

    def _recover_now(self) -> None:
        self.reset("error")
        if not self.fatal:
            self.go(self.sorry)
            self.idle.start()

    # -- Qt -----------------------------------------------------------------------------------
    def screen_resized(self, size: QSize) -> None:
        """The screen changed size (or this is the first fit): text and touch targets follow it."""
        factor = style.screen_factor(size)
        if self.look is not None:
            self.look.set_factor(factor, size)  # (and the largest text size that fits this screen)
        if abs(factor - self.factor) >= 0.01:
            self.factor = factor
            self.setStyleSheet(style.window_sheet(style.base_points(), factor))

    def _focus_changed(self, _old, new) -> None:
        if not self.config.free_text or self.wizard is None or new is None:
            return
        if is_text_field(new) and self.wizard.isAncestorOf(new):
            if self.keyboard.target is not new:
                self.keyboard.attach(new)
        elif not self.keyboard.isAncestorOf(new):
            self.keyboard.detach()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.corner.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.allow_close:
            event.ignore()
            return
        self.release()
        event.accept()

    def release(self) -> None:
        """Undo the app-wide kiosk look (used when the kiosk exits, and by tests)."""
        self.keeper.enabled = False
        if self.look is not None:
            self.look.restore()
            self.look = None
