"""What `pip install .` gives: resources/ found from an installed wheel, and the whole interface in
Spanish (the compiled translations are committed, exactly as pyside6-lrelease makes them, and ship
in the wheel and the sdist)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from tests.helpers.paths import REPO

I18N = REPO / "resources" / "i18n"
TS_FILES = sorted(I18N.glob("*.ts"))


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel .ci/run built once (ISOTRETINOIN_WHEEL) and installed in both venvs; else built here."""
    if built := os.environ.get("ISOTRETINOIN_WHEEL"):
        path = Path(built)
        assert path.is_file(), f"ISOTRETINOIN_WHEEL={built}: no such file"
        return path
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    return next(out.glob("isotretinoin_checklist-*.whl"))


def test_wheel_carries_resources_and_the_resolver_finds_them(wheel, tmp_path):
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "app/resources/content/en/meta.toml" in names
        assert "app/resources/content/sources.toml" in names
        archive.extractall(tmp_path / "site")
    env = {k: v for k, v in os.environ.items() if k != "ISOTRETINOIN_RESOURCES"}
    env["PYTHONPATH"] = str(tmp_path / "site")
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    found = subprocess.run(
        [sys.executable, "-c", "from app.paths import content_dir; print(content_dir())"],
        capture_output=True,
        text=True,
        env=env,
        cwd=elsewhere,
    )
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == tmp_path / "site/app/resources/content"
    check = subprocess.run(
        [sys.executable, "-m", "app", "check-content"], capture_output=True, text=True, env=env, cwd=elsewhere
    )
    assert check.returncode == 0, check.stderr


# -- translations ----------------------------------------------------------------------------------
def lrelease() -> str:
    return shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_committed_qm_is_what_lrelease_makes_of_the_ts(ts, tmp_path):
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
    committed = ts.with_suffix(".qm")
    assert committed.is_file(), f"run: pyside6-lrelease {ts} -qm {committed}"
    assert committed.read_bytes() == fresh.read_bytes(), f"stale: run pyside6-lrelease {ts} -qm {committed}"


def test_wheel_and_sdist_carry_the_compiled_translations(wheel, tmp_path):
    wanted = [p.with_suffix(".qm").name for p in TS_FILES]
    assert wanted, "no translations?"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    assert {f"app/resources/i18n/{name}" for name in wanted} <= names
    backend = tmp_path / "hatchling"
    got = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--target", str(backend), "hatchling"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert got.returncode == 0, got.stderr[-2000:]
    out = tmp_path / "sdist"
    out.mkdir()
    code = f"from hatchling.build import build_sdist; build_sdist({str(out)!r})"
    build = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(backend)},
        timeout=600,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    with tarfile.open(next(out.glob("*.tar.gz"))) as archive:
        members = {Path(*Path(name).parts[1:]).as_posix() for name in archive.getnames()}
    assert {f"resources/i18n/{name}" for name in wanted} <= members


SHOW_PAGES = r"""
import json, re, sys
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QPlainTextEdit,
                               QWizard)
app = QApplication([])
from app.core.loader import load_content
from app.paths import content_dir, resource_path
from app.ui.prefs import translations
from app.ui.wizard.wizard import RiskWizard, WizardOptions
loaded = translations.install("es")
wizard = RiskWizard(load_content(content_dir(), "es"), WizardOptions(save_and_resume=True))
wizard.show()
app.processEvents()

def texts(widgets):
    found = []
    for w in widgets:
        if not w.isVisible():
            continue
        if isinstance(w, QLabel) and w.text():
            found.append(re.sub(r"<[^>]+>", "", w.text()))
        elif isinstance(w, QAbstractButton) and w.text():
            found.append(w.text())
        elif isinstance(w, QLineEdit):
            found += [w.placeholderText(), w.accessibleName()]
        elif isinstance(w, QPlainTextEdit):
            found += [w.placeholderText(), w.accessibleName()]
        elif isinstance(w, QComboBox):
            found += [w.itemText(i) for i in range(w.count())]
        if w.accessibleName():
            found.append(w.accessibleName())
        if w.accessibleDescription():
            found.append(w.accessibleDescription())
    return [t for t in found if t and t.strip()]

buttons = [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton,
                                      QWizard.WizardButton.CustomButton2)]
welcome = texts(wizard.currentPage().findChildren(QLabel) + wizard.currentPage().findChildren(QAbstractButton)
                + wizard.currentPage().findChildren(QComboBox) + buttons) + [wizard.currentPage().title()]
wizard.answers["region"] = "uk"
wizard.walk_to(wizard.SUMMARY_PAGE)
app.processEvents()
page = wizard.currentPage()
summary = texts([w for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton) + page.findChildren(
    QLineEdit) + page.findChildren(QPlainTextEdit) + page.findChildren(QComboBox)] + buttons) + [page.title()]
print(json.dumps({"loaded": loaded, "qm": str(resource_path("i18n", "app_es.qm")),
                  "summary_id": wizard.currentId() == wizard.SUMMARY_PAGE, "welcome": welcome,
                  "summary": summary}))
"""
QT_BUTTONS = ["< &Back", "&Next >", "&Finish", "Cancel", "Back", "Next", "Finish"]


def english_sources() -> list[str]:
    """The interface's English strings whose Spanish differs (so finding one means it was not translated)."""
    found = list(QT_BUTTONS)
    for ts in TS_FILES:
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source") or "", message.findtext("translation") or ""
            if source.strip() and source.strip() != translation.strip():
                found.append(source)
    return found


def untranslated(shown: list[str], sources: list[str]) -> list[str]:
    hits = set()
    for text in shown:
        plain = text.replace("&", "")
        for source in sources:
            pieces = [p.strip(" .:") for p in re.split(r"%\d", source.replace("&", ""))]
            if plain.strip() == source.replace("&", "").strip():
                hits.add(text)
            elif any(len(piece.split()) >= 2 and len(piece) >= 8 and piece in plain for piece in pieces):
                hits.add(text)
    return sorted(hits)


def test_installed_wheel_shows_the_whole_interface_in_spanish(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    installed = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    # Its dependencies (PySide6, msgspec, platformdirs, segno) come from this environment; the app
    # itself only from the wheel (this environment's editable install is not on the path).
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(purelib, "deps-from-test-env.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "ISOTRETINOIN_RESOURCES")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    shown = subprocess.run(
        [str(python), "-c", SHOW_PAGES], capture_output=True, text=True, cwd=elsewhere, env=env, timeout=300
    )
    assert shown.returncode == 0, shown.stderr[-3000:]
    result = json.loads(shown.stdout.strip().splitlines()[-1])
    assert str(venv) in result["qm"], "the app ran from somewhere else than the installed wheel"
    assert "app" in result["loaded"] and result["summary_id"]
    sources = english_sources()
    assert len(result["welcome"]) > 10 and len(result["summary"]) > 10
    assert untranslated(result["welcome"], sources) == []
    assert untranslated(result["summary"], sources) == []


def test_the_check_finds_english():
    """The yardstick: English interface strings are found, Spanish ones are not."""
    sources = english_sources()
    assert untranslated(["&Next >", "Text size: 125%", "Sources for this page"], sources) == [
        "&Next >",
        "Sources for this page",
        "Text size: 125%",
    ]
    assert untranslated(["&Siguiente >", "Tamaño del texto: 125%", "Fuentes de esta página"], sources) == []
