"""The summary page: the person's list, editable, in print order, with a live preview; save and print
failures keep it. Every test drives the real widgets (mouse clicks, key presses)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QStyleOptionViewItem

from app.printing import service
from app.ui.summary.summary_page import ROLE_INDEX, ROLE_KEY, ROLE_KIND
from tests.helpers.text import pdf_text, squash

# A man who drinks most days, had liver problems and takes doxycycline: questions from his answers.
MAN = {"region": "uk", "alcohol_amount": "daily", "liver_history": "yes", "med_current": ("tetracycline",)}


@pytest.fixture
def summary(person, wizard):
    person.walk(MAN, every_visible="no")
    return wizard.summary


def rows(page):
    return [page.list_widget.item(i) for i in range(page.list_widget.count())]


def question_rows(page):
    return [r for r in rows(page) if r.data(ROLE_KIND) in ("question", "own")]


def printed_rows(page):
    """The question rows that print: own questions and ticked ones."""
    return [r for r in question_rows(page) if r.data(ROLE_KIND) == "own" or r.checkState() == Qt.CheckState.Checked]


def row_for(page, key):
    return next(r for r in rows(page) if r.data(ROLE_KEY) == key)


def click_row(person, page, row, x: int | None = None):
    rect = page.list_widget.visualItemRect(row)
    pos = QPoint(rect.left() + x, rect.center().y()) if x is not None else rect.center()
    person.qtbot.mouseClick(page.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def select(person, page, row):
    click_row(person, page, row)
    assert page.list_widget.currentItem() is row


def preview_text(page) -> str:
    return page.printout.preview.document().toPlainText()


def printed_numbered(page) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^\[ \] \d+\. (.*)$", page.printout.text(), re.MULTILINE)]


def test_the_list_shows_what_prints_in_the_same_order(summary, content):
    texts, words = content.meta.texts, content.triage.words
    sections = [r.text() for r in rows(summary) if r.data(ROLE_KIND) == "section"]
    # The red flags lead, as on page 1; then the app's suggestions, labelled as such.
    assert sections == [words.check_first, words.suggest_heading, texts.personal_heading, texts.general_heading]
    flags = [r.text() for r in rows(summary) if r.data(ROLE_KIND) == "flag"]
    assert flags[0].startswith("!! Takes a TETRACYCLINE") and flags[1].startswith("!! Liver disease")
    assert rows(summary).index(row_for(summary, f"flag:{flags[0][3:]}")) < rows(summary).index(
        question_rows(summary)[0]
    )
    topics = [r.text() for r in rows(summary) if r.data(ROLE_KIND) == "header"]
    labels = [t.label for t in content.meta.topics]
    assert topics and all(t in labels for t in topics)
    shown = [r.text().removeprefix("★ ") for r in printed_rows(summary)]
    assert shown == printed_numbered(summary)  # every ticked row prints, in this order
    assert "tetracycline" in shown[0]  # the red flag's question first
    unticked = [r for r in question_rows(summary) if r not in printed_rows(summary)]
    assert unticked and all(r.text() not in printed_numbered(summary) for r in unticked)  # many people ask: unticked


def test_untick_removes_from_preview(qtbot, person, summary):
    row = printed_rows(summary)[-1]
    text, index = row.text(), row.data(ROLE_INDEX)
    assert text in preview_text(summary)
    click_row(person, summary, row, x=10)  # on the check box at the left of the row
    qtbot.waitUntil(lambda: text not in preview_text(summary))
    assert not summary.owner.question_list.items[index].included


def test_star_up_to_three_and_they_print_first(qtbot, person, summary):
    qlist = summary.owner.question_list
    keys = [r.data(ROLE_KEY) for r in question_rows(summary)][-4:]
    for key in keys:
        select(person, summary, row_for(summary, key))
        person.click(summary.star_button)
    assert "up to 3" in summary.message.text() and summary.message.isVisible()
    assert qlist.important_count() == 3
    assert row_for(summary, keys[0]).text().startswith("★")
    assert not row_for(summary, keys[3]).text().startswith("★")
    starred = [row_for(summary, key).text().removeprefix("★ ") for key in keys[:3]]
    assert [r.text().removeprefix("★ ") for r in question_rows(summary)[:3]] == starred  # first on screen ...
    qtbot.waitUntil(lambda: printed_numbered(summary)[:3] == starred)  # ... and on paper
    assert "picked by the app" not in summary.printout.text().lower()


def test_a_stale_problem_message_goes_with_the_next_action(qtbot, person, summary):
    keys = [r.data(ROLE_KEY) for r in question_rows(summary)][-4:]
    for key in keys:
        select(person, summary, row_for(summary, key))
        person.click(summary.star_button)
    assert summary.message.text().startswith("Problem:")
    select(person, summary, question_rows(summary)[5])  # something else entirely
    assert summary.message.text() == "" and not summary.message.isVisible()


def test_move_works_across_topics(qtbot, person, summary):
    general = [
        r
        for r in rows(summary)[
            rows(summary).index(
                next(r for r in rows(summary) if r.data(ROLE_KIND) == "section" and "many people" in r.text())
            ) :
        ]
        if r.data(ROLE_KIND) == "question"
    ]
    topic_of = {i.question.id: i.question.topic for i in summary.owner.question_list.items}
    last_of_topic = next(
        a
        for a, b in zip(general, general[1:], strict=False)
        if topic_of[a.data(ROLE_KEY)] != topic_of[b.data(ROLE_KEY)]
    )
    key, text = last_of_topic.data(ROLE_KEY), last_of_topic.text()
    following_key = general[general.index(last_of_topic) + 1].data(ROLE_KEY)
    following = general[general.index(last_of_topic) + 1].text()
    for tick in (key, following_key):  # questions many people ask start unticked: tick both to see them print
        click_row(person, summary, row_for(summary, tick), x=10)
        qtbot.waitUntil(lambda tick=tick: row_for(summary, tick).checkState() == Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: text in printed_numbered(summary) and following in printed_numbered(summary))
    select(person, summary, row_for(summary, key))
    person.click(summary.down_button)
    assert summary.list_widget.currentItem().data(ROLE_KEY) == key  # the moved question stays selected
    qtbot.waitUntil(lambda: printed_numbered(summary).index(following) < printed_numbered(summary).index(text))
    person.click(summary.up_button)
    qtbot.waitUntil(lambda: printed_numbered(summary).index(text) < printed_numbered(summary).index(following))


def test_own_question_typed_starred_and_printed_first(qtbot, person, summary):
    person.type_into(summary.printout.own_edit, "<img src=x> Can I play rugby?")
    person.click(summary.printout.add_button)
    person.type_into(summary.printout.notes_edit, '<a href="http://evil">link</a>')
    person.type_into(summary.printout.name_edit, "Jo")
    qtbot.waitUntil(lambda: '<a href="http://evil">link</a>' in preview_text(summary))
    text = preview_text(summary)
    assert "<img src=x> Can I play rugby?" in text and "Jo" in text
    assert summary.printout.own_edit.text() == ""
    own = next(r for r in rows(summary) if r.data(ROLE_KIND) == "own")
    select(person, summary, own)
    person.click(summary.star_button)
    qtbot.waitUntil(lambda: printed_numbered(summary)[0] == "<img src=x> Can I play rugby?")
    assert question_rows(summary)[0].text() == "★ <img src=x> Can I play rugby?"


def in_page(summary, rect: QRect) -> QRect:
    """A list row's rectangle in the page's scrolling view (the list is as tall as its rows: the page scrolls)."""
    top_left = summary.list_widget.viewport().mapTo(summary.body.viewport(), rect.topLeft())
    return QRect(top_left, rect.size())


def scrolled_page(qtbot, summary):
    bar = summary.body.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 150)
    rows = question_rows(summary)
    middle = in_page(summary, summary.list_widget.visualItemRect(rows[len(rows) // 2]))
    bar.setValue(bar.value() + middle.top() - summary.body.viewport().height() // 2)
    return bar


def partly_visible_row(summary, bar):
    """Scroll until a question row sticks out at the bottom of the page's view (half of it hidden)."""
    height = summary.body.viewport().height()
    for _ in range(100):
        for r in question_rows(summary):
            rect = in_page(summary, summary.list_widget.visualItemRect(r))
            if rect.top() + 6 < height < rect.bottom() - 4:
                return r
        bar.setValue(bar.value() + 3)
    raise AssertionError("no partly visible row")


def test_a_click_after_scrolling_does_not_move_the_page(qtbot, person, summary):
    bar = scrolled_page(qtbot, summary)
    row = partly_visible_row(summary, bar)
    before = bar.value()
    rect = summary.list_widget.visualItemRect(row)
    person.qtbot.mouseClick(
        summary.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.top() + 3)
    )
    assert summary.list_widget.currentItem() is row
    # Qt's own "scroll the clicked row into view" is a timer started by the click, of the double-click
    # interval + 100 ms (QAbstractItemView's delayedAutoScroll): wait past it, then let it run.
    qtbot.wait(QApplication.doubleClickInterval() + 100 + 300)
    QApplication.processEvents()
    assert bar.value() == before
    person.qtbot.keyClick(summary.list_widget, Qt.Key.Key_Down)  # the keyboard still scrolls to what it selects
    current = in_page(summary, summary.list_widget.visualItemRect(summary.list_widget.currentItem()))
    assert bar.value() > before and current.bottom() <= summary.body.viewport().height()


def test_starring_keeps_the_scroll_position(qtbot, person, summary):
    bar = scrolled_page(qtbot, summary)
    assert 0 < bar.value() < bar.maximum() - 100  # (in the middle: the bottom cannot stay put if the list shrinks)
    view = summary.list_widget
    top = view.itemAt(view.viewport().mapFrom(summary.body.viewport(), QPoint(4, 4)))
    top_key, top_y = top.data(ROLE_KEY), in_page(summary, view.visualItemRect(top)).top()
    row = question_rows(summary)[len(question_rows(summary)) // 2]
    before = bar.value()
    select(person, summary, row)
    person.click(summary.star_button)
    assert summary.owner.question_list.important_count() == 1
    assert bar.value() != 0 and abs(bar.value() - before) < 120  # not reset to the top
    # The row at the top of the view is still there: the view did not jump.
    assert abs(in_page(summary, view.visualItemRect(view.item_for_key(top_key))).top() - top_y) <= 2


@pytest.mark.parametrize("how", ["button", "alt+i"])
def test_most_important_keeps_the_focus_out_of_the_question_field(qtbot, person, summary, how):
    summary.list_widget.setFocus()
    row = question_rows(summary)[4]
    select(person, summary, row)
    if how == "button":
        person.click(summary.star_button)
    else:
        qtbot.keyClick(summary.list_widget, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: summary.owner.question_list.important_count() == 1)
    QApplication.processEvents()
    focus = QApplication.focusWidget()
    assert focus is not summary.printout.own_edit
    assert focus in (summary.star_button, summary.list_widget), focus
    assert summary.star_button.isEnabled() and summary.star_button.isChecked()


def test_the_pressed_star_button_has_room_for_its_bold_text(qtbot, person, summary):
    select(person, summary, question_rows(summary)[0])
    person.click(summary.star_button)
    assert summary.star_button.isChecked()
    bold = QFont(summary.star_button.font())
    bold.setBold(True)
    text = summary.star_button.text().replace("&", "")
    assert summary.star_button.width() >= QFontMetrics(bold).horizontalAdvance(text) + 10


def test_printout_options_know_and_room_for_answers(qtbot, person, summary, content, tmp_path, monkeypatch):
    texts, screen = content.meta.texts, content.triage.words.screen_heading
    assert screen in preview_text(summary)
    person.click(summary.printout.know_box)
    qtbot.waitUntil(lambda: screen not in preview_text(summary))
    assert "!! Takes a TETRACYCLINE" in preview_text(summary)  # the red flags always print
    person.click(summary.printout.room_box)
    qtbot.waitUntil(lambda: texts.doctor_answer_label in preview_text(summary))
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    printed = squash(pdf_text(target))
    assert screen not in printed and texts.doctor_answer_label in printed and "TETRACYCLINE" in printed
    assert squash(texts.list_title) in printed  # (the words are really read from the PDF)


def cut_rows(summary) -> list[str]:
    """Rows whose text does not fit where the style draws it (it would end in "...")."""
    view = summary.list_widget
    cut = []
    for row in question_rows(summary):
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, view.indexFromItem(row))
        option.rect = view.visualItemRect(row)
        where = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
        needed = option.fontMetrics.boundingRect(
            QRect(0, 0, where.width(), 100_000), Qt.TextFlag.TextWordWrap, option.text
        )
        if needed.height() > where.height() or needed.width() > where.width():
            cut.append(row.text())
    return cut


def test_save_pdf_through_file_dialog(qtbot, person, summary, tmp_path, monkeypatch):
    target = tmp_path / "my list"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    person.type_into(summary.printout.own_edit, "Own question typed here")
    person.click(summary.printout.add_button)
    person.click(summary.output_actions.pdf_button)
    saved = Path(str(target) + ".pdf")
    assert saved.exists(), summary.message.text()
    text = squash(pdf_text(saved))
    assert "Own question typed here" in text
    assert squash(question_rows(summary)[0].text()) in text
    assert "Saved" in summary.message.text()


def test_unwritable_folder_gives_message_and_keeps_list(qtbot, person, summary, tmp_path, monkeypatch):
    person.type_into(summary.printout.own_edit, "Keep me")
    person.click(summary.printout.add_button)
    bad = tmp_path / "missing-folder" / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    person.click(summary.output_actions.pdf_button)
    assert "does not exist" in summary.message.text()
    assert summary.owner.question_list.own_questions == ["Keep me"]
    qtbot.waitUntil(lambda: "Keep me" in preview_text(summary))


def test_no_printer_gives_message_and_keeps_list(qtbot, person, summary, monkeypatch):
    monkeypatch.setattr(service, "available_printers", lambda: [])
    before = [r.text() for r in question_rows(summary)]
    person.click(summary.output_actions.print_button)
    assert "No printer" in summary.message.text()
    assert [r.text() for r in question_rows(summary)] == before


def test_back_keeps_answers(qtbot, person, wizard):
    person.walk({"region": "us"}, every_visible="not_sure")
    first_items = [i.question.id for i in wizard.question_list.items]
    for _ in range(3):
        person.back()
    page = wizard.currentPage()
    assert any(box.value() == "not_sure" or box.value() == ("not_sure",) for box in page.boxes.values())
    person.walk({})
    assert [i.question.id for i in wizard.question_list.items] == first_items
