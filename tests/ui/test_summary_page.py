"""The summary page: the person's list, editable, with a live preview; save and print failures keep it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog

from app.printing import service
from app.ui.summary_page import ROLE_INDEX, ROLE_KIND
from tests.conftest import pdf_text, squash


@pytest.fixture
def summary(person, wizard):
    person.walk({"region": "uk"}, every_visible="no")
    return wizard.summary


def rows(page):
    return [page.list_widget.item(i) for i in range(page.list_widget.count())]


def question_rows(page):
    return [r for r in rows(page) if r.data(ROLE_KIND) == "question"]


def select(person, page, row):
    rect = page.list_widget.visualItemRect(row)
    person.qtbot.mouseClick(page.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.list_widget.currentItem() is row


def preview_text(page) -> str:
    return page.preview.document().toPlainText()


def test_list_is_grouped_with_headers(summary, content):
    headers = [r.text() for r in rows(summary) if r.data(ROLE_KIND) == "header"]
    labels = [t.label for t in content.meta.topics]
    assert headers and all(h in labels for h in headers)
    assert headers == sorted(headers, key=labels.index)


def test_untick_removes_from_preview(qtbot, person, summary):
    row = question_rows(summary)[0]
    text, index = row.text(), row.data(ROLE_INDEX)
    assert text in preview_text(summary)
    rect = summary.list_widget.visualItemRect(row)
    # Click on the check box at the left of the row.
    qtbot.mouseClick(summary.list_widget.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(rect.left() + 10, rect.top() + rect.height() // 2))
    qtbot.waitUntil(lambda: text not in preview_text(summary))
    assert not summary.owner.question_list.items[index].included


def row_for(page, index):
    return next(r for r in question_rows(page) if r.data(ROLE_INDEX) == index)


def test_star_up_to_three_and_they_print_first(qtbot, person, summary):
    qlist = summary.owner.question_list
    indices = [r.data(ROLE_INDEX) for r in question_rows(summary)][-4:]
    for index in indices:
        select(person, summary, row_for(summary, index))
        person.click(summary.star_button)
    assert "up to 3" in summary.message.text()
    assert qlist.important_count() == 3
    assert row_for(summary, indices[0]).text().startswith("★")
    assert not row_for(summary, indices[3]).text().startswith("★")
    qtbot.waitUntil(lambda: "Most important to me" in preview_text(summary))
    text = preview_text(summary)
    starred = [qlist.items[i].question.text for i in indices[:3]]
    first_other = qlist.other_items()[0].text
    assert max(text.index(t) for t in starred) < text.index(first_other)


def test_move_down_changes_print_order(qtbot, person, summary):
    qrows = question_rows(summary)
    first, second = qrows[0].text(), qrows[1].text()
    select(person, summary, qrows[0])
    person.click(summary.down_button)
    assert summary.list_widget.currentItem().text() == first  # the moved question stays selected
    qtbot.waitUntil(lambda: preview_text(summary).index(second) < preview_text(summary).index(first))
    person.click(summary.up_button)
    qtbot.waitUntil(lambda: preview_text(summary).index(first) < preview_text(summary).index(second))


def test_own_question_notes_and_name_typed(qtbot, person, summary):
    person.type_into(summary.own_edit, "<img src=x> Can I play rugby?")
    person.click(summary.add_button)
    person.type_into(summary.notes_edit, '<a href="http://evil">link</a>')
    person.type_into(summary.name_edit, "Jo")
    qtbot.waitUntil(lambda: '<a href="http://evil">link</a>' in preview_text(summary))
    text = preview_text(summary)
    assert "<img src=x> Can I play rugby?" in text and "Jo" in text
    assert summary.own_edit.text() == ""


def test_save_pdf_through_file_dialog(qtbot, person, summary, tmp_path, monkeypatch):
    target = tmp_path / "my list"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    person.type_into(summary.own_edit, "Own question typed here")
    person.click(summary.add_button)
    person.click(summary.actions.pdf_button)
    saved = Path(str(target) + ".pdf")
    assert saved.exists(), summary.message.text()
    text = squash(pdf_text(saved))
    assert "Own question typed here" in text
    assert squash(question_rows(summary)[0].text()) in text
    assert "Saved" in summary.message.text()


def test_unwritable_folder_gives_message_and_keeps_list(qtbot, person, summary, tmp_path, monkeypatch):
    person.type_into(summary.own_edit, "Keep me")
    person.click(summary.add_button)
    bad = tmp_path / "missing-folder" / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    person.click(summary.actions.pdf_button)
    assert "does not exist" in summary.message.text()
    assert summary.owner.question_list.own_questions == ["Keep me"]
    qtbot.waitUntil(lambda: "Keep me" in preview_text(summary))


def test_no_printer_gives_message_and_keeps_list(qtbot, person, summary, monkeypatch):
    monkeypatch.setattr(service, "available_printers", lambda: [])
    before = [r.text() for r in question_rows(summary)]
    person.click(summary.actions.print_button)
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
