"""Focus order and names for screen readers (WCAG 2.4.3, 1.3.1, 4.1.2; the 2026-12 accessibility review,
m1 and m5): "More about …" and "Sources for this page" come before what they open, in the Tab order and in
the order a screen reader reads; the quiz's groups of options are named."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.wizard import accessibility
from app.ui.wizard.wizard import SUMMARY_ID
from tests.helpers.screen import tab_round


def reader_order(root: QWidget) -> list[QWidget]:
    """The widgets under `root` in the order a screen reader walks the accessibility tree."""
    found: list[QWidget] = []

    def walk(iface) -> None:
        for i in range(iface.childCount()):
            child = iface.child(i)
            if child is None or not child.isValid():
                continue
            if isinstance(child.object(), QWidget):
                found.append(child.object())
            walk(child)

    walk(QAccessible.queryAccessibleInterface(root))
    return found


def expander_problems(page, opened_stops: list[int]) -> list[str]:
    problems = []
    for expander in (getattr(page, "more", None), getattr(page, "sources", None)):
        if expander is None or not expander.button.isVisible():
            continue
        expander.set_open(True)
        QApplication.processEvents()
        name = f"{page.objectName()}: {expander.title!r}"
        stops = tab_round(accessibility.first_tab_stop(page))  # the page's first stop, round to it again
        at = stops.index(expander.button)
        inside = [i for i, w in enumerate(stops) if expander.body.isAncestorOf(w)]
        opened_stops.append(len(inside))
        if inside and inside[0] != at + 1:
            problems.append(f"{name}: Tab from it goes to {stops[at + 1].objectName()!r}, not into what it opened")
        if inside and inside[0] < at:
            problems.append(f"{name}: what it opened comes before it in the Tab order")
        order = reader_order(page)
        opened = [i for i, w in enumerate(order) if expander.body.isAncestorOf(w) or w is expander.body]
        if opened and order.index(expander.button) > opened[0]:
            problems.append(f"{name}: a screen reader reads what it opened before it")
    return problems


def test_more_about_comes_before_what_it_opens(person, wizard, qtbot):
    wizard.show()
    qtbot.waitExposed(wizard)
    problems, pages, opened_stops = [], 0, []
    person.pick("region", "us")
    while wizard.currentId() != SUMMARY_ID:
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.isVisible() and not box.typed and box.value() is None:
                person.pick(question_id, next(v for v in ("no", "none", "not_sure") if v in box.buttons))
        if getattr(page, "more", None) is not None:
            pages += 1
            problems += expander_problems(page, opened_stops)
        person.next()
    assert pages > 5
    assert sum(opened_stops) > 0, "no stops inside what they open: the Tab order was not tested"
    assert problems == []


def group_of(widget: QWidget):
    """The accessibility tree's group around `widget` (its nearest grouping ancestor), or None."""
    iface = QAccessible.queryAccessibleInterface(widget).parent()
    while iface is not None and iface.isValid():
        if iface.role() == QAccessible.Role.Grouping:
            return iface
        iface = iface.parent()
    return None


def test_the_quizs_groups_of_options_are_named(person, wizard):
    person.pick("region", "us")
    while wizard.currentPage().objectName() != "page-quiz":
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.isVisible() and not box.typed and box.value() is None:
                person.pick(question_id, next(v for v in ("no", "none", "not_sure") if v in box.buttons))
        person.next()
    quiz = wizard.currentPage()
    for button in (quiz.start_button, quiz.skip_button):
        group = group_of(button)
        assert group is not None, f"{button.text()!r} is a radio button outside any group"
        assert group.text(QAccessible.Text.Name) == quiz.title() == "Check what I understood"
    person.click(quiz.start_button)
    items = quiz.visible_items()
    assert items
    for box in items:
        for button in box.buttons.values():
            group = group_of(button)
            assert group is not None and group.object() is box
            assert group.text(QAccessible.Text.Name) == box.item.text
