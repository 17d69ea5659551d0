"""HTML from app.core.render -> a QTextDocument that never loads anything from outside."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QImage, QTextDocument, QTextOption

LETTER, A4 = "letter", "a4"


class SealedDocument(QTextDocument):
    """A text document that only shows images the app itself registered (no file: or http:)."""

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt name)
        return None  # registered resources are found before this is called


def build_document(html: str, images: dict[str, QImage] | None = None, point_size: float = 11) -> SealedDocument:
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
    doc.setHtml(html)
    return doc


def paper_for(region: str, override: str | None = None) -> str:
    """Letter for the US, A4 elsewhere (Qt would pick A4 even in en_US), unless overridden."""
    if override in (LETTER, A4):
        return override
    return LETTER if region == "us" else A4
