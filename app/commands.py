"""Headless commands (same rendering code as the app): check-content, questions, export."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from app.core.problems import DataError


class UserError(Exception):
    """Bad input from the person running the command: one line, exit 2."""


def content_root(args) -> Path:
    if getattr(args, "content", None):
        return args.content
    from app.paths import content_dir

    return content_dir()


def language(args, fallback: str = "en") -> str:
    return getattr(args, "sub_lang", None) or getattr(args, "lang", None) or fallback


def load(args, lang: str):
    from app.core.loader import load_content

    try:
        return load_content(content_root(args), lang)
    except DataError as err:
        raise UserError(str(err)) from None


def _checked_content(args) -> tuple[Path, dict | None]:
    """Validate the content folder named on the command line: (the folder holding the language
    folders, {lang: Content}); problems are printed, one per line, and give None."""
    from app.core.validate import check_content as check

    root = args.dir or content_root(args)
    problems, loaded = check(root)
    for problem in problems:
        print(problem, file=sys.stderr)
    folder = root.parent if (root / "meta.toml").exists() else root  # a single language folder was given
    return folder, (None if problems else loaded)


def check_content(args) -> int:
    from app.core import snapshot

    folder, loaded = _checked_content(args)
    if loaded is None:
        return 2
    questions = sum(len(a.questions) for c in loaded.values() for a in c.areas)
    doctor = sum(len(a.doctor_questions) for c in loaded.values() for a in c.areas)
    print(f"content OK: {len(loaded)} language(s) ({', '.join(sorted(loaded))}), "
          f"{questions} screening questions, {doctor} doctor questions")
    stale = [lang for lang in sorted(loaded) if snapshot.load(folder, lang) is None]
    if stale:
        print(f"note: no up-to-date {snapshot.FILE_NAME} for {', '.join(stale)} (start-up reads the TOML, "
              f"a little slower); `compile-content` writes it")
    return 0


def compile_content(args) -> int:
    """Validate a content folder and write each language's start-up snapshot (app.core.snapshot)."""
    from app.core import snapshot

    folder, loaded = _checked_content(args)
    if loaded is None:
        return 2
    for lang, content in sorted(loaded.items()):
        try:
            path = snapshot.write(folder, lang, content)
        except OSError as err:
            raise UserError(f"{snapshot.path_for(folder, lang)}: cannot write ({err.strerror or err})") from None
        print(f"wrote {path}")
    return 0


def questions_json(args) -> int:
    content = load(args, language(args))
    out = []
    for area, q in content.all_questions():
        out.append({
            "id": q.id,
            "area": area.id,
            "text": q.text,
            "why": q.why,
            "multiple": q.multiple,
            "values": [c.value for c in content.choices_of(q)],
            "labels": {c.value: c.label for c in content.choices_of(q)},
        })
    json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def export(args) -> int:
    """The same printout as the app: the brief on page 1, the phone code on the PDF (unless --no-qr)."""
    from dataclasses import replace

    from app.core.answers import question_list_from_file, read_answers_file
    from app.core.problems import short_path
    from app.core.render import RenderOptions, render_html, render_text

    try:
        data = read_answers_file(args.answers)
    except DataError as err:
        raise UserError(str(err)) from None
    content = load(args, language(args, data.language or "en"))
    if args.region:
        data.answers["region"] = args.region
    try:
        qlist = question_list_from_file(data, content, short_path(args.answers))
    except DataError as err:
        raise UserError(str(err)) from None
    if args.printer is None and args.out is None:
        raise UserError("--out FILE or --printer NAME is required")
    fmt = args.format or (args.out.suffix.lower().lstrip(".") if args.out else "pdf")
    if fmt not in ("pdf", "html", "txt"):
        raise UserError(f"--out: cannot tell the format from '{args.out}'; use .pdf, .html or .txt, or --format")
    qlist.print_know = not args.no_know
    qlist.doctor_lines = args.doctor_lines
    options = RenderOptions(know=qlist.print_know, doctor_lines=qlist.doctor_lines)
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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.printing.document import paper_for
    from app.printing.service import PrintError, print_silently, save_pdf

    _app = QApplication.instance() or QApplication([])
    images = {}
    if not args.no_qr:
        from app.printing.qr import printout_code

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
        raise UserError(str(err)) from None
    return 0


def dispatch(args) -> int:
    if args.command == "check-content":
        return check_content(args)
    if args.command == "compile-content":
        return compile_content(args)
    if args.command == "questions":
        return questions_json(args)
    if args.command == "export":
        return export(args)
    if args.command in ("check-config", "set-pin"):
        from app.kiosk import config_cli

        return config_cli.run(args)
    raise UserError(f"unknown command {args.command}")
