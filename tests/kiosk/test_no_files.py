"""A whole kiosk session writes nothing to disk: home, config, cache, data and temp folders are unchanged."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QWizard

from app.core.config import APP_DIR
from tests.helpers.kiosk import kiosk_config, start_session
from tests.helpers.printers import pdf_printer
from tests.kiosk.test_reset import MARKER


def snapshot(folders: list[Path]) -> dict[str, tuple[int, int]]:
    files = {}
    for folder in folders:
        for root, dirs, names in os.walk(folder):
            for name in names + dirs:
                path = Path(root) / name
                try:
                    stat = path.lstat()
                except FileNotFoundError:
                    continue
                files[str(path)] = (stat.st_size, stat.st_mtime_ns)
    return files


def test_full_kiosk_session_writes_nothing(qtbot, make_shell, monkeypatch, tmp_path, clock):
    sandbox = tmp_path / "sandbox"
    home, config, cache, data, state, temp = (sandbox / n for n in ("home", "config", "cache", "data", "state", "tmp"))
    for folder in (home, config, cache, data, state, temp):
        folder.mkdir(parents=True)
    for name, value in (
        ("HOME", home),
        ("XDG_CONFIG_HOME", config),
        ("XDG_CACHE_HOME", cache),
        ("XDG_DATA_HOME", data),
        ("XDG_STATE_HOME", state),
        ("TMPDIR", temp),
    ):
        monkeypatch.setenv(name, str(value))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    watched = [
        home,
        config,
        cache,
        data,
        state,
        temp,
        Path(platformdirs.user_config_dir(APP_DIR)),
        Path(platformdirs.user_cache_dir(APP_DIR)),
        Path(platformdirs.user_data_dir(APP_DIR)),
        Path(tempfile.gettempdir()),
    ]
    assert all(str(p).startswith(str(sandbox)) for p in watched), watched
    qt_places = [
        QStandardPaths.writableLocation(loc)
        for loc in (
            QStandardPaths.StandardLocation.AppConfigLocation,
            QStandardPaths.StandardLocation.CacheLocation,
            QStandardPaths.StandardLocation.AppDataLocation,
            QStandardPaths.StandardLocation.TempLocation,
        )
    ]
    assert all(p.startswith(str(sandbox)) for p in qt_places), qt_places
    printed = pdf_printer(monkeypatch, tmp_path / "printer-output-outside-the-sandbox")
    printed.parent.mkdir()
    before = snapshot(watched)

    shell = make_shell(kiosk_config(free_text=True))
    person = start_session(qtbot, shell)
    person.walk({"region": "us"}, every_visible="not_sure")
    summary = shell.wizard.summary
    person.click(summary.printout.own_edit)
    person.type_into(summary.printout.own_edit, MARKER)
    person.click(summary.printout.add_button)
    person.click(summary.output_actions.preview_button)
    person.click(shell.printout.print_button)
    assert printed.exists()
    person.click(shell.wizard.button(QWizard.WizardButton.FinishButton))
    assert shell.current() is shell.start
    person = start_session(qtbot, shell)  # a second person walks away: idle wipe
    person.pick("region", "uk")
    clock.advance(200)
    assert shell.current() is shell.start
    qtbot.wait(50)

    after = snapshot(watched)
    assert after == before, {
        k: after.get(k) for k in set(after) ^ set(before) | {k for k in after if k in before and after[k] != before[k]}
    }


@pytest.mark.cups
def test_real_cups_print_leaves_no_temp_file(qtbot, make_shell, monkeypatch, tmp_path, clock):
    """The kiosk sends the PDF to CUPS from memory: no file appears in TMPDIR, even for a moment."""
    from tests.helpers.cups import pdfs, wait_for_new_pdf
    from tests.helpers.printers import follow_job
    from tests.kiosk.cups_queues import QUEUE, need_cups

    need_cups()
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    shell = make_shell(kiosk_config(printer=QUEUE))
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    before = pdfs()
    seen_in_temp: set[str] = set()
    person.click(shell.wizard.summary.output_actions.print_button)

    def done() -> bool:
        seen_in_temp.update(p.name for p in temp.iterdir())
        return "printing at the front desk" in shell.wizard.summary.message.text()

    follow_job(qtbot, clock, done)
    wait_for_new_pdf(before)
    assert seen_in_temp == set() and list(temp.iterdir()) == []
