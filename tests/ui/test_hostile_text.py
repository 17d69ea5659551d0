"""Hostile text in the person's own fields: shown literally on screen, in the preview and in the PDF.

Very long text (100 KB), right-to-left scripts, emoji (with ZWJ sequences), HTML markup, entities
and control characters. Nothing is interpreted (markup stays text, no image or link appears),
nothing crashes, and the rendered document never asks for a `file:` or remote resource.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QFileDialog

from app.core.render import clean
from app.core.render_html import FOOTER, KEEP, KEEP_NEXT, NEW_PAGE, NOT_FIRST, PAGE_NUMBER
from app.printing.document import SealedDocument, build_document
from app.printing.service import save_pdf

MARKUP = [
    '<img src="file:///etc/passwd">',
    '<img src="http://example.com/x.png" width="400">',
    '<a href="http://evil.example/">click me</a>',
    "<b>bold?</b> <script>alert(1)</script> <style>p{color:red}</style>",
    "&lt;not a tag&gt; &amp;amp; &#9733; &nbsp;",
    "<table><tr><td>cell</td></tr></table> <h1>big</h1>",
]
RTL = ["هل يمكنني القيادة ليلاً؟", "האם מותר לי לשתות יין בזמן הטיפול?", "mixed: אני 18 years old, عمري ١٨"]
EMOJI = ["Can I swim? 🏊\u200d♀️ 👩🏽\u200d⚕️ 🇬🇧 ❤️ ✓ ★ ☐"]
CONTROL = ["tab\there bell\x07 nul\x00 esc\x1b[31mred\x1b[0m del\x7f c1\x85 rlo\u202eevil\u202c ls\u2028ps\u2029end"]
HOSTILE = MARKUP + RTL + EMOJI + CONTROL


def letters(text: str) -> str:
    """Letters and digits only, NFKC: PDF text extraction reorders RTL punctuation and splits marks."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isalnum())


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def shown(text: str) -> str:
    """What the printout shows for `text`: control characters become U+FFFD (app.core.render.clean)."""
    return clean(text)


def pdf_plain(path) -> str:
    """pdftotext (poppler) keeps RTL runs in logical order and is much faster than pypdf on 40 pages."""
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages = []
        for page in out.split("\f"):  # drop each page's footer (the crisis line, "Page N of M")
            lines = page.rstrip().splitlines()
            while lines and (
                not lines[-1].strip()
                or re.fullmatch(r"Page \d+ of \d+", lines[-1].strip())
                or lines[-1].startswith("If you might hurt yourself now")
            ):
                lines.pop()
            pages.append("\n".join(lines))
        return unicodedata.normalize("NFKC", "\n".join(pages))
    from tests.helpers.text import pdf_text

    return pdf_text(path)


def image_names(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def anchors(document: QTextDocument) -> list[str]:
    """Links and named anchors, except the printout's own page-break marks (named, no link): the preview is
    the printout's document (app.ui.summary.page_preview), as the PDF is."""
    marks = {KEEP, KEEP_NEXT, NEW_PAGE, NOT_FIRST, FOOTER, PAGE_NUMBER}
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.anchorHref() or (fmt.isAnchor() and not set(fmt.anchorNames()) <= marks):
                found.append(fmt.anchorHref() or " ".join(fmt.anchorNames()))
            it += 1
        block = block.next()
    return found


@pytest.fixture
def resource_requests(monkeypatch):
    """Every URL a SealedDocument is asked to load (registered res: images never get here)."""
    asked: list[str] = []
    original = SealedDocument.loadResource

    def recording(self, kind, url):
        asked.append(url.toString())
        return original(self, kind, url)

    monkeypatch.setattr(SealedDocument, "loadResource", recording)
    return asked


def external(urls: list[str]) -> list[str]:
    return [u for u in urls if not u.startswith("res:")]


def test_hostile_text_on_screen_in_preview_and_pdf(qtbot, person, wizard, tmp_path, monkeypatch, resource_requests):
    person.walk({"region": "us"}, every_visible="not_sure")
    page = wizard.summary
    assert page.printout.free_text.isVisible()

    # Own questions: typed key by key where a keyboard could type them, pasted (setText) otherwise.
    typed = MARKUP[:4]
    for text in HOSTILE:
        if text in typed:
            person.type_into(page.printout.own_edit, text)
        else:
            page.printout.own_edit.setText(text)
        assert page.printout.own_edit.text() == text or text in CONTROL  # a line edit may drop control chars
        person.click(page.printout.add_button)
    own_texts = list(wizard.question_list.own_questions)
    assert len(own_texts) == len(HOSTILE)
    for text, stored in zip(HOSTILE, own_texts, strict=True):
        if text not in CONTROL:
            assert stored == text.strip()

    # A 100 KB paste into the own-question field: kept up to the field's limit, literally.
    long_own = ("<i>very</i> long question " * 5000)[:100_000]
    page.printout.own_edit.setText(long_own)
    limit = page.printout.own_edit.maxLength()
    assert page.printout.own_edit.text() == long_own[:limit]
    person.click(page.printout.add_button)
    assert wizard.question_list.own_questions[-1] == long_own[:limit].strip()

    # Name, appointment and 100 KB of notes full of everything above.
    person.type_into(page.printout.name_edit, "<b>Ana</b> &amp;")
    page.printout.appointment_edit.setText("מחר 10:00 ⏰")
    block = "\n".join(HOSTILE) + "\n"
    notes = (block * (100_000 // len(block) + 1))[:100_000]
    page.printout.notes_edit.setPlainText(notes)
    assert len(page.printout.notes_edit.toPlainText()) == len(notes) == 100_000
    qtbot.waitUntil(lambda: not page.printout.preview_timer.isActive(), timeout=5000)
    page.printout.update_preview()

    # The screen: the list shows each own question as typed (plain text items, no markup rendering).
    rows = [page.list_widget.item(i).text() for i in range(page.list_widget.count())]
    for stored in own_texts:
        assert stored in rows
    page.grab()  # painting all of it does not crash

    # The preview: the literal text, no images but res: ones, no links, nothing external requested.
    document = page.printout.preview.document()
    assert isinstance(document, SealedDocument)
    plain = squash(document.toPlainText())
    for text in own_texts + ["<b>Ana</b> &amp;", "מחר 10:00 ⏰"]:
        assert squash(shown(text)) in plain, text
    for text in HOSTILE:
        for line in shown(text).splitlines():
            assert squash(line) in plain
    assert all(name.startswith("res:") for name in image_names(document)), image_names(document)
    assert anchors(document) == []
    assert external(resource_requests) == []

    # The PDF: saved through the real button, holds the same text literally.
    target = tmp_path / "hostile.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(page.output_actions.pdf_button)
    assert target.exists(), page.message.text()
    text = pdf_plain(target)
    flat, only_letters = squash(text), letters(text)
    for markup in MARKUP + ["<b>Ana</b> &amp;"]:
        assert squash(markup) in flat, markup
    for rtl in RTL + ["מחר 10:00"]:  # word by word: mixed-direction runs come out in visual order
        for word in rtl.split():
            assert letters(word) in only_letters, (rtl, word)
    # Symbols DejaVu has print as themselves; pictographic emoji need an emoji font (none on CI).
    for symbol in ("✓", "★", "☐", "❤", "♀", "⚕"):
        assert symbol in text
    assert "Can I swim?" in flat
    assert "\ufffd" in text and "\x1b" not in text and "\x07" not in text  # control chars made visible
    assert "evil" in text  # the RLO override did not hide the text
    assert letters(long_own[:limit])[:2000] in only_letters
    link = squash(MARKUP[2])  # all 100 KB of notes made it: every copy of a line is there
    assert flat.count(link) == notes.count(MARKUP[2]) + 1  # + the own question
    assert external(resource_requests) == []


def test_sealed_document_refuses_file_and_remote_images(resource_requests, qapp):
    """Defence in depth: even raw markup (as if escaping failed) cannot pull in a file or a URL."""
    html = (
        '<p><img src="file:///etc/passwd"/><img src="http://example.com/x.png"/>'
        '<img src="/usr/share/icons/hicolor/48x48/apps/x.png"/><a href="file:///etc/passwd">x</a></p>'
    )
    document = build_document(html)
    document.documentLayout().documentSize()  # layout asks for the images
    for url in ("file:///etc/passwd", "http://example.com/x.png"):
        assert document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert set(external(resource_requests)) >= {"file:///etc/passwd", "http://example.com/x.png"}


def test_long_own_question_from_an_answers_file_prints_literally(tmp_path, content):
    """The headless export has no field limit: a 100 KB own question prints in full."""
    from app.core.answers import AnswersFile
    from app.core.render import render_html
    from app.core.session_file import from_file

    question = ("Is <b>this</b> &amp; that OK? " * 4000)[:100_000]
    data = AnswersFile(answers={"region": "uk"}, own_questions=[question], notes="عمري ١٨ 👩🏽\u200d⚕️")
    qlist = from_file(data, content, "answers.json").session.edits
    target = tmp_path / "long.pdf"
    save_pdf(render_html(qlist, content), target, "a4")
    text = pdf_plain(target)
    assert letters(question) in letters(text)
    assert squash("Is <b>this</b> &amp; that OK?") in squash(text)
