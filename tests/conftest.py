"""Shared fixtures. Tests run offscreen unless a display is asked for."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from app.core.loader import load_content  # noqa: E402
from app.paths import content_dir  # noqa: E402
from tests.brief_content import write_know_content  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


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


def pdf_text(path: Path) -> str:
    """The text of a PDF, NFKC-normalised (Qt typesets "ff" as the ligature U+FB00)."""
    import unicodedata

    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() or "" for page in reader.pages))


def squash(text: str) -> str:
    """Collapse whitespace so wrapped lines in a PDF compare equal to the source text."""
    return " ".join(text.split())


def bare(text: str) -> str:
    """Letters only, no spaces or hyphens: a line break inside "self-harm" must not fail a comparison."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in "-\u00ad")


@pytest.fixture(autouse=True, scope="session")
def _appearance_from_platform_font():
    """Create the app-wide Appearance before any test can enlarge the application font.

    Appearance takes its 100 % size from the font the QApplication has when it is first used. In the
    app that is the platform font (or the kiosk's larger one, on purpose); in one pytest process a
    kiosk test could otherwise be first and make every later text-size test start from kiosk size.
    """
    from PySide6.QtWidgets import QApplication

    from app.ui import theme

    if QApplication.instance() is None:
        QApplication([])
    theme.appearance()
    yield


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test():
    """Delete every top-level widget a test leaves behind (pytest-qt only closes the ones it was given).

    Closed windows stay alive while Python holds them, and every later style or font change is sent
    to each of them: in one long run they made later tests slow and changed what they measured.
    """
    yield
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    import shiboken6

    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def _file_dialogs_start_in_documents():
    """The folder a file dialog remembers (app.ui.start_folder) lives as long as the app: one test each."""
    yield
    import sys

    if "app.ui.start_folder" in sys.modules:
        sys.modules["app.ui.start_folder"].forget()
