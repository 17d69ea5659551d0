"""Start-up with a clinic configuration: the kiosk, or the desktop app with the clinic's settings.

Kiosk mode is `--kiosk`, or `kiosk.enabled = true` in the config. A bad or missing config in kiosk
mode shows a staff error screen (never a crash or an empty window). In kiosk mode an unexpected
error is logged to stderr (the exception type and code locations only: no values, so no patient
data), the person sees "Sorry, something went wrong" and the wizard starts again.
"""

from __future__ import annotations

import os
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from app import log
from app.cli import inputs as cli_inputs
from app.core.config import ClinicConfig, config_locations, find_config, kiosk_requested
from app.core.config_load import check_config
from app.core.decode import read_toml
from app.core.loader import load_content
from app.core.model import Content
from app.core.pin import PinError, parse_hash
from app.core.problems import DataError
from app.kiosk.restart import unexpected_restart
from app.kiosk.shell import KioskShell
from app.printing import cups
from app.printing.service import PrintError, available_printers, check_printer
from app.ui.files import print_errors
from app.ui.prefs import translations
from app.ui.prefs.language_choice import default_language
from app.ui.wizard.language import connect_language_switch
from app.ui.wizard.wizard import RiskWizard, WizardOptions


@dataclass
class Prepared:
    kiosk: bool
    config: ClinicConfig | None = None
    content: Content | None = None
    problems: list[str] | None = None  # fatal: the kiosk shows them on its error screen
    pin_hash: str = ""  # for the error screen's staff exit, when the file still has a usable one


def _peek_pin_hash(path: Path | None) -> str:
    if path is None or not path.is_file():
        return ""
    try:
        raw, _ = read_toml(path)
        value = raw.get("kiosk", {}).get("pin_hash", "")
        parse_hash(value)
        return value
    except (DataError, PinError, AttributeError, TypeError):
        return ""


def prepare(args, content_root: Path) -> Prepared:
    """Find and check the config and load the content; never raises for bad input."""
    path = find_config(getattr(args, "config", None))
    lang = getattr(args, "lang", None)
    if path is None:
        if not args.kiosk:
            return Prepared(kiosk=False)
        looked = ", ".join(str(p) for p in config_locations())
        return Prepared(kiosk=True, problems=[f"No clinic configuration file was found (looked in: {looked})."])
    wanted = bool(args.kiosk) or kiosk_requested(path)
    problems, cfg = check_config(path, content_root, kiosk=True if args.kiosk else None, language=lang)
    if cfg is None:
        return Prepared(kiosk=wanted, problems=[str(p) for p in problems], pin_hash=_peek_pin_hash(path))
    try:
        content = load_content(content_root, _language(content_root, lang, cfg.language))
    except DataError as err:
        return Prepared(kiosk=cfg.kiosk, config=cfg, problems=[str(p) for p in err.problems], pin_hash=cfg.pin_hash)
    return Prepared(kiosk=cfg.kiosk, config=cfg, content=content, pin_hash=cfg.pin_hash)


def _language(content_root: Path, requested: str | None, clinic: str | None) -> str:
    """--lang, else the clinic's language, else the system's (when there is content for it), else English."""
    return default_language(content_root, requested, clinic)


def use_language(lang: str) -> None:
    """Interface texts (ours and Qt's own Back/Next) in the content's language."""
    translations.install(lang)


def load_logo(config: ClinicConfig | None) -> tuple[QImage | None, str | None]:
    if config is None or config.logo_path is None:
        return None, None
    image = QImage(str(config.logo_path))
    if image.isNull():
        return None, f"The logo {config.logo_path} could not be read as an image; the printout has no logo."
    return image, None


def startup_warnings(config: ClinicConfig) -> list[str]:
    """Problems that do not stop the kiosk (shown in the staff menu, logged to stderr)."""
    warnings = []
    if cups.available():  # asked directly: Qt's QPrinterInfo would make libcups write the PPD to /tmp
        if not cups.scheduler_running():
            return [f"{cups.NOT_RUNNING}: the kiosk cannot print to '{config.printer}' until it runs."]
        have = cups.queue_names()
        if config.printer not in have:
            warnings.append(
                f"The printer '{config.printer}' was not found. Printers on this computer: {', '.join(have) or 'none'}."
            )
        return warnings
    try:
        check_printer(config.printer)
    except PrintError as err:
        have = ", ".join(available_printers()) or "none"
        warnings.append(f"{print_errors.english(err)} Printers on this computer: {have}.")
    return warnings


def log_exception(exc_type, tb) -> None:
    """Type and code locations only. Never str(exc) or local values: they may hold what a person typed."""
    lines = [
        f"kiosk: unexpected error {exc_type.__module__}.{exc_type.__qualname__}; the session was wiped "
        "(message and values not logged: they may contain patient data)"
    ]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  at {_short(frame.filename)}:{frame.lineno} in {frame.name}")
    log.warning("\n".join(lines))  # the staff log (journald for the kiosk service)


def _short(filename: str) -> str:
    parts = Path(filename).parts
    return str(Path(*parts[parts.index("app") :])) if "app" in parts else Path(filename).name


def install_excepthook(get_shell):
    """Route uncaught errors (PySide reports errors in slots and event handlers here) to the shell."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log_exception(exc_type, tb)
        shell = get_shell()
        if shell is not None:
            try:
                shell.recover()
            except Exception as inner:  # noqa: BLE001 - the hook itself must never raise
                log_exception(type(inner), inner.__traceback__)

    sys.excepthook = hook
    return previous


class KioskRunner:
    """Owns the one kiosk window; "Check again" on the error screen replaces it."""

    def __init__(self, app: QApplication, args, content_root: Path):
        self.app, self.args, self.content_root = app, args, content_root
        self.shell = None
        self.cursor_hidden = False
        self.restarted = unexpected_restart()  # read once, at start-up (see app.kiosk.restart)

    def build(self, prepared: Prepared):
        config = prepared.config or ClinicConfig(kiosk=True, pin_hash=prepared.pin_hash)
        if prepared.problems:
            shell = KioskShell(
                None, config, fatal=prepared.problems, content_root=self.content_root, restarted=self.restarted
            )
        else:
            use_language(prepared.content.meta.language)
            logo, logo_problem = load_logo(config)
            warnings = ([logo_problem] if logo_problem else []) + startup_warnings(config)
            for line in warnings:
                log.warning(f"kiosk: warning: {line}")
            shell = KioskShell(
                prepared.content,
                config,
                problems=warnings,
                logo=logo,
                content_root=self.content_root,
                restarted=self.restarted,
            )
            if config.hide_cursor and not self.cursor_hidden:
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)
                self.cursor_hidden = True
        shell.exit_requested.connect(self.app.quit)
        shell.retry_requested.connect(self.retry)
        return shell

    def show(self, prepared: Prepared) -> None:
        old = self.shell
        if old is not None:  # undo its app-wide kiosk look first, or the new window would enlarge it twice
            old.release()
        self.shell = self.build(prepared)
        if old is not None and old.pin_pad.gate is not None and self.shell.pin_pad.gate is not None:
            self.shell.pin_pad.gate.adopt(old.pin_pad.gate)  # "Check again" hands out no fresh PIN tries
        self.shell.keeper.show()
        if old is not None:
            old.allow_close = True
            old.close()
            old.deleteLater()

    def retry(self) -> None:
        prepared = prepare(self.args, self.content_root)
        if prepared.problems:
            self.shell.show_fatal(prepared.problems)
            return
        self.show(prepared)


def run_kiosk_or_desktop(app: QApplication, args, started: float) -> int:
    content_root = cli_inputs.content_root(args)
    prepared = prepare(args, content_root)
    if not prepared.kiosk:
        if prepared.problems:
            for line in prepared.problems:
                log.warning(line)
            if getattr(args, "config", None):  # the file was asked for: do not start without it
                return 2
            log.warning("warning: the clinic configuration above was not used")
            prepared = Prepared(kiosk=False)
        return _run_desktop(app, args, prepared, started)
    runner = KioskRunner(app, args, content_root)
    runner.show(prepared)
    previous = install_excepthook(lambda: runner.shell)
    _report_when_shown(app, started)
    try:
        app.exec()
    finally:
        sys.excepthook = previous  # (the kiosk look is not undone: the process ends here)
    return 0


def _run_desktop(app: QApplication, args, prepared: Prepared, started: float) -> int:
    """No kiosk: the normal desktop wizard, with the clinic's name, logo, language, paper and questions."""
    cfg = prepared.config
    if cfg is None:
        content = cli_inputs.load(args, cli_inputs.language(args))
        options = WizardOptions(confirm_close=True)
    else:
        content = cfg.apply_to(prepared.content)
        logo, logo_problem = load_logo(cfg)
        if logo_problem:
            log.warning(f"warning: {logo_problem}")
        options = WizardOptions(
            confirm_close=True,
            clinic_name=cfg.clinic_name,
            paper_override=cfg.paper,
            extra_questions=cfg.extra_questions,
            crisis_override=dict(cfg.crisis),
            logo=logo,
        )
    use_language(content.meta.language)
    wizard = RiskWizard(content, options)
    if cfg is not None and cfg.region:
        wizard.set_answer("region", cfg.region)
        wizard.session.changed = False  # the clinic's preset, not the person's: nothing to lose yet
    if hasattr(wizard, "language_requested"):
        holder = {"wizard": wizard}
        connect_language_switch(wizard, lambda new: holder.update(wizard=new))
    wizard.show()
    _report_when_shown(app, started)
    return app.exec()


def _report_when_shown(app: QApplication, started: float) -> None:
    if os.environ.get("ISOTRETINOIN_EXIT_AFTER_SHOW"):

        def report() -> None:
            # stdout, not the log: benchmarks/startup.py and the start-up tests read this line as the product
            print(f"first-window-shown {time.perf_counter() - started:.3f}", flush=True)  # noqa: T201
            app.exit(0)  # not quit(): Qt's quit asks every window to close, and the kiosk refuses

        QTimer.singleShot(0, report)
