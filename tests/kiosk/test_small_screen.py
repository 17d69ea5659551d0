"""Large text on a small screen (the 2026-12 attack review, #3): with A+ pressed as far as it goes, nothing
leaves the screen on any page: the wizard, Next / Back / Finish / Start over and A- / A+ stay whole inside
the window, no button is squeezed below its size (cut-off text), no page scrolls sideways (it scrolls down
instead), and A+ (and Ctrl+plus) stop where more would not fit: 125 % at 800 x 600, 150 % at 1024 x 600
(app.kiosk.style)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWizard

from app.ui.look import theme
from app.ui.wizard.wizard import SUMMARY_ID
from tests.conftest import REPO
from tests.helpers.kiosk import kiosk_config, start_session


def on_screen(shell, widget) -> bool:
    top_left = widget.mapTo(shell, QPoint(0, 0))
    return QRect(0, 0, shell.width(), shell.height()).contains(QRect(top_left, widget.size()))


def small_shell(make_shell, request, width: int, height: int):
    shell = make_shell(kiosk_config(), apply_style=True)
    request.addfinalizer(lambda: setattr(theme.appearance(), "max_scale", theme.SCALES[-1]))
    shell.setFixedSize(width, height)
    shell.screen_resized(QSize(width, height))
    QApplication.processEvents()
    return shell


def larger_as_far_as_it_goes(qtbot, shell, person) -> int:
    controls = shell.wizard.welcome_controls
    presses = 0
    qtbot.waitUntil(lambda: controls.docked() and controls.larger.isVisible())  # in the header, after a paint
    while controls.larger.isEnabled() and presses < 10:
        person.click(controls.larger)
        presses += 1
    return theme.appearance().scale


def check_page(shell, name: str) -> list[str]:
    QApplication.processEvents()
    wizard = shell.wizard
    wrong = []
    if wizard.width() > shell.width() or wizard.mapTo(shell, QPoint(0, 0)).x() < 0:
        wrong.append(f"{name}: the wizard is {wizard.width()} px wide")
    buttons = [
        wizard.button(b)
        for b in (
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
        )
    ]
    controls = wizard.welcome_controls
    for button in [*buttons, controls.smaller, controls.larger]:
        if button.isVisible() and not on_screen(shell, button):
            wrong.append(f"{name}: {button.objectName() or button.text()} at {button.mapTo(shell, QPoint(0, 0))}")
    page = wizard.currentPage()
    for button in page.findChildren(QAbstractButton):  # squeezed below their size: text cut off
        if button.isVisible() and button.width() < button.minimumSizeHint().width():
            wrong.append(f"{name}: {button.objectName() or button.text()!r} is squeezed ({button.width()} px)")
    for area in page.findChildren(QScrollArea):
        if area.horizontalScrollBar().isVisible():
            wrong.append(f"{name}: {area.objectName()} scrolls sideways")
    return wrong


@pytest.mark.parametrize(
    "width, height, largest", [(800, 600, 125), (1024, 600, 150), (1280, 720, 175), (1280, 800, 175)]
)
def test_largest_text_keeps_everything_on_screen(qtbot, make_shell, request, width, height, largest):
    shell = small_shell(make_shell, request, width, height)
    person = start_session(qtbot, shell)
    scale = larger_as_far_as_it_goes(qtbot, shell, person)
    assert scale == largest, f"A+ stopped at {scale} %"
    assert not shell.wizard.welcome_controls.larger.isEnabled()
    QTest.keyClick(shell.wizard, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # the shortcut stops too
    assert theme.appearance().scale == largest
    wrong, pages = [], []
    wizard = shell.wizard
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        pages.append(page.objectName())
        wrong += check_page(shell, page.objectName())
        for question_id in list(page.boxes):
            box = page.boxes[question_id]
            if box.isVisible() and box.value() is None:
                person.pick(question_id, next(v for v in ("uk", "no", "none", "not_sure") if v in box.buttons))
        wrong += check_page(shell, page.objectName() + " (answered)")
        person.next()
    wrong += check_page(shell, "summary")
    if os.environ.get("KIOSK_SCREENSHOTS"):
        shell.grab().save(str(REPO / "docs" / "screenshots" / f"kiosk-{width}x{height}-largest-text-summary.png"))
    assert len(pages) > 5
    assert wrong == [], "\n".join(wrong)
