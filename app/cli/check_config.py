"""`check-config [PATH]`: check a clinic configuration file; one line per problem, exit 2 on any. No Qt
(unless the computer has no CUPS: Qt then lists the printers)."""

from __future__ import annotations

from pathlib import Path

from app.cli.errors import EXIT_BAD_INPUT, print_problems
from app.cli.inputs import config_path, content_root
from app.core.config_check import KeyLines
from app.core.config_load import check_config
from app.core.problems import short_path
from app.printing import cups


def run(args) -> int:
    path = config_path(args)
    problems, cfg = check_config(path, content_root(args))
    print_problems(problems)
    if cfg is None:
        return EXIT_BAD_INPUT
    warning = printer_warning(path, cfg.printer) if cfg.printer else None
    if warning:
        print_problems([warning])
    mode = f"kiosk on, printer '{cfg.printer}', idle {cfg.idle_timeout_s} s" if cfg.kiosk else "kiosk off"
    print(
        f"config OK: {path} ({mode}, {len(cfg.extra_questions)} clinic question(s), "
        f"{len(cfg.crisis)} crisis override(s))"
    )
    return 0


def printers_here() -> list[str] | None:
    """The print queues of this computer (None if it cannot tell): CUPS directly, else Qt's list."""
    if cups.available():
        return cups.queue_names()
    try:
        from PySide6.QtPrintSupport import QPrinterInfo  # start-up: Qt only where there is no CUPS
    except ImportError:
        return None
    return list(QPrinterInfo.availablePrinterNames())


def printer_warning(path: Path, printer: str) -> str | None:
    """A warning (not an error: the file may be written for another machine) for a printer not found here."""
    have = printers_here()
    if have is None or printer in have:
        return None
    where = KeyLines(path.read_text(encoding="utf-8")).where("kiosk", "printer")
    listed = ", ".join(have) if have else "none"
    return (
        f"{short_path(path)}:{where}: warning: no printer '{printer}' on this computer "
        f"(printers here: {listed}); the kiosk cannot print until it exists"
    )
