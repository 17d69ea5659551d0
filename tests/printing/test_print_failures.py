"""Printing and saving fail in many ways; each gives the person a message and keeps their list.

No printer, an unknown printer, a printer that reports an error or raises mid-job, a CUPS queue that
disappears during the job, a folder that is a file / missing / read-only, and a full disk.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog

from app.kiosk import actions as kiosk_actions
from app.printing import service
from app.printing.service import Fault, PrintError, print_silently, save_pdf
from app.ui.files.print_errors import english

HTML = "<h1>My questions</h1>" + "<p>How long will my treatment last? " * 400 + "</p>"


# -- the summary page: message shown, list kept ------------------------------------------------------
@pytest.fixture
def wizard(qtbot, content):
    from app.ui.wizard.wizard import RiskWizard

    w = RiskWizard(content)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def person(qtbot, wizard):
    from tests.ui.driver import Person

    return Person(qtbot, wizard)


@pytest.fixture
def summary(person, wizard):
    person.walk({"region": "uk", "preg_can_become_pregnant": "yes"}, every_visible="not_sure")
    page = wizard.summary
    page.printout.own_edit.setText("Can I still swim in the sea?")
    person.click(page.printout.add_button)
    page.printout.notes_edit.setPlainText("my notes")
    return page


def snapshot(page) -> tuple:
    qlist = page.owner.question_list
    rows = [page.list_widget.item(i).text() for i in range(page.list_widget.count())]
    items = [(i.question.id, i.included, i.important) for i in qlist.items]
    return items, list(qlist.own_questions), qlist.notes, rows, page.printout.notes_edit.toPlainText()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Fail if a print dialog would open (the failure must be found first); return 'accept' toggler."""
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    return opened


@pytest.fixture
def no_real_print(monkeypatch):
    """Keep the default (CUPS) printer from really printing in tests that fake a failure state."""
    monkeypatch.setattr(service, "print_pages", lambda paged, printer: None)


def test_no_printer_at_all(summary, person, monkeypatch, no_dialogs):
    before = snapshot(summary)
    monkeypatch.setattr(service, "available_printers", lambda: [])
    person.click(summary.output_actions.print_button)
    assert "No printer was found" in summary.message.text()
    assert no_dialogs == []
    assert snapshot(summary) == before


@pytest.mark.parametrize("state", [QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted])
def test_printer_reports_error_state(summary, person, monkeypatch, no_dialogs, no_real_print, state):
    before = snapshot(summary)
    monkeypatch.setattr(service, "available_printers", lambda: ["PDF"])
    monkeypatch.setattr(QPrinter, "printerState", lambda self: state)
    person.click(summary.output_actions.print_button)
    assert len(no_dialogs) == 1
    assert "reported an error" in summary.message.text()
    assert snapshot(summary) == before


def test_printer_raises_mid_job(summary, person, monkeypatch, no_dialogs):
    before = snapshot(summary)
    monkeypatch.setattr(service, "available_printers", lambda: ["PDF"])

    def lost(paged, printer):
        raise RuntimeError("device went away")

    monkeypatch.setattr(service, "print_pages", lost)
    person.click(summary.output_actions.print_button)
    assert "failed" in summary.message.text() and "not printed" in summary.message.text()
    assert snapshot(summary) == before


def test_save_pdf_into_a_file_as_folder_or_missing_folder(summary, person, tmp_path, monkeypatch):
    before = snapshot(summary)
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x")
    cases = ((a_file / "list.pdf", "is not a folder"), (tmp_path / "no/such/dir/list.pdf", "does not exist"))
    for target, words in cases:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        person.click(summary.output_actions.pdf_button)
        assert words in summary.message.text(), summary.message.text()
        assert snapshot(summary) == before
    assert not (tmp_path / "no").exists()
    with pytest.raises(PrintError) as err:
        save_pdf(HTML, tmp_path, "a4")
    assert err.value.fault is Fault.IS_FOLDER and err.value.path == str(tmp_path)


def test_save_pdf_truncated_by_a_full_disk_simulated(summary, person, tmp_path, monkeypatch):
    """Qt writes without complaint when the disk fills up; the truncated file is detected and removed."""
    before = snapshot(summary)
    target = tmp_path / "list.pdf"
    target.write_bytes(b"%PDF-1.4 an earlier, complete list %%EOF")
    earlier = target.read_bytes()
    original = service.print_pages

    def print_then_truncate(paged, printer):
        original(paged, printer)
        path = Path(printer.outputFileName())
        path.write_bytes(path.read_bytes()[:4096])

    monkeypatch.setattr(service, "print_pages", print_then_truncate)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    assert "could not be written completely" in summary.message.text()
    assert target.read_bytes() == earlier  # the earlier file is untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.pdf"]  # no partial file left behind
    assert snapshot(summary) == before


# -- real file systems: a full tmpfs and a read-only mount (root only) ---------------------------------
def mount_tmpfs(folder: Path, options: str) -> None:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    folder.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "small"
    mount_tmpfs(folder, "size=16k")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def read_only_disk(tmp_path):
    folder = tmp_path / "ro"
    mount_tmpfs(folder, "ro,size=16k")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_save_pdf_on_a_really_full_disk(summary, person, small_disk, monkeypatch):
    before = snapshot(summary)
    target = small_disk / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    message = summary.message.text()
    assert "could not be written completely" in message or "No space" in message, message
    assert list(small_disk.iterdir()) == []  # nothing half-written left on the full disk
    assert snapshot(summary) == before
    # ... and once there is room (a smaller list fits), saving works again.
    save_pdf("<p>short</p>", target, "a4")
    assert target.read_bytes().startswith(b"%PDF")


def test_save_pdf_on_a_read_only_disk(summary, person, read_only_disk, monkeypatch):
    before = snapshot(summary)
    target = read_only_disk / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    person.click(summary.output_actions.pdf_button)
    assert "cannot write" in summary.message.text()
    assert snapshot(summary) == before


# -- silent printing (kiosk and `export --printer`) ----------------------------------------------------
def test_silent_printing_to_no_or_unknown_printer(qapp):
    with pytest.raises(PrintError) as err:
        print_silently(HTML, "", "a4")
    assert english(err.value) == "No printer is set up."
    with pytest.raises(PrintError) as err:
        print_silently(HTML, "No-Such-Printer", "a4")
    assert err.value.fault is Fault.PRINTER_NOT_FOUND and err.value.printer == "No-Such-Printer"
    assert english(err.value) == "The printer 'No-Such-Printer' was not found."


def cups_admin() -> str | None:
    if shutil.which("lpadmin") is None or shutil.which("lpstat") is None:
        return "CUPS tools not installed"
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() != "scheduler is running":
        return "cupsd is not running"
    if os.geteuid() != 0:
        return "adding a CUPS queue needs root"
    return None


@pytest.fixture
def temporary_queue():
    reason = cups_admin()
    if reason:
        pytest.skip(reason)
    name = f"Gone-{uuid.uuid4().hex[:8]}"
    made = subprocess.run(
        ["lpadmin", "-p", name, "-v", "file:/dev/null", "-E", "-m", "raw"], capture_output=True, text=True
    )
    if made.returncode != 0:
        made = subprocess.run(
            ["lpadmin", "-p", name, "-v", "cups-pdf:/", "-E", "-m", "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"],
            capture_output=True,
            text=True,
        )
    if made.returncode != 0:
        pytest.skip(f"cannot add a CUPS queue: {made.stderr.strip()}")
    yield name
    subprocess.run(["lpadmin", "-x", name], capture_output=True)


@pytest.mark.cups
def test_cups_queue_deleted_during_the_job(qapp, temporary_queue, monkeypatch):
    """Qt says "idle" when the queue vanished under the job; the service looks again and says so."""
    original = service.print_pages

    def delete_queue_then_print(paged, printer):
        subprocess.run(["lpadmin", "-x", temporary_queue], check=True, capture_output=True)
        original(paged, printer)

    monkeypatch.setattr(service, "print_pages", delete_queue_then_print)
    with pytest.raises(PrintError) as err:
        print_silently(HTML, temporary_queue, "a4")
    assert err.value.fault is Fault.PRINTER_GONE and "went away while printing" in english(err.value)


@pytest.mark.cups
def test_cups_queue_stopped(qapp, temporary_queue):
    """A stopped queue (`cupsdisable`) is refused before anything is sent (kiosk path)."""
    subprocess.run(["cupsdisable", temporary_queue], check=True, capture_output=True)
    with pytest.raises(PrintError) as err:
        kiosk_actions.send_to_printer(HTML, temporary_queue, "a4")
    assert err.value.fault is Fault.PRINTER_STOPPED and "offline or stopped" in english(err.value)


# -- the kiosk's print button ---------------------------------------------------------------------------
class FakeStaffDesk:
    def __init__(self):
        self.problems: list[str] = []

    def report_problem(self, text: str) -> None:
        self.problems.append(text)


class FakeHost:
    def __init__(self, printer: str):
        self.config = type("Config", (), {"printer": printer})()
        self.staff_desk = FakeStaffDesk()

    def show_printout(self, images, actions) -> None:
        pass


@pytest.mark.parametrize("printer", ["", "No-Such-Printer"])
def test_kiosk_print_failure_keeps_the_list(qtbot, content, printer, monkeypatch):
    from app.ui.wizard.wizard import RiskWizard, WizardOptions
    from tests.ui.driver import Person

    host = FakeHost(printer)
    wizard = RiskWizard(
        content,
        WizardOptions(free_text=False, kiosk=True, actions_factory=lambda page: kiosk_actions.KioskActions(page, host)),
    )
    qtbot.addWidget(wizard)
    wizard.show()
    Person(qtbot, wizard).walk({"region": "us"}, every_visible="not_sure")
    page = wizard.summary
    before = snapshot(page)
    Person(qtbot, wizard).click(page.output_actions.print_button)
    assert "could not be printed" in page.message.text()
    assert host.staff_desk.problems and "Printing failed" in host.staff_desk.problems[0]
    assert page.output_actions.prints == 0
    assert snapshot(page) == before
