"""The end page, "review and share" (issue 23): one column (the list, then the real page 1 of the printout,
large enough to read, then the actions); the app's own page preview, keyboard usable; Save as PDF and
Print as the main actions; "Saved" with Open / Show in folder; it fits 1280x720 at 100 % and 200 % text.
Every test drives the real wizard to the end (tests/ui/driver.py)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from app.printing.pages import lay_out, page_image
from app.ui.files import saved_file
from app.ui.look import theme
from tests.helpers.text import pdf_text, squash
from tests.ui.test_summary_page import MAN, cut_rows, question_rows

US_TEEN = {"region": "us", "preg_can_become_pregnant": "yes", "preg_birth_control": ("condoms",), "mh_under_18": "yes"}


@pytest.fixture
def small_screen(wizard):
    wizard.resize(1280, 720)
    yield wizard
    theme.appearance().set_scale(100)


def top_in(widget, ancestor) -> int:
    return widget.mapTo(ancestor, QPoint(0, 0)).y()


def settle(qtbot, summary) -> None:
    qtbot.waitUntil(lambda: not summary.printout.preview_timer.isActive() and summary.printout.preview.pages() > 0)
    qtbot.waitUntil(lambda: not summary.printout.preview.timer.isActive())
    QApplication.processEvents()


def save_pdf(person, summary, target: Path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    person.click(summary.output_actions.pdf_button)
    assert target.exists(), summary.message.text()


def grey(image: QImage, width: int = 120) -> list[int]:
    small = image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
        width,
        round(width * image.height() / image.width()),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return [small.pixelColor(x, y).value() for y in range(small.height()) for x in range(small.width())]


def difference(a: QImage, b: QImage) -> float:
    pa, pb = grey(a), grey(b)
    return sum(abs(x - y) for x, y in zip(pa, pb, strict=False)) / min(len(pa), len(pb))


@pytest.mark.parametrize("scale", [100, 200])
def test_one_column_list_then_page_1_then_the_actions_at_1280x720(qtbot, small_screen, person, scale):
    theme.appearance().set_scale(scale)
    person.walk(US_TEEN, every_visible="no")
    summary = small_screen.summary
    settle(qtbot, summary)
    column = summary.column
    # Read top to bottom: the list (as it prints), the fields, the preview's heading, the page.
    order = [
        summary.help,
        summary.list_widget,
        summary.printout.free_text,
        summary.preview_label,
        summary.printout.preview,
    ]
    tops = [top_in(w, column) for w in order]
    assert tops == sorted(tops) and len(set(tops)) == len(tops), tops
    for widget in order:  # all in the one column, full width: nothing beside anything
        assert widget.parentWidget() is column
        assert widget.width() >= column.width() - 2 * column.layout().spacing() - 2
    # No sideways scrolling; one scroll bar (the page's): the list is as tall as its rows.
    assert summary.body.horizontalScrollBar().maximum() == 0
    assert column.width() <= summary.body.viewport().width()
    assert not summary.list_widget.verticalScrollBar().isVisible()
    assert not cut_rows(summary)
    # The page is large enough to read: at least 880 px wide at 100 % (the app's text size), wider at 200 %,
    # never wider than the column.
    width = summary.printout.preview.page.pixmap().width()
    assert min(880 * scale // 100, column.width()) - 2 <= width <= column.width()
    # The actions: Save as PDF and Print first, looking like default buttons, in view below the column.
    buttons = summary.output_actions.buttons()
    assert buttons == [summary.output_actions.pdf_button, summary.output_actions.print_button]
    assert [b.property("role") for b in buttons] == ["primary", "primary"]
    window = summary.window()
    for button in (*buttons, summary.printout.phone.button, summary.up_button):
        assert button.isVisible()
        bottom_right = button.mapTo(window, QPoint(button.width(), button.height()))
        assert bottom_right.y() <= window.height() and bottom_right.x() <= window.width(), button.objectName()
        assert top_in(button, window) >= top_in(summary.body, window) + summary.body.height()  # below the column


def test_the_preview_is_page_1_of_the_saved_pdf(qtbot, small_screen, person, tmp_path, monkeypatch):
    if not shutil.which("pdftoppm"):
        pytest.skip("needs pdftoppm (poppler-utils)")
    person.walk(US_TEEN, every_visible="no")
    summary = small_screen.summary
    settle(qtbot, summary)
    target = tmp_path / "list.pdf"
    save_pdf(person, summary, target, monkeypatch)
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages >= 2 and summary.printout.preview.pages() == pages
    assert summary.printout.preview.number.text() == f"Page 1 of {pages}"
    shown = summary.printout.preview.page.pixmap().toImage()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(tmp_path / "page")], check=True)
    printed = sorted(tmp_path.glob("page-*.png"))
    assert len(printed) == pages
    first, second = QImage(str(printed[0])), QImage(str(printed[1]))
    assert abs(shown.width() / shown.height() - first.width() / first.height()) < 0.01  # the same paper
    # Loosely the same picture as the PDF's page 1 (fonts are hinted differently), and not its page 2.
    assert difference(shown, first) < 8, difference(shown, first)  # (measured: ~4; against page 2: ~22)
    assert difference(shown, second) > 2 * difference(shown, first)
    # What a screen reader hears: page 1's words, which are the PDF's.
    words = squash(summary.printout.preview.page.accessibleDescription())
    assert summary.printout.preview.page.accessibleName() == f"Your printout, Page 1 of {pages}"
    assert "My questions about isotretinoin" in words
    assert squash(question_rows(summary)[0].text()) in words
    assert words[:200].replace(" ", "") in squash(pdf_text(target)).replace(" ", "")


def test_the_page_buttons_and_keys_turn_the_pages(qtbot, small_screen, person):
    person.walk(US_TEEN, every_visible="no")
    summary = small_screen.summary
    settle(qtbot, summary)
    preview = summary.printout.preview
    count = preview.pages()
    assert count >= 2
    assert (preview.previous_button.text(), preview.next_button.text()) == ("Previous page", "Next page")
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    page_1 = preview.page.pixmap().toImage()
    summary.body.ensureWidgetVisible(preview.next_button)
    person.click(preview.next_button)
    assert preview.number.text() == f"Page 2 of {count}"
    assert preview.page.accessibleName() == f"Your printout, Page 2 of {count}"
    assert preview.previous_button.isEnabled()
    expected = page_image(
        lay_out(summary.printout.html(), summary.printout.images(), summary.printout.paper()), 1, preview.page_width()
    )
    assert preview.page.pixmap().toImage() == expected.convertToFormat(preview.page.pixmap().toImage().format())
    assert preview.page.pixmap().toImage() != page_1
    # By keyboard: Page Up / Page Down on the page itself.
    preview.page.setFocus()
    qtbot.keyClick(preview.page, Qt.Key.Key_PageUp)
    assert preview.number.text() == f"Page 1 of {count}"
    assert preview.page.pixmap().toImage() == page_1
    qtbot.keyClick(preview.page, Qt.Key.Key_PageDown)
    assert preview.number.text() == f"Page 2 of {count}"
    # An edit keeps the page being read.
    person.click(summary.printout.room_box)
    settle(qtbot, summary)
    assert preview.index == 1


def test_save_shows_saved_with_open_and_show_in_folder(qtbot, person, wizard, tmp_path, monkeypatch):
    opened: list[QUrl] = []
    monkeypatch.setattr(saved_file.QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    saved = summary.output_actions.saved
    assert not saved.isVisible()
    target = tmp_path / "my list.pdf"
    save_pdf(person, summary, target, monkeypatch)
    assert summary.message.text() == f"Saved: {target}"
    assert saved.isVisible() and summary.message.isVisible()
    assert saved.open_button.accessibleName() == "Open my list.pdf"
    person.click(saved.open_button)
    person.click(saved.folder_button)
    assert opened == [QUrl.fromLocalFile(str(target)), QUrl.fromLocalFile(str(tmp_path))]
    assert all(url.isLocalFile() for url in opened)
    person.click(summary.printout.room_box)  # a change to the printout: the "Saved" line is gone (it would be stale)
    assert not saved.isVisible() and not summary.message.isVisible()


def test_no_print_preview_dialog_anywhere(qtbot, person, wizard, tmp_path, monkeypatch):
    from tests.helpers.paths import REPO

    mentions = [p for p in (REPO / "app").rglob("*.py") if "QPrintPreview" in p.read_text(encoding="utf-8")]
    assert mentions == []
    person.walk(MAN, every_visible="no")
    summary = wizard.summary
    assert all("preview" not in b.objectName() for b in summary.output_actions.buttons())
    save_pdf(person, summary, tmp_path / "list.pdf", monkeypatch)
    names = {w.metaObject().className() for w in QApplication.allWidgets()}
    assert not {n for n in names if "PrintPreview" in n}, names
