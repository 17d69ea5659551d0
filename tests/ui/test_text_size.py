"""Text size 100 %, 150 % and 200 %: on every page nothing is cut off, nothing overlaps its parent,
nothing needs sideways scrolling, and the window keeps its size (the page scrolls instead).
Screenshots of each page land in the test's tmp folder for a person to look at."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitTimeout

from app.ui.look import theme
from app.ui.prefs import translations
from app.ui.wizard import window_fit
from app.ui.wizard.wizard import SUMMARY_ID

WINDOW = (1100, 760)  # RiskWizard's size


@pytest.fixture
def scaled(request, qapp):
    translations.install("en")  # an earlier test (e.g. the kiosk's language switch) may have left Spanish in
    look = theme.appearance()
    scale, contrast = request.param
    look.set_scale(scale)
    look.set_high_contrast(contrast, by_user=False)
    yield scale
    look.set_scale(100)
    look.set_high_contrast(False, by_user=False)
    look.user_chose_contrast = False


def visible_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def problems_on(page: QWidget) -> list[str]:
    found = []
    for w in page.findChildren(QWidget):
        if not w.isVisibleTo(page) or w.window() is not page.window():
            continue
        name = f"{type(w).__name__}#{w.objectName() or '?'}"
        parent = w.parentWidget()
        scroller = parent.parentWidget() if parent is not None else None
        if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
            # The scrolled content: may be taller than the view, never wider.
            if w.width() > parent.width():
                found.append(f"{name} needs sideways scrolling ({w.width()} > {parent.width()})")
            continue
        if parent is not None and not QRect(0, 0, parent.width(), parent.height()).contains(w.geometry()):
            found.append(f"{name} sticks out of its parent ({w.geometry()} in {parent.size()})")
        if isinstance(w, QAbstractButton) and w.text():
            hint = w.minimumSizeHint()
            if w.width() < hint.width() or w.height() < hint.height():
                found.append(f"{name} '{w.text()}' is cut off ({w.size()} < {hint})")
        if isinstance(w, QLabel) and w.text() and w.pixmap().isNull():
            if w.wordWrap():
                needed = w.heightForWidth(w.width()) if w.hasHeightForWidth() else -1
                if needed > w.height() + 1:
                    found.append(f"{name} '{w.text()[:40]}' is cut off at the bottom ({w.height()} < {needed})")
            elif "<" not in w.text():
                needed = w.fontMetrics().horizontalAdvance(visible_text(w.text()))
                if needed > w.contentsRect().width() + 1:
                    found.append(f"{name} '{w.text()[:40]}' is cut off ({w.contentsRect().width()} < {needed})")
    return found


SCALES = [(100, False), (150, False), (200, False), (200, True)]
# "Thoughts of harming myself now" shows the crisis contacts: the longest wrapped text on the last page.
CHOSEN = {"region": "uk", "mh_harm_thoughts_now": "yes"}


@pytest.mark.parametrize("scaled", SCALES, indirect=True, ids=lambda p: f"{p[0]}%{'-hc' if p[1] else ''}")
def test_nothing_is_cut_off(scaled, person, wizard, qtbot, tmp_path):
    assert walk_checking(scaled, person, wizard, qtbot, tmp_path, WINDOW) == {}


# A 1080p laptop at 150 % reports 1280 x 720: the window opens at 1264 x 672 there (app.ui.wizard.window_fit).
@pytest.mark.parametrize("scaled", [(200, False)], indirect=True, ids=["200%"])
def test_nothing_is_cut_off_on_a_1280x720_screen(scaled, person, wizard, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1280, 720))  # (the crisis dialog's)
    assert walk_checking(scaled, person, wizard, qtbot, tmp_path, (1264, 672)) == {}


def walk_checking(scaled, person, wizard, qtbot, tmp_path, window: tuple[int, int]) -> dict[str, list[str]]:
    """Every page (and the crisis dialog) in a window of `window`: what is cut off, by page."""
    wizard.resize(*window)
    found: dict[str, list[str]] = {}
    step = 0
    while True:
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if box.isVisible() and box.value() is None:
                person.pick(
                    question_id, CHOSEN.get(question_id) or next(v for v in ("not_sure", "none") if v in box.buttons)
                )
        if wizard.crisis_dialog is not None and wizard.crisis_dialog.isVisible():
            dialog = wizard.crisis_dialog
            try:
                qtbot.waitUntil(lambda dialog=dialog: not problems_on(dialog), timeout=1000)
            except WaitTimeout:
                pass  # reported below
            problems = problems_on(dialog) + off_screen(dialog)
            if problems:
                found["crisis-dialog"] = problems
            wizard.crisis_dialog.accept()
        # Layouts with word wrap settle over a few posted events; give them up to a second.
        try:
            qtbot.waitUntil(lambda page=page: not problems_on(page), timeout=1000)
        except WaitTimeout:
            pass  # reported below
        wizard.grab().save(str(tmp_path / f"{scaled}-{step:02d}-{page.objectName()}.png"))
        size = (wizard.width(), wizard.height())
        problems = problems_on(page)
        if size > window or wizard.width() > window[0] or wizard.height() > window[1]:
            problems.append(f"the window grew to {size}")
        if problems:
            found[page.objectName()] = problems
        if wizard.currentId() == SUMMARY_ID:
            break
        person.next()
        step += 1
    return found


def off_screen(dialog: QDialog) -> list[str]:
    """The crisis dialog taller than the screen's free height (less a title bar), or its button outside it."""
    room = dialog.screen().availableGeometry().height() - window_fit.FRAME.height()
    button = dialog.findChild(QDialogButtonBox).buttons()[0]
    where = QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
    found = [f"the dialog is {dialog.height()} px tall, the screen has {room}"] if dialog.height() > room else []
    if not dialog.rect().contains(where):
        found.append(f"its button {where} is outside the dialog {dialog.rect()}")
    return found


def test_every_text_grows_with_the_scale(wizard, qtbot):
    """Labels with their own (bold, bigger) font grow too: their size comes from the theme."""
    look = theme.appearance()
    page = wizard.currentPage()
    labels = [page.boxes["region"].why, page.boxes["region"].title_label]
    labels += page.findChildren(QLabel, "section-heading")
    before = [label.fontMetrics().height() for label in labels]
    look.set_scale(200)
    try:
        QApplication.processEvents()
        after = [label.fontMetrics().height() for label in labels]
    finally:
        look.set_scale(100)
    assert all(a >= 1.8 * b for a, b in zip(after, before, strict=True)), (before, after)
