"""The printout as the kiosk makes it: page images for the in-app preview, the page cap, the test page."""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter

from app.printing import service
from app.printing.document import LETTER, build_document

# A printout never has more pages than this (the longest list the kiosk's answers and limited fields can
# make is well under it). A longer list is not printed: the person is asked to untick some questions.
MAX_PAGES = 24
_SCREEN_DPI = 96.0
_MARGIN_MM = service.MARGINS_MM.left()


def _layout(paper: str) -> tuple[QSizeF, QSizeF, float]:
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == LETTER else QPageSize.PageSizeId.A4)
    page = size.size(QPageSize.Unit.Inch) * _SCREEN_DPI
    margin = _MARGIN_MM / 25.4 * _SCREEN_DPI
    return page, QSizeF(page.width() - 2 * margin, page.height() - 2 * margin), margin


def page_count(html_text: str, images: dict[str, QImage] | None, paper: str) -> int:
    _page, body, _margin = _layout(paper)
    document = build_document(html_text, images)
    document.setPageSize(body)
    count = document.pageCount()
    document.deleteLater()
    return count


def render_pages(html_text: str, images: dict[str, QImage] | None, paper: str, width_px: int = 820,
                 max_pages: int = MAX_PAGES) -> list[QImage]:
    """The printout laid out on real page sizes and margins, one image per page (at most `max_pages`)."""
    page, body, margin = _layout(paper)
    document = build_document(html_text, images)
    document.setPageSize(body)
    zoom = width_px / page.width()
    pages = []
    for number in range(min(max(1, document.pageCount()), max_pages)):
        image = QImage(round(page.width() * zoom), round(page.height() * zoom), QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(_SCREEN_DPI / 0.0254))
        image.setDotsPerMeterY(round(_SCREEN_DPI / 0.0254))
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.scale(zoom, zoom)
        painter.translate(QPointF(margin, margin - number * body.height()))
        document.drawContents(painter, QRectF(QPointF(0, number * body.height()), body))
        painter.end()
        pages.append(image)
    document.deleteLater()
    return pages


def test_page_html(clinic_name: str, printer: str) -> str:
    e = html.escape
    return (f"<h1>Test page</h1><p>Isotretinoin Risk Checklist kiosk</p><p>Clinic: {e(clinic_name) or '-'}</p>"
            f"<p>Printer: {e(printer)}</p><p>If you can read this, kiosk printing works.</p>")
