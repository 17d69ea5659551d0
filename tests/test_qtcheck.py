"""app.qtcheck: a plain-words explanation when Qt's X11 plugin would miss system libraries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app import qtcheck

X11 = {"DISPLAY": ":0"}


def loader_missing(*missing: str):
    """A library finder that fails for the given sonames and finds everything else."""
    asked: list[str] = []

    def load(soname: str) -> bool:
        asked.append(soname)
        return soname not in missing

    load.asked = asked  # type: ignore[attr-defined]
    return load


def test_all_present_means_no_message():
    assert qtcheck.explain_qt_startup_failure(X11, loader_missing(), platform="linux") is None


def test_missing_xcb_libs_are_named_with_their_packages():
    load = loader_missing("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    message = qtcheck.explain_qt_startup_failure(X11, load, platform="linux")
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 " in message
    assert "sudo dnf install xcb-util-cursor xcb-util-wm xcb-util-keysyms)" in message
    assert '"xcb"' in message
    assert "\n" not in message  # one paragraph


def test_packages_are_listed_once():
    load = loader_missing("libxcb-shape.so.0", "libxcb-randr.so.0")
    message = qtcheck.explain_qt_startup_failure(X11, load, platform="linux")
    assert "sudo apt install libxcb-shape0 libxcb-randr0 " in message
    assert "sudo dnf install libxcb)" in message  # both come from Fedora's libxcb: named once


@pytest.mark.parametrize(
    "env",
    [
        {"QT_QPA_PLATFORM": "offscreen", **X11},
        {"QT_QPA_PLATFORM": "wayland", **X11},
        {"QT_QPA_PLATFORM": "minimal"},
        {"WAYLAND_DISPLAY": "wayland-0"},
        {"XDG_SESSION_TYPE": "wayland", **X11},
    ],
    ids=["offscreen", "wayland-forced", "minimal", "wayland-session", "xdg-wayland"],
)
def test_xcb_libs_are_not_required_when_qt_will_not_use_xcb(env):
    load = loader_missing("libxcb-cursor.so.0")
    assert qtcheck.explain_qt_startup_failure(env, load, platform="linux") is None
    assert "libxcb-cursor.so.0" not in load.asked


@pytest.mark.parametrize(
    "env",
    [
        {},
        X11,
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "xcb:nomitshm", "WAYLAND_DISPLAY": "wayland-0"},
        {"QT_QPA_PLATFORM": "xcb;wayland"},
        {"XDG_SESSION_TYPE": "x11", **X11},
    ],
    ids=["no-session", "x11", "forced", "forced-with-option", "list-xcb-first", "xdg-x11"],
)
def test_xcb_cases_check_the_xcb_libs(env):
    load = loader_missing("libxcb-cursor.so.0")
    message = qtcheck.explain_qt_startup_failure(env, load, platform="linux")
    assert message is not None and "libxcb-cursor0" in message


@pytest.mark.parametrize(
    "env",
    [{"WAYLAND_DISPLAY": "wayland-0"}, {"QT_QPA_PLATFORM": "wayland", **X11}, {"XDG_SESSION_TYPE": "wayland"}],
    ids=["session", "forced", "xdg"],
)
def test_wayland_sessions_check_the_wayland_client_libs(env):
    load = loader_missing("libwayland-cursor.so.0")
    message = qtcheck.explain_qt_startup_failure(env, load, platform="linux")
    assert message is not None
    assert '("wayland")' in message and "sudo apt install libwayland-cursor0 " in message


def test_wayland_libs_are_not_required_on_x11():
    load = loader_missing("libwayland-cursor.so.0")
    assert qtcheck.explain_qt_startup_failure(X11, load, platform="linux") is None
    assert "libwayland-cursor.so.0" not in load.asked


def test_base_graphics_libs_are_checked_even_offscreen():
    load = loader_missing("libEGL.so.1")
    message = qtcheck.explain_qt_startup_failure({"QT_QPA_PLATFORM": "offscreen"}, load, platform="linux")
    assert message is not None
    assert "libEGL.so.1" in message and "sudo apt install libegl1 " in message
    assert '"xcb"' not in message


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_other_operating_systems_are_never_checked(platform):
    load = loader_missing(*(so for so, _, _ in qtcheck.BASE_LIBS + qtcheck.XCB_LIBS))
    assert qtcheck.explain_qt_startup_failure(X11, load, platform=platform) is None
    assert load.asked == []


def test_the_default_loader_finds_libc_and_not_nonsense():
    if not sys.platform.startswith("linux"):
        pytest.skip("ctypes sonames are Linux-specific")
    assert qtcheck.can_load("libc.so.6")
    assert not qtcheck.can_load("libdefinitely-not-here.so.42")


def test_monkeypatched_finder_is_used_by_default_arguments(monkeypatch):
    monkeypatch.setattr(qtcheck.sys, "platform", "linux")
    monkeypatch.setattr(qtcheck, "can_load", lambda so: so != "libxcb-icccm.so.4")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    message = qtcheck.explain_qt_startup_failure()
    assert message is not None and "libxcb-icccm4" in message


def test_module_imports_no_qt():
    code = "import sys, app.qtcheck; sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
