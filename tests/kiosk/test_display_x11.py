"""The kiosk on a real X server: bare X (no window manager) and openbox, driven by real X input (xdotool).

    pytest -m realdisplay tests/kiosk          # these and the cage tests alone

KIOSK_SCREENSHOTS=1 also writes docs/screenshots/kiosk-*.png (otherwise they go to the test's tmp folder).
"""

from __future__ import annotations

import os
import subprocess
import threading
import time

import pytest

from tests.helpers.cups import pdfs, wait_for_new_pdf
from tests.helpers.text import pdf_text, squash
from tests.kiosk.cups_queues import need_cups
from tests.kiosk.realdisplay import (
    SCREENSHOTS,
    openbox,
    type_on_keyboard,
    walk_to_summary,
    write_config,
    x_kiosk,
    x_screenshot,
    x_scroll_to,
    x_windows,
    xdotool,
    xvfb,
)

pytestmark = pytest.mark.realdisplay
ESCAPES = ("Escape", "alt+F4", "ctrl+q", "ctrl+w", "F11", "ctrl+alt+BackSpace", "super")


def shot_path(tmp_path, name: str):
    return (SCREENSHOTS if os.environ.get("KIOSK_SCREENSHOTS") else tmp_path) / f"kiosk-{name}.png"


def whole(view: dict, name: str, width: int, height: int) -> bool:
    """`name` shows entirely (nothing clipped or cut off) and lies within the screen."""
    _x, _y, _enabled, w, h, vx, vy, vw, vh = view["targets"][name]
    return (vw, vh) == (w, h) and vx >= 0 and vy >= 0 and vx + vw <= width and vy + vh <= height


def kiosk_windows(display: str) -> list[tuple]:
    """The kiosk's windows (not Qt's never-mapped 1 x 1 client-leader window of the same name)."""
    return [w for w in x_windows(display) if w[1] == "Isotretinoin Risk Checklist" and (w[4], w[5]) != (1, 1)]


@pytest.mark.parametrize("width, height", [(800, 600), (1280, 800), (1920, 1080), (3840, 2160)])
def test_bare_x_window_covers_the_screen_from_its_first_frame(tmp_path, width, height):
    config = write_config(tmp_path)
    with xvfb(width, height) as display:
        seen: set[tuple[int, int, int, int]] = set()
        stop = threading.Event()

        def watch() -> None:  # every size the kiosk's window has from the moment it is mapped
            while not stop.is_set():
                seen.update(tuple(w[2:]) for w in kiosk_windows(display))
                time.sleep(0.02)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            with x_kiosk(display, config, tmp_path / "home") as kiosk:
                view = kiosk.view()
                seen.update(tuple(w[2:]) for w in kiosk_windows(display))
                stop.set()
                watcher.join()
                assert view["window"] == [0, 0, width, height] and view["fullscreen"]
                assert seen == {(0, 0, width, height)}, f"the window was not always the whole screen: {seen}"
                start = view["targets"]["start"]
                kiosk.tap("start", view)
                view = kiosk.wait(lambda v: v["screen"] == "session")
                for name in ("wizard-next", "start-over"):  # the wizard's buttons are whole and on screen
                    assert whole(view, name, width, height), (name, view["targets"][name])
                assert view["window"] == [0, 0, width, height]
                if width >= 3840:  # 4K: everything scales up (Xvfb says 96 dpi, so Qt alone would not)
                    assert start[4] >= 2 * 72, f"the start button is {start[4]} px tall at 4K"
                    assert view["targets"]["wizard-next"][4] >= 2 * 52
                if (width, height) in ((800, 600), (3840, 2160)):
                    x_screenshot(display, shot_path(tmp_path, f"bare-x-{width}x{height}-welcome"))
        finally:
            stop.set()


@pytest.mark.xdist_group("cups")  # prints to the CUPS queue PDF (tests/conftest.py)
def test_real_input_drives_a_whole_session_under_bare_x(tmp_path):
    """xdotool taps and keys: start, escape keys do nothing, answer, type, print to CUPS, walk away, wiped."""
    need_cups()
    config = write_config(tmp_path, free_text=True)
    token = f"swim{time.time_ns() % 100000}"
    with xvfb(1280, 800) as display, x_kiosk(display, config, tmp_path / "home") as kiosk:
        x_screenshot(display, shot_path(tmp_path, "bare-x-start"))
        kiosk.tap("start")
        view = kiosk.wait(lambda v: v["screen"] == "session")
        for keys in ESCAPES:
            xdotool(display, "key", "--clearmodifiers", keys)
            time.sleep(0.3)
            view = kiosk.view()
            assert view["screen"] == "session" and view["fullscreen"] and view["window"] == [0, 0, 1280, 800], keys
        assert len(kiosk_windows(display)) == 1

        def scroll(name, view):
            return x_scroll_to(kiosk, display, name, view)

        view = walk_to_summary(kiosk, scroll, {"region": "uk"})
        view = scroll("own-question", view)
        kiosk.tap("own-question", view)
        view = kiosk.wait(lambda v: v["keyboard"])
        type_on_keyboard(kiosk, f"can i {token}?")
        view = kiosk.view()
        focus, keyboard = view["focus_rect"], view["keyboard_rect"]
        assert focus[1] + focus[3] <= keyboard[1], "the field being typed into stays above the keyboard"
        x_screenshot(display, shot_path(tmp_path, "bare-x-keyboard"))
        kiosk.tap("key-enter", view)
        finish_before = kiosk.view()["targets"]["wizard-finish"]
        kiosk.tap("key-hide")
        view = kiosk.wait(lambda v: not v["keyboard"])
        assert view["targets"]["wizard-finish"][:2] == finish_before[:2], "hiding the keyboard moved Finish"
        before = pdfs()
        kiosk.tap("kiosk-print", view)
        view = kiosk.wait(lambda v: "printing at the front desk" in v["message"], timeout=90)
        x_screenshot(display, shot_path(tmp_path, "bare-x-session"))
        text = squash(pdf_text(wait_for_new_pdf(before, containing=token)))
        assert f"can i {token}?".lower() in text.lower()
        # Walk away: "Are you still there?" after 15 s, then the wipe after the 5 s countdown.
        kiosk.wait(lambda v: v["screen"] == "still-there", timeout=40)
        view = kiosk.wait(lambda v: v["screen"] == "start-screen", timeout=30)
        assert view["resets"] == 1
        kiosk.tap("start", view)
        view = kiosk.wait(lambda v: v["screen"] == "session")
        assert view["page"] == "page-welcome"


def test_800x600_keyboard_and_buttons_fit(tmp_path):
    config = write_config(tmp_path, free_text=True)
    with xvfb(800, 600) as display, x_kiosk(display, config, tmp_path / "home") as kiosk:
        kiosk.tap("start")
        kiosk.wait(lambda v: v["screen"] == "session")

        def scroll(name, view):
            return x_scroll_to(kiosk, display, name, view)

        view = walk_to_summary(kiosk, scroll, {"region": "us"})
        for name in ("wizard-finish", "wizard-back", "start-over", "kiosk-print", "kiosk-preview"):
            assert whole(view, name, 800, 600), (name, view["targets"][name])
        for field in ("notes", "own-question"):
            view = scroll(field, view)
            kiosk.tap(field, view)
            view = kiosk.wait(lambda v: v["keyboard"])
            keys = {n: t for n, t in view["targets"].items() if n.startswith("key-")}
            assert len(keys) >= 45, sorted(keys)
            for name, target in keys.items():  # every key whole and on screen, at least 44 px
                assert whole(view, name, 800, 600), (name, target)
                assert target[3] >= 44 and target[4] >= 44, (name, target)
            focus, keyboard = view["focus_rect"], view["keyboard_rect"]
            assert focus and focus[1] >= 0 and focus[1] + min(focus[3], 40) <= keyboard[1], (field, focus, keyboard)
            x_screenshot(display, shot_path(tmp_path, f"bare-x-800x600-keyboard-{field}"))
            kiosk.tap("key-hide", view)
            kiosk.wait(lambda v: not v["keyboard"])


def test_openbox_full_screen_no_frame_on_top_and_one_window(tmp_path):
    """Under a window manager: full screen without decorations; the crisis contacts stay inside the window;
    minimising, covering or closing the window does not get anyone out."""
    config = write_config(tmp_path)
    with xvfb(1280, 800) as display, openbox(display), x_kiosk(display, config, tmp_path / "home") as kiosk:
        view = kiosk.wait(lambda v: v["fullscreen"] and v["window"] == [0, 0, 1280, 800])
        windows = x_windows(display, mapped=True)
        assert [w[2:] for w in windows] == [(0, 0, 1280, 800)], f"a frame or a second window: {windows}"
        client = xdotool(display, "search", "--onlyvisible", "--name", "Isotretinoin Risk Checklist").split()[0]
        state = subprocess.run(
            ["xprop", "-display", display, "-id", client, "_NET_WM_STATE"], capture_output=True, text=True
        ).stdout
        assert "_NET_WM_STATE_FULLSCREEN" in state and "_NET_WM_STATE_ABOVE" in state, state
        x_screenshot(display, shot_path(tmp_path, "openbox-start"))
        kiosk.tap("start", view)
        kiosk.wait(lambda v: v["screen"] == "session")

        def scroll(name, view):
            return x_scroll_to(kiosk, display, name, view)

        panels = []

        def on_panel(view):
            panels.append(view)
            assert view["top_level_windows"] == ["kiosk-shell"], view["top_level_windows"]
            assert len(x_windows(display, mapped=True)) == 1, "the panel is not a window of its own"
            x_screenshot(display, shot_path(tmp_path, "openbox-crisis"))
            return True  # stay on this page

        view = walk_to_summary(kiosk, scroll, {"region": "uk", "mh_harm_thoughts_now": "yes"}, on_panel)
        assert panels and view["panel"] == "crisis-dialog"
        kiosk.tap(next(n for n in view["targets"] if n.startswith("panel-button")), view)
        view = kiosk.wait(lambda v: not v["panel"])
        x_screenshot(display, shot_path(tmp_path, "openbox-session"))
        # Minimised (as the title-bar menu of a dialog used to allow): it comes back at once.
        xdotool(display, "windowminimize", client)
        view = kiosk.wait(lambda v: v["restores"] >= 1 and v["fullscreen"] and v["active"], timeout=20)
        state = subprocess.run(
            ["xprop", "-display", display, "-id", client, "_NET_WM_STATE"], capture_output=True, text=True
        ).stdout
        assert "_NET_WM_STATE_HIDDEN" not in state, state
        # Covered by another window: the kiosk raises itself and takes the focus back.
        other = subprocess.Popen(
            ["xmessage", "-display", display, "-geometry", "600x300+100+100", "covering"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            restores = view["restores"]
            time.sleep(1.0)
            view = kiosk.wait(lambda v: v["active"] and v["restores"] > restores, timeout=20)
            assert xdotool(display, "getactivewindow") == str(int(client, 16) if client.startswith("0x") else client)
        finally:
            other.terminate()
            other.wait(5)
        # openbox's own Alt+F4 sends the close request; the kiosk ignores it.
        xdotool(display, "key", "alt+F4")
        time.sleep(0.5)
        view = kiosk.view()
        assert view["screen"] == "session" and view["fullscreen"]


def test_a_crash_comes_back_clean_and_with_a_long_lockout(tmp_path):
    """A real crash (SIGKILL mid-session) and a restart: the start screen, nothing of the previous person
    anywhere (nothing was written: the home folder stays empty), and the PIN pad starts at the long step."""
    import signal

    from tests.helpers.kiosk import PIN

    config = write_config(tmp_path, free_text=True)
    home = tmp_path / "home"
    with xvfb(1280, 800) as display:
        with x_kiosk(display, config, home) as first:
            first.tap("start")
            view = first.wait(lambda v: v["screen"] == "session")
            view = x_scroll_to(first, display, "choice-region-uk", view)
            first.tap("choice-region-uk", view)
            os.kill(first.view()["pid"], signal.SIGKILL)
            first.proc.wait(10)
        left = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.relative_to(home).parts[0] != "runtime")
        assert left == [], f"the kiosk wrote {left}"
        # The service manager starts it again (here the test does, saying it is a restart, as a supervisor may).
        with x_kiosk(display, config, home, ISOTRETINOIN_KIOSK_RESTARTED="1") as second:
            view = second.view()
            assert view["screen"] == "start-screen" and view["resets"] == 0
            for _ in range(5):  # the staff gesture: five quick taps in the top-left corner
                xdotool(display, "mousemove", "10", "10", "click", "1")
            view = second.wait(lambda v: v["screen"] == "pin-pad")
            for _ in range(5):
                for digit in "0000":
                    second.tap(f"pin-{digit}", view)
                second.tap("pin-ok", view)
            view = second.wait(lambda v: "Try again in 30 minutes" in v["pin_status"])
            assert not view["targets"]["pin-ok"][2], "locked"
            x_screenshot(display, shot_path(tmp_path, "bare-x-pin-locked"))
            assert PIN  # (the right PIN is not tried: the pad is locked for 30 minutes now)
