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

if TYPE_CHECKING:
    import segno

SCREEN_MODULE_PX = 5  # pixels per module: the largest code (version 18) is (89 + 8) * 5 = 485 px wide


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
    import urllib

    stand_in = _LaterModule("urllib.request")
    sys.modules["urllib.request"] = stand_in
    urllib.request = stand_in  # type: ignore[attr-defined]
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
