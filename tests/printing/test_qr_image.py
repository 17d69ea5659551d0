"""The phone code's image is the symbol segno made, module for module, with its quiet zone."""

from __future__ import annotations

import pytest

from app.printing.qr import make_symbol, qr_image


@pytest.mark.parametrize("module_px", [1, 3, 5])
@pytest.mark.parametrize("payload", ["mailto:?subject=a&body=b", "mailto:?subject=x&body=" + "%20abc" * 120])
def test_every_pixel_is_the_module_segno_made(qapp, payload, module_px):
    image = qr_image(payload, module_px)
    expected = list(make_symbol(payload).matrix_iter(scale=module_px, border=4))
    assert (image.width(), image.height()) == (len(expected[0]), len(expected))
    wrong = [
        (x, y)
        for y, row in enumerate(expected)
        for x, dark in enumerate(row)
        if (image.pixelColor(x, y).lightness() < 128) != bool(dark)
    ]
    assert wrong == []
