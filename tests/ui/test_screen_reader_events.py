"""What screen readers are given on the list page, through Qt's accessibility interfaces (offscreen; what
Orca really says is tests/ui/test_orca.py): status messages are notifications, a tick keeps the row's
accessible object, the list's description starts with the page's title and step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app.ui.summary_list import ROLE_KEY, ROLE_KIND
from tests.ui.test_summary_page import MAN, row_for, rows, select


def question_keys(page) -> list[str]:
    return [r.data(ROLE_KEY) for r in rows(page) if r.data(ROLE_KIND) == "question"]


def test_the_limit_is_a_notification_that_names_the_problem(qtbot, person, wizard):
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    for key in question_keys(summary)[-4:]:
        select(person, summary, row_for(summary, key))
        person.click(summary.star_button)
    iface = QAccessible.queryAccessibleInterface(summary.message)
    assert iface.role() == QAccessible.Role.Notification
    name = iface.text(QAccessible.Text.Name)
    assert name.startswith("Problem:") and "up to 3" in name
    assert summary.message.isVisible()


def test_a_tick_keeps_the_rows_and_their_accessible_objects(qtbot, person, wizard):
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    view = summary.list_widget
    before = [view.item(i) for i in range(view.count())]
    key = question_keys(summary)[-1]
    row = row_for(summary, key)
    select(person, summary, row)
    list_iface = QAccessible.queryAccessibleInterface(view)
    ids = [QAccessible.uniqueId(list_iface.child(i)) for i in range(list_iface.childCount())]
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert row.checkState() == Qt.CheckState.Unchecked
    assert [view.item(i) for i in range(view.count())] == before  # the same rows, changed in place
    assert [QAccessible.uniqueId(list_iface.child(i)) for i in range(list_iface.childCount())] == ids
    assert view.currentItem() is row


def test_the_list_says_which_page_and_step_it_is_on(person, wizard):
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    assert summary.list_widget.accessibleDescription().startswith(f"{summary.title()}, {summary.subTitle()}. ")
    assert summary.subTitle().startswith("Step ")
