"""The kiosk's cover sheet and phone code (clinic settings `kiosk.cover_sheet`, on by default, and
`kiosk.phone_code_on_printout`, off by default), read back from the real PDF."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from app.core.config_schema import KioskSection
from app.core.question_list import QuestionList
from app.core.render import RenderOptions, render_html
from app.printing.pdf import save_pdf
from app.printing.qr import printout_code
from tests.printing.test_brief_pdf import page_texts, squash

ANSWERS = {"region": "us", "preg_can_become_pregnant": "no", "med_current": ("tetracycline",)}


def test_kiosk_defaults_cover_sheet_on_phone_code_off():
    section = KioskSection()
    assert section.cover_sheet is True and section.phone_code_on_printout is False
    assert section.clinician_language == ""


def test_the_cover_sheet_is_page_one_and_the_summary_starts_on_page_two(tmp_path, content):
    _app = QGuiApplication.instance() or QGuiApplication([])
    qlist = QuestionList.from_answers(content, ANSWERS)
    image, caption = printout_code(qlist, content)
    html = render_html(qlist, content, RenderOptions(cover=True, qr=True, qr_caption=caption, know=False))
    out = tmp_path / "kiosk.pdf"
    save_pdf(html, out, "letter", {"qr": image})
    pages = [squash(p) for p in page_texts(out)]
    words = content.triage.words
    assert words.cover_title in pages[0] and "TETRACYCLINE" not in pages[0]  # nothing private faces the room
    assert pages[1].index("My questions about isotretinoin") < pages[1].index("CHECK FIRST")
    assert "!! Takes a TETRACYCLINE" in pages[1]  # red flags print with the kiosk's "know" default (off)
    assert words.screen_heading not in pages[1]
    assert "Scan with your phone" not in pages[1]  # the code is never on the summary's first page
    assert "Scan with your phone" in pages[-1] and len(pages) <= 4
