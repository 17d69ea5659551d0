"""What screen readers are given on the list page, through Qt's accessibility interfaces (offscreen; what
Orca really says is tests/ui/test_orca.py): status messages are notifications, a tick keeps the row's
accessible object, the list's description starts with the page's title and step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from app.ui.summary.summary_list import ROLE_KEY, ROLE_KIND
from tests.helpers.screen import tab_round
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
    was = row.checkState()  # (the questions many people ask start unticked, the tailored ones ticked)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert row.checkState() == (Qt.CheckState.Unchecked if was == Qt.CheckState.Checked else Qt.CheckState.Checked)
    assert [view.item(i) for i in range(view.count())] == before  # the same rows, changed in place
    assert [QAccessible.uniqueId(list_iface.child(i)) for i in range(list_iface.childCount())] == ids
    assert view.currentItem() is row


def test_the_list_says_which_page_and_step_it_is_on(person, wizard):
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    assert summary.list_widget.accessibleDescription().startswith(f"{summary.title()}, {summary.subTitle()}. ")
    assert summary.subTitle().startswith("Step ")


def test_tab_reads_the_welcome_page_top_to_bottom_then_the_buttons_in_their_row(qtbot, wizard):
    from PySide6.QtWidgets import QWizard

    from app.ui.wizard import accessibility

    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    stops = tab_round(accessibility.first_tab_stop(page), limit=200)
    on_page = [w for w in stops if page.isAncestorOf(w)]
    assert stops[: len(on_page)] == on_page, "the page's stops come first"
    ys = [w.mapTo(page, w.rect().topLeft()).y() for w in on_page]
    assert ys == sorted(ys), [(type(w).__name__, w.accessibleName()[:20], y) for w, y in zip(on_page, ys, strict=True)]
    buttons = [w for w in stops[len(on_page) :] if not page.isAncestorOf(w)]
    save = wizard.button(QWizard.WizardButton.CustomButton2)
    if save.isVisible():
        assert buttons[0] is save, "Save my answers… first in the button row, as on every page"
    cancel = wizard.button(QWizard.WizardButton.CancelButton)
    larger = wizard.welcome_controls.larger
    if not page.isAncestorOf(larger):  # docked in the header: after the wizard's buttons
        assert buttons.index(larger) > buttons.index(cancel)


def test_options_do_not_repeat_the_why_and_many_options_do_not_repeat_the_question(qapp):
    from app.core.loader import load_content
    from app.paths import content_dir
    from app.ui.parts.widgets import QuestionBox

    content = load_content(content_dir(), "en")
    questions = [q for area in content.areas for q in area.questions]
    multiple = next(q for q in questions if q.multiple)
    single = next(q for q in questions if not q.multiple)
    for question in (multiple, single):
        box = QuestionBox(question, content.choices_of(question), "Why we ask:")
        assert box.accessibleDescription() == ""
        for choice, button in zip(content.choices_of(question), box.buttons.values(), strict=True):
            assert button.accessibleDescription() == ""
            expected = choice.label if question.multiple else f"{choice.label} — {question.text}"
            assert button.accessibleName() == expected
        assert question.why in box.why.accessibleName() or question.why in box.why.text()
        box.deleteLater()


def test_more_about_and_sources_are_expandable_sections_not_check_boxes(qtbot, person, wizard):
    person.pick("region", "us")
    person.next()
    person.next()  # a page with "More about …" and "Sources for this page"
    page = wizard.currentPage()
    for expander in (page.more, page.sources):
        iface = QAccessible.queryAccessibleInterface(expander.button)
        assert iface.role() == QAccessible.Role.Button, iface.role()
        state = iface.state()
        assert state.expandable and state.collapsed and not state.expanded and not state.checkable
        assert iface.text(QAccessible.Text.Name) == expander.title
        expander.button.click()  # (what Space on it does)
        assert expander.is_open()
        state = iface.state()
        assert state.expanded and not state.collapsed
    listing = QAccessible.queryAccessibleInterface(page.sources_label)
    assert listing.text(QAccessible.Text.Name).startswith("•")  # the list itself, not a 4-word name
