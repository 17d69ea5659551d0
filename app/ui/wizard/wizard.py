"""RiskWizard: the QWizard generated from content, over one core.session.Session; decisions come from app.core."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from app.core import flow
from app.core.model import NOT_SURE, Content
from app.core.rules import SelectedQuestion, crisis_region, crisis_urgency
from app.core.session import Session, SessionField
from app.ui.files import saved_answers
from app.ui.files.save_shortcut import install as install_save_shortcut
from app.ui.host import WizardOptions  # (app.ui.wizard.wizard.WizardOptions for the callers that import it from here)
from app.ui.look import theme
from app.ui.parts.crisis import CrisisDialog
from app.ui.wizard import accessibility, ahead, chrome, display_controls, window_fit
from app.ui.wizard.next_guard import NextGuard
from app.ui.wizard.pages import AreaPage, WelcomePage

if TYPE_CHECKING:
    from app.ui.summary.summary_page import SummaryPage
    from app.ui.wizard.quiz_page import QuizPage

WELCOME_ID = 0
SUMMARY_ID = 1000
QUIZ_ID = 900  # the optional teach-back check, between the last risk page and the summary
DEFAULT_SIZE = (1100, 760)


class RiskWizard(QWizard):
    SUMMARY_PAGE = SUMMARY_ID
    QUIZ_PAGE = QUIZ_ID
    answers = SessionField("answers")
    skipped = SessionField("skipped")
    question_list = SessionField("edits")
    quiz_wanted = SessionField("quiz_wanted")
    quiz_answers = SessionField("quiz_answers")
    changed_since_output = SessionField("changed")
    crisis_shown = Signal(str)  # region
    answers_changed = Signal()
    language_requested = Signal(str)  # the welcome page's language choice; the window's owner rebuilds

    def __init__(
        self,
        content: Content,
        options: WizardOptions | None = None,
        parent: QWidget | None = None,
        first_page_only: bool = False,
        session: Session | None = None,
    ):
        """`session`: what the person has done (a language switch passes the old window's; None: a new one).
        `first_page_only`: make just the welcome page now and the others with `add_remaining_pages()`,
        which the desktop app calls right after the first paint (start-up then shows the window sooner).
        Next, or reading `summary` or `area_pages`, adds them at once if that has not happened yet."""
        super().__init__(parent)
        self.prepare_window()
        theme.appearance()  # style and style sheet before any page exists: set later, they re-polish every widget

        self.content = content
        self.wizard_options = options or WizardOptions()
        self.session = (
            session
            if session is not None
            else Session.fresh(
                self.wizard_options.know_on_printout,
                self.wizard_options.qr_on_printout,
                self.wizard_options.clinician_language,
            )
        )
        self.crisis_dialog: CrisisDialog | None = None
        self.output_once = False  # the list was saved or printed at least once (app.ui.files.close_warning)
        self.list_seen = False  # the list page was shown once or more (SummaryPage sets it; app.ui.files.close_warning)
        self.walking = False  # walk_to() is pressing Next (no review of skipped questions then)
        self.reviewed_gaps: tuple = ()  # the unanswered questions the person last saw listed
        self.answers_changed.connect(self.mark_changed)
        self.setObjectName("risk-wizard")
        self.setWindowTitle(content.meta.app_title)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.page_ids: dict[str, int] = {  # known before the pages exist: nextId() needs them
            area.id: WELCOME_ID if area.id == flow.WELCOME_AREA else index + 1
            for index, area in enumerate(content.areas)
        }
        self._area_pages: dict[str, AreaPage] = {}
        self.quiz_page: QuizPage | None = None
        self.summary_page: SummaryPage | None = None  # None until made; `summary` makes it if need be
        self._complete = False
        welcome = next((a for a in content.areas if a.id == flow.WELCOME_AREA), None)
        self.welcome_page = self._add_area_page(welcome) if welcome is not None else None
        if not first_page_only:
            self._add_pages()
        self.setStartId(WELCOME_ID)
        self.resize(*DEFAULT_SIZE)
        self.header = chrome.install(self)
        if self.wizard_options.save_and_resume and not self.wizard_options.kiosk:
            saved_answers.install(self)
            self.save_shortcut = install_save_shortcut(self)  # Ctrl+S
        self.welcome_controls: display_controls.DisplayControls | None = None
        self.zoom_shortcuts, self.focus_follower, self.quiet_focus = accessibility.install(self, self._add_controls)
        self.window_keeper = window_fit.keep_buttons_whole(self)
        self.next_guard = NextGuard(self)  # one page per click (a double click skipped one)

    def _add_controls(self, _wizard) -> None:  # accessibility.install calls it before it sets the reading order
        self.welcome_controls = display_controls.add_to_welcome_page(self)

    def _add_area_page(self, area) -> AreaPage:
        page = WelcomePage(area, self) if area.id == flow.WELCOME_AREA else AreaPage(area, self)
        self.setPage(self.page_ids[area.id], page)
        self._area_pages[area.id] = page
        return page

    def _add_pages(self) -> list:
        """Every page after the welcome page (the risk areas, the quiz, the summary); returns them."""
        from app.ui.summary.summary_page import SummaryPage  # start-up: after the first paint (app.gui)

        self._complete = True
        added = [self._add_area_page(a) for a in self.content.areas if a.id not in self._area_pages]
        if self.content.quiz:
            from app.ui.wizard.quiz_page import QuizPage  # start-up: after the first paint (app.gui)

            self.quiz_page = QuizPage(self)
            self.setPage(QUIZ_ID, self.quiz_page)
            added.append(self.quiz_page)
        self.summary_page = SummaryPage(self)
        self.setPage(SUMMARY_ID, self.summary_page)
        added.append(self.summary_page)
        return added

    def add_remaining_pages(self) -> None:
        """Make the pages a `first_page_only` wizard left out (nothing if they exist)."""
        if self._complete:
            return
        accessibility.prepare_pages(self, self._add_pages())

    @property
    def area_pages(self) -> dict[str, AreaPage]:
        self.add_remaining_pages()
        return self._area_pages

    @property
    def summary(self) -> SummaryPage:
        self.add_remaining_pages()
        return self.summary_page

    def validateCurrentPage(self) -> bool:  # QWizard calls it on Next, before nextId()
        from app.ui.wizard import skipped_review  # start-up: only once Next is pressed

        self.add_remaining_pages()
        return super().validateCurrentPage() and skipped_review.allow_summary(self)

    def build_ahead(self) -> None:
        """Make the pages not reached yet while the person reads (app.ui.wizard.ahead); the desktop app
        starts this after the first paint. Next then only fills in and shows a page."""
        ahead.build_ahead(self)

    def walk_to(self, page_id: int) -> None:
        """Start again and press Next until `page_id` or the summary (so Back still walks the same path)."""
        self.restart()
        if page_id < 0:
            return
        self.walking = True
        try:
            for _ in range(len(self.pageIds()) + 1):
                if self.currentId() in (page_id, SUMMARY_ID):
                    return
                before = self.currentId()
                self.next()
                if self.currentId() == before:
                    return  # the path stops here (a required answer is missing)
        finally:
            self.walking = False

    def prepare_window(self) -> None:
        """Window flags and the like, set before any page exists (changing them later re-polishes every widget)."""

    # -- answers ---------------------------------------------------------------------------
    def set_answer(self, question_id: str, value) -> None:
        self.session.set_answer(question_id, value)
        self.answers_changed.emit()
        question = self.content.question(question_id)
        picked = set() if value is None else ({value} if isinstance(value, str) else set(value))
        hit = picked & set(question.crisis_values)
        if hit:
            self.show_crisis(gentle=not (hit - {NOT_SURE}))

    def set_skipped(self, area_id: str, skipped: bool) -> None:
        self.session.set_skipped(area_id, skipped)
        self.answers_changed.emit()

    def effective_answers(self) -> dict:
        """Answers minus skipped areas; hidden questions are dropped by core.flow."""
        return self.session.effective_answers(self.content)

    def region(self) -> str:
        return crisis_region(self.answers)

    def crisis_info(self):
        region = self.region()
        return self.wizard_options.crisis_override.get(region) or self.content.meta.crisis[region]

    def crisis_heading(self, gentle: bool | None = None) -> str:
        """The crisis contacts' heading; gentler words when only "not sure" answers call for them
        (`gentle` None: decided from all the answers, as the page's own panel does)."""
        if gentle is None:
            gentle = crisis_urgency(self.content, self.answers) == "gentle"
        texts = self.content.meta.texts
        return (texts.crisis_gentle_heading or texts.crisis_heading) if gentle else texts.crisis_heading

    def show_crisis(self, gentle: bool = False) -> None:
        if self.crisis_dialog is not None:
            self.crisis_dialog.deleteLater()
        came_from = QApplication.focusWidget()
        self.crisis_dialog = CrisisDialog(self.crisis_heading(gentle), self.crisis_info(), self)
        # Closing the contacts gives the keyboard focus back to the answer that opened them.
        self.crisis_dialog.finished.connect(lambda _result, w=came_from: self._refocus(w))
        self.present(self.crisis_dialog)
        self.crisis_shown.emit(self.region())

    def present(self, dialog) -> None:
        """Show a panel (crisis contacts, phone code): a dialog on the desktop; the kiosk hosts it in its window."""
        if self.wizard_options.present_panel is not None:
            self.wizard_options.present_panel(dialog)
            return
        dialog.open()
        dialog.raise_()

    def _refocus(self, widget) -> None:
        self.activateWindow()
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh_question_list(self) -> None:
        self.session.refresh_list(self.content, self.wizard_options.extra_questions)

    def quiz_review_questions(self) -> tuple[SelectedQuestion, ...]:
        """'Please explain again' questions from the teach-back check (none if it was skipped)."""
        return self.session.quiz_review_questions(self.content)

    # -- closing without losing the list (desktop) -------------------------------------------
    def mark_changed(self) -> None:
        self.session.changed = True

    def mark_output_done(self) -> None:
        """The list was saved as a PDF or sent to a printer: closing now loses nothing."""
        self.session.changed = False
        self.output_once = True

    def has_entries(self) -> bool:
        return self.session.has_entries()

    def mark_list_seen(self) -> None:  # the summary page was shown (what the close warning says)
        self.list_seen = True

    def carry_over(self, old: RiskWizard) -> None:  # a language switch: what the old window's warning knew
        self.output_once, self.list_seen = old.output_once, old.list_seen

    def use_session(self, session: Session) -> None:  # an opened answers file: its session from now on
        self.session = session

    def note_reviewed_gaps(self, gaps: tuple) -> None:  # the gaps "You skipped …" last listed (skipped_review)
        self.reviewed_gaps = gaps

    def done(self, result: int) -> None:  # Finish, Cancel, Esc and the window's close button all end here
        if self.wizard_options.confirm_close and self.changed_since_output and self.has_entries():
            if not self.confirm_forget():
                return
        super().done(result)

    def confirm_forget(self) -> bool:
        """Ask whether to close without saving; True = close (app.ui.files.close_warning words it)."""
        from app.ui.files import close_warning  # start-up: QMessageBox's enum types cost ~1.5 ms; needed only on close

        return close_warning.confirm_forget(self)

    # -- navigation ------------------------------------------------------------------------
    def nextId(self) -> int:
        current = self.currentId()
        if current == SUMMARY_ID:
            return -1
        if current == QUIZ_ID:
            return SUMMARY_ID
        area_id = next((a for a, pid in self.page_ids.items() if pid == current), None)
        following = flow.next_area(self.content, self.effective_answers(), area_id)
        if following is not None:
            return self.page_ids[following.id]
        has_quiz = self.quiz_page is not None and flow.quiz_items(self.content, self.effective_answers())
        return QUIZ_ID if has_quiz else SUMMARY_ID
