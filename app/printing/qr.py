"""The phone code as an image: segno -> PNG bytes -> a 1-bit QImage (screen, PDF, printer).

segno's writers import `xml.sax.saxutils` for two escape functions, and `xml.sax.saxutils` imports
`urllib.request` (and with it http.client, email, ssl and socket: ~90 ms) for a function nobody here
calls. While segno is imported, `urllib.request` is a stand-in that imports the real module only if
something actually uses it; afterwards `import urllib.request` gives the real module as usual. The app makes no network
connections either way (tests/test_no_network.py).
"""

from __future__ import annotations

import io
import sys
import types
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from app.core import phone_payload
from app.core.model import Content, CrisisInfo
from app.core.phone_payload import PayloadTooLongError, PhoneList, printed_caption
from app.core.question_list import QuestionList

if TYPE_CHECKING:
    import segno

SCREEN_MODULE_PX = 5  # pixels per module: the largest code (version 22) is (105 + 8) * 5 = 565 px wide


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
    if "segno" in sys.modules or "urllib.request" in sys.modules:
        import segno

        return segno
    import urllib.parse  # noqa: F401 - (the package, without its network parts)

    stand_in = _LaterModule("urllib.request")
    sys.modules["urllib.request"] = stand_in
    sys.modules["urllib"].request = stand_in  # type: ignore[attr-defined]
    try:
        import segno
    finally:
        if sys.modules.get("urllib.request") is stand_in:  # a later `import urllib.request` gets the real one;
            del sys.modules["urllib.request"]  # `urllib.request.x` through the stand-in imports it too
    return segno


def make_symbol(payload: str) -> segno.QRCode:
    """The QR symbol for a payload, with the limits phone_payload promises (asserted in tests)."""
    return _import_segno().make(payload, **phone_payload.SEGNO_OPTIONS)


def qr_image(payload: str, module_px: int = SCREEN_MODULE_PX) -> QImage:
    """Black on white, a 4-module quiet zone, whole pixels per module (crisp on screen and paper)."""
    buffer = io.BytesIO()
    make_symbol(payload).save(buffer, kind="png", scale=module_px, border=4, dark="#000000", light="#ffffff")
    # 1 bit per pixel: Qt's PDF writer stores it losslessly (an RGB image would become a JPEG).
    return QImage.fromData(buffer.getvalue(), "PNG").convertToFormat(QImage.Format.Format_Mono)


def crisis_line(qlist: QuestionList, info: CrisisInfo | None) -> str:
    """The crisis contacts' one line, first in the code, when the answers call for them."""
    if not qlist.crisis or info is None:
        return ""
    return info.phone_line or (info.lines[0] if info.lines else "")


def phone_list(qlist: QuestionList, content: Content, crisis: CrisisInfo | None = None) -> PhoneList | None:
    """The list as it fits in one code (the brief first), or None if there is nothing to put in one."""
    info = crisis or content.meta.crisis.get(qlist.region)
    try:
        phone = phone_payload.fit(qlist, content.meta.texts, crisis_line(qlist, info), know=qlist.print_know)
    except PayloadTooLongError:
        return None
    return phone if phone.total else None


def printout_code(qlist: QuestionList, content: Content, crisis: CrisisInfo | None = None) -> tuple[QImage, str] | None:
    """(image, caption) of the code on the printout, or None."""
    phone = phone_list(qlist, content, crisis)
    if phone is None:
        return None
    return qr_image(phone.payload), printed_caption(phone, content.meta.texts)
