"""Printing and PDF problems are said in the person's language (code review DP6): app.printing raises
a typed PrintError, the desktop translates its kind; the CLI and the kiosk's staff keep the English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core.loader import load_content
from app.printing import dialogs, service
from app.printing.pdf import PrintError, save_pdf
from app.ui import print_messages, translations
from app.ui.wizard import RiskWizard
from tests.conftest import REPO
from tests.ui.driver import Person


@pytest.fixture
def spanish(qapp, compiled_translations):
    translations.install("es")
    yield
    translations.install("en")


def raised_kinds() -> set[str]:
    """Every `kind` app.printing gives a PrintError: a constant second argument, or a string that
    an assignment to `kind` picks from."""
    kinds: set[str] = set()
    for path in (REPO / "app" / "printing").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "PrintError" and len(node.args) > 1:
                if isinstance(node.args[1], ast.Constant):
                    kinds.add(node.args[1].value)
            elif isinstance(node, ast.Assign) and "kind" in ast.dump(node.targets[0]):
                kinds |= {
                    c.value
                    for c in ast.walk(node.value)
                    if isinstance(c, ast.Constant) and isinstance(c.value, str) and re.fullmatch(r"[a-z_]+", c.value)
                }
    return kinds


def test_every_kind_raised_in_app_printing_has_words(qapp):
    kinds = raised_kinds()
    assert {"pdf_no_folder", "pdf_not_a_folder", "pdf_read_only", "no_printer", "print_failed"} <= kinds
    assert sorted(kinds - set(print_messages._texts())) == []


def test_a_pdf_into_a_missing_folder_is_said_in_spanish(qtbot, content_root, spanish, tmp_path, monkeypatch):
    wizard = RiskWizard(load_content(content_root, "es"))
    qtbot.addWidget(wizard)
    wizard.show()
    person = Person(qtbot, wizard)
    person.walk({"region": "us"}, every_visible="no")
    summary = wizard.summary
    bad = tmp_path / "falta" / "lista.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    person.click(summary.actions.pdf_button)
    text = summary.message.text()
    assert text.startswith("Problema: No se puede guardar el PDF: la carpeta") and str(bad.parent) in text, text
    assert "Cannot" not in text and "does not exist" not in text


def test_no_printer_is_said_in_spanish(qtbot, content_root, spanish, monkeypatch):
    wizard = RiskWizard(load_content(content_root, "es"))
    qtbot.addWidget(wizard)
    wizard.show()
    person = Person(qtbot, wizard)
    person.walk({"region": "us"}, every_visible="no")
    monkeypatch.setattr(service, "available_printers", lambda: [])
    person.click(wizard.summary.actions.print_button)
    assert "No se encontró ninguna impresora" in wizard.summary.message.text()


def test_the_english_line_stays_for_the_cli_and_staff(tmp_path, qapp):
    with pytest.raises(PrintError) as caught:
        save_pdf("<p>x</p>", tmp_path / "missing" / "x.pdf", "a4")
    assert caught.value.kind == "pdf_no_folder" and caught.value.details == {"folder": str(tmp_path / "missing")}
    assert str(caught.value) == f"Cannot save the PDF: the folder {tmp_path / 'missing'} does not exist."
    unnamed = PrintError("x", "print_failed", printer="", reason="RuntimeError")
    assert print_messages.describe(unnamed) == "The printer failed (RuntimeError). The list was not printed."
    assert print_messages.describe(PrintError("x")) == "The list could not be saved or printed."
    assert dialogs and Path  # (imported for the modules the test reads)
