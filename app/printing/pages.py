"""The printout on pages: the same page breaks and footers for the PDF, the printer and the preview.

The document is laid out once for the page's text area at LAYOUT_DPI (design metrics, so the layout
does not depend on the screen) and drawn scaled onto the printer, like QTextDocument.print() does,
but with rules of its own (the marks come from app.core.render_html):
- a unit (a question, a line of the "know" list) never splits across a page break: if it would, it
  starts the next page (unless it is longer than half a page anyway);
- a heading never ends a page: it goes with at least the first line of what follows it;
- every page ends with a footer: the one-line crisis contacts and "Page N of M".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPainter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)
from PySide6.QtPrintSupport import QPrinter

from app.core.escaping import esc
from app.core.render_html import FOOTER, KEEP, KEEP_NEXT
from app.printing.document import LETTER, SealedDocument, build_document, marks_of, take_block

LAYOUT_DPI = 96.0
MARGIN_MM = 12.0  # printers need ~5 mm; more is paper a long list does not have
PAPER_MM = {LETTER: (215.9, 279.4), "a4": (210.0, 297.0)}
FOOTER_POINTS = 8.0
FOOTER_GAP = 6.0  # layout px between the text and the footer's rule
MAX_KEPT = 0.5  # a unit longer than this share of a page may split (keeping it would waste the page)


def _px(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


def text_area(paper: str) -> QSizeF:
    """The page inside the margins, in layout px."""
    width, height = PAPER_MM.get(paper, PAPER_MM["a4"])
    return QSizeF(_px(width - 2 * MARGIN_MM), _px(height - 2 * MARGIN_MM))


def printer_area(printer: QPrinter) -> QSizeF:
    """The printer's page inside its margins, in layout px (the print dialog may have changed the paper)."""
    rect = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    return QSizeF(_px(rect.width()), _px(rect.height()))


def _layout_device() -> QImage:
    device = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


@dataclass
class PagedDocument:
    document: SealedDocument
    area: QSizeF  # the page inside the margins (layout px)
    body_height: float  # the part of it the text flows into; the footer is below
    footer: str
    page_label: str
    device: QImage  # the layout's paint device: it must live as long as the document

    @property
    def pages(self) -> int:
        return self.document.pageCount()

    def footer_document(self, number: int) -> QTextDocument:
        label = self.page_label.replace("{page}", str(number)).replace("{pages}", str(self.pages))
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.document.defaultFont())
        doc.setHtml(f'<table width="100%" cellspacing="0" cellpadding="0" style="font-size:{FOOTER_POINTS}pt">'
                    f'<tr><td>{esc(self.footer)}</td><td align="right" width="90">{esc(label)}</td></tr></table>')
        doc.setTextWidth(self.area.width())
        return doc

    def paint(self, painter: QPainter, index: int) -> None:
        """Page `index` (0-based) with its footer, in layout px with the text area's top left at (0, 0)."""
        width, height = self.area.width(), self.body_height
        painter.save()
        painter.translate(0, -index * height)
        # A hair inside the page: a line that starts (or ends) exactly on the break belongs to one page
        # only. (Qt also draws the one line of a block just above the rectangle, clipped away but still
        # in the PDF as text: so blocks are kept on one page where they can be, see keep_together.)
        self.document.drawContents(painter, QRectF(0, index * height + 0.5, width, height - 1))
        painter.restore()
        top = self.area.height() - self.footer_height()
        painter.save()
        painter.setPen(QPen(QColor("#777777"), 0.5))
        painter.drawLine(0, round(top - FOOTER_GAP / 2), round(width), round(top - FOOTER_GAP / 2))
        painter.translate(0, top)
        self.footer_document(index + 1).drawContents(painter)
        painter.restore()

    def footer_height(self) -> float:
        return self.area.height() - self.body_height - FOOTER_GAP


def _first_line_top(block: QTextBlock) -> float:
    layout = block.layout()
    return layout.position().y() + (layout.lineAt(0).y() if layout.lineCount() else 0.0)


def _bottom(block: QTextBlock, lines: int | None = None) -> float:
    layout = block.layout()
    count = layout.lineCount() if lines is None else min(lines, layout.lineCount())
    if count == 0:
        return layout.position().y()
    line = layout.lineAt(count - 1)
    return layout.position().y() + line.y() + line.height()


def _top_frame(document: QTextDocument, block: QTextBlock) -> QTextFrame | None:
    """The table (or other frame) directly in the page flow that holds this block; None in the flow itself."""
    frame = document.frameAt(block.position())
    root = document.rootFrame()
    while frame is not None and frame.parentFrame() is not None and frame.parentFrame() != root:
        frame = frame.parentFrame()
    return None if frame is None or frame == root else frame


def _units(document: QTextDocument) -> list[list[tuple[QTextBlock | QTextFrame, str]]]:
    """The flow grouped into units: each starts at a marked block; unmarked blocks and tables join the
    unit before them; a heading joins the unit after it."""
    units: list[list[tuple[QTextBlock | QTextFrame, str]]] = []
    block = document.begin()
    while block.isValid():
        frame = _top_frame(document, block)
        if frame is not None:  # a table: one element, however many blocks it holds
            if units and not any(part == frame for part, _mark in units[-1]):
                units[-1].append((frame, ""))
        else:
            mark = next((m for m in marks_of(block) if m in (KEEP, KEEP_NEXT)), "")
            if units and (not mark or units[-1][-1][1] == KEEP_NEXT):
                units[-1].append((block, mark))
            elif mark:
                units.append([(block, mark)])
        block = block.next()
    return units


def _end(document: QTextDocument, part: QTextBlock | QTextFrame) -> float:
    layout = document.documentLayout()
    if isinstance(part, QTextFrame):
        layout.blockBoundingRect(document.findBlock(part.lastPosition()))  # laid out up to its end
        return layout.frameBoundingRect(part).bottom()
    layout.blockBoundingRect(part)
    return _bottom(part)


def keep_together(document: QTextDocument, height: float) -> int:
    """Page breaks before units that would split; returns how many were added."""
    added = 0
    layout = document.documentLayout()
    for unit in _units(document):
        first, last = unit[0][0], unit[-1][0]
        bottom = _end(document, last)  # (lays the document out up to here)
        top = _first_line_top(first)
        if bottom - top > height * MAX_KEPT:  # too long to keep whole: keep the headings with a first line
            headings = [b for b, mark in unit if mark == KEEP_NEXT]
            if headings:  # (what follows may be a table, whose lines are not in the unit: count one line)
                bottom = _bottom(headings[-1]) + headings[-1].layout().lineAt(0).height() + 4
            else:
                bottom = _bottom(first, lines=1)
        if math.floor(top / height) != math.floor((bottom - 0.5) / height) and top % height > 0.5:
            cursor = QTextCursor(first)
            fmt = first.blockFormat()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(fmt)
            # Qt relayouts only the changed block here and leaves the rest unlaid: mark it all for layout.
            document.markContentsDirty(first.position(), document.characterCount() - first.position())
            added += 1
    layout.blockBoundingRect(document.lastBlock())  # and finish the layout (pages, page count)
    return added


def lay_out(html: str, images: dict[str, QImage] | None, paper: str | QSizeF) -> PagedDocument:
    """The printout laid out on pages of this paper size (or text area), with its page breaks settled."""
    device = _layout_device()
    document = build_document(html, images)
    footer = take_block(document, FOOTER)
    document.documentLayout().setPaintDevice(device)
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    area = text_area(paper) if isinstance(paper, str) else QSizeF(paper)
    paged = PagedDocument(document, area, area.height(), footer, document.page_label, device)
    probe = paged.footer_document(1)  # the footer's height, measured once
    paged.body_height = area.height() - probe.size().height() - FOOTER_GAP
    document.setPageSize(QSizeF(area.width(), paged.body_height))
    keep_together(document, paged.body_height)
    return paged


def print_pages(paged: PagedDocument, printer: QPrinter) -> None:
    """Draw every page on a printer (or PDF writer) whose page layout is already set."""
    printer.setDocName(paged.document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    try:
        scale = printer.logicalDpiX() / LAYOUT_DPI, printer.logicalDpiY() / LAYOUT_DPI
        for index in range(paged.pages):
            if index and not printer.newPage():
                raise RuntimeError("the printer did not take a new page")
            painter.save()
            painter.scale(*scale)
            paged.paint(painter, index)
            painter.restore()
    finally:
        painter.end()


def page_images(paged: PagedDocument, width_px: int = 820) -> list[QImage]:
    """Each page as an image, margins included (an in-app preview of exactly what prints)."""
    margin = _px(MARGIN_MM)
    zoom = width_px / (paged.area.width() + 2 * margin)
    images = []
    for index in range(paged.pages):
        image = QImage(width_px, round((paged.area.height() + 2 * margin) * zoom), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(zoom, zoom)
        painter.translate(margin, margin)
        paged.paint(painter, index)
        painter.end()
        images.append(image)
    return images
