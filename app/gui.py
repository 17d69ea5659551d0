"""Start the desktop app (or the kiosk): QApplication, content, the wizard.

The Qt-free part of the app is imported at the top, before PySide6: once PySide6 is imported it reads
the source of every module imported after it (to look for `from __feature__ import ...`) and keeps it
in `linecache`: ~20 ms and ~5 MB for the modules the start-up needs. Modules imported before PySide6
are not read. Qt itself is imported only after app.qtcheck has made sure it can load (else the person
is told which system packages are missing, not shown a traceback).
"""

from __future__ import annotations

import linecache
import os
import sys
import time

import app.core.flow  # before PySide6 (see above)
import app.core.glossary
import app.core.question_list
import app.core.quiz
import app.core.rules
import app.core.snapshot  # noqa: F401
from app import APP_NAME, log
from app.cli.inputs import content_root, load
from app.core.config import find_config
from app.qtcheck import explain_qt_startup_failure


def _release_startup_caches() -> None:
    """Drop the module sources PySide6 read into `linecache` during start-up (see above): memory
    that nothing needs; a traceback, should there ever be one, reads the file again."""
    linecache.clearcache()


def run_gui(args, started: float) -> int:
    problem = explain_qt_startup_failure()
    if problem:
        log.warning(problem)  # one paragraph on stderr, as before; journald keeps it for a kiosk service
        return 1
    from PySide6.QtWidgets import QApplication  # start-up: Qt only once app.qtcheck says it can load

    if args.kiosk and not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        # Without a session bus (bare X, xinit, openbox) Qt's D-Bus would autolaunch a dbus-daemon that
        # outlives the kiosk and writes ~/.dbus: none (docs/kiosk.md "Nothing left behind").
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    if args.kiosk or args.config or find_config() is not None:  # a clinic config, e.g. pushed by IT
        from app.kiosk.launch import run_kiosk_or_desktop  # start-up: the kiosk's modules only for a clinic

        return run_kiosk_or_desktop(app, args, started)
    return _run_desktop(app, args, started)


def _run_desktop(app, args, started: float) -> int:
    from PySide6.QtCore import QSize  # start-up: Qt only after app.qtcheck's check

    from app.ui.look.paint_probe import after_first_paint  # start-up: Qt only after app.qtcheck's check
    from app.ui.prefs import last_folder, remembered, translations  # start-up: Qt only after app.qtcheck's check
    from app.ui.prefs.language_choice import default_language  # start-up: Qt only after app.qtcheck's check
    from app.ui.wizard import window_fit  # start-up: Qt only after app.qtcheck's check
    from app.ui.wizard.language import connect_language_switch  # start-up: Qt only after app.qtcheck's check
    from app.ui.wizard.wizard import DEFAULT_SIZE, RiskWizard, WizardOptions  # start-up: as above

    root = content_root(args)
    display = remembered.load()  # text size, contrast and language from the last run (never answers)
    # --lang, else the language chosen last time, else the system's language if we have it
    lang = default_language(root, requested=args.lang or display.language)
    content = load(args, lang)
    translations.install(lang)  # Qt's own and our interface texts; English if a file is missing
    remembered.apply(display)
    remember = remembered.Remember(display)
    last_folder.persist = True  # file dialogs start where the person last saved or opened a file
    options = WizardOptions(content_root=root, confirm_close=True, save_and_resume=True, review_skipped=True)
    wizard = RiskWizard(content, options, first_page_only=True)
    window_fit.place(wizard, QSize(*DEFAULT_SIZE), window_fit.saved_geometry())  # inside the screen
    where = window_fit.Remember()
    app.aboutToQuit.connect(lambda: where.closing(shown[0]))
    shown = [wizard]  # the language choice on the welcome page replaces the window

    def switched(new) -> None:
        shown[0] = new
        remember.language_chosen(new.content.meta.language)

    connect_language_switch(wizard, switched)
    measuring = bool(os.environ.get("ISOTRETINOIN_EXIT_AFTER_SHOW"))  # benchmarks/startup.py

    def report(what: str) -> None:
        try:
            # stdout, not the log: the measurement benchmarks/startup.py reads is this program's product here
            print(f"{what} {time.perf_counter() - started:.3f}", flush=True)  # noqa: T201
        except OSError:  # nobody reads any more (a closed pipe): still go on, and quit
            pass

    def first_paint() -> None:
        # The welcome page is painted first; the other pages are made straight after (20-30 ms here,
        # long before anyone can press Next, which would make them at once anyway).
        if measuring:
            report("first-window-shown")
        where.shown(wizard)
        wizard.add_remaining_pages()
        wizard.build_ahead()  # the other pages, while the person reads the first one
        _release_startup_caches()
        if measuring:
            report("wizard-ready")
            app.quit()

    after_first_paint(wizard.currentPage() or wizard, first_paint)
    wizard.show()
    return app.exec()
