"""Save the printout as a PDF file, with Qt's PDF writer alone (QtGui).

`python -m app export` needs no printer: without QtPrintSupport (which loads QtWidgets) a PDF is
made ~40 ms sooner. The printers, silent or with the system dialog, are in app.printing.service.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter

from app.printing.document import LETTER
from app.printing.errors import Fault, PrintError
from app.printing.pages import MARGIN_MM, PagedDocument, lay_out, print_pages, printer_area

__all__ = ["MARGINS_MM", "Fault", "PdfFile", "PdfWriter", "PrintError", "page_layout", "save_pdf"]

MARGINS_MM = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
RESOLUTION_DPI = 1200  # as QPrinter.HighResolution writes a PDF
CREATOR = "Isotretinoin Risk Checklist"


def page_layout(paper: str) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == LETTER else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter)


class PdfWriter(QPdfWriter):
    """A PDF writer for `paper` that print_pages can use like a QPrinter (it names the document).

    `target` is a file name or a QIODevice (the kiosk's printout is made in memory: app.printing.jobs).
    """

    def __init__(self, target: str | QIODevice, paper: str):
        super().__init__(target)
        self.setResolution(RESOLUTION_DPI)
        self.setCreator(CREATOR)
        self.setPageLayout(page_layout(paper))

    def setDocName(self, name: str) -> None:
        self.setTitle(name)


class PdfFile(PdfWriter):
    """A PdfWriter into a file, which also answers QPrinter's outputFileName (tests read it)."""

    def __init__(self, path: str, paper: str):
        super().__init__(path, paper)
        self._path = path

    def outputFileName(self) -> str:
        return self._path


def save_pdf(
    html: str,
    path: Path,
    paper: str,
    images: dict[str, QImage] | None = None,
    draw: Callable[[PagedDocument, PdfFile], None] | None = None,
) -> None:
    """Write the PDF to a hidden file next to `path`, check it is complete, then move it into place.

    A failure (folder not writable, disk full, Qt error) leaves any earlier file at `path` untouched and
    no partial file behind. `draw` puts the pages on the writer (print_pages; tests fake failures there).
    """
    path = Path(path)
    if path.is_dir():
        raise PrintError(Fault.IS_FOLDER, path=path)
    if not path.parent.is_dir():
        raise PrintError(Fault.NOT_A_FOLDER if path.parent.exists() else Fault.NO_FOLDER, path=path.parent)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise PrintError(Fault.NOT_WRITABLE, path=path)
    partial = path.with_name(f".{path.stem}.saving-{os.getpid()}.pdf")
    try:
        _write_pdf(html, partial, paper, images, draw or print_pages)
        try:
            data = partial.read_bytes()
        except OSError as exc:
            raise PrintError(Fault.OS_ERROR, path=path, detail=str(exc.strerror or exc)) from None
        if not data.startswith(b"%PDF") or b"%%EOF" not in data[-1024:]:
            raise PrintError(Fault.INCOMPLETE, path=path)
        try:
            os.replace(partial, path)
        except OSError as exc:
            raise PrintError(Fault.OS_ERROR, path=path, detail=str(exc.strerror or exc)) from None
    finally:
        partial.unlink(missing_ok=True)


def _write_pdf(
    html: str, path: Path, paper: str, images: dict[str, QImage] | None, draw: Callable[[PagedDocument, PdfFile], None]
) -> None:
    writer = PdfFile(str(path), paper)
    try:
        draw(lay_out(html, images, printer_area(writer)), writer)
    except Exception as exc:  # noqa: BLE001 - whatever Qt raised, the person gets one line and keeps the list
        what = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise PrintError(Fault.NOT_DRAWN, detail=what) from None
    finally:
        del writer  # closes the file: the PDF is complete only then
