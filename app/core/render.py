"""Question list -> the printout as HTML (for Qt's QTextDocument, or a browser) and plain text.

What prints, and in which order, is decided once in app.core.brief; app.core.render_html and
app.core.render_text only write it down, so every output holds the same items in the same order.
Every piece of text, the person's and the content's, is escaped (app.core.escaping).
"""

from __future__ import annotations

from msgspec import Struct

from app.core import brief as brief_model
from app.core import render_html as html_writer
from app.core import render_text as text_writer
from app.core.escaping import clean, esc, esc_multiline
from app.core.model import Content, GlossaryEntry
from app.core.question_list import QuestionList

__all__ = [
    "RenderOptions",
    "clean",
    "esc",
    "esc_multiline",
    "glossary_used",
    "make_brief",
    "render_html",
    "render_text",
]


class RenderOptions(Struct, frozen=True):
    clinic_name: str = ""
    logo: bool = False  # the printing layer registers the image as "res:logo"
    qr: bool = False  # ... and the phone code as "res:qr"
    qr_caption: str = ""
    know: bool = True  # print "What I want my doctor to know"
    doctor_lines: bool = False  # leave room for the doctor's answers
    for_qt: bool = True  # False: a complete browser document (the HTML export)
    full_register: bool = False  # every source, with its address (the HTML export)
    scale: float = 1.0  # the on-screen preview follows the app's text size
    marks: bool = True  # the printing layer's page-break marks (the on-screen preview needs none)
    clinician: Content | None = None  # the clinician part (Check first, screening) in this language's words
    cover: bool = False  # a cover sheet first (the kiosk's front-desk printer)


DEFAULT = RenderOptions()


def make_brief(qlist: QuestionList, content: Content, options: RenderOptions = DEFAULT) -> brief_model.Brief:
    return brief_model.build(
        qlist,
        content,
        brief_model.BriefOptions(
            know=options.know,
            doctor_lines=options.doctor_lines,
            clinic_name=options.clinic_name,
            full_register=options.full_register,
            clinician=options.clinician,
        ),
    )


def render_html(qlist: QuestionList, content: Content, options: RenderOptions = DEFAULT) -> str:
    return html_writer.render(
        make_brief(qlist, content, options),
        html_writer.HtmlOptions(
            logo=options.logo,
            qr=options.qr,
            qr_caption=options.qr_caption,
            for_qt=options.for_qt,
            full_register=options.full_register,
            cover=options.cover,
            scale=options.scale,
            marks=options.marks,
        ),
    )


def render_text(qlist: QuestionList, content: Content, options: RenderOptions = DEFAULT) -> str:
    return text_writer.render(make_brief(qlist, content, options))


def glossary_used(qlist: QuestionList, content: Content) -> list[GlossaryEntry]:
    """Glossary words that appear in what will print."""
    return list(make_brief(qlist, content).glossary)
