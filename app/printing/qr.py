"""The phone code as an image: segno's modules -> a 1-bit QImage (screen, PDF, printer).

segno's package imports its writers (PNG, SVG, EPS... ~6 ms), which the app never uses: the image
is built from the symbol's modules here. The writers import `xml.sax.saxutils` for two escape
functions, and `xml.sax.saxutils` imports `urllib.request` (and with it http.client, email, ssl and
socket: ~90 ms). While segno is imported, `segno.writers` is a stand-in that imports the real module
only if something actually uses it (a test saving a PNG); afterwards `import segno.writers` gives
the real module as usual. The app makes no network connections either way (tests/test_no_network.py).
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from app.core import phone_payload, triage
from app.core.model import Content, CrisisInfo
from app.core.phone_payload import PayloadTooLongError, PhoneList, printed_caption
from app.core.question_list import QuestionList

if TYPE_CHECKING:
    import segno

QUIET_ZONE = 4  # modules of white around the code (the QR spec's minimum)
SCREEN_MODULE_PX = 5  # pixels per module: the largest code (version 27) is (125 + 8) * 5 = 665 px wide
# On paper the code is drawn 55 mm wide whatever its pixels: 3 per module (399 px for version 27) are
# still 7-8 printer dots each at 1200 dpi, and the PDF writer has a third of the pixels to compress.
PRINT_MODULE_PX = 3


class _LaterModule(types.ModuleType):
    """Stands in for a module during one import; the real one is imported on first use."""

    def __getattr__(self, name: str):
        sys.modules.pop(self.__name__, None)
        parent, _, child = self.__name__.rpartition(".")
        package = sys.modules.get(parent)
        if package is not None and package.__dict__.get(child) is self:
            delattr(package, child)
        real = __import__(self.__name__, fromlist=["_"])
        return getattr(real, name)


def _import_segno():
    if "segno" in sys.modules:
        import segno

        return segno
    stand_in = _LaterModule("segno.writers")
    sys.modules["segno.writers"] = stand_in
    try:
        import segno
    finally:
        if sys.modules.get("segno.writers") is stand_in:  # a later `import segno.writers` gets the real one;
            del sys.modules["segno.writers"]  # `writers.x` through the stand-in (segno's own calls) imports it too
    return segno


def make_symbol(payload: str) -> segno.QRCode:
    """The QR symbol for a payload, with the limits phone_payload promises (asserted in tests)."""
    return _import_segno().make(payload, **phone_payload.SEGNO_OPTIONS)


def qr_image(payload: str, module_px: int = SCREEN_MODULE_PX) -> QImage:
    """Black on white, a 4-module quiet zone, whole pixels per module (crisp on screen and paper).

    1 bit per pixel, built straight from the symbol's modules, a row of modules at a time (segno's
    PNG writer is pure Python and slow). (The printout is drawn with lossless images: see pages.)
    """
    matrix = make_symbol(payload).matrix  # rows of 0 (light) and 1 (dark) bytes, no quiet zone
    width = (len(matrix[0]) + 2 * QUIET_ZONE) * module_px
    per_line = (width + 31) // 32 * 4  # Format_Mono lines are 32-bit aligned, most significant bit first
    light_line = bytes(per_line) * module_px
    data = bytearray(light_line * QUIET_ZONE)
    for row in matrix:
        bits = bytes(row).replace(b"\0", b"0" * module_px).replace(b"\1", b"1" * module_px)
        line = int(bits, 2) << (per_line * 8 - width + QUIET_ZONE * module_px)
        data += line.to_bytes(per_line, "big") * module_px
    data += light_line * QUIET_ZONE
    rows = len(matrix) + 2 * QUIET_ZONE
    image = QImage(bytes(data), width, rows * module_px, per_line, QImage.Format.Format_Mono)
    image.setColorTable([0xFFFFFFFF, 0xFF000000])  # 0 = light, 1 = dark
    return image.copy()  # (the image owns its pixels; `data` goes away)


def crisis_line(qlist: QuestionList, info: CrisisInfo | None) -> str:
    """The crisis contacts' one line, first in the code, when the answers call for them."""
    if not qlist.crisis or info is None:
        return ""
    return info.phone_line or (info.lines[0] if info.lines else "")


def phone_list(qlist: QuestionList, content: Content, crisis: CrisisInfo | None = None) -> PhoneList | None:
    """The list as it fits in one code (the brief first), or None if there is nothing to put in one."""
    info = crisis or content.meta.crisis.get(qlist.region)
    try:
        clinical = triage.clinical(content, qlist.triage)
        line = crisis_line(qlist, info)
        phone = phone_payload.fit(qlist, content.meta.texts, line, know=qlist.print_know, clinical=clinical)
    except PayloadTooLongError:
        return None
    return phone if phone.total else None


def printout_code(qlist: QuestionList, content: Content, crisis: CrisisInfo | None = None) -> tuple[QImage, str] | None:
    """(image, caption) of the code on the printout, or None."""
    phone = phone_list(qlist, content, crisis)
    if phone is None:
        return None
    return qr_image(phone.payload, PRINT_MODULE_PX), printed_caption(phone, content.meta.texts)
