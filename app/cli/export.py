"""`export --answers A.json`: the same printout as the app, as a file (.pdf, .html, .txt) or on a printer.

The brief on page 1, the phone code on the PDF (unless --no-qr). Qt is loaded only for a PDF or a printer.
"""

from __future__ import annotations

import os
import sys

from msgspec.structs import replace

from app.cli.errors import UserError
from app.cli.inputs import language, load
from app.core.answers import read_answers_file
from app.core.problems import DataError, short_path
from app.core.render import RenderOptions, render_html, render_text
from app.core.session_file import from_file


def run(args) -> int:
    try:
        data = read_answers_file(args.answers)
    except DataError as err:
        raise UserError(str(err)) from None
    content = load(args, language(args, data.language or "en"))
    if args.region:
        data.answers["region"] = args.region
    try:
        opened = from_file(data, content, short_path(args.answers))
    except DataError as err:
        raise UserError(str(err)) from None
    for problem in opened.left_out:  # a file from an older version: what no longer fits is left out
        print(f"warning: {problem}", file=sys.stderr)
    qlist = opened.session.edits
    if args.printer is None and args.out is None:
        raise UserError("--out FILE or --printer NAME is required")
    fmt = args.format or (args.out.suffix.lower().lstrip(".") if args.out else "pdf")
    if fmt not in ("pdf", "html", "txt"):
        raise UserError(f"--out: cannot tell the format from '{args.out}'; use .pdf, .html or .txt, or --format")
    qlist.print_know = qlist.print_know and not args.no_know  # the file's choices, unless the options say
    qlist.doctor_lines = qlist.doctor_lines or args.doctor_lines
    args.paper = args.paper or opened.session.paper or None
    args.no_qr = args.no_qr or not opened.session.phone_code
    clinician = getattr(args, "clinician_lang", None) or opened.session.clinician_language or None
    clinician_content = load(args, clinician) if clinician and clinician != content.meta.language else None
    options = RenderOptions(know=qlist.print_know, doctor_lines=qlist.doctor_lines, clinician=clinician_content)
    if fmt in ("html", "txt") and args.printer is None:
        if fmt == "html":  # a complete document for a browser, with every source
            text = render_html(qlist, content, replace(options, for_qt=False, full_register=True))
        else:
            text = render_text(qlist, content, options)
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"--out: cannot write {args.out}: {exc.strerror or exc}") from None
        return 0
    return _pdf_or_printer(args, qlist, content, options)


def _pdf_or_printer(args, qlist, content, options: RenderOptions) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A PDF needs only QtGui; a printer needs QtPrintSupport, which loads QtWidgets (~40 ms more).
    if args.printer is None:
        from PySide6.QtGui import QGuiApplication as Application  # start-up: Qt only for a PDF or a printer

        from app.printing.pdf import PrintError, save_pdf  # start-up: QtGui only, for a PDF
    else:
        from PySide6.QtWidgets import QApplication as Application  # start-up: QtWidgets only for a printer

        from app.printing.service import PrintError, print_silently  # start-up: QtPrintSupport only for a printer
    from app.printing.document import paper_for  # start-up: Qt only for a PDF or a printer
    from app.ui.files.print_errors import english  # start-up: the words for a PrintError (no translator: English)

    _app = Application.instance() or Application([])
    images = {}
    if not args.no_qr:
        from app.printing.qr import printout_code  # start-up: only when the printout has a phone code

        code = printout_code(qlist, content)
        if code is not None:
            images["qr"] = code[0]
            options = replace(options, qr=True, qr_caption=code[1])
    html = render_html(qlist, content, options)
    paper = paper_for(qlist.region, args.paper)
    try:
        if args.printer is not None:
            print_silently(html, args.printer, paper, images)
        else:
            save_pdf(html, args.out, paper, images)
    except PrintError as err:
        raise UserError(english(err)) from None
    return 0
