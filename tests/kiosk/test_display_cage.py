"""The kiosk under cage, the Wayland kiosk compositor the README recommends, as an unprivileged user.

cage refuses to run as root, so it runs as CAGE_USER with a venv made from Debian's python3 (.ci/run
makes both). Debian 12's cage has no virtual-pointer protocol, so there is no xdotool for it: taps are
delivered through the test-only trace channel (tests/helpers/trace, `tap X Y`) to its Wayland window.
Real X input is tested in test_display_x11.py.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.helpers.text import pdf_text, squash
from tests.kiosk.cups_queues import need_cups
from tests.kiosk.realdisplay import (
    SCREENSHOTS,
    cage_kiosk,
    need_cage_user,
    type_on_keyboard,
    walk_to_summary,
    write_config,
    xvfb,
)

pytestmark = pytest.mark.realdisplay


def shot_path(tmp_path, name: str) -> Path:
    return (SCREENSHOTS if os.environ.get("KIOSK_SCREENSHOTS") else tmp_path) / f"kiosk-{name}.png"


def user_pdfs(home: str) -> set[Path]:
    folder = Path(home) / "PDF"  # cups-pdf writes to the printing user's ~/PDF
    return set(folder.glob("*.pdf")) if folder.is_dir() else set()


def wait_for_pdf(home: str, before: set[Path], timeout: float = 90) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in user_pdfs(home) - before if p.read_bytes().rstrip().endswith(b"%%EOF")]
        if done:
            return done[0]
        time.sleep(0.3)
    raise AssertionError(f"no PDF for the kiosk user in {home}/PDF")


@pytest.mark.xdist_group("cups")  # prints to the CUPS queue PDF (tests/conftest.py)
def test_a_full_session_under_headless_cage(tmp_path):
    """Tap to start, answer, type on the in-app keyboard, print to the CUPS PDF queue, walk away: wiped."""
    need_cups()
    home = need_cage_user()
    config = write_config(tmp_path, free_text=True)
    token = f"cage{time.time_ns() % 100000}"
    with cage_kiosk(config) as kiosk:
        view = kiosk.view()
        width, height = view["window"][2:]
        assert view["window"][:2] == [0, 0] and (width, height) == (1280, 720), view["window"]  # the whole output
        assert view["top_level_windows"] == ["kiosk-shell"]
        kiosk.tap("start", view)
        kiosk.wait(lambda v: v["screen"] == "session")
        view = walk_to_summary(kiosk, kiosk.scroll_to, {"region": "us"})
        assert view["window"] == [0, 0, width, height]
        view = kiosk.scroll_to("own-question", view)
        kiosk.tap("own-question", view)
        type_on_keyboard(kiosk, f"may i {token}?")
        view = kiosk.view()
        kiosk.tap("key-enter", view)
        kiosk.tap("key-hide")
        view = kiosk.wait(lambda v: not v["keyboard"])
        before = user_pdfs(home)
        kiosk.tap("kiosk-print", view)
        kiosk.wait(lambda v: "printing at the front desk" in v["message"], timeout=90)
        text = squash(pdf_text(wait_for_pdf(home, before)))
        assert f"may i {token}?" in text.lower()
        kiosk.wait(lambda v: v["screen"] == "still-there", timeout=40)
        view = kiosk.wait(lambda v: v["screen"] == "start-screen", timeout=30)
        assert view["resets"] == 1 and view["window"] == [0, 0, width, height]


def test_cage_screenshots_show_the_kiosk_filling_the_output(tmp_path):
    """Screenshots with grim. cage's output is a window on Xvfb here (wlroots' X11 backend): the headless
    backend of Debian 12's wlroots presents only the first frame (see CageKiosk)."""
    from PIL import Image

    need_cage_user()
    config = write_config(tmp_path)
    with xvfb(1280, 800) as display, cage_kiosk(config, x_display=display) as kiosk:
        view = kiosk.view()
        width, height = view["window"][2:]
        assert view["window"][:2] == [0, 0] and width >= 800 and height >= 600
        time.sleep(0.5)
        start = Image.open(kiosk.screenshot(shot_path(tmp_path, "cage-start"))).convert("RGB")
        assert start.size == (width, height), "the kiosk covers cage's whole output"
        assert len(start.resize((64, 36)).getcolors(64 * 36)) > 3, "the screenshot shows the start screen, not black"
        kiosk.tap("start", view)
        view = kiosk.wait(lambda v: v["screen"] == "session")
        view = kiosk.scroll_to("choice-region-uk", view)
        kiosk.tap("choice-region-uk", view)
        time.sleep(0.5)
        session = Image.open(kiosk.screenshot(shot_path(tmp_path, "cage-session"))).convert("RGB")
        assert session.size == (width, height) and session.getpixel((width // 2, height // 2)) != (0, 0, 0)
