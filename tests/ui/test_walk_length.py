"""How long the wizard is: walk it offscreen at the default window size as typical people would, and
add up each page's scroll height in screens (the page's content height / the height of its view).

Targets (issue #13): a typical person's whole walk at most 12 screens (it was about 31), and no page
over 2.5 screens at 100 % text. The summary page is made to fit one screen without scrolling
(app.ui.summary.summary_page), so it counts as one. The optional "check what I understood" is skipped, as a
person who does not choose it would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.look import theme
from app.ui.parts.reveal import settle_layouts
from app.ui.prefs import translations
from app.ui.wizard.wizard import DEFAULT_SIZE, SUMMARY_ID

MAX_WALK_SCREENS = 12.0
MAX_PAGE_SCREENS = 2.5
PEOPLE = {
    # A US 17-year-old who could become pregnant, uses condoms, answers "no" to the rest.
    "US teen who could become pregnant": (
        {"region": "us", "preg_can_become_pregnant": "yes", "preg_birth_control": ("condoms",), "mh_under_18": "yes"},
        "no",
    ),
    "UK man": ({"region": "uk", "preg_can_become_pregnant": "no"}, "no"),
    "EU woman on the pill": (
        {
            "region": "eu",
            "preg_can_become_pregnant": "yes",
            "preg_birth_control": ("combined_pill",),
            "alcohol_amount": "some",
        },
        "no",
    ),
}
UNSURE = ({"region": "not_sure"}, "not_sure")  # not sure of anything: the longest walk there is


def page_screens(page) -> float:
    """The page's content height in screens of its own view (1.0 = exactly one screen)."""
    scroll = getattr(page, "scroll_area", None)
    if scroll is None or not hasattr(scroll, "widget") or scroll.widget() is None:
        return 1.0  # a page without its own scrolling (the summary) is one screen
    inner = scroll.widget()
    shown = [w for w in inner.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly) if w.isVisible()]
    bottom = max(w.geometry().bottom() for w in shown) + 1 + inner.layout().contentsMargins().bottom()
    return bottom / scroll.viewport().height()


def walk(person, wizard, answers: dict, rest: str) -> dict[str, float]:
    wizard.resize(*DEFAULT_SIZE)
    screens: dict[str, float] = {}
    while True:
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if not box.isVisible() or box.value() is not None:
                continue
            value = answers.get(question_id) or next(v for v in (rest, "none", "not_sure") if v in box.buttons)
            person.pick(question_id, *((value,) if isinstance(value, str) else value))
            if wizard.crisis_dialog is not None and wizard.crisis_dialog.isVisible():
                wizard.crisis_dialog.accept()
        if page.objectName() == "page-quiz":
            person.click(page.skip_button)
        for _ in range(3):
            settle_layouts()
            QApplication.processEvents()
        screens[page.objectName()] = page_screens(page)
        if wizard.currentId() == SUMMARY_ID:
            return screens
        person.next()


@pytest.fixture
def standard_size(qapp):
    translations.install("en")
    look = theme.appearance()
    look.set_scale(100)
    yield
    look.set_scale(100)


@pytest.mark.parametrize("name", list(PEOPLE))
def test_a_typical_walk_is_at_most_12_screens(standard_size, person, wizard, name):
    answers, rest = PEOPLE[name]
    screens = walk(person, wizard, answers, rest)
    total = sum(screens.values())
    report = ", ".join(f"{page.removeprefix('page-')} {s:.2f}" for page, s in screens.items())
    print(f"\n{name}: {total:.2f} screens ({report})")
    assert len(screens) >= 12, screens  # the walk really went through every page
    assert total <= MAX_WALK_SCREENS, report
    assert max(screens.values()) <= MAX_PAGE_SCREENS, report


def test_no_page_is_over_two_and_a_half_screens_even_when_unsure(standard_size, person, wizard):
    screens = walk(person, wizard, *UNSURE)
    report = ", ".join(f"{page.removeprefix('page-')} {s:.2f}" for page, s in screens.items())
    print(f"\nnot sure of anything: {sum(screens.values()):.2f} screens ({report})")
    assert max(screens.values()) <= MAX_PAGE_SCREENS, report


def test_the_measure_sees_a_long_page(standard_size, person, wizard):
    """The yardstick itself: with every "More about …" open, a page is longer than with them shut."""
    person.pick("region", "uk")
    person.next()
    while wizard.currentPage().objectName() != "page-serious":
        for question_id, box in wizard.currentPage().boxes.items():
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if box.isVisible() and box.value() is None:
                person.pick(question_id, next(v for v in ("no", "none", "not_sure") if v in box.buttons))
        person.next()
    page = wizard.currentPage()
    settle_layouts()
    QApplication.processEvents()
    shut = page_screens(page)
    page.more.set_open(True)
    page.sources.set_open(True)
    for _ in range(3):
        settle_layouts()
        QApplication.processEvents()
    assert page_screens(page) > shut + 0.3
