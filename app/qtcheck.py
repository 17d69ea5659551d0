"""Explain, in plain words, why Qt cannot open a window on this Linux machine. No Qt imports here.

Qt's own message for a missing system library is cryptic ("Could not load the Qt platform plugin
"xcb" in "" even though it was found"). Call :func:`explain_qt_startup_failure` *before* the
QApplication is created; it returns one paragraph naming the missing libraries and the packages
that provide them, or None when nothing is wrong (or we are not on Linux, or Qt will not use X11).

    python -m app.qtcheck        # prints the diagnosis; exit status 1 if something is missing
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# (soname, Debian/Ubuntu package, Fedora package)
# QtGui itself links these, so every platform plugin (even offscreen) needs them. PyInstaller never
# bundles libGL/libEGL; the others usually come with the bundle but are checked all the same.
BASE_LIBS: tuple[tuple[str, str, str], ...] = (
    ("libEGL.so.1", "libegl1", "libglvnd-egl"),
    ("libGL.so.1", "libgl1", "libglvnd-glx"),
    ("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    ("libfreetype.so.6", "libfreetype6", "freetype"),
    ("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    ("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    ("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
)

# What the X11 platform plugin (libqxcb.so + libQt6XcbQpa.so) links against (readelf -d).
XCB_LIBS: tuple[tuple[str, str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    ("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    ("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    ("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    ("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    ("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    ("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    ("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    ("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    ("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    ("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    ("libxcb.so.1", "libxcb1", "libxcb"),
    ("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    ("libX11.so.6", "libx11-6", "libX11"),
)

# The Wayland plugin (libqwayland.so, xdg-shell): PyInstaller never bundles libwayland-*.
WAYLAND_LIBS: tuple[tuple[str, str, str], ...] = (
    ("libwayland-client.so.0", "libwayland-client0", "libwayland-client"),
    ("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor"),
)

LibLoader = Callable[[str], bool]


def can_load(soname: str) -> bool:
    """True if the dynamic loader finds ``soname`` the way Qt will (bundle dir first, then system)."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def will_use_xcb(env: Mapping[str, str]) -> bool:
    """Guess whether Qt will pick the X11 ("xcb") platform plugin, as QGuiApplication does."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        first = requested.split(";")[0].split(":")[0].strip().lower()
        return first == "xcb"
    session = env.get("XDG_SESSION_TYPE", "").strip().lower()
    if env.get("WAYLAND_DISPLAY") or session == "wayland":
        return False  # Qt 6 tries the Wayland plugin first in a Wayland session
    return True  # X11 session, or no session at all: Qt's default on Linux is xcb


def will_use_wayland(env: Mapping[str, str]) -> bool:
    """Whether Qt will try the Wayland plugin first (forced, or a Wayland session)."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip().lower() == "wayland"
    return not will_use_xcb(env)


def missing_libraries(
    env: Mapping[str, str] | None = None, loader: LibLoader | None = None
) -> list[tuple[str, str, str]]:
    """The (soname, Debian package, Fedora package) entries that cannot be loaded."""
    env = os.environ if env is None else env
    loader = loader or can_load
    wanted = list(BASE_LIBS)
    if will_use_xcb(env):
        wanted += XCB_LIBS
    elif will_use_wayland(env):
        wanted += WAYLAND_LIBS
    return [entry for entry in wanted if not loader(entry[0])]


def explain_qt_startup_failure(
    env: Mapping[str, str] | None = None,
    loader: LibLoader | None = None,
    platform: str | None = None,
) -> str | None:
    """One paragraph explaining which system libraries Qt will miss, or None if all is well."""
    if not (platform or sys.platform).startswith("linux"):
        return None
    env = os.environ if env is None else env
    missing = missing_libraries(env, loader)
    if not missing:
        return None
    names = ", ".join(so for so, _, _ in missing)
    debian = " ".join(dict.fromkeys(deb for _, deb, _ in missing))
    fedora = " ".join(dict.fromkeys(fed for _, _, fed in missing))
    if will_use_xcb(env):
        where = 'the X11 window system plugin ("xcb")'
    elif will_use_wayland(env):
        where = 'the Wayland window system plugin ("wayland")'
    else:
        where = "its graphics library"
    return (
        "Isotretinoin Risk Checklist cannot open its window because Qt, the toolkit it is built "
        f"with, needs system libraries for {where} that are not installed on this computer: "
        f"{names}. On Debian or Ubuntu, install them with: sudo apt install {debian} "
        f"(on Fedora: sudo dnf install {fedora}), then start the app again."
    )


def main() -> int:
    message = explain_qt_startup_failure()
    # `python -m app.qtcheck` is a command: its answer on stdout is what it is for (not a log line)
    print(message or "Qt system libraries: all present.")  # noqa: T201
    return 1 if message else 0


if __name__ == "__main__":
    sys.exit(main())
