"""Start the desktop app (or the kiosk): QApplication, content, the wizard."""

from __future__ import annotations

import os
import sys
import time

from app import APP_NAME


def _qt_problem() -> str | None:
    try:
        from app.qtcheck import explain_qt_startup_failure
    except ImportError:
        return None
    return explain_qt_startup_failure()


def _import_core_before_qt() -> None:
    """Import the Qt-free part of the app before PySide6.

    Once PySide6 is imported it reads the source of every module imported after it (to look for
    `from __feature__ import ...`) and keeps it in `linecache`: ~20 ms and ~5 MB for the modules the
    start-up needs. Modules whose import runs before PySide6 are not read.
    """
    import app.commands  # noqa: F401
    import app.core.config  # noqa: F401
    import app.core.flow  # noqa: F401
    import app.core.glossary  # noqa: F401
    import app.core.question_list  # noqa: F401
    import app.core.quiz  # noqa: F401
    import app.core.rules  # noqa: F401
    import app.core.snapshot  # noqa: F401


def _release_startup_caches() -> None:
    """Drop the module sources PySide6 read into `linecache` during start-up (see above): memory
    that nothing needs; a traceback, should there ever be one, reads the file again."""
    import linecache

    linecache.clearcache()


def run_gui(args, started: float) -> int:
    problem = _qt_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    _import_core_before_qt()
    from PySide6.QtWidgets import QApplication

    from app import commands

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    from app.core.config import find_config

    if args.kiosk or args.config or find_config() is not None:  # a clinic config, e.g. pushed by IT
        from app.kiosk.launch import run_kiosk_or_desktop

        return run_kiosk_or_desktop(app, args, started)
    from app.ui import remembered, translations
    from app.ui.language import connect_language_switch
    from app.ui.language_choice import default_language
    from app.ui.wizard import RiskWizard, WizardOptions

    root = commands.content_root(args)
    display = remembered.load()  # text size, contrast and language from the last run (never answers)
    # --lang, else the language chosen last time, else the system's language if we have it
    lang = default_language(root, requested=args.lang or display.language)
    content = commands.load(args, lang)
    translations.install(lang)  # Qt's own and our interface texts; English if a file is missing
    remembered.apply(display)
    remember = remembered.Remember(display)
    options = WizardOptions(content_root=root, confirm_close=True, save_and_resume=True)
    wizard = RiskWizard(content, options, first_page_only=True)
    shown = [wizard]  # the language choice on the welcome page replaces the window

    def switched(new) -> None:
        shown[0] = new
        remember.language_chosen(new.content.meta.language)

    connect_language_switch(wizard, switched)
    from app.ui.paint_probe import after_first_paint

    measuring = bool(os.environ.get("ISOTRETINOIN_EXIT_AFTER_SHOW"))  # benchmarks/startup.py

    def report(what: str) -> None:
        try:
            print(f"{what} {time.perf_counter() - started:.3f}", flush=True)
        except OSError:  # nobody reads any more (a closed pipe): still go on, and quit
            pass

    def first_paint() -> None:
        # The welcome page is painted first; the other pages are made straight after (20-30 ms here,
        # long before anyone can press Next, which would make them at once anyway).
        if measuring:
            report("first-window-shown")
        wizard.add_remaining_pages()
        wizard.build_ahead()  # the other pages, while the person reads the first one
        _release_startup_caches()
        if measuring:
            report("wizard-ready")
            app.quit()

    after_first_paint(wizard.currentPage() or wizard, first_paint)
    wizard.show()
    return app.exec()
