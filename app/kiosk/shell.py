"""KioskShell: one frameless, full-screen, always-on-top window around the same RiskWizard.

Screens (a QStackedWidget): start -> session (the wizard, and the on-screen keyboard when free text is
on) -> printout; "Are you still there?"; sorry; staff PIN pad -> staff menu; the staff error screen.
A reset throws the wizard (answers, own questions, notes) away, builds a new one and clears the clipboard.
"""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QClipboard, QCloseEvent, QGuiApplication, QImage, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from app import APP_NAME
from app.core.config import ClinicConfig
from app.core.loader import load_content
from app.core.model import Content
from app.core.pin import PinGate
from app.core.problems import DataError
from app.core.question_list import QuestionList
from app.kiosk import style
from app.kiosk.actions import KioskActions, send_to_printer, test_page_html
from app.kiosk.idle import Clock, IdleWatcher
from app.kiosk.keyboard import OnScreenKeyboard, is_text_field
from app.kiosk.lockdown import Lockdown
from app.kiosk.pinpad import CornerTaps, PinPad
from app.kiosk.screens import ErrorScreen, PrintoutScreen, SorryScreen, StaffMenu, StartScreen, StillThereScreen
from app.kiosk.wizard import KioskWizard
from app.paths import content_dir
from app.printing.service import PrintError
from app.ui.wizard import WizardOptions

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

    def __init__(self, content: Content | None, config: ClinicConfig, clock: Clock | None = None,
                 problems: list[str] | None = None, fatal: list[str] | None = None,
                 logo: QImage | None = None, apply_style: bool = True, content_root: Path | None = None):
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
        self.staff_problems = list(problems or [])
        self.fatal: list[str] = []
        self.logo = logo
        self.allow_close = False
        self.error_times: list[float] = []
        self.resets = 0
        self.wizard: KioskWizard | None = None
        self.return_to: QWidget | None = None
        self.staff_return: QWidget | None = None
        self.printout_actions: KioskActions | None = None
        self._restore_style = style.apply(QApplication.instance()) if apply_style else None
        self.setStyleSheet(style.window_sheet(style.base_points()))  # before the children: cheap
        self.lockdown = Lockdown(self)

        title = self.content.meta.app_title if self.content is not None else APP_NAME
        self.start = StartScreen(title, config.clinic_name, logo)
        self.session = QWidget()
        self.session.setObjectName("session")
        self.session_layout = QVBoxLayout(self.session)
        self.session_layout.setContentsMargins(0, 0, 0, 0)
        self.keyboard = OnScreenKeyboard()
        self.session_layout.addWidget(self.keyboard)
        self.still_there = StillThereScreen()
        self.printout = PrintoutScreen()
        gate = PinGate(config.pin_hash, now=self.clock.now) if config.pin_hash else None
        self.pin_pad = PinPad(gate, self.clock)
        self.staff = StaffMenu()
        self.sorry = SorryScreen()
        self.error = ErrorScreen()
        self.stack = QStackedWidget()
        for screen in (self.start, self.session, self.still_there, self.printout, self.pin_pad, self.staff,
                       self.sorry, self.error):
            self.stack.addWidget(screen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.corner = CornerTaps(self, self.clock.now)

        self.idle = IdleWatcher(config.idle_timeout_s, self.clock, self)
        self.countdown = self.clock.timer(self, 1, single_shot=False)
        self.remaining = 0
        self.idle.idle.connect(self.on_idle)
        self.countdown.timeout.connect(self._tick)
        self.start.tapped.connect(self.begin)
        self.still_there.tapped.connect(self.continue_session)
        self.sorry.tapped.connect(self.show_start)
        self.printout.back.connect(lambda: self._go(self.session))
        self.printout.print_requested.connect(self._print_from_printout)
        self.corner.triggered.connect(self.open_staff)
        self.pin_pad.accepted.connect(self.show_staff_menu)
        self.pin_pad.cancelled.connect(lambda: self._go(self.staff_return or self.start))
        self.staff.back.connect(self._leave_staff_menu)
        self.staff.exit_requested.connect(self.request_exit)
        self.staff.test_print.connect(self.test_print)
        self.error.retry.connect(self.retry_requested)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        if fatal or self.content is None:
            self.show_fatal(fatal or ["No content was loaded."])
        else:
            self.build_wizard()
            self.show_start()

    # -- screens -----------------------------------------------------------------------------
    def current(self) -> QWidget:
        return self.stack.currentWidget()

    def _go(self, screen: QWidget) -> None:
        self.stack.setCurrentWidget(screen)
        self.corner.raise_()

    def show_start(self) -> None:
        self.idle.stop()
        self._go(self.error if self.fatal else self.start)

    def begin(self) -> None:
        if self.wizard is None:
            return
        self._go(self.session)
        self.idle.start()

    def show_printout(self, images: list[QImage], actions: KioskActions) -> None:
        self.printout_actions = actions
        self.printout.show_pages(images)
        self._go(self.printout)

    def _print_from_printout(self) -> None:
        self._go(self.session)
        if self.printout_actions is not None:
            self.printout_actions.print_()

    def show_fatal(self, problems: list[str]) -> None:
        self.fatal = list(problems)
        self.idle.stop()
        self.countdown.stop()
        self._discard_wizard()
        self.error.set_problems(self.fatal)
        self._go(self.error)
        for line in self.fatal:
            print(f"kiosk: cannot start: {line}", file=sys.stderr, flush=True)

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
        self._go(self.still_there)
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
        self._go(self.return_to or self.session)
        self.idle.start()

    # -- wipe ---------------------------------------------------------------------------------
    def build_wizard(self, content: Content | None = None) -> KioskWizard:
        """A fresh wizard in the session screen (the clinic's language unless `content` says otherwise)."""
        config = self.config
        options = WizardOptions(free_text=config.free_text, kiosk=True, clinic_name=config.clinic_name,
                                paper_override=config.paper, extra_questions=config.extra_questions,
                                crisis_override=dict(config.crisis), actions_factory=self._make_actions,
                                logo=self.logo, know_on_printout=config.know_on_printout)
        wizard = KioskWizard(content or self.content, options, self.session)
        if config.region:
            wizard.set_answer("region", config.region)
        wizard.finished_session.connect(lambda: self.reset("finished"))
        wizard.start_over.connect(lambda: self.reset("start over"))
        if hasattr(wizard, "language_requested"):
            wizard.language_requested.connect(self.switch_language)
        self.session_layout.insertWidget(0, wizard, 1)
        wizard.show()  # (the layout would only show it later, from the event loop)
        self.wizard = wizard
        return wizard

    def switch_language(self, lang: str) -> None:
        """The welcome page's language choice: the same kiosk wizard, rebuilt in `lang`, answers kept."""
        from app.ui import language, translations

        old = self.wizard
        if old is None or lang == old.content.meta.language:
            return
        try:
            content = self.config.apply_to(load_content(self.content_root, lang))
        except DataError as err:
            print(f"kiosk: language {lang}: {err}", file=sys.stderr, flush=True)
            controls = getattr(old, "welcome_controls", None)
            if controls is not None and hasattr(controls, "language_failed"):
                controls.language_failed(lang)
            return
        translations.install(lang)
        answers, skipped, page_id = dict(old.answers), set(old.skipped), old.currentId()
        qlist = copy.deepcopy(old.question_list)
        self._discard_wizard()
        new = self.build_wizard(content)
        new.answers, new.skipped, new.question_list = answers, skipped, qlist
        language.go_to_page(new, page_id)

    def _restore_language(self) -> None:
        from app.ui import translations

        default = self.content.meta.language
        if translations.current_language() != default:
            translations.install(default)

    def _make_actions(self, page) -> KioskActions:
        return KioskActions(page, self)

    def _discard_wizard(self) -> None:
        old, self.wizard = self.wizard, None
        if old is None or not shiboken6.isValid(old):
            return
        old.answers.clear()
        old.skipped.clear()
        old.question_list = QuestionList()
        if isinstance(getattr(old, "quiz_answers", None), dict):
            old.quiz_answers.clear()
        if old.crisis_dialog is not None and shiboken6.isValid(old.crisis_dialog):
            old.crisis_dialog.hide()
        self.session_layout.removeWidget(old)
        old.hide()
        old.deleteLater()  # not now: reset may run inside one of the wizard's own signals

    def reset(self, reason: str = "reset") -> None:
        """Destroy this person's session and show the start screen for the next one."""
        self.countdown.stop()
        self.idle.stop()
        self.keyboard.detach()
        self.printout.clear()
        self.printout_actions = None
        self.pin_pad.reset()
        self.return_to = self.staff_return = None
        self._discard_wizard()
        clear_clipboard()
        style.reset_look()
        self.resets += 1
        if not self.fatal:
            self._restore_language()
            self.build_wizard()
        self.show_start()
        self.session_reset.emit(reason)

    def recover(self) -> None:
        """After an unexpected error (see launch.excepthook): wipe, say sorry, start again."""
        now = self.clock.now()
        self.error_times = [t for t in self.error_times if now - t < ERROR_WINDOW_S] + [now]
        if len(self.error_times) >= ERRORS_BEFORE_GIVING_UP:
            count = str(len(self.error_times))
            self.show_fatal([self.tr("The app hit unexpected errors %1 times in a minute. The details are in the "
                                     "log (standard error). Restart the app.").replace("%1", count)])
            return
        QTimer.singleShot(0, self, self._recover_now)

    def _recover_now(self) -> None:
        self.reset("error")
        if not self.fatal:
            self._go(self.sorry)
            self.idle.start()

    # -- staff --------------------------------------------------------------------------------
    def open_staff(self) -> None:
        if self.current() in (self.pin_pad, self.staff):
            return
        self.staff_return = self.current()
        if self.pin_pad.gate is None:
            if self.fatal:  # no usable PIN because the config is broken: the menu can only exit or retry
                self.show_staff_menu()
            return
        self.pin_pad.reset()
        self.pin_pad.refresh_lock()
        self._go(self.pin_pad)
        self.idle.start()

    def show_staff_menu(self) -> None:
        config = self.config
        info = [self.tr("Config: %1").replace("%1", str(config.path or "-")),
                self.tr("Printer: %1").replace("%1", config.printer or "-"),
                self.tr("Idle timeout: %1 s, countdown %2 s").replace("%1", str(config.idle_timeout_s))
                .replace("%2", str(config.warning_countdown_s)),
                self.tr("Sessions cleared since start: %1").replace("%1", str(self.resets))]
        self.staff.set_state("\n".join(info), self.fatal + self.staff_problems)
        self.staff.test_button.setEnabled(not self.fatal)
        self._go(self.staff)

    def _leave_staff_menu(self) -> None:
        self._go(self.error if self.fatal else (self.staff_return or self.start))

    def test_print(self) -> None:
        try:
            send_to_printer(test_page_html(self.config.clinic_name, self.config.printer), self.config.printer, "a4")
        except PrintError as err:
            self.report_problem(f"Test print failed: {err}")
            self.staff.info.setText(self.tr("Test print failed: %1").replace("%1", str(err)))
            return
        self.staff.info.setText(self.tr("Test page sent to '%1'.").replace("%1", self.config.printer))

    def report_problem(self, text: str) -> None:
        if text not in self.staff_problems:
            self.staff_problems = (self.staff_problems + [text])[-20:]

    def request_exit(self) -> None:
        self.allow_close = True
        self.reset("exit")
        self.exit_requested.emit()

    # -- Qt -----------------------------------------------------------------------------------
    def _focus_changed(self, _old, new) -> None:
        if not self.config.free_text or self.wizard is None or new is None:
            return
        if is_text_field(new) and self.wizard.isAncestorOf(new):
            self.keyboard.attach(new)
        elif not self.keyboard.isAncestorOf(new):
            self.keyboard.detach()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.corner.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self.allow_close:
            event.ignore()
            return
        self.release()
        event.accept()

    def release(self) -> None:
        """Undo the app-wide kiosk look (used when the kiosk exits, and by tests)."""
        if self._restore_style is not None:
            self._restore_style()
            self._restore_style = None
