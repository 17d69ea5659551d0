"""Command line and start-up: `isotretinoin-checklist` / `python -m app`. Parses and dispatches, nothing else.

The headless commands are app.cli.*; the window is app.gui. Only the module of the command that runs is
imported, so `check-content` and `questions` load no Qt and the window's start-up no command code.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from app import APP_ID, __version__
from app.cli.errors import OneLineParser, UserError, fail
from app.core.languages import LANGUAGES

_START = time.perf_counter()


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog=APP_ID, description="Prepare your questions about isotretinoin. Not medical advice.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--lang", help=f"content and interface language ({', '.join(LANGUAGES)})")
    parser.add_argument("--content", type=Path, help="content folder (default: the bundled one)")
    parser.add_argument("--kiosk", action="store_true", help="run as a clinic kiosk")
    parser.add_argument("--config", type=Path, help="clinic configuration file (TOML)")
    parser.add_argument("--self-test", action="store_true", help="check the installation and exit")
    sub = parser.add_subparsers(dest="command", parser_class=OneLineParser)

    check = sub.add_parser("check-content", help="validate a content folder")
    check.add_argument("dir", nargs="?", type=Path)
    compile_ = sub.add_parser("compile-content", help="validate a content folder and write its start-up snapshots")
    compile_.add_argument("dir", nargs="?", type=Path)

    questions = sub.add_parser("questions", help="list every screening question")
    questions.add_argument("--json", action="store_true", required=True, help="print JSON")
    questions.add_argument("--lang", dest="sub_lang")

    export = sub.add_parser("export", help="make the question list from an answers file")
    export.add_argument("--answers", type=Path, required=True, help="answers file (JSON)")
    export.add_argument("--out", type=Path, help="output file: .pdf, .html or .txt")
    export.add_argument("--format", choices=["pdf", "html", "txt"], help="force the output format")
    export.add_argument("--region", choices=["us", "uk", "eu", "other", "not_sure"], help="override the region answer")
    export.add_argument("--paper", choices=["letter", "a4"], help="paper size (default: Letter for US, A4 otherwise)")
    export.add_argument("--printer", help="print to this printer instead of writing a file")
    export.add_argument("--doctor-lines", action="store_true", help="leave room under each question for the answer")
    export.add_argument(
        "--no-know", action="store_true", help="leave out the screening summary (red flags still print)"
    )
    export.add_argument("--clinician-lang", help="language of the clinician part (Check first, screening summary)")
    export.add_argument("--no-qr", action="store_true", help="no phone code on the PDF or printout")
    export.add_argument("--lang", dest="sub_lang")

    for name in ("check-config", "set-pin"):
        cfg = sub.add_parser(name, help=f"{name.replace('-', ' ')} of a clinic configuration file")
        cfg.add_argument("path", nargs="?", type=Path)
        cfg.add_argument("--config", dest="sub_config", type=Path)
    return parser


def dispatch(args) -> int:
    """Run what the command line asks for; each branch imports only its own command."""
    if args.self_test:
        from app.cli import self_test as command  # start-up: only the command that runs is imported
    elif args.command is None:
        from app.gui import run_gui  # start-up: only the command that runs is imported

        return run_gui(args, started=_START)
    elif args.command == "check-content":
        from app.cli import check_content as command  # start-up: only the command that runs is imported
    elif args.command == "compile-content":
        from app.cli import compile_content as command  # start-up: only the command that runs is imported
    elif args.command == "questions":
        from app.cli import questions as command  # start-up: only the command that runs is imported
    elif args.command == "export":
        from app.cli import export as command  # start-up: only the command that runs is imported
    elif args.command == "check-config":
        from app.cli import check_config as command  # start-up: only the command that runs is imported
    elif args.command == "set-pin":
        from app.cli import set_pin as command  # start-up: only the command that runs is imported
    else:
        raise UserError(f"unknown command {args.command}")
    return command.run(args)


def run(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    try:
        return dispatch(args)
    except UserError as err:
        return fail(str(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `questions --json | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
