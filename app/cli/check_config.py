"""`check-config [PATH]`: check a clinic configuration file; one line per problem, exit 2 on any. No Qt
(unless the computer has no CUPS: Qt then lists the printers)."""

from __future__ import annotations

import os
from pathlib import Path

from app.cli.errors import EXIT_BAD_INPUT, print_problems
from app.cli.inputs import config_path, content_root
from app.core.config_check import KeyLines
from app.core.config_load import check_config
from app.core.pin import MIN_DIGITS, weak_hash
from app.core.problems import short_path
from app.printing import cups


def run(args) -> int:
    path = config_path(args)
    problems, cfg = check_config(path, content_root(args))
    print_problems(problems)
    if cfg is None:
        return EXIT_BAD_INPUT
    warning = printer_warning(path, cfg.printer) if cfg.printer else None
    warnings = ([warning] if warning else []) + pin_warnings(path, cfg.pin_hash)
    if warnings:
        print_problems(warnings)
    mode = f"kiosk on, printer '{cfg.printer}', idle {cfg.idle_timeout_s} s" if cfg.kiosk else "kiosk off"
    print(
        f"config OK: {path} ({mode}, {len(cfg.extra_questions)} clinic question(s), "
        f"{len(cfg.crisis)} crisis override(s))"
    )
    return 0


def pin_warnings(path: Path, pin_hash: str) -> list[str]:
    """Warnings (exit 0) about the staff PIN and who can read the file, whatever kiosk.enabled says: the
    systemd unit starts the app with --kiosk."""
    where = f"{short_path(path)}:{KeyLines(path.read_text(encoding='utf-8')).where('kiosk', 'pin_hash')}"
    warnings = []
    if not pin_hash:
        warnings.append(
            f"{where}: warning: no staff PIN: started as a kiosk (the systemd unit passes --kiosk), staff "
            f"could not leave it; run `isotretinoin-checklist set-pin --config {path}`"
        )
    elif weak_hash(pin_hash):
        warnings.append(
            f"{where}: warning: the PIN hash was made by an older set-pin (faster to guess offline, and "
            f"the PIN may have fewer than {MIN_DIGITS} digits); it still works: run set-pin again"
        )
    try:
        readable = path.stat().st_mode & 0o004
    except OSError:
        readable = 0
    if readable and os.name == "posix":
        warnings.append(
            f"{short_path(path)}: warning: every user of this computer can read this file (its PIN hash can "
            f"be guessed offline): sudo chgrp kiosk {path} && sudo chmod 640 {path}"
        )
    return warnings


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
