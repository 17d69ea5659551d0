"""The desktop window opens inside the screen with Next, Back and Save on it (1280x720 is a 1080p laptop
at 150 %), at 100 % and 200 % text and in Spanish, and opens where the person last left it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, QSize

from app.ui.prefs import remembered
from app.ui.wizard import window_fit
from app.ui.wizard.wizard import DEFAULT_SIZE
from tests.conftest import REPO

WANTED = QSize(*DEFAULT_SIZE)
MINIMUM = QSize(600, 300)


def inside(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.adjusted(-window_fit.FRAME.width() // 2, -window_fit.FRAME.height() + 8, 8, 8))


@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768), (1024, 600), (1920, 1080), (3840, 2160)])
def test_the_window_fits_the_available_screen_with_its_frame(screen):
    available = QRect(0, 0, *screen).adjusted(0, 0, 0, -40)  # a taskbar at the bottom
    geometry = window_fit.fitted(WANTED, MINIMUM, available)
    assert inside(geometry, available), (geometry, available)
    assert geometry.width() == min(WANTED.width(), screen[0] - window_fit.FRAME.width())
    assert geometry.height() == min(WANTED.height(), available.height() - window_fit.FRAME.height())
    # centred
    left, right = geometry.left() - available.left(), available.right() - geometry.right()
    assert abs(left - right) <= window_fit.FRAME.width()


def test_a_panel_on_top_moves_the_window_down():
    available = QRect(0, 32, 1280, 688)
    geometry = window_fit.fitted(WANTED, MINIMUM, available)
    assert geometry.top() >= 32 + window_fit.FRAME.height() // 2 and inside(geometry, available)


def test_a_remembered_place_is_used_and_kept_on_the_screen():
    screens = [QRect(0, 0, 1920, 1080)]
    assert window_fit.restored(QRect(100, 80, 900, 600), MINIMUM, screens) == QRect(100, 80, 900, 600)
    # bigger than the screen now (the screen changed): shrunk to fit, moved inside
    moved = window_fit.restored(QRect(-50, 500, 2500, 900), MINIMUM, screens)
    assert moved is not None and inside(moved, screens[0])
    # on a monitor that is gone: not used
    assert window_fit.restored(QRect(2500, 100, 900, 600), MINIMUM, screens) is None


def test_window_file_is_written_only_when_the_window_was_moved_or_resized(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    path = tmp_path / "conf" / "window.json"
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 500, 400)
    memory = window_fit.Remember(path)
    memory.shown(window)
    memory.closing(window)
    assert not path.exists()
    window.setGeometry(120, 90, 640, 480)
    memory.closing(window)
    assert json.loads(path.read_text()) == {"geometry": [120, 90, 640, 480], "folder": None}
    assert window_fit.saved_geometry(path) == QRect(120, 90, 640, 480)


@pytest.mark.parametrize(
    "text", ["", "[]", '{"geometry": [1, 2, 3]}', '{"geometry": [0, 0, -5, 10]}', '{"geometry": "x"}']
)
def test_a_broken_window_file_is_the_same_as_none(tmp_path, text):
    path = tmp_path / "window.json"
    path.write_text(text, encoding="utf-8")
    assert remembered.load_window(path) is None and remembered.load_folder(path) is None


# -- on a real X server with a window manager -------------------------------------------------------------
def run_probe(display: str, home, shot, scale: int, language: str = "en", page: str = "welcome") -> dict:
    config = home / ".config" / "isotretinoin-checklist"
    config.mkdir(parents=True, exist_ok=True)
    (config / "display.json").write_text(
        json.dumps({"text_size": scale, "high_contrast": None, "language": language}), encoding="utf-8"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=str(home), PYTHONPATH=str(REPO), PROBE_PAGE=page)
    env.pop("XDG_CONFIG_HOME", None)
    result = subprocess.run(
        [sys.executable, str(REPO / "tests" / "ui" / "desktop_probe.py"), str(shot)],
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("probe ")), None)
    assert line is not None, f"the app did not report (exit {result.returncode}):\n{result.stderr[-3000:]}"
    return json.loads(line[len("probe ") :])


@pytest.mark.realdisplay
@pytest.mark.parametrize("screen", [(1280, 720), (1366, 768)])
@pytest.mark.parametrize(
    "scale, language, page",
    [(100, "en", "welcome"), (200, "en", "welcome"), (200, "es", "pregnancy"), (200, "es", "summary")],
)
def test_next_back_and_save_are_on_the_screen(tmp_path, screen, scale, language, page):
    from tests.kiosk.realdisplay import openbox, xvfb

    shot = tmp_path / "screen.png"
    with xvfb(*screen) as display, openbox(display):
        report = run_probe(display, tmp_path, shot, scale, language, page)
    screen_rect = QRect(*report["screen"])
    assert screen_rect.size() == QSize(*screen)
    assert screen_rect.contains(QRect(*report["window"])), report  # the whole window, frame included
    for name in ("finish" if page == "summary" else "next", "save"):  # the end page has Finish, not Next
        x, y, w, h, visible = report[name]
        assert visible and screen_rect.contains(QRect(x, y, w, h)), (name, report)
    if page != "welcome":  # Back is shown there too
        x, y, w, h, visible = report["back"]
        assert visible and screen_rect.contains(QRect(x, y, w, h)), report
    text, width, hint, _advance = report["subtitle"]
    assert width >= hint, f"'{text}' is cut: {width} px of {hint}"  # "Paso 1 de 14" at 200 %
    assert shot.stat().st_size > 1000


@pytest.mark.parametrize("scale", [100, 200])
def test_at_its_smallest_the_window_shows_its_buttons_whole(qtbot, content, standard_look, scale):
    from PySide6.QtWidgets import QWizard

    from app.ui.wizard.wizard import RiskWizard, WizardOptions

    standard_look.set_scale(scale)
    wizard = RiskWizard(content, WizardOptions(save_and_resume=True))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.resize(1, 1)  # as small as it goes
    qtbot.wait(50)
    window = wizard.rect()
    for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
        button = wizard.button(which)
        where = QRect(button.mapTo(wizard, button.rect().topLeft()), button.size())
        assert window.contains(where), (which, where, window)
        assert button.width() >= button.minimumSizeHint().width()
    save = wizard.findChild(object, "save-answers")
    assert window.contains(QRect(save.mapTo(wizard, save.rect().topLeft()), save.size()))
    assert save.width() >= save.minimumSizeHint().width()
