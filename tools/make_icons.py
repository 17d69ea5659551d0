"""Render resources/icons/app.svg into the per-OS icon files and commit the outputs.

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

Writes, next to the SVG:
- ``app.png``  256x256 (Linux desktop icon, window icon)
- ``app.ico``  16..256 px, PNG-compressed entries (Windows EXE icon; Vista+ reads PNG entries)
- ``app.icns`` 16..1024 px, PNG entries (macOS .app icon)

Qt only rasterises (QSvgRenderer -> QImage -> PNG bytes); the ICO and ICNS containers are written
here in pure Python, so the result does not depend on which Qt image plugins are installed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "resources" / "icons"

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# (OSType, pixel size) — PNG-payload types only, see Apple's "icns" type table.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512@2x
    (b"ic11", 32),  # 16@2x
    (b"ic12", 64),  # 32@2x
    (b"ic13", 256),  # 128@2x
    (b"ic14", 512),  # 256@2x
)


def render_png(svg_path: Path, size: int) -> bytes:
    """Rasterise the SVG at size x size and return PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg_path))
    if not renderer.isValid():
        raise SystemExit(f"{svg_path}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY[n] + PNG payloads (width/height 0 means 256)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """'icns' header + one (OSType, length, PNG) element per entry; lengths include the 8-byte head."""
    body = b""
    for ostype, size in ICNS_TYPES:
        png = pngs[size]
        body += ostype + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=ICON_DIR / "app.svg")
    parser.add_argument("--out", type=Path, default=ICON_DIR)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt alive)

    needed = set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(args.svg, size) for size in sorted(needed)}

    args.out.mkdir(parents=True, exist_ok=True)
    outputs = {
        "app.png": pngs[256],
        "app.ico": build_ico({s: pngs[s] for s in ICO_SIZES}),
        "app.icns": build_icns(pngs),
    }
    for name, blob in outputs.items():
        (args.out / name).write_bytes(blob)
        print(f"wrote {args.out / name} ({len(blob)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
