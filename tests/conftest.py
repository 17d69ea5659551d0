"""Shared fixtures. Tests run offscreen unless a display is asked for."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from pathlib import Path

import pytest

from app.core.loader import load_content
from app.paths import content_dir
from tests.brief_content import write_know_content
from tests.helpers.paths import REPO

# -- how the suite runs on 2 workers (.ci/run: pytest -n 2 --dist loadgroup) -------------------------
# Tests that print through the real CUPS queue "PDF" (cups-pdf writes every job to ~/PDF, where they
# look for their own file) or change CUPS queues run on one worker, one after another.
CUPS_FILES = {
    "tests/kiosk/test_config_cli.py",
    "tests/kiosk/test_errors.py",
    "tests/kiosk/test_linux_files.py",
    "tests/kiosk/test_no_files.py",
    "tests/kiosk/test_printing.py",
    "tests/kiosk/test_soak.py",
    "tests/printing/test_cups.py",
    "tests/printing/test_print_failures.py",
    "tests/test_bundle.py",
    "tests/test_no_network.py",
}
# Longer per-test timeouts (pytest-timeout; the default is pyproject's `timeout`) for the tests that
# are slow by design: a hung modal dialog anywhere else fails its test in 120 s instead of hanging CI.
SLOW_TIMEOUT = {"soak": 600, "soak_full": 6 * 3600, "realdisplay": 300, "bundle": 300}


def pytest_collection_modifyitems(config, items):
    for item in items:
        path = Path(str(item.path)).resolve().relative_to(REPO).as_posix()
        marks = {m.name for m in item.iter_markers()}
        if "xdist_group" not in marks:
            if marks & {"cups", "soak", "soak_full"} or path in CUPS_FILES:
                item.add_marker(pytest.mark.xdist_group("cups"))
            elif "realdisplay" in marks:
                item.add_marker(pytest.mark.xdist_group("display"))
        if "timeout" not in marks and (slow := [SLOW_TIMEOUT[m] for m in marks if m in SLOW_TIMEOUT]):
            item.add_marker(pytest.mark.timeout(max(slow)))
        # `-m "not gui"`: the quick run of the Qt-free core, the CLI and the checks on files.
        if path.startswith(GUI_FOLDERS) or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


GUI_FOLDERS = (
    "tests/ui/",
    "tests/kiosk/",
    "tests/printing/",
    "tests/test_no_network.py",  # walks the wizard, prints
    "tests/test_packaging.py",  # starts the installed app's window in Spanish
    "tests/test_qt_binding.py",
    "tests/test_writes_nothing.py",  # a desktop session under strace
)


@pytest.fixture(scope="session")
def content_root() -> Path:
    return content_dir()


@pytest.fixture(scope="session")
def content(content_root):
    return load_content(content_root, "en")


@pytest.fixture
def content_copy(tmp_path, content_root) -> Path:
    """A writable copy of the shipped content, for tests that break it on purpose."""
    target = tmp_path / "content"
    shutil.copytree(content_root, target)
    return target


@pytest.fixture(scope="session")
def know_root(tmp_path_factory, content_root) -> Path:
    """A content copy with `know` statements on more choices (tests/brief_content.py)."""
    target = tmp_path_factory.mktemp("know") / "content"
    shutil.copytree(content_root, target)
    return write_know_content(target)


@pytest.fixture(scope="session")
def know_content(know_root):
    return load_content(know_root, "en")


@pytest.fixture(scope="session")
def compiled_translations() -> Path:
    """resources/i18n/app_<lang>.qm: committed next to their .ts (tests/test_packaging.py checks they match)."""
    from app.paths import resource_path

    i18n = resource_path("i18n")
    missing = [ts.name for ts in i18n.glob("*.ts") if not ts.with_suffix(".qm").is_file()]
    assert missing == [], f"run: pyside6-lrelease resources/i18n/<lang>.ts -qm resources/i18n/<lang>.qm ({missing})"
    return i18n


@pytest.fixture(autouse=True, scope="session")
def _appearance_from_platform_font():
    """Create the app-wide Appearance before any test can enlarge the application font.

    Appearance takes its 100 % size from the font the QApplication has when it is first used. In the
    app that is the platform font (or the kiosk's larger one, on purpose); in one pytest process a
    kiosk test could otherwise be first and make every later text-size test start from kiosk size.
    """
    from PySide6.QtWidgets import QApplication

    from app.ui.look import theme

    if QApplication.instance() is None:
        QApplication([])
    theme.appearance()
    return


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """A top-level widget the test leaves behind fails it (then it is deleted, so the next test starts clean).

    pytest-qt closes and deletes the widgets given to `qtbot.addWidget` before this runs; anything else a
    test opens it must close and delete itself. A kiosk runs all day: a window that outlives its
    session is a leak, and in one pytest run every later style or font change is sent to each of them.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    import shiboken6

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what pytest-qt's deleteLater asked
    left = [w for w in QApplication.topLevelWidgets() if shiboken6.isValid(w) and not _transient(w)]
    described = [f"{type(w).__name__}({w.objectName()!r}, visible={w.isVisible()})" for w in left]
    for widget in left:
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    if left:
        pytest.fail(f"top-level widgets outlived the test (give them to qtbot.addWidget): {', '.join(described)}")


def _transient(widget) -> bool:
    """Qt's own application-wide helpers: the tooltip label, which Qt reuses and deletes itself."""
    return widget.metaObject().className() in ("QTipLabel",)
