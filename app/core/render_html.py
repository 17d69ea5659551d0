"""A Brief -> HTML: one document for Qt's QTextDocument (preview, PDF, printer) and for a browser.

Every piece of text is escaped. The HTML uses only what QTextDocument supports (a style sheet of
element and class selectors, paragraphs, lists, one table for the crisis box) and references no
external resource; the only images are `res:` names that the printing layer supplies itself.

For Qt (`for_qt=True`) the document also carries marks for the printing layer (app.printing.pages):
- an empty anchor KEEP starts a unit that must not split across pages (a question, a list line);
- KEEP_NEXT marks a heading: it stays on the page of what follows it;
- NEW_PAGE starts a page (the brief after a cover sheet); NOT_FIRST is never on the brief's first
  page (the phone code: that page is the clinician's), it starts the next page there;
- the FOOTER paragraph (the one-line crisis contacts) is printed at the foot of every page, and the
  PAGE_NUMBER paragraph is the "Page {page} of {pages}" pattern for it; both are taken out of the flow;
- a table that floats is kept on one page with what flows beside it (app.printing.pages reads its
  position from the layout).

Paper is scarce (the longest list must fit on 4 pages, a typical one on 2). The phone code goes at
the end, after the questions; the small print (the reasons, the sources) is 9 pt black, legible on a
clinic laser printer.
The browser document (`for_qt=False`) is a complete HTML5 file without those marks, and so is the
on-screen preview (`marks=False`), which has no pages.
"""

from __future__ import annotations

from msgspec import Struct

from app.core.brief import OWN, Brief, Entry, Run
from app.core.brief_sources import SourceLine
from app.core.escaping import esc

KEEP, KEEP_NEXT, FOOTER, PAGE_NUMBER = "keep", "keep-next", "page-footer", "page-number"
NEW_PAGE, NOT_FIRST = "new-page", "not-first"
BOX, STAR = "&#9744;", "&#9733;"  # ☐ to tick in the visit, ★ most important
BLANK = "_" * 22
# 227 px = 60 mm printed: a version-27 code (133 modules with its quiet zone) gets 0.45 mm modules.
QR_PX = 227
KNOW_IN_ONE_COLUMN = 8  # more "What I want my doctor to know" statements than this: two columns


class HtmlOptions(Struct, frozen=True):
    logo: bool = False  # the printing layer registers the image as "res:logo"
    qr: bool = False  # ... and the phone code as "res:qr"
    qr_caption: str = ""
    for_qt: bool = True  # False: a complete browser document (real headings, no printing marks)
    marks: bool = True  # the printing marks (for_qt only; the on-screen preview has no pages)
    full_register: bool = False  # every source with its address (the HTML export)
    scale: float = 1.0  # the preview follows the app's text size; paper is always 1.0
    cover: bool = False  # a cover sheet first, alone on its page (the kiosk's front-desk printer)


def style(scale: float = 1.0) -> str:
    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return (
        f"body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: {pt(10)}; color: #000000; }}"
        f"p {{ margin-top: 2px; margin-bottom: 2px; }}"
        f"h1, p.h1 {{ font-size: {pt(16)}; font-weight: bold; margin-top: 0px; margin-bottom: 2px; }}"
        f"h2, p.h2 {{ font-size: {pt(12.5)}; font-weight: bold; margin-top: 8px; margin-bottom: 3px; }}"
        f"h3, p.h3 {{ font-size: {pt(10.5)}; font-weight: bold; margin-top: 3px; margin-bottom: 0px; }}"
        f"p.who {{ font-size: {pt(10.5)}; margin-bottom: 4px; }}"
        f"p.clinic {{ font-size: {pt(11)}; color: #333333; }}"
        f"p.q {{ margin-left: 20px; text-indent: -20px; margin-top: 4px; }}"
        f"p.top {{ font-size: {pt(11)}; margin-top: 6px; }}"
        f"p.personal, p.general {{ font-size: {pt(9.5)}; margin-top: 1px; margin-bottom: 1px; line-height: 95%; }}"
        f"p.note {{ font-size: {pt(9)}; color: #333333; font-style: italic; }}"
        f"p.notes {{ margin-top: 0px; margin-bottom: 0px; }}"
        f"span.why, span.notes {{ font-size: {pt(9)}; color: #222222; }}"
        f"p.personal span.why {{ font-size: {pt(9)}; }}"
        f"p.why {{ font-size: {pt(9)}; color: #222222; margin-left: 20px; margin-top: 0px; margin-bottom: 1px; }}"
        f"p.know {{ margin-left: 26px; text-indent: -12px; margin-top: 1px; margin-bottom: 1px; }}"
        f"li {{ margin-top: 1px; margin-bottom: 1px; }}"
        f"p.small {{ font-size: {pt(9)}; color: #222222; }}"
        f"p.caption {{ font-size: {pt(9.5)}; font-weight: bold; margin-top: 2px; }}"
        f"p.footer {{ font-size: {pt(9)}; margin-top: 10px; }}"
        f"td.crisis {{ font-size: {pt(10)}; }}"
        f"td.flags {{ font-size: {pt(11)}; }}"
        f"p.flag {{ font-weight: bold; margin-left: 18px; text-indent: -14px; }}"
        f"p.screen {{ margin-left: 14px; text-indent: -14px; margin-top: 1px; margin-bottom: 1px; }}"
    )


def _who(brief: Brief) -> str:
    """Name, age, appointment, which rules apply, the date (age and rules from the triage words)."""
    t, c = brief.texts, brief.clinical
    name = f"<b>{esc(brief.name)}</b>" if brief.name else BLANK
    appointment = f"<b>{esc(brief.appointment)}</b>" if brief.appointment else BLANK
    age = weight = rules = ""
    if c is not None:
        age = f" &nbsp; {esc(c.words.age_label)}: " + (f"<b>{esc(c.age)}</b>" if c.age else "____")
        weight = f" &nbsp; {esc(c.words.weight_label)}: <b>{esc(c.weight)}</b>" if c.weight else ""
        rules = f"<br/>{esc(c.words.rules_label)}: <b>{esc(c.rules)}</b> &nbsp; " if c.rules else "<br/>"
    return (
        f'<p class="who">{esc(t.name_label)}: {name}{age}{weight} &nbsp; {esc(t.appointment_label)}: {appointment}'
        f"{rules or ' &nbsp; '}{esc(t.date_label)}: {esc(brief.day(brief.made_on))}</p>"
    )


def _check_first(brief: Brief) -> str:
    """The red flags in a box: always printed (or the words for none), never cut."""
    c = brief.clinical
    if c is None:
        return ""
    lines = [f'<p class="flag">!! {esc(flag)}</p>' for flag in brief.parts.flags] or [f"<p>{esc(c.words.no_flags)}</p>"]
    return (
        '<table width="100%" border="2" cellspacing="0" cellpadding="5" style="border-color:#000000;'
        f' margin-top:4px; margin-bottom:4px"><tr><td class="flags"><b>{esc(c.words.check_first).upper()}</b>'
        f"{''.join(lines)}</td></tr></table>"
    )


def _crisis(brief: Brief) -> str:
    if not brief.crisis_heading:
        return ""
    title = f"<br/>{esc(brief.crisis_title)}" if brief.crisis_title else ""
    lines = "".join(f"<li>{esc(line)}</li>" for line in brief.crisis_lines)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="6" style="border-color:#8a1c1c;'
        ' margin-top:6px; margin-bottom:4px">'
        f'<tr><td class="crisis"><b>{esc(brief.crisis_heading)}{title}</b><ul>{lines}</ul></td></tr></table>'
    )


class _Writer:
    def __init__(self, brief: Brief, options: HtmlOptions):
        self.brief, self.options, self.t = brief, options, brief.texts
        self.parts: list[str] = []

    def mark(self, name: str) -> str:
        return f'<a name="{name}"></a>' if self.options.for_qt and self.options.marks else ""

    def heading(self, level: int, text: str, prefix: str = "") -> None:
        # Qt sizes <h1>-<h3> from its default font whatever the style sheet says: paragraphs for Qt.
        tag, css = ("p", f' class="h{level}"') if self.options.for_qt else (f"h{level}", "")
        self.parts.append(f"<{tag}{css}>{self.mark(KEEP_NEXT)}{prefix}{esc(text)}</{tag}>")

    def entry(self, e: Entry, css: str, notes_line: bool) -> None:
        text = f"<b>{esc(e.text)}</b>" if css == "top" else esc(e.text)
        label = f"{esc(self.t.why_label)}: " if css == "top" else ""  # (the rest: the reason alone, shorter)
        why = f'<br/><span class="why">{label}{esc(e.why)}</span>' if e.why else ""
        notes = ""
        if self.brief.doctor_lines:
            notes = f'<br/><span class="notes">{esc(self.t.doctor_answer_label)}:</span>'
        elif notes_line:
            notes = f'<br/><span class="notes">{esc(self.t.notes_line_label)} {"_" * 40}</span>'
        if css == "personal" and why and not notes:  # the reason in its own small, tighter paragraph
            self.parts.append(
                f'<p class="q {css}">{self.mark(KEEP)}{BOX} {e.number}. {text}</p><p class="why">{esc(e.why)}</p>'
            )
        else:
            self.parts.append(f'<p class="q {css}">{self.mark(KEEP)}{BOX} {e.number}. {text}{why}{notes}</p>')
        if self.brief.doctor_lines:
            self.parts.append('<p class="q">&nbsp;</p><hr/><p class="q">&nbsp;</p><hr/>')

    def know(self, statements: tuple[str, ...]) -> None:
        """One line per statement; a long list in two columns (down the first, then the second), with
        the "I was not sure about" line, which can be long, under them."""

        def line(text: str) -> str:
            return f'<p class="know">{self.mark(KEEP)}&bull;&nbsp; {esc(text)}</p>'

        unsure = statements[-1] if statements[-1].startswith(self.t.unsure_about.split("{")[0]) else None
        plain = list(statements[:-1] if unsure else statements)
        if len(plain) <= KNOW_IN_ONE_COLUMN:
            self.parts += [line(s) for s in statements]
            return
        rows = (len(plain) + 1) // 2
        cells = [(plain[i], plain[i + rows] if i + rows < len(plain) else "") for i in range(rows)]

        def cell(text: str) -> str:
            return f'<td width="50%"><p class="know">&bull;&nbsp; {esc(text)}</p></td>' if text else "<td></td>"

        self.parts.append(
            '<table class="know" width="100%" cellspacing="0" cellpadding="1">'
            + "".join(f"<tr>{cell(a)}{cell(b)}</tr>" for a, b in cells)
            + "</table>"
        )
        if unsure:
            self.parts.append(line(unsure))

    def runs(self, runs: tuple[Run, ...], css: str) -> None:
        for run in runs:
            self.heading(3, run.label)
            for e in run.entries:
                self.entry(e, css, notes_line=e.kind == OWN)

    def sources(self, heading: str, lines: tuple[SourceLine, ...], with_urls: bool) -> None:
        if not lines:
            return
        self.heading(3, heading)
        rows = []
        for line in lines:
            url = f" {esc(line.url)}" if with_urls and line.url else ""
            rows.append(f"{esc(line.words())}{url}")
        self.parts.append(f'<p class="small">{self.mark(KEEP)}{"<br/>".join(rows)}</p>')


def render(brief: Brief, options: HtmlOptions | None = None) -> str:
    options = options or HtmlOptions()
    t, p = brief.texts, brief.parts
    w = _Writer(brief, options)
    out = w.parts
    # Never the person's name: the title becomes the print job's name in shared queues and the PDF's metadata.
    title = esc(t.list_title)
    out.append(
        f'<!DOCTYPE html><html lang="{esc(brief.language)}"><head><meta charset="utf-8"/>'
        f"<title>{title}</title><style>{style(options.scale)}</style></head><body>"
    )
    if options.cover and brief.clinical is not None:  # alone on page 1; the brief starts on page 2
        words = brief.clinical.words
        out.append(f'<p class="h1" style="margin-top: 120px">{esc(words.cover_title)}</p>')
        out.append(f"<p>{esc(words.cover_line)}</p>")
        if brief.clinic_name:
            out.append(f'<p class="clinic">{esc(brief.clinic_name)}</p>')
        out.append(f'<p class="small">{w.mark(NEW_PAGE)}&nbsp;</p>')
    if options.logo:
        out.append('<p><img src="res:logo" height="48"/></p>')
    if brief.clinic_name:
        out.append(f'<p class="clinic">{esc(brief.clinic_name)}</p>')
    heading = f'<p class="h1">{esc(t.list_title)}</p>' if options.for_qt else f"<h1>{esc(t.list_title)}</h1>"
    out.append(f"{heading}{_who(brief)}{_crisis(brief)}{_check_first(brief)}")
    c = brief.clinical
    if p.screen and c is not None:
        w.heading(2, c.words.screen_heading)
        out += [f'<p class="screen">{w.mark(KEEP)}<b>{esc(topic)}:</b> {esc(said)}</p>' for topic, said in p.screen]
    if p.top:
        w.heading(2, c.words.my_questions if c is not None else t.important_heading, f"{STAR} ")
        for e in p.top:
            w.entry(e, "top", notes_line=True)
    if p.suggested:
        w.heading(2, c.words.suggest_heading if c is not None else t.important_heading, f"{STAR} ")
        note = c.words.suggest_note if c is not None else t.important_auto_note
        out.append(f'<p class="note">{w.mark(KEEP)}{esc(note)}</p>')
        for e in p.suggested:
            w.entry(e, "top", notes_line=True)
    if p.know:
        w.heading(2, t.know_heading)
        w.know(p.know)
    if p.own:
        w.heading(2, t.own_questions_heading)
        for e in p.own:
            w.entry(e, "own", notes_line=True)
    if brief.notes:  # a paragraph per line, each kept on one page (a block across a break prints twice as text)
        w.heading(2, t.notes_heading)
        out += [f'<p class="notes">{w.mark(KEEP)}{esc(line) or "&nbsp;"}</p>' for line in brief.notes.splitlines()]
    if p.personal:
        w.heading(2, t.personal_heading)
        w.runs(p.personal, "personal")
    if p.general:
        w.heading(2, t.general_heading)
        w.runs(p.general, "general")
    if brief.glossary:  # a line per word, each kept on one page: the glossary may go on over a page break
        w.heading(3, t.glossary_heading)
        out += [f'<p class="small">{w.mark(KEEP)}<b>{esc(g.term)}</b>: {esc(g.explain)}</p>' for g in brief.glossary]
    end = _Writer(brief, options)  # the sources, beside the phone code if it is not beside the questions
    if options.full_register:  # the HTML export: every source, with the originals' addresses
        end.sources(t.sources_heading, brief.register, with_urls=True)
    elif c is not None and c.sources_line:  # on paper: one short line that matches the person's region
        end.parts.append(f'<p class="small">{end.mark(KEEP)}{esc(c.sources_line)} {esc(t.sources_full_note)}</p>')
    else:  # on paper: the main documents only
        end.sources(t.sources_heading, brief.sources, with_urls=False)
        end.parts.append(f'<p class="small">{esc(t.sources_full_note)}</p>')
    end.parts.append(
        f'<p class="small">{end.mark(KEEP)}{esc(t.reviewed_label)}: {esc(brief.day(brief.reviewed))}. '
        f"<i>{esc(t.disclaimer)}</i></p>"
    )
    if options.qr:  # the code on a page after page 1 (the last), its caption and the sources beside it
        out.append(f'<p class="small">{w.mark(NOT_FIRST)}&nbsp;</p>')
        out.append(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:8px"><tr>'
            f'<td width="{QR_PX + 12}" valign="top"><img src="res:qr" width="{QR_PX}" height="{QR_PX}"/></td>'
            f'<td valign="top"><p class="caption">{esc(options.qr_caption)}</p>{"".join(end.parts)}</td>'
            "</tr></table>"
        )
    else:
        out += end.parts
    if brief.footer:
        out.append(f'<p class="footer">{w.mark(FOOTER)}{esc(brief.footer)}</p>')
    if options.for_qt and options.marks:
        out.append(f'<p class="small">{w.mark(PAGE_NUMBER)}{esc(t.page_label)}</p>')
    out.append("</body></html>")
    return "".join(out)
