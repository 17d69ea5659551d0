"""The kiosk's "See the printout" shows what prints: the same pages, broken in the same places, with
the same footers. The reference is the PDF of the same list (the HTML, images and paper the kiosk
prints), read back with poppler: its page count, and page 1 drawn at the preview's size."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from app.printing import service
from tests.helpers.kiosk import kiosk_config, start_session
from tests.printing.test_brief_pdf import page_texts, squash

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")


def inked_rows(image: QImage) -> list[bool]:
    """For each pixel row: is anything darker than light grey drawn on it? (Where the lines of text are.)"""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, per_line = gray.width(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    return [min(data[y * per_line : y * per_line + width]) < 160 for y in range(gray.height())]


def agreement(a: list[bool], b: list[bool]) -> float:
    """The share of rows inked in either image that are inked in both (one row of slack for rounding)."""
    near_b = [any(b[max(0, y - 1) : y + 2]) for y in range(len(b))]
    near_a = [any(a[max(0, y - 1) : y + 2]) for y in range(len(a))]
    either = sum(1 for y in range(min(len(a), len(b))) if a[y] or b[y])
    both = sum(1 for y in range(min(len(a), len(b))) if (a[y] and near_b[y]) or (b[y] and near_a[y]))
    return both / max(either, 1)


def pdf_page_image(pdf, number: int, width: int, height: int, folder) -> QImage:
    stem = folder / f"page{number}"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-f",
            str(number),
            "-l",
            str(number),
            "-scale-to-x",
            str(width),
            "-scale-to-y",
            str(height),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return QImage(str(stem.with_suffix(".png")))


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_the_preview_has_the_pages_of_the_pdf_and_page_one_is_the_same(qtbot, make_shell, tmp_path, paper):
    shell = make_shell(kiosk_config(paper=paper, know_on_printout=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="not_sure")
    summary = shell.wizard.summary
    person.click(summary.output_actions.preview_button)
    previews = [label.pixmap().toImage() for label in shell.printout.page_labels()]

    pdf = tmp_path / "list.pdf"
    service.save_pdf(summary.printout.html(), pdf, summary.printout.paper(), summary.printout.images())
    texts = page_texts(pdf)
    assert len(texts) >= 2 and len(previews) == len(texts)
    assert f"Page 1 of {len(texts)}" in squash(texts[0])  # the footer the preview draws on every page too

    first = inked_rows(previews[0])
    size = previews[0].size()
    printed = [inked_rows(pdf_page_image(pdf, n, size.width(), size.height(), tmp_path)) for n in (1, 2)]
    same, other = agreement(first, printed[0]), agreement(first, printed[1])
    assert same > 0.9, f"the preview's page 1 and the PDF's page 1 have their lines in other places ({same:.2f})"
    assert other < same - 0.15, f"the comparison cannot tell page 1 from page 2 ({same:.2f} vs {other:.2f})"
