"""Question list -> HTML (for Qt's QTextDocument) and plain text.

Every piece of text, the person's and the content's, is escaped: markup typed into a note
prints literally. The HTML uses only what QTextDocument supports and references no external
resource; the only images are `res:` names that the printing layer supplies itself.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from app.core.glossary import terms_used
from app.core.model import Content, GlossaryEntry
from app.core.question_list import QuestionList
from app.core.rules import SelectedQuestion, group_by_topic

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # + lone surrogates


def clean(text: str) -> str:
    """Make control characters visible instead of letting them act."""
    return _CONTROL.sub("\ufffd", text.replace("\r\n", "\n").replace("\r", "\n"))


def esc(text: str) -> str:
    return html.escape(clean(text), quote=True)


def esc_multiline(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.splitlines())


@dataclass(frozen=True)
class RenderOptions:
    clinic_name: str = ""
    logo: bool = False  # the printing layer registers the image as "res:logo"
    qr: bool = False  # ... and the phone code as "res:qr"
    qr_caption: str = ""


def _sources_used(qlist: QuestionList, content: Content) -> list[str]:
    tags: list[str] = []
    for question in qlist.important_items() + qlist.other_items():
        tags += [t for t in question.sources if t not in tags]
    if qlist.crisis:
        tags += [t for t in content.meta.crisis[qlist.region].sources if t not in tags]
    return [t for t in tags if t in content.sources]


def glossary_used(qlist: QuestionList, content: Content) -> list[GlossaryEntry]:
    """Glossary words that appear in the questions that will print (text and "why")."""
    printed = qlist.important_items() + qlist.other_items()
    return terms_used([t for q in printed for t in (q.text, q.why)], content.meta.glossary)


def _question_html(number: int, q: SelectedQuestion, texts) -> str:
    return (
        '<table width="100%" cellspacing="0" cellpadding="3" style="margin-top:6px">'
        f'<tr><td width="28" valign="top" style="font-size:15pt">&#9744;</td>'
        f'<td valign="top"><b>{number}. {esc(q.text)}</b>'
        + (f'<br/><span style="color:#444444"><i>{esc(texts.why_label)}:</i> {esc(q.why)}</span>' if q.why else "")
        + f'<br/><span style="color:#555555">{esc(texts.doctor_answer_label)}:</span>'
        '<br/>&nbsp;<hr/>&nbsp;<hr/></td></tr></table>'
    )


def render_html(qlist: QuestionList, content: Content, options: RenderOptions = RenderOptions()) -> str:
    meta, texts = content.meta, content.meta.texts
    blank = "_" * 24
    parts = ['<html><body style="font-family:sans-serif; font-size:11pt">']
    if options.logo:
        parts.append('<p><img src="res:logo" height="48"/></p>')
    if options.clinic_name:
        parts.append(f'<p style="font-size:12pt; color:#333333">{esc(options.clinic_name)}</p>')
    parts.append(f'<h1 style="font-size:20pt">{esc(texts.list_title)}</h1>')
    parts.append(
        '<table cellpadding="2">'
        f"<tr><td><b>{esc(texts.name_label)}:</b></td><td>{esc(qlist.name) if qlist.name.strip() else blank}</td></tr>"
        f"<tr><td><b>{esc(texts.appointment_label)}:</b></td>"
        f"<td>{esc(qlist.appointment) if qlist.appointment.strip() else blank}</td></tr>"
        f"<tr><td><b>{esc(texts.date_label)}:</b></td><td>{qlist.made_on.isoformat()}</td></tr></table>"
    )
    if qlist.crisis:
        crisis = meta.crisis[qlist.region]
        lines = "".join(f"<li>{esc(line)}</li>" for line in crisis.lines)
        parts.append(
            '<table width="100%" border="1" cellspacing="0" cellpadding="8" style="border-color:#8a1c1c">'
            f'<tr><td><b style="font-size:13pt">{esc(texts.crisis_heading)}</b><ul>{lines}</ul></td></tr></table>'
        )
    number = 0
    important = qlist.important_items()
    if important:
        parts.append(f'<h2 style="font-size:15pt">&#9733; {esc(texts.important_heading)}</h2>')
        for q in important:
            number += 1
            parts.append(_question_html(number, q, texts))
    for label, questions in group_by_topic(content, qlist.other_items()):
        parts.append(f'<h2 style="font-size:15pt">{esc(label)}</h2>')
        for q in questions:
            number += 1
            parts.append(_question_html(number, q, texts))
    own = [text for text in qlist.own_questions if text.strip()]
    if own:
        parts.append(f'<h2 style="font-size:15pt">{esc(texts.own_questions_heading)}</h2>')
        for text in own:
            number += 1
            parts.append(_question_html(number, SelectedQuestion("own", text, "", "own", 2, ()), texts))
    if qlist.notes.strip():
        parts.append(f'<h2 style="font-size:15pt">{esc(texts.notes_heading)}</h2>')
        parts.append(f"<p>{esc_multiline(qlist.notes)}</p>")
    if options.qr:
        # 180 px = 47.6 mm printed: a version-18 code (97 modules with its quiet zone) gets 0.49 mm modules.
        parts.append(f'<p><img src="res:qr" width="180" height="180"/><br/>{esc(options.qr_caption)}</p>')
    words = glossary_used(qlist, content)
    if words:
        parts.append(f'<h2 style="font-size:15pt">{esc(texts.glossary_heading)}</h2><p>')
        parts.append("<br/>".join(f"<b>{esc(w.term)}</b>: {esc(w.explain)}" for w in words) + "</p>")
    parts.append(f'<h3 style="font-size:11pt">{esc(texts.sources_heading)}</h3><p style="font-size:8pt">')
    for tag in _sources_used(qlist, content):
        s = content.sources[tag]
        parts.append(f"[{esc(tag)}] {esc(s.title)}. {esc(s.publisher)}, {esc(s.date)}. {esc(s.url)}<br/>")
    parts.append("</p>")
    parts.append(
        f'<p style="font-size:9pt">{esc(texts.reviewed_label)}: {meta.reviewed.isoformat()}</p>'
        f'<p style="font-size:9pt; color:#333333"><i>{esc(texts.disclaimer)}</i></p></body></html>'
    )
    return "".join(parts)


def render_text(qlist: QuestionList, content: Content, options: RenderOptions = RenderOptions()) -> str:
    meta, texts = content.meta, content.meta.texts
    out: list[str] = []
    if options.clinic_name:
        out.append(clean(options.clinic_name))
    out += [clean(texts.list_title), "=" * len(texts.list_title), ""]
    out.append(f"{texts.name_label}: {clean(qlist.name) if qlist.name.strip() else '_' * 24}")
    out.append(f"{texts.appointment_label}: {clean(qlist.appointment) if qlist.appointment.strip() else '_' * 24}")
    out.append(f"{texts.date_label}: {qlist.made_on.isoformat()}")
    out.append("")
    if qlist.crisis:
        crisis = meta.crisis[qlist.region]
        out += [f"!! {texts.crisis_heading}", *(f"   - {line}" for line in crisis.lines), ""]
    number = 0

    def question(q: SelectedQuestion) -> None:
        nonlocal number
        number += 1
        out.append(f"[ ] {number}. {clean(q.text)}")
        if q.why:
            out.append(f"    {texts.why_label}: {clean(q.why)}")
        out.append(f"    {texts.doctor_answer_label}: {'_' * 40}")
        out.append("")

    important = qlist.important_items()
    if important:
        out += [f"* {texts.important_heading}", ""]
        for q in important:
            question(q)
    for label, questions in group_by_topic(content, qlist.other_items()):
        out += [label, "-" * len(label), ""]
        for q in questions:
            question(q)
    own = [text for text in qlist.own_questions if text.strip()]
    if own:
        out += [texts.own_questions_heading, "-" * len(texts.own_questions_heading), ""]
        for text in own:
            question(SelectedQuestion("own", text, "", "own", 2, ()))
    if qlist.notes.strip():
        out += [texts.notes_heading, "-" * len(texts.notes_heading), clean(qlist.notes), ""]
    words = glossary_used(qlist, content)
    if words:
        out += [texts.glossary_heading, "-" * len(texts.glossary_heading)]
        out += [f"{w.term}: {w.explain}" for w in words] + [""]
    out += [texts.sources_heading, "-" * len(texts.sources_heading)]
    for tag in _sources_used(qlist, content):
        s = content.sources[tag]
        out.append(f"[{tag}] {s.title}. {s.publisher}, {s.date}. {s.url}")
    out += ["", f"{texts.reviewed_label}: {meta.reviewed.isoformat()}", texts.disclaimer, ""]
    return "\n".join(out)
