"""HTML from app.core.render -> a QTextDocument that never loads anything from outside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextBlock, QTextCursor, QTextDocument, QTextOption

from app.core.render_html import PAGE_NUMBER

LETTER, A4 = "letter", "a4"


class SealedDocument(QTextDocument):
    """A text document that only shows images the app itself registered (no file: or http:)."""

    page_label = "{page} / {pages}"  # the "Page {page} of {pages}" words of the printout (render_html)

    def loadResource(self, kind: int, url: QUrl):
        return None  # registered resources are found before this is called


def marks_of(block: QTextBlock) -> list[str]:
    """The anchor names at the start of a block (app.core.render_html's printing marks)."""
    iterator = block.begin()
    if iterator.atEnd():
        return []
    return list(iterator.fragment().charFormat().anchorNames())


def take_block(document: QTextDocument, mark: str) -> str:
    """Remove the (last) block that starts with this mark; return its text ("" if there is none)."""
    block = document.lastBlock()
    while block.isValid() and mark not in marks_of(block):
        block = block.previous()
    if not block.isValid():
        return ""
    text = block.text()
    cursor = QTextCursor(document)
    cursor.setPosition(max(block.position() - 1, 0))
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    return text


def build_document(
    html: str,
    images: dict[str, QImage] | None = None,
    point_size: float = 10,
    prepare: Callable[[SealedDocument], None] | None = None,
) -> SealedDocument:
    """The document of this HTML; `prepare` sets up its layout first (a paint device, margins: set
    after the HTML, each of them would lay the whole document out again)."""
    doc = SealedDocument()
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"res:{name}"), image)
    if prepare is not None:
        prepare(doc)
    doc.setHtml(html)
    label = take_block(doc, PAGE_NUMBER)  # a pattern for the page footer, never text of its own
    if label:
        doc.page_label = label
    return doc


def paper_for(region: str, override: str | None = None) -> str:
    """Letter for the US, A4 elsewhere (Qt would pick A4 even in en_US), unless overridden."""
    if override in (LETTER, A4):
        return override
    return LETTER if region == "us" else A4
