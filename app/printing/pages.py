"""The printout on pages: the same page breaks and footers for the PDF, the printer and the preview.

The document is laid out once, as one long page the width of the page's text area, at LAYOUT_DPI
(design metrics, so the layout does not depend on the screen); app.printing.breaks decides where
each page's window on it starts, with rules of its own (the marks come from app.core.render_html):
a question or a line of a list never splits across a page break, a heading never ends a page.
Each page is drawn scaled onto the printer, like QTextDocument.print() does, and ends with a
footer: the one-line crisis contacts and "Page N of M".

Nothing here touches the `Qt` namespace or a call whose overloads take one of its enums (QPen,
QPainter.setPen, fillRect with a colour): the first such use makes PySide create all ~90 of its
enum types (~45 ms of an export).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from msgspec import Struct
from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import (
    QColor,
    QImage,
    QPageLayout,
    QPainter,
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextFrameFormat,
    QTextTable,
)

from app.core.escaping import esc
from app.core.render_html import FOOTER, KEEP, KEEP_NEXT, NEW_PAGE, NOT_FIRST
from app.printing.breaks import Piece, page_starts
from app.printing.document import LETTER, SealedDocument, build_document, marks_of, take_block

if TYPE_CHECKING:  # (a printer or a PDF writer: QtPrintSupport, which loads QtWidgets, only where printing)
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtPrintSupport import QPrinter

LAYOUT_DPI = 96.0
MARGIN_MM = 10.0  # printers need ~5 mm (US Letter printers 6.35 mm); more is paper a long list does not have
PAPER_MM = {LETTER: (215.9, 279.4), "a4": (210.0, 297.0)}
FOOTER_POINTS = 9.0
FOOTER_GAP = 6.0  # layout px between the text and the footer's rule


def _px(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


def text_area(paper: str) -> QSizeF:
    """The page inside the margins, in layout px."""
    width, height = PAPER_MM.get(paper, PAPER_MM["a4"])
    return QSizeF(_px(width - 2 * MARGIN_MM), _px(height - 2 * MARGIN_MM))


def printer_area(printer: QPrinter | QPagedPaintDevice) -> QSizeF:
    """The printer's page inside its margins, in layout px (the print dialog may have changed the paper)."""
    rect = printer.pageLayout().paintRect(QPageLayout.Unit.Millimeter)
    return QSizeF(_px(rect.width()), _px(rect.height()))


def _layout_device() -> QImage:
    device = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    device.setDotsPerMeterX(dots_per_metre)
    device.setDotsPerMeterY(dots_per_metre)
    return device


class PagedDocument(Struct):
    document: SealedDocument
    area: QSizeF  # the page inside the margins (layout px)
    body_height: float  # the part of it the text flows into; the footer is below
    footer: str
    page_label: str
    device: QImage  # the layout's paint device: it must live as long as the document
    starts: tuple[float, ...] = (0.0,)  # where each page's window on the document starts (layout px)

    @property
    def pages(self) -> int:
        return len(self.starts)

    def footer_document(self, number: int) -> QTextDocument:
        label = self.page_label.replace("{page}", str(number)).replace("{pages}", str(self.pages))
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.device)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setDefaultFont(self.document.defaultFont())
        rule = f"border-top: 0.5px solid #777777; padding-top: {FOOTER_GAP / 2:.0f}px"  # (no QPen: see above)
        doc.setHtml(
            f'<table width="100%" cellspacing="0" cellpadding="0" style="font-size:{FOOTER_POINTS}pt;'
            f' border-collapse: collapse"><tr><td style="{rule}">{esc(self.footer)}</td>'
            f'<td align="right" width="90" style="{rule}">{esc(label)}</td></tr></table>'
        )
        doc.setTextWidth(self.area.width())
        return doc

    def paint(self, painter: QPainter, index: int) -> None:
        """Page `index` (0-based) with its footer, in layout px with the text area's top left at (0, 0)."""
        width, height = self.area.width(), self.body_height
        start = self.starts[index]
        end = min(self.starts[index + 1] if index + 1 < self.pages else start + height, start + height)
        painter.save()
        painter.translate(0, -start)
        # A hair inside the window: a line that starts (or ends) exactly on a page's edge is on one page only.
        self.document.drawContents(painter, QRectF(0, start + 0.5, width, end - start - 1))
        painter.restore()
        painter.save()
        painter.translate(0, self.area.height() - self.footer_height())
        self.footer_document(index + 1).drawContents(painter)
        painter.restore()

    def footer_height(self) -> float:
        return self.area.height() - self.body_height - FOOTER_GAP / 2


def _lines(document: QTextDocument, block: QTextBlock):
    """(top, bottom) of each line of a block, in document px (asked for only when a unit must split)."""

    def lines() -> list[tuple[float, float]]:
        layout = block.layout()
        rect = document.documentLayout().blockBoundingRect(block)
        origin = rect.top() - layout.boundingRect().top()
        spans = []
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top, bottom = origin + line.y(), origin + line.y() + line.height()
            if i + 1 < layout.lineCount():  # (a line set tighter than its font, line-height < 100 %,
                bottom = min(bottom, origin + layout.lineAt(i + 1).y())  # reaches into the next one)
            spans.append((top, bottom))
        return spans

    return lines


def _top_frame(document: QTextDocument, block: QTextBlock) -> QTextFrame | None:
    """The table (or other frame) directly in the page flow that holds this block; None in the flow itself."""
    frame = document.frameAt(block.position())
    root = document.rootFrame()
    while frame is not None and frame.parentFrame() is not None and frame.parentFrame() != root:
        frame = frame.parentFrame()
    return None if frame is None or frame == root else frame


def _rows(document: QTextDocument, frame: QTextFrame) -> tuple[list[Piece], QTextBlock]:
    """A table's rows as pieces (each a unit of its own, kept whole), and the first block after it. A
    floating table is one piece, kept on one page with what flows beside it."""
    layout = document.documentLayout()
    floating = frame.frameFormat().position() != QTextFrameFormat.Position.InFlow
    table = frame if isinstance(frame, QTextTable) else None
    rows: dict[int, list[float]] = {}
    block = document.findBlock(frame.firstPosition())
    while block.isValid() and block.position() <= frame.lastPosition():
        rect = layout.blockBoundingRect(block)
        row = table.cellAt(block.position()).row() if table is not None else 0
        span = rows.setdefault(row, [rect.top(), rect.bottom()])
        span[0], span[1] = min(span[0], rect.top()), max(span[1], rect.bottom())
        block = block.next()
    if floating and rows:
        return [Piece(min(t for t, _b in rows.values()), max(b for _t, b in rows.values()), floating=True)], block
    return [Piece(top, bottom) for _row, (top, bottom) in sorted(rows.items())], block


def pieces(document: QTextDocument) -> list[Piece]:
    """The flow as pieces: marked blocks start units, unmarked ones join the unit before them."""
    layout = document.documentLayout()
    layout.documentSize()  # lays the whole document out
    out: list[Piece] = []
    block = document.begin()
    while block.isValid():
        frame = _top_frame(document, block)
        if frame is not None:
            rows, block = _rows(document, frame)
            out += rows
            continue
        marks = marks_of(block)
        rect = layout.blockBoundingRect(block)
        out.append(
            Piece(
                rect.top(),
                rect.bottom(),
                heading=KEEP_NEXT in marks,
                starts_unit=bool({KEEP, KEEP_NEXT, NEW_PAGE, NOT_FIRST} & set(marks)),
                new_page=NEW_PAGE in marks,
                not_first=NOT_FIRST in marks,
                lines=_lines(document, block),
            )
        )
        block = block.next()
    return out


def lay_out(html: str, images: dict[str, QImage] | None, paper: str | QSizeF) -> PagedDocument:
    """The printout laid out on pages of this paper size (or text area), with its page breaks settled."""
    device = _layout_device()
    area = text_area(paper) if isinstance(paper, str) else QSizeF(paper)

    def prepare(document: SealedDocument) -> None:  # before the HTML: the document is laid out once
        document.documentLayout().setPaintDevice(device)
        document.setUseDesignMetrics(True)
        document.setDocumentMargin(0)

    document = build_document(html, images, prepare=prepare)
    footer = take_block(document, FOOTER)
    paged = PagedDocument(document, area, area.height(), footer, document.page_label, device)
    probe = paged.footer_document(1)  # the footer's height, measured once
    paged.body_height = area.height() - probe.size().height() - FOOTER_GAP
    document.setTextWidth(area.width())
    paged.starts = tuple(page_starts(pieces(document), paged.body_height))
    return paged


def print_pages(paged: PagedDocument, printer: QPrinter | QPagedPaintDevice) -> None:
    """Draw every page on a printer (or PDF writer with setDocName) whose page layout is already set."""
    printer.setDocName(paged.document.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be started")
    # Images (the phone code) without loss: else Qt's PDF engine stores every image as an RGB JPEG,
    # ~10x the bytes of the lossless one and with JPEG's smudges at the edges of the code's modules.
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
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


def page_image(paged: PagedDocument, index: int, width_px: int = 820) -> QImage:
    """Page `index` (0-based) as an image `width_px` wide, margins included: exactly what prints."""
    margin = _px(MARGIN_MM)
    zoom = width_px / (paged.area.width() + 2 * margin)
    image = QImage(width_px, round((paged.area.height() + 2 * margin) * zoom), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(zoom, zoom)
    painter.translate(margin, margin)
    paged.paint(painter, index)
    painter.end()
    return image


def page_images(paged: PagedDocument, width_px: int = 820, max_pages: int | None = None) -> list[QImage]:
    """Each page as an image, margins included (an in-app preview of exactly what prints); the first
    `max_pages` only, if given (a page image is ~3 MB)."""
    count = paged.pages if max_pages is None else min(paged.pages, max_pages)
    return [page_image(paged, index, width_px) for index in range(count)]
