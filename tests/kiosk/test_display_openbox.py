"""Openbox's own keys and menus against the kiosk (the 2026-12 attack review's escape, #1).

With the shipped resources/linux/openbox-kiosk-rc.xml nothing happens: no show-desktop, no desktop
switch, no window menu, no root menu. With openbox's stock rc.xml those keys do hide the kiosk, and the
kiosk brings itself back (app.kiosk.window + app.kiosk.x11_front). Checked from outside with xprop and
xdotool: the kiosk's window is mapped, not hidden, on the current desktop, on top and active.
"""

from __future__ import annotations

import subprocess
import time

import pytest

from tests.kiosk.realdisplay import OPENBOX_RC, openbox, write_config, x_kiosk, x_windows, xdotool, xvfb

pytestmark = pytest.mark.realdisplay
ATTACKS = ("super+d", "ctrl+alt+Right", "ctrl+alt+Left", "ctrl+alt+Down", "ctrl+alt+Up", "shift+ctrl+alt+Right")


def _value(out: str) -> str:
    """xprop's value: `NAME(CARDINAL) = 0` or `NAME(WINDOW): window id # 0x1, 0x2`."""
    for mark in (" = ", " # "):
        if mark in out:
            return out.split(mark, 1)[1].strip()
    return ""


def root_prop(display: str, name: str) -> str:
    return _value(subprocess.run(["xprop", "-root", "-display", display, name], capture_output=True, text=True).stdout)


def window_prop(display: str, window: str, name: str) -> str:
    command = ["xprop", "-display", display, "-id", window, name]
    return _value(subprocess.run(command, capture_output=True, text=True).stdout)


def in_front(display: str, client: str) -> list[str]:
    """What is wrong with the kiosk's window as the X server and openbox see it ([] = it is in front)."""
    wrong = []
    info = subprocess.run(["xwininfo", "-id", client, "-display", display], capture_output=True, text=True).stdout
    if "IsViewable" not in info:
        wrong.append("not mapped")
    if "_NET_WM_STATE_HIDDEN" in window_prop(display, client, "_NET_WM_STATE"):
        wrong.append("hidden")
    if root_prop(display, "_NET_SHOWING_DESKTOP") not in ("0", ""):
        wrong.append("showing the desktop")
    desktop = window_prop(display, client, "_NET_WM_DESKTOP")
    if desktop not in ("4294967295", root_prop(display, "_NET_CURRENT_DESKTOP")):
        wrong.append(f"on desktop {desktop}, the screen shows {root_prop(display, '_NET_CURRENT_DESKTOP')}")
    stacking = root_prop(display, "_NET_CLIENT_LIST_STACKING").split(", ")
    if not stacking[-1] or int(stacking[-1], 16) != int(client, 16):
        wrong.append(f"not on top: {stacking}")
    if xdotool(display, "getactivewindow") != str(int(client, 16)):
        wrong.append("not the active window")
    return wrong


def wait_in_front(display: str, client: str, kiosk, what: str, timeout: float = 6) -> float:
    start = time.monotonic()
    while wrong := in_front(display, client):
        assert time.monotonic() - start < timeout, f"after {what} the kiosk stayed away: {wrong}"
        time.sleep(0.1)
    view = kiosk.view()
    assert view["screen"] == "session" and view["fullscreen"] and view["window"] == [0, 0, 1280, 800], what
    return time.monotonic() - start


def menus(display: str) -> list:
    """Mapped windows other than the kiosk and its full-screen frame (openbox's frames have no name)."""
    return [
        w
        for w in x_windows(display, mapped=True)
        if w[1] != "Isotretinoin Risk Checklist" and w[2:] != (0, 0, 1280, 800)
    ]


@pytest.mark.parametrize("rc", ["kiosk", "stock"])
def test_openbox_keys_and_menus_never_leave_the_kiosk_hidden(tmp_path, rc):
    config = write_config(tmp_path)
    with xvfb(1280, 800) as display, openbox(display, OPENBOX_RC if rc == "kiosk" else None):
        # The root menu (Terminal emulator, Exit ...): a right-click on the bare desktop.
        xdotool(display, "mousemove", "640", "400", "click", "3")
        time.sleep(0.5)
        opened = menus(display)
        if rc == "kiosk":
            assert opened == [], f"a right-click on the desktop opened {opened}"
            assert root_prop(display, "_NET_NUMBER_OF_DESKTOPS") == "1"
        else:
            assert opened, "openbox's stock root menu did not open: this test could not see it"
            xdotool(display, "key", "Escape")
            time.sleep(0.3)
        with x_kiosk(display, config, tmp_path / "home") as kiosk:
            kiosk.tap("start")
            kiosk.wait(lambda v: v["screen"] == "session" and v["active"])
            client = xdotool(display, "search", "--onlyvisible", "--name", "Isotretinoin Risk Checklist").split()[0]
            client = hex(int(client))
            wait_in_front(display, client, kiosk, "the start")
            took = {}
            for keys in ATTACKS:
                xdotool(display, "key", "--clearmodifiers", keys)
                time.sleep(0.2)
                took[keys] = wait_in_front(display, client, kiosk, keys)
            # Alt+Space: openbox's window menu (Iconify, Send to desktop ...) over the kiosk.
            xdotool(display, "key", "--clearmodifiers", "alt+space")
            time.sleep(0.5)
            opened = menus(display)
            if rc == "kiosk":
                assert opened == [], f"Alt+Space opened {opened}"
            xdotool(display, "key", "Escape")
            if rc == "kiosk":
                assert kiosk.view()["restores"] == 0, "with the kiosk's openbox config no key should hide it"
            # What the window menu's entries do, sent as openbox's menu sends them.
            for what, args in (
                ("send to desktop 2", ("set_desktop_for_window", str(int(client, 16)), "1")),
                ("switch to desktop 2", ("set_desktop", "1")),
                ("iconify", ("windowminimize", str(int(client, 16)))),
            ):
                xdotool(display, *args)
                time.sleep(0.2)
                took[what] = wait_in_front(display, client, kiosk, what)
            # A right-click where the desktop was: still the kiosk, no menu. (With the stock configuration a
            # right-click on openbox's desktop-switch popup, shown for 875 ms after a switch, opens the root
            # menu over the kiosk: one more reason it is not supported.)
            time.sleep(1.5)
            xdotool(display, "mousemove", "640", "400", "click", "3")
            time.sleep(0.5)
            assert menus(display) == [], menus(display)
            wait_in_front(display, client, kiosk, "a right-click")
