"""The printout as the kiosk makes it: page images for the in-app preview, the page cap, the test page.

The pages come from app.printing.pages (the same page breaks and footers as what prints).
"""

from __future__ import annotations

import html

from PySide6.QtGui import QImage

from app.printing.pages import lay_out, page_images

# A printout never has more pages than this (the longest list the kiosk's answers and limited fields can
# make is well under it). A longer list is not printed: the person is asked to untick some questions.
MAX_PAGES = 24


def render_pages(
    html_text: str, images: dict[str, QImage] | None, paper: str, width_px: int = 820, max_pages: int = MAX_PAGES
) -> list[QImage]:
    """What prints, one image per page, margins included; at most `max_pages` (each image is ~3.5 MB:
    the preview of a very long list must not take the kiosk's memory)."""
    return page_images(lay_out(html_text, images, paper), width_px, max_pages)


def test_page_html(clinic_name: str, printer: str) -> str:
    e = html.escape
    return (
        f"<h1>Test page</h1><p>Isotretinoin Risk Checklist kiosk</p><p>Clinic: {e(clinic_name) or '-'}</p>"
        f"<p>Printer: {e(printer)}</p><p>If you can read this, kiosk printing works.</p>"
    )
