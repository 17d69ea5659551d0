"""Outside kiosk mode the app writes only what the person saves, and logs hold none of their answers.

A child process runs one whole desktop session by clicks (A+ once, "Save my answers…", the real Save
dialog, the page preview) with HOME, the XDG folders and TMPDIR pointing at a fresh fake home. Afterwards:
- the fake home and temp folder differ from before only by the saved answers file and PDF, and the
  remembered display settings (~/.config/isotretinoin-checklist/display.json: exactly the text size,
  contrast and language, never an answer);
- (Linux, strace) every file the process opened for writing, created, renamed or removed is the PDF,
  Qt's file-dialog settings that the app puts back, or libcups' short-lived PPD links;
- stdout and stderr never contain the marker typed into the own question, the name or the notes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

SESSION = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from app import APP_NAME
from app.core.loader import load_content
from app.paths import content_dir
from app.ui.prefs import remembered
from app.ui.wizard.wizard import RiskWizard, WizardOptions
from tests.ui.driver import Person


class Bot:  # the two qtbot calls Person makes
    def mouseClick(self, widget, button, pos=None):
        QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos)

    def keyClicks(self, widget, text):
        QTest.keyClicks(widget, text)


target, marker, save = sys.argv[1], sys.argv[2], sys.argv[3] == "save"
answers_target = str(Path(target).with_name("my answers.json"))
app = QApplication(sys.argv[:1])
app.setApplicationName(APP_NAME)
display = remembered.load()
remember = remembered.Remember(display)  # as app.gui does
wizard = RiskWizard(load_content(content_dir()), WizardOptions(save_and_resume=True))
wizard.show()
person = Person(Bot(), wizard)
person.click(wizard.welcome_controls.larger)  # remembered: the text size, never the answers
person.walk({"region": "us", "preg_can_become_pregnant": "yes", "mh_history": "yes", "mh_harm_thoughts_now": "yes"},
            every_visible="not_sure")
if wizard.crisis_dialog is not None:
    wizard.crisis_dialog.accept()
page = wizard.summary
person.type_into(page.printout.own_edit, f"Own question {marker}")
person.click(page.printout.add_button)
person.type_into(page.printout.name_edit, f"Name {marker}")
page.printout.notes_edit.setPlainText(f"Notes {marker}")
page.printout.update_preview()


def answer_dialog(chosen=target):
    dialog = app.activeModalWidget()
    if isinstance(dialog, QFileDialog) and save:
        dialog.selectFile(chosen)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        if edit is not None:  # as typed: selectFile leaves a focused name field alone when the folder is already shown
            edit.setText(chosen)
        dialog.accept()
    elif dialog is not None:
        dialog.reject()
    else:
        QTimer.singleShot(20, lambda: answer_dialog(chosen))


QTimer.singleShot(20, lambda: answer_dialog(answers_target))
person.click(wizard.button(wizard.WizardButton.CustomButton2))  # "Save my answers…"
QTimer.singleShot(20, answer_dialog)
person.click(page.output_actions.pdf_button)
print("message ok" if (page.message.text().startswith("Saved") == save) else "message wrong", flush=True)
page.printout.preview.next_button.click()  # the page preview (in the page: there is no print-preview dialog)
page.printout.preview.previous_button.click()
wizard.close()
app.quit()
"""

WRITE_CALLS = re.compile(
    r"^\d+\s+(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|truncate|link|"
    r"symlink|symlinkat)\((.*)\)\s+=\s+(-?\d+)"
)
PATH = re.compile(r'"((?:[^"\\]|\\.)*)"')


def written_paths(strace_text: str) -> list[str]:
    """Paths a successful call wrote to, created, renamed or removed (read-only opens are left out)."""
    paths = []
    for line in strace_text.splitlines():
        match = WRITE_CALLS.match(line)
        if not match or match.group(3).startswith("-"):
            continue
        call, args = match.group(1), match.group(2)
        if call.startswith("open") and not re.search(r"O_WRONLY|O_RDWR|O_CREAT|O_TRUNC|O_TMPFILE", args):
            continue
        found = PATH.findall(args)
        paths += found[1:] if call in ("symlink", "symlinkat") else found  # a symlink's target is not written
    return paths


def tree(*roots: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for root in roots for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def fake_home(tmp_path):
    home = tmp_path / "home"
    for folder in (".config", ".local/share", ".local/state", ".cache", "Documents"):
        (home / folder).mkdir(parents=True)
    temp = tmp_path / "tmp"
    temp.mkdir()
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "TMPDIR": str(temp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(runtime),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(REPO),
        "PYTHONDONTWRITEBYTECODE": "1",  # a source checkout would otherwise refresh __pycache__
        "LANG": "C.UTF-8",
    }
    return home, temp, env


def run_session(tmp_path: Path, env: dict, target: Path, marker: str, save: bool):
    script = tmp_path / "session.py"
    script.write_text(SESSION)
    trace = tmp_path / "session.strace"
    command = [sys.executable, str(script), str(target), marker, "save" if save else "cancel"]
    traced = sys.platform == "linux" and shutil.which("strace") is not None
    if traced:
        command = [
            "strace",
            "-f",
            "-qq",
            "-o",
            str(trace),
            "-e",
            "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,truncate,"
            "link,symlink,symlinkat",
            *command,
        ]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=180, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "message ok" in result.stdout, result.stdout
    return result, trace.read_text() if traced else None


def allowed_write(path: str, home: Path, temp: Path, target: Path | None) -> bool:
    if path in ("/dev/null", "/dev/tty", "/dev/shm") or path.startswith(("/dev/shm/", "/proc/self/")):
        return True
    if (
        target is not None
        and Path(path).parent == target.parent
        and (path == str(target) or re.fullmatch(rf"\.{re.escape(target.stem)}\.saving-\d+\.pdf", Path(path).name))
    ):
        return True  # the saved PDF, written to a hidden partial file first and then renamed
    qt_settings = home / ".config"
    if path == str(qt_settings) or path.startswith(str(qt_settings / "QtProject.conf")):
        return True  # Qt's file dialog history, which the app puts back (checked on disk below)
    if (
        target is not None
        and Path(path).parent == target.parent
        and (Path(path).name == "my answers.json" or re.fullmatch(r"\.my answers\.saving-\d+\.json", Path(path).name))
    ):
        return True  # "Save my answers…", through a hidden partial file
    settings = home / ".config" / "isotretinoin-checklist"
    if path == str(settings) or (
        Path(path).parent == settings and re.fullmatch(r"display\.json|\.display\.saving-\d+\.json", Path(path).name)
    ):
        return True  # the remembered text size, contrast and language (checked on disk below)
    if Path(path).parent == temp:
        return True  # libcups links the printer's PPD here for a moment (checked: nothing left)
    return False


@pytest.mark.parametrize("save", [True, False], ids=["save-pdf", "cancel-save"])
def test_desktop_session_writes_only_the_saved_pdf(tmp_path, fake_home, save):
    home, temp, env = fake_home
    target = home / "Documents" / "my list.pdf"
    marker = "ZQX-MARKER-7731"
    before = tree(home, temp)
    result, trace = run_session(tmp_path, env, target, marker, save)
    after = tree(home, temp)

    new = sorted(set(after) - set(before))
    settings = home / ".config/isotretinoin-checklist/display.json"
    answers = target.with_name("my answers.json")
    assert new == sorted([str(settings)] + ([str(answers), str(target)] if save else [])), new
    assert {k: v for k, v in after.items() if k in before} == before  # nothing else changed
    remembered = json.loads(after[str(settings)])
    assert sorted(remembered) == ["high_contrast", "language", "text_size"] and remembered["text_size"] == 125
    assert marker not in after[str(settings)].decode()
    if save:
        assert after[str(target)].startswith(b"%PDF")
        assert marker in json.loads(after[str(answers)])["notes"]  # what the person asked to save
    if trace is not None:
        bad = sorted({p for p in written_paths(trace) if not allowed_write(p, home, temp, target if save else None)})
        assert bad == [], bad
    # No answers in the logs: the marker is in the own question, the name and the notes.
    assert marker not in result.stdout and marker not in result.stderr


def test_existing_qt_dialog_settings_are_kept(tmp_path, fake_home):
    """A person's own Qt file-dialog settings (from other Qt apps) are put back exactly."""
    home, _temp, env = fake_home
    conf = home / ".config/QtProject.conf"
    conf.write_text(
        "[FileDialog]\nhistory=file:///home/someone/Pictures\nlastVisited=file:///home/someone/Pictures\n"
        "qtVersion=6.5.0\nviewMode=Detail\n\n[Other]\nkeep=1\n"
    )
    before = conf.read_text()
    run_session(tmp_path, env, home / "Documents/list.pdf", "M", save=True)
    assert "/home/someone/Pictures" in conf.read_text()
    assert "Documents" not in conf.read_text(), conf.read_text()
    assert "keep=1" in conf.read_text()
    assert sorted(conf.read_text().splitlines()) == sorted(before.splitlines())


def test_app_code_logs_no_answers():
    """Static: nothing in app/ prints or logs the person's answers, list, notes or name."""
    risky = re.compile(
        r"(print|log\w*|write)\(.*\b(answers|question_list|qlist|notes|own_questions|name_edit|"
        r"notes_edit|own_edit)\b"
    )
    hits = [
        f"{p.relative_to(REPO)}:{n}: {line.strip()}"
        for p in sorted((REPO / "app").rglob("*.py"))
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if risky.search(line) and "json.dump" not in line
    ]
    assert hits == []
    uses_logging = sorted(
        str(p.relative_to(REPO)) for p in (REPO / "app").rglob("*.py") if "logging" in p.read_text(encoding="utf-8")
    )
    assert uses_logging == ["app/log.py"], "app/log.py is the one door to logging: log.warning(line)"
    log_code = (REPO / "app" / "log.py").read_text(encoding="utf-8")
    assert not re.search(r"FileHandler|basicConfig|filename|open\(", log_code), "the log never writes a file"
