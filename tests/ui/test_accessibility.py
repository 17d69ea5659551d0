"""What a screen reader gets: walk Qt's accessibility tree of every page, as a person walks the wizard.

Every visible interactive element has a role and a non-empty name; every question's "why we ask"
is in the tree, can be reached with Tab and is the description of the question and its choices;
page changes are announced; focus is visible (a style sheet rule, and the pixels change).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QPushButton

from app.ui.look import theme
from app.ui.parts.glossary import GlossaryLabel, GlossaryPopover
from app.ui.wizard import accessibility
from app.ui.wizard.wizard import SUMMARY_ID

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.List,
    Role.ListItem,
    Role.SpinBox,
    Role.Slider,
    Role.Link,
    Role.PageTab,
    Role.MenuItem,
    Role.ButtonMenu,
}
# Mouse-only parts that Qt never gives keyboard focus (their keyboard equivalents are the arrow
# keys in the focused list/page): scroll bars and the splitter handle.
MOUSE_ONLY = {Role.ScrollBar, Role.Grip}


def walk(iface):
    yield iface
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield from walk(child)


def visible_tree(wizard):
    return [i for i in walk(QAccessible.queryAccessibleInterface(wizard)) if not i.state().invisible]


def describe(iface) -> str:
    obj = iface.object()
    return f"{iface.role().name} {obj.objectName() if obj is not None else ''!r}"


def check_page(wizard) -> list[str]:
    problems = []
    for iface in visible_tree(wizard):
        role = iface.role()
        if role in MOUSE_ONLY:
            assert not iface.state().focusable, describe(iface)
            continue
        interactive = role in INTERACTIVE or iface.state().focusable
        if not interactive:
            continue
        if role == Role.NoRole:
            problems.append(f"no role: {describe(iface)}")
        if not iface.text(QAccessible.Text.Name).strip():
            problems.append(f"no name: {describe(iface)}")
    return problems


def walk_checking(person, wizard, answers, rest="not_sure"):
    """Walk to the summary like Person.walk, checking the tree of every page on the way."""
    seen = {}
    while True:
        page = wizard.currentPage()
        for question_id in list(getattr(page, "boxes", {})):
            box = page.boxes[question_id]
            if box.typed:  # typed answers (age, weight, medicines) are optional
                continue
            if not box.isVisible():
                continue
            if question_id in answers:
                person.pick(question_id, answers[question_id])
            elif box.value() is None:
                person.pick(question_id, next(v for v in (rest, "none", "not_sure") if v in box.buttons))
        QApplication.processEvents()
        seen[page.objectName()] = check_page(wizard)
        if wizard.currentId() == SUMMARY_ID:
            return seen
        person.next()


@pytest.mark.parametrize("region", ["us", "uk"])
def test_every_visible_control_has_a_name_and_role(person, wizard, region):
    seen = walk_checking(person, wizard, {"region": region})
    assert "page-welcome" in seen and "page-summary" in seen and len(seen) >= 9
    assert {page: problems for page, problems in seen.items() if problems} == {}


def test_summary_controls_are_named_and_described(person, wizard):
    person.walk({"region": "uk"}, every_visible="not_sure")
    summary = wizard.summary
    for widget in (
        summary.list_widget,
        summary.printout.preview,
        summary.printout.own_edit,
        summary.printout.name_edit,
        summary.printout.appointment_edit,
        summary.printout.notes_edit,
        summary.printout.paper_combo,
    ):
        assert widget.accessibleName(), widget.objectName()
    for widget in (summary.list_widget, summary.up_button, summary.down_button, summary.star_button):
        assert widget.accessibleDescription(), widget.objectName()
    # The most-important mark is a character on screen and words for a screen reader.
    row = next(
        summary.list_widget.item(i)
        for i in range(summary.list_widget.count())
        if summary.list_widget.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable
    )
    summary.list_widget.setCurrentItem(row)
    summary.star_button.click()
    starred = next(
        summary.list_widget.item(i)
        for i in range(summary.list_widget.count())
        if summary.list_widget.item(i).text().startswith("★")
    )
    assert starred.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Most important: ")


def test_why_we_ask_is_reachable_by_tab_and_is_the_description(wizard, qtbot):
    page = wizard.currentPage()
    box = page.boxes["region"]
    # the "why" is said once, by its own Tab stop: not also as the panel's and every option's description
    assert box.accessibleDescription() == ""
    assert all(b.accessibleDescription() == "" for b in box.buttons.values())
    why = QAccessible.queryAccessibleInterface(box.why)
    assert box.question.why in why.text(QAccessible.Text.Name)
    assert why.state().focusable
    reached = []
    for _ in range(30):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
        if reached[-1] is box.why:
            break
    assert reached[-1] is box.why, [w.objectName() for w in reached]
    # ... and the next Tab goes to the question's choices (reading order).
    qtbot.keyClick(box.why, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in box.buttons.values()


def test_tab_order_follows_reading_order(person, wizard):
    person.pick("region", "us")
    person.next()
    page = wizard.currentPage()
    stops = [w for w in accessibility.tab_stops(page) if w.isVisible() and w.isEnabled()]
    ys = [w.mapTo(page, w.rect().topLeft()).y() for w in stops]
    assert ys == sorted(ys), "tab stops are not top to bottom"
    # Tab from the page's last stop goes to the wizard's buttons, not back to the top of the page.
    last = stops[-1]
    last.setFocus()
    person.qtbot.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in [wizard.button(b) for b in accessibility.WIZARD_BUTTONS]


def test_page_change_is_announced_and_focus_goes_to_the_page(person, wizard):
    person.pick("region", "us")
    person.next()
    page = wizard.currentPage()
    announcement = wizard.property("announcement")
    assert announcement.startswith("Step 2 of ") and announcement.endswith(page.title())
    assert QApplication.focusWidget() is page.scroll_area
    # Orca 43 ignores announcements: the step and the opening text are in what takes focus
    assert page.scroll_area.accessibleName() == f"{page.title()}, {page.subTitle()}"
    assert page.subTitle().startswith("Step 2 of ")
    assert page.scroll_area.accessibleDescription().startswith(page.intro.plain)


def test_glossary_words_have_a_keyboard_explanation(wizard, qtbot):
    """A glossary word is explained where it is used: dotted underline, Space when its text has focus,
    and the explanation is in the text's description for screen readers. No buttons between bullets."""
    welcome = wizard.currentPage()
    labels = [label for label in welcome.findChildren(GlossaryLabel) if label.entries]
    assert labels, "the welcome text uses a glossary word (isotretinoin)"
    label = labels[0]
    entry = label.entries[0]
    assert "text-underline-style: dotted" in label.text()
    assert entry.explain in label.accessibleDescription()
    assert not welcome.findChildren(QPushButton, "glossary-button")
    assert label.focusPolicy() & Qt.FocusPolicy.TabFocus
    label.setFocus()
    qtbot.waitUntil(label.hasFocus)
    qtbot.keyClick(label, Qt.Key.Key_Space)
    popover = wizard.findChild(GlossaryPopover)
    assert popover is not None and popover.isVisible()
    assert entry.explain in popover.text.text()
    qtbot.keyClick(label, Qt.Key.Key_Escape)
    assert not popover.isVisible()
    qtbot.keyClick(label, Qt.Key.Key_Return)  # Return on the page still means Next
    assert wizard.currentId() != 0 or not wizard.currentPage().isComplete()


def test_focus_is_visible(person, wizard, qtbot):
    sheet = theme.STANDARD.stylesheet(10)
    for selector in (
        "QPushButton:focus",
        "QRadioButton:focus",
        "QCheckBox:focus",
        "QLineEdit:focus",
        "QListWidget:focus",
        "QComboBox:focus",
        "QLabel#why:focus",
    ):
        assert selector in sheet
    box = wizard.currentPage().boxes["region"]
    button = box.buttons["uk"]
    box.buttons["us"].setFocus()
    qtbot.waitUntil(lambda: box.buttons["us"].hasFocus())
    unfocused = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = button.grab().toImage()
    assert unfocused != focused, "focus does not change how the choice looks"
    # The focus ring is not a colour change alone: unfocused, the border is transparent (absent).
    assert theme.contrast_ratio(theme.STANDARD.focus, theme.STANDARD.window) >= 3
    assert theme.contrast_ratio(theme.HIGH_CONTRAST.focus, theme.HIGH_CONTRAST.window) >= 3


def test_screen_reader_order_is_reading_order(wizard):
    """AT-SPI and UIA list children in creation order; the welcome text is made after the questions."""
    page = wizard.currentPage()
    names = [i.text(QAccessible.Text.Name) for i in visible_tree(wizard)]
    welcome = next(n for n in names if n.startswith(wizard.content.meta.welcome[:40]))
    question = page.boxes["region"].question.text
    assert names.index(welcome) < names.index(question)
    assert names.index(wizard.welcome_controls.accessibleName()) < names.index(question)
