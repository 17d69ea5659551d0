"""Checks on the PyInstaller bundle in dist/isotretinoin-checklist (built by .ci/bundle.sh).

    pyinstaller --noconfirm --clean build.spec && pytest -m bundle tests/test_bundle.py

Skipped when the bundle has not been built. ISOTRETINOIN_BUNDLE_DIR points the tests at another
onedir folder (the benchmark's, a CI artifact).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import app

pytestmark = pytest.mark.bundle

REPO = Path(__file__).resolve().parent.parent
NAME = "isotretinoin-checklist"
BUNDLE = Path(os.environ.get("ISOTRETINOIN_BUNDLE_DIR", REPO / "dist" / NAME))
EXE = BUNDLE / (NAME + (".exe" if sys.platform == "win32" else ""))
# Windows ships a console twin for staff commands; elsewhere the one binary does both.
CLI = BUNDLE / f"{NAME}-cli.exe" if sys.platform == "win32" else EXE
LINUX = sys.platform.startswith("linux")

if not EXE.is_file():
    pytest.skip(
        f"no bundle at {BUNDLE} (build it with: pyinstaller --noconfirm --clean build.spec)",
        allow_module_level=True,
    )

# Qt modules the app must not ship (QtGui/QtWidgets do not link them; see build.spec).
FORBIDDEN = re.compile(r"Qt6?(Qml|Quick|Network|Pdf|OpenGL|WebEngine|VirtualKeyboard|Designer|Sql|Test)", re.IGNORECASE)


def files() -> list[Path]:
    return [p for p in BUNDLE.rglob("*") if p.is_file() or p.is_symlink()]


def internal() -> Path:
    """sys._MEIPASS of the onedir bundle: the folder holding resources/."""
    hits = [p.parent.parent for p in BUNDLE.rglob("resources/content")]
    assert hits, f"no resources/content anywhere under {BUNDLE}"
    return hits[0]


def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout, env=full_env)


def quiet_windowed(result: subprocess.CompletedProcess) -> bool:
    """A windowed Windows build may have no stdout at all; then only the exit status can be checked."""
    return sys.platform == "win32" and not result.stdout.strip()


def test_content_is_bundled_where_app_paths_looks():
    content = internal() / "resources" / "content"
    assert (content / "en" / "meta.toml").is_file()
    assert (content / "sources.toml").is_file()
    assert not list(content.rglob("*.ts")), "translation sources belong in the repo, not the bundle"


def test_app_translations_are_bundled_compiled():
    """Every resources/i18n/<name>.ts ships as <name>.qm (pyside6-lrelease runs before the build)."""
    sources = sorted((REPO / "resources" / "i18n").glob("*.ts"))
    bundled = internal() / "resources" / "i18n"
    missing = [ts.with_suffix(".qm").name for ts in sources if not (bundled / ts.with_suffix(".qm").name).is_file()]
    assert not missing, f"not compiled into the bundle: {missing} (run pyside6-lrelease before pyinstaller)"


def test_icons_and_desktop_file_are_bundled():
    res = internal() / "resources"
    for name in ("icons/app.svg", "icons/app.png"):
        assert (res / name).is_file(), name
    if LINUX:
        assert (res / "linux" / f"{NAME}.desktop").is_file()


def test_no_unused_qt_modules():
    names = {part for p in files() for part in p.relative_to(BUNDLE).parts}  # files and .framework dirs
    bad = sorted(n for n in names if FORBIDDEN.search(n))
    assert not bad, f"unused Qt modules in the bundle: {bad}"


def test_no_qml_tree():
    assert not [p for p in BUNDLE.rglob("qml") if p.is_dir()]


def plugin_dir() -> Path:
    hits = [p for p in BUNDLE.rglob("plugins") if (p / "platforms").is_dir()]
    assert hits, "no Qt plugins/platforms folder in the bundle"
    return hits[0]


def test_platform_plugins():
    names = {re.sub(r"^lib", "", p.name.split(".")[0]) for p in (plugin_dir() / "platforms").iterdir()}
    assert "qoffscreen" in names
    if LINUX:
        assert {"qxcb", "qwayland"} <= names
        assert names <= {"qxcb", "qwayland", "qoffscreen"}, names
    elif sys.platform == "win32":
        assert "qwindows" in names
    else:
        assert "qcocoa" in names


def test_print_and_svg_plugins():
    plugins = plugin_dir()
    assert [p for p in (plugins / "imageformats").iterdir() if "qsvg" in p.name]
    assert [p for p in (plugins / "iconengines").iterdir() if "qsvgicon" in p.name]
    if LINUX:
        assert [p for p in (plugins / "printsupport").iterdir() if "cupsprintersupport" in p.name]
        assert list(BUNDLE.rglob("libcups.so.2")), "the CUPS plugin needs libcups in the bundle"
        assert not list(BUNDLE.rglob("libgtk-3.so*")), "the GTK platform theme chain should be gone"


def test_only_the_shipped_qt_translations():
    qms = {p.name for p in BUNDLE.rglob("*.qm") if p.name.startswith(("qt_", "qtbase_"))}
    assert "qtbase_es.qm" in qms
    langs = {re.match(r"qt(?:base)?_([a-z]{2})", n).group(1) for n in qms}
    assert langs <= {"en", "es"}, qms


@pytest.mark.skipif(not LINUX, reason="only the Linux wheels ship ICU")
def test_icu_data_is_trimmed():
    (icudata,) = [p for p in BUNDLE.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icudata.stat().st_size < 8_000_000, "untrimmed ICU data (set ISOTRETINOIN_FULL_ICU only on purpose)"


def test_app_modules_are_frozen():
    from PyInstaller.archive import readers

    names = set(readers.pkg_archive_contents(str(EXE)))
    for module in ("app.main", "app.gui", "app.cli.self_test", "app.qtcheck", "app.paths", "app.ui.wizard.wizard"):
        assert module in names, module
    assert not {"tkinter", "unittest", "multiprocessing", "PySide6.QtNetwork"} & names


def test_the_test_only_trace_is_not_shipped():
    """The kiosk's tap channel for the real-display tests (tests/helpers/trace) is no part of the app."""
    from PyInstaller.archive import readers

    names = set(readers.pkg_archive_contents(str(EXE)))
    assert "app.kiosk.shell" in names, "the archive is not read"
    assert not {n for n in names if "trace" in n.split(".")[-1] and n.startswith(("app", "kiosk_trace"))}
    assert not {"kiosk_trace", "sitecustomize", "app.kiosk.trace"} & names
    shipped = [p for p in BUNDLE.rglob("*") if p.is_file() and p.suffix in (".py", ".pyc", ".toml", ".json")]
    assert not [p for p in shipped if b"ISOTRETINOIN_KIOSK_TRACE" in p.read_bytes()]


def test_version_matches_the_package():
    result = subprocess.run([str(CLI), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert app.__version__ in result.stdout + result.stderr


def test_frozen_self_test_passes():
    result = run("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    if not quiet_windowed(result):
        assert result.stdout.startswith("self-test OK"), result.stdout


def test_frozen_app_shows_its_first_window():
    result = run(timeout=60, ISOTRETINOIN_EXIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stdout + result.stderr
    if not quiet_windowed(result):
        assert re.search(r"^first-window-shown \d+\.\d+$", result.stdout, re.MULTILINE), result.stdout


def test_staff_pin_hashing_works_frozen(tmp_path):
    """set-pin uses hashlib.scrypt, which needs OpenSSL's libcrypto in the bundle."""
    config = tmp_path / "clinic.toml"
    config.write_text('[kiosk]\npin_hash = ""\n', encoding="utf-8")
    result = subprocess.run(
        [str(CLI), "set-pin", str(config)], input="482613\n482613\n", capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert 'pin_hash = "scrypt$' in config.read_text(encoding="utf-8")


def write_answers(tmp_path: Path) -> Path:
    answers = tmp_path / "answers.json"
    answers.write_text('{"answers": {"region": "us"}}', encoding="utf-8")
    return answers


def test_frozen_export_writes_a_pdf(tmp_path):
    out = tmp_path / "questions.pdf"
    result = subprocess.run(
        [str(CLI), "export", "--answers", str(write_answers(tmp_path)), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.cups
@pytest.mark.skipif(not LINUX, reason="CUPS print plugin check is Linux-only")
def test_frozen_app_prints_through_cups(tmp_path):
    """The bundled printsupport/libcupsprintersupport.so + libcups reach the system's CUPS queue."""
    from tests.helpers.cups import QUEUE, cups_ready, pdfs, wait_for_new_pdf

    reason = cups_ready()
    if reason:
        pytest.skip(reason)
    before = pdfs()
    result = subprocess.run(
        [str(EXE), "export", "--answers", str(write_answers(tmp_path)), "--printer", QUEUE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert wait_for_new_pdf(before).stat().st_size > 0
