"""The kiosk window follows its screen: it covers it exactly and its text and touch targets scale with it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication

from app.kiosk import style
from tests.helpers.kiosk import kiosk_config


def test_screen_factor():
    assert style.screen_factor(QSize(1280, 800)) == 1.0
    assert style.screen_factor(QSize(1920, 1080)) == 1.35
    assert style.screen_factor(QSize(3840, 2160)) == 2.7
    assert style.screen_factor(QSize(800, 600)) == style.MIN_FACTOR
    assert style.screen_factor(QSize(0, 0)) == 1.0


def test_touch_targets_never_shrink_below_44_px():
    small = style.window_sheet(10, style.screen_factor(QSize(800, 600)))
    assert "min-height: 52px" in small and "min-height: 44px; max-height: 44px" in small
    big = style.window_sheet(10, style.screen_factor(QSize(3840, 2160)))
    assert "min-height: 140px" in big and "min-height: 194px" in big  # 52 and 72 px, times 2.7


def test_the_keeper_fits_the_window_to_the_screen_and_follows_it(qtbot, make_shell):
    shell = make_shell(kiosk_config())
    screen = QGuiApplication.primaryScreen()
    shell.keeper.fit()
    assert shell.geometry() == screen.geometry()
    assert shell.minimumSize() == shell.maximumSize() == screen.geometry().size(), "content cannot grow it"
    sheet = shell.styleSheet()
    shell.screen_resized(QSize(3840, 2160))
    assert shell.factor == 2.7 and shell.styleSheet() != sheet
    shell.screen_resized(QSize(1280, 800))
    assert shell.factor == 1.0


def test_the_keeper_restores_a_minimised_window(qtbot, make_shell):
    shell = make_shell(kiosk_config())
    shell.keeper.show()
    qtbot.waitExposed(shell)
    shell.showMinimized()
    qtbot.waitUntil(lambda: shell.keeper.restores >= 1 and not shell.isMinimized(), timeout=3000)
    assert shell.isFullScreen()
    shell.keeper.enabled = False  # staff chose Exit: nothing brings it back
    restores = shell.keeper.restores
    shell.showMinimized()
    # Past the keeper's own delay (its timer's interval) plus a margin: had it been armed, it would have fired.
    qtbot.wait(shell.keeper._raise.interval() + 300)
    assert not shell.keeper._raise.isActive()
    assert shell.keeper.restores == restores


def test_the_text_size_buttons_are_whole_at_the_kiosks_larger_targets(qtbot, shell):
    """A- / A+ keep their 44 px in the kiosk, which fits the header's corner: the kiosk's larger button
    targets made them 52 px (140 px at 4K) inside a 44 px holder, their edges cut off."""
    from PySide6.QtWidgets import QApplication, QPushButton

    from tests.helpers.kiosk import start_session

    start_session(qtbot, shell)
    buttons = [
        b
        for name in ("text-smaller", "text-larger")
        for b in shell.wizard.findChildren(QPushButton, name)
        if b.isVisible()
    ]
    assert len(buttons) == 2
    docked = lambda: all(b.parentWidget().parentWidget().objectName() == "header-corner" for b in buttons)  # noqa: E731
    qtbot.waitUntil(docked, timeout=3000)  # (moved into the header's corner after the first paint)
    # (then laid out there at their size)
    qtbot.waitUntil(lambda: all(min(b.width(), b.height()) >= style.MIN_TARGET_PX for b in buttons), timeout=3000)
    QApplication.processEvents()
    for button in buttons:
        assert button.width() >= style.MIN_TARGET_PX and button.height() >= style.MIN_TARGET_PX
        ancestor = button.parentWidget()
        while ancestor is not None:  # no holder, up to the window, cuts off any of it
            area = QRect(button.mapTo(ancestor, QPoint(0, 0)), button.size())
            assert ancestor.rect().contains(area), f"{button.objectName()} is cut by {ancestor.objectName()}"
            ancestor = ancestor.parentWidget()
