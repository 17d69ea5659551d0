"""The end page's list as it prints (issue 23): a topic's "not sure" answers are one line, "I was not sure
about: …", on screen as on paper and in the phone code, so the three count the same lines."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.core.brief import compose
from app.core.rules import ORIGIN_NOT_SURE
from app.ui.summary.summary_list import ROLE_GROUP, ROLE_INDEX
from tests.helpers.text import pdf_text, squash
from tests.ui.test_summary_page import click_row, printed_numbered, printed_rows, question_rows, select


def merged_rows(page):
    return [r for r in question_rows(page) if r.data(ROLE_GROUP)]


def test_not_sure_answers_are_one_line_per_topic_on_screen_on_paper_and_on_the_phone(
    qtbot, person, wizard, tmp_path, monkeypatch
):
    person.walk({"region": "us"}, every_visible="not_sure")
    page = wizard.summary
    qlist, texts = page.owner.question_list, page.owner.content.meta.texts
    prefix = texts.unsure_about.split("{")[0]
    merged = merged_rows(page)
    assert len(merged) >= 3
    # One row per topic, standing for every "not sure" question of that topic, worded as it prints.
    topics = [{qlist.items[i].question.topic for i in r.data(ROLE_GROUP)} for r in merged]
    assert all(len(t) == 1 for t in topics) and len({t.pop() for t in topics}) == len(merged)
    for row in merged:
        group = [qlist.items[i].question for i in row.data(ROLE_GROUP)]
        assert len(group) >= 2 and all(q.origin == ORIGIN_NOT_SURE for q in group)
        assert row.text().startswith(prefix) and row.text().endswith(texts.unsure_ask)
    grouped = {i for r in merged for i in r.data(ROLE_GROUP)}
    singles = [r.data(ROLE_INDEX) for r in question_rows(page) if not r.data(ROLE_GROUP)]
    assert grouped.isdisjoint(singles)  # no "not sure" question has a row of its own as well
    # The same lines, in the same order, as the printout; the same count as the phone code.
    shown = [r.text().removeprefix("★ ") for r in printed_rows(page)]
    assert shown == printed_numbered(page)
    entries = compose(qlist, texts, qlist.print_know).entries()
    assert len(shown) == len(entries) == page.printout.phone.phone_list().total
    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(page.output_actions.pdf_button)
    assert squash(pdf_text(target)).count(squash(prefix)) == len(merged)
    # The row ticks and unticks all of its questions at once; it is not starred or moved on its own.
    row = merged[0]
    select(person, page, row)
    assert not page.star_button.isEnabled() and not page.up_button.isEnabled() and not page.down_button.isEnabled()
    click_row(person, page, row, x=10)  # on its check box
    qtbot.waitUntil(lambda: row.checkState() == Qt.CheckState.Unchecked)
    assert not any(qlist.items[i].included for i in row.data(ROLE_GROUP))
    assert row.text() not in printed_numbered(page)
    assert page.printout.phone.phone_list().total == len(entries) - 1
    click_row(person, page, row, x=10)
    qtbot.waitUntil(lambda: row.checkState() == Qt.CheckState.Checked)
    assert all(qlist.items[i].included for i in row.data(ROLE_GROUP))
    assert row.text() in printed_numbered(page)
