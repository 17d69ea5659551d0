"""The one place that knows where `resources/` lives. No Qt here.

Three layouts are supported:
- PyInstaller bundle: ``sys._MEIPASS/resources``
- installed wheel: ``<site-packages>/app/resources`` (mapped in by the build backend)
- source checkout: ``<repo>/resources``

Nothing is ever written into the resources folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    override = os.environ.get("ISOTRETINOIN_RESOURCES")
    candidates = []
    if override:
        candidates.append(Path(override))
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found (looked in: " + ", ".join(str(c) for c in candidates) + ")")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def content_dir() -> Path:
    return resource_path("content")
