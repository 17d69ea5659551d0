""" "Send to my phone" on the summary page: the shown code decodes to the list, the caption counts it,
and the printout carries the same code (read back from the PDF with zbarimg)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog
from pyzbar import pyzbar

from app.core.brief import compose
from app.core.phone_payload import MAX_PAYLOAD_BYTES, MAX_VERSION
from app.ui.summary.phone import make_symbol
from app.ui.summary.summary_page import ROLE_INDEX, ROLE_KIND
from app.ui.wizard.wizard import RiskWizard, WizardOptions
from tests.helpers.kiosk import FakeClock, kiosk_config, release, start_session
from tests.ui.driver import Person

needs_poppler_zbar = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("pdftoppm", "pdfimages", "zbarimg")),
    reason="needs pdftoppm and pdfimages (poppler-utils) and zbarimg (zbar-tools)",
)


def decode_qimage(image: QImage) -> list[bytes]:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())[: gray.bytesPerLine() * gray.height()]
    pil = Image.frombytes("L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine())
    return [symbol.data for symbol in pyzbar.decode(pil)]


def body_of(payload: str) -> list[str]:
    return parse_qs(urlsplit(payload).query)["body"][0].split("\r\n")


def question_rows(page):
    rows = [page.list_widget.item(i) for i in range(page.list_widget.count())]
    return [r for r in rows if r.data(ROLE_KIND) == "question"]


def row_for(page, index: int):
    """The list row of question `index` (rows are rebuilt after every edit: look them up again)."""
    row = next(r for r in question_rows(page) if r.data(ROLE_INDEX) == index)
    page.list_widget.scrollToItem(row)
    return row


def click_row(person, page, index: int, on_check_box: bool = False) -> None:
    row = row_for(page, index)
    rect = page.list_widget.visualItemRect(row)
    pos = QPoint(rect.left() + 10, rect.center().y()) if on_check_box else rect.center()
    person.qtbot.mouseClick(page.list_widget.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def star(person, page, index: int) -> None:
    click_row(person, page, index)
    assert page.list_widget.currentItem().data(ROLE_INDEX) == index
    person.click(page.star_button)


def open_phone(person, page):
    person.click(page.printout.phone.button)
    dialog = page.printout.phone.dialog
    person.qtbot.waitUntil(dialog.isVisible)
    return dialog


def included_count(page) -> int:
    """Lines that print with a number: each topic's "not sure" answers are one (app.core.brief)."""
    return len(compose(page.owner.question_list, page.owner.content.meta.texts).entries())


def test_send_to_my_phone_shows_a_code_holding_the_list(qtbot, person, wizard):
    person.walk({"region": "us", "preg_can_become_pregnant": "yes"}, every_visible="no")
    page = wizard.summary
    indices = [r.data(ROLE_INDEX) for r in question_rows(page)]
    starred = [indices[-1], indices[-3], indices[4]]  # three that would not come first by priority
    starred_texts = [page.owner.question_list.items[i].question.text for i in starred]
    for index in starred:
        star(person, page, index)
    assert page.owner.question_list.important_count() == 3
    person.type_into(page.printout.own_edit, "Can I still play football?")
    person.click(page.printout.add_button)

    dialog = open_phone(person, page)
    phone = page.printout.phone.phone_list()
    assert decode_qimage(dialog.image) == [phone.payload.encode("ascii")]
    symbol = make_symbol(phone.payload)
    assert symbol.version <= MAX_VERSION and symbol.error in ("M", "Q", "H") and phone.size <= MAX_PAYLOAD_BYTES
    total = included_count(page)
    assert phone.total == total and 3 <= phone.held < total
    assert dialog.caption.text() == f"This code holds {phone.held} of your {total} questions."
    lines = body_of(phone.payload)
    assert lines[0] == "Check first:" and lines[1].startswith("- ")  # the red flags lead
    numbered = [line for line in lines if line[:1].isdigit() and ". " in line]
    assert [line.split(". ", 1)[1] for line in numbered[:3]] == sorted(
        starred_texts, key=[i.question.text for i in page.owner.question_list.items].index
    )  # top 3 first, in list order
    assert lines[-2] == f"{total - phone.held} more questions did not fit."
    assert lines[-1] == "This is not medical advice."
    person.click(dialog.findChild(type(page.printout.phone.button), "phone-close"))
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_short_list_fits_whole_and_says_so(qtbot, person, wizard):
    # (a person who answered a few questions: the screening lines, which the code always carries, are short)
    answers = {"region": "uk", "preg_can_become_pregnant": "no", "alcohol_amount": "daily", "liver_history": "yes"}
    person.walk(answers)
    page = wizard.summary
    ticked = [r.data(ROLE_INDEX) for r in question_rows(page) if r.checkState() == Qt.CheckState.Checked]
    for index in ticked[2:]:  # untick all but two (questions many people ask start unticked)
        click_row(person, page, index, on_check_box=True)
    assert included_count(page) == 2
    dialog = open_phone(person, page)
    assert dialog.caption.text() == "This code holds all 2 of your questions."
    phone = page.printout.phone.phone_list()
    assert decode_qimage(dialog.image) == [phone.payload.encode("ascii")]
    # With room to spare, the screening lines come along (before any "why" line: a clinician needs them more).
    assert "Screening (what the patient said):" in body_of(phone.payload)


def test_crisis_line_goes_first_in_the_code(qtbot, person, wizard):
    person.walk({"region": "uk", "mh_harm_thoughts_now": "yes"}, every_visible="no")
    page = wizard.summary
    phone = page.printout.phone.phone_list()
    assert body_of(phone.payload)[0] == wizard.crisis_info().phone_line
    assert "116 123" in body_of(phone.payload)[0]


def test_kiosk_shows_the_code_without_any_file_dialog(qtbot, content, monkeypatch):
    def no_dialogs(*_args, **_kwargs):
        raise AssertionError("a file dialog was opened in the kiosk")

    for name in ("getSaveFileName", "getOpenFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, no_dialogs)
    wizard = RiskWizard(content, WizardOptions(kiosk=True, free_text=False))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    person = Person(qtbot, wizard)
    person.walk({"region": "eu"}, every_visible="not_sure")
    page = wizard.summary
    assert page.printout.phone.button.isVisible() and page.printout.phone.on_printout.isVisible()
    dialog = open_phone(person, page)
    assert dialog.parent() is page  # thrown away with the wizard when the kiosk resets
    assert decode_qimage(dialog.image) == [page.printout.phone.phone_list().payload.encode("ascii")]


def save_pdf(person, page, monkeypatch, target: Path) -> Path:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(page.output_actions.pdf_button)
    assert target.exists(), page.message.text()
    return target


def image_pages(pdf: Path) -> list[int]:
    """Pages that hold an image (`pdfimages -list`), so only those are rendered."""
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    return sorted({int(line.split()[0]) for line in listing.stdout.splitlines()[2:] if line.strip()})


def zbar_pages(pdf: Path, dpi: int) -> list[tuple[str, Path]]:
    """(decoded text, rendered page) for every QR code zbarimg finds on the PDF's pages with images."""
    found = []
    for number in image_pages(pdf):
        prefix = pdf.parent / f"page{number}"
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                str(dpi),
                "-f",
                str(number),
                "-l",
                str(number),
                "-png",
                "-singlefile",
                str(pdf),
                str(prefix),
            ],
            check=True,
        )
        png = prefix.with_suffix(".png")
        result = subprocess.run(
            ["zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable", str(png)], capture_output=True, text=True
        )
        found += [(line, png) for line in result.stdout.splitlines() if line]
    return found


@needs_poppler_zbar
def test_printout_carries_the_same_code(qtbot, person, wizard, tmp_path, monkeypatch):
    person.walk({"region": "us"}, every_visible="no")
    page = wizard.summary
    assert page.printout.phone.on_printout.isChecked()  # on by default
    payload = page.printout.phone.phone_list().payload
    qtbot.waitUntil(lambda: "Scan with your phone's camera" in page.printout.preview.document().toPlainText())
    pdf = save_pdf(person, page, monkeypatch, tmp_path / "list.pdf")
    found = zbar_pages(pdf, dpi=150)  # a plain office-printer resolution
    assert [text for text, _page in found] == [payload]
    # Printed size: module width on paper, measured from the rendered page (guidance: >= 0.4 mm).
    symbol = pyzbar.decode(Image.open(found[0][1]).convert("L"))[0]
    modules = make_symbol(payload).symbol_size(scale=1, border=0)[0]
    module_mm = symbol.rect.width / 150 * 25.4 / modules
    assert module_mm >= 0.4, module_mm


@needs_poppler_zbar
def test_unticking_keeps_the_code_off_the_printout(qtbot, person, wizard, tmp_path, monkeypatch):
    person.walk({"region": "uk"}, every_visible="no")
    page = wizard.summary
    person.click(page.printout.phone.on_printout)
    assert not page.printout.phone.on_printout.isChecked()
    assert page.printout.images().get("qr") is None and not page.printout.render_options().qr
    pdf = save_pdf(person, page, monkeypatch, tmp_path / "list.pdf")
    assert image_pages(pdf) == []
    # The phone button still works: the box only decides about paper.
    dialog = open_phone(person, page)
    assert decode_qimage(dialog.image)


def test_real_kiosk_phone_code_and_reset_take_it_away(qtbot, content):
    """In the kiosk shell: the private alternative to the front-desk printout, gone when the session ends."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.kiosk.shell import KioskShell

    shell = KioskShell(content, kiosk_config(), clock=FakeClock())
    qtbot.addWidget(shell, before_close_func=release)
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="no")
    page = shell.wizard.summary
    dialog = open_phone(person, page)
    assert decode_qimage(dialog.image) == [page.printout.phone.phone_list().payload.encode("ascii")]
    shell.reset("idle")
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if shiboken6.isValid(w) and w.isVisible() and w.objectName() == "phone-dialog"
    ]


@pytest.mark.parametrize("scale", [100, 200])
def test_phone_dialog_fits_at_large_text(scale, person, wizard, qtbot, tmp_path):
    from app.ui.look import theme
    from tests.ui.test_text_size import problems_on

    look = theme.appearance()
    look.set_scale(scale)
    try:
        person.walk({"region": "us"}, every_visible="no")
        dialog = open_phone(person, wizard.summary)
        qtbot.waitUntil(lambda: not problems_on(dialog), timeout=2000)
        dialog.grab().save(str(tmp_path / f"phone-{scale}.png"))
        assert dialog.code.width() >= dialog.image.width() and dialog.code.height() >= dialog.image.height()
        assert decode_qimage(dialog.code.grab().toImage()) == [
            wizard.summary.printout.phone.phone_list().payload.encode()
        ]
    finally:
        look.set_scale(100)
