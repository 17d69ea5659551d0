"""Spanish next to English: the interface through Qt's translations (ours and Qt's own), the
patient content from per-language files, and a language switch that keeps everything the person did.

The switch is tested on a temporary content folder whose "es" is the English content with marked
texts, so it does not depend on the state of the real Spanish content.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from app.core import render
from app.core.loader import load_content
from app.ui.prefs import language_choice, translations
from app.ui.summary.summary_page import ROLE_INDEX, ROLE_KEY, ROLE_KIND
from app.ui.wizard import language
from app.ui.wizard.wizard import SUMMARY_ID, RiskWizard, WizardOptions
from tests.ui.driver import Person

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "app_es.ts"
MARK = "[ES] "


@pytest.fixture
def english_afterwards(qapp):
    yield
    translations.install("en")


def ts_messages(path: Path):
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.findall("message"):
            yield context.find("name").text, message


# -- the .ts file ---------------------------------------------------------------------------------
def test_every_interface_string_is_translated():
    unfinished = []
    for context, message in ts_messages(TS):
        translation = message.find("translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.find("source").text
        text = translation.text or ""
        if translation.get("type") == "unfinished" or not text.strip():
            unfinished.append(f"{context}: {source}")
            continue
        assert re.findall(r"%\d", source) == re.findall(r"%\d", text), (source, text)
        assert source.count("&") == text.count("&"), ("mnemonic", source, text)
    assert unfinished == []


def test_ts_is_up_to_date_with_the_code(tmp_path):
    """Run lupdate on a copy: a string in the code that is not in the committed .ts fails here."""
    repo = TS.parents[2]
    fresh = tmp_path / "fresh.ts"
    folders = ("app/ui", "app/kiosk", "app/printing")  # with their sub-packages (app/ui/wizard/, ...)
    sources = sorted(str(p) for folder in folders for p in (repo / folder).rglob("*.py"))
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = {(c, m.find("source").text) for c, m in ts_messages(TS)}
    found = {(c, m.find("source").text) for c, m in ts_messages(fresh)}
    # A context must be a class name (what tr() looks up at run time), not "page" or "self.page".
    bad_context = sorted(c for c, _ in found if not re.fullmatch(r"[A-Z]\w*", c))
    assert bad_context == [], "use self.tr() or QCoreApplication.translate('ClassName', ...)"
    fix = "run: pyside6-lupdate app/ui/*.py app/ui/*/*.py app/kiosk/*.py app/printing/*.py -ts "
    assert sorted(found - committed) == [], fix + str(TS)


# -- installing translations ----------------------------------------------------------------------
def test_qt_translates_the_wizard_buttons(english_afterwards):
    assert "qtbase" in translations.install("es")
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    try:
        assert "Siguie" in wizard.button(QWizard.WizardButton.NextButton).text()
        assert wizard.button(QWizard.WizardButton.CancelButton).text() == "Cancelar"
    finally:
        wizard.deleteLater()


def test_missing_qm_falls_back_to_english_silently(english_afterwards, monkeypatch, tmp_path, content):
    monkeypatch.setattr(translations, "app_qm_path", lambda lang: tmp_path / f"app_{lang}.qm")
    assert translations.install("es") == ["qtbase"]
    wizard = RiskWizard(content)
    try:
        assert wizard.summary.title() == "Your questions for your doctor"
    finally:
        wizard.deleteLater()


def test_interface_in_spanish(compiled_translations, english_afterwards, content):
    assert translations.install("es") == ["qtbase", "app"]
    wizard = RiskWizard(content)
    try:
        assert wizard.summary.title() == "Sus preguntas para su médico"
        assert wizard.welcome_controls.accessibleName() == "Idioma y pantalla"
        assert wizard.summary.output_actions.pdf_button.text() == "&Guardar como PDF…"
        # the review date with the month in words (Spanish review m1), not 2026-12-01
        reviewed = wizard.page(wizard.startId()).reviewed_label.text()
        day = content.meta.reviewed
        assert f"{day.day} de " in reviewed and str(day.year) in reviewed and day.isoformat() not in reviewed
    finally:
        wizard.deleteLater()


# -- choosing the language ------------------------------------------------------------------------
def test_default_language(monkeypatch, content_root):
    monkeypatch.setattr(language_choice, "system_language", lambda: "fr")
    assert language_choice.default_language(content_root) == "en"
    assert language_choice.default_language(content_root, requested="es") == "es"
    monkeypatch.setattr(language_choice, "system_language", lambda: "es")
    if "es" in language_choice.available_languages(content_root):
        assert language_choice.default_language(content_root) == "es"
    assert language_choice.default_language(content_root, clinic="en") == "en"  # the clinic's choice wins


# -- switching, on a marked copy of the English content --------------------------------------------
@pytest.fixture
def two_languages(tmp_path, content_root) -> Path:
    root = tmp_path / "content"
    root.mkdir()
    shutil.copy(content_root / "sources.toml", root / "sources.toml")
    shutil.copytree(content_root / "en", root / "en")
    shutil.copytree(content_root / "en", root / "es")
    for path in (root / "es").glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        text = re.sub(r'^(text|title|why) = "(?!"")', lambda m: f'{m.group(1)} = "{MARK}', text, flags=re.M)
        text = text.replace('language = "en"', 'language = "es"')
        path.write_text(text, encoding="utf-8")
    assert load_content(root, "es").meta.language == "es"
    return root


def question_rows(summary):
    rows = [summary.list_widget.item(i) for i in range(summary.list_widget.count())]
    return [r for r in rows if r.data(ROLE_KIND) == "question"]


def test_switch_keeps_answers_list_edits_and_page(qtbot, two_languages, compiled_translations, english_afterwards):
    old = RiskWizard(load_content(two_languages, "en"), WizardOptions(content_root=two_languages))
    old.show()
    combo = old.welcome_controls.language
    assert combo.isVisibleTo(old) and [combo.itemText(i) for i in range(combo.count())] == ["English", "Español"]
    person = Person(qtbot, old)
    old.set_skipped("sexual", True)  # as the page's "skip this part" box does
    person.walk({"region": "uk"}, every_visible="not_sure")
    summary = old.summary
    # (the app's first suggestion is the "not sure" line about self-harm, a red flag: its text is a template)
    first = next(r for r in question_rows(summary) if not r.data(ROLE_KEY).startswith("unsure."))
    index = first.data(ROLE_INDEX)
    summary.list_widget.setCurrentItem(first)
    summary.star_button.click()
    second = question_rows(summary)[1]
    second.setCheckState(Qt.CheckState.Unchecked)
    summary.printout.own_edit.setText("My own question")
    summary.printout.add_button.click()
    summary.printout.name_edit.setText("Sam")
    summary.printout.appointment_edit.setText("Tuesday 3 pm")
    summary.printout.notes_edit.setPlainText("Bring my vitamins.")
    summary.printout.paper_combo.setCurrentIndex(summary.printout.paper_combo.findData("a4"))
    summary.printout.room_box.click()
    summary.printout.phone.on_printout.click()
    session = old.session
    before = (
        dict(old.answers),
        set(old.skipped),
        [(i.question.id, i.included, i.important) for i in old.question_list.items],
    )

    shown = []
    new = language.switch_language(old, "es", shown.append)
    qtbot.addWidget(new)
    qtbot.waitUntil(lambda: not shiboken6.isValid(old))  # the old window is thrown away
    assert shown == [new] and new.isVisible()
    assert new.content.meta.language == "es"
    assert (new.answers, new.skipped) == before[:2]
    assert [(i.question.id, i.included, i.important) for i in new.question_list.items] == before[2]
    assert new.question_list.own_questions == ["My own question"] and new.question_list.name == "Sam"
    assert new.currentId() == SUMMARY_ID, "the person stays on the page they were on"
    assert new.question_list.items[index].question.text.startswith(MARK), "list texts in the new language"
    assert new.summary.title() == "Sus preguntas para su médico"
    assert new.summary.printout.name_edit.text() == "Sam"
    assert (new.question_list.appointment, new.question_list.notes) == ("Tuesday 3 pm", "Bring my vitamins.")
    assert new.summary.printout.notes_edit.toPlainText() == "Bring my vitamins."
    assert new.session is session, "a new window over the same session, not a copy"
    assert new.summary.printout.paper_combo.currentData() == "a4" and new.summary.printout.paper() == "a4"
    assert new.summary.printout.room_box.isChecked() and not new.summary.printout.phone.on_printout.isChecked()
    html = render.render_html(new.question_list, new.content)
    assert MARK in html and "My own question" in html  # the printout is in the chosen language


def test_choosing_in_the_combo_asks_the_owner_to_rebuild(qtbot, two_languages):
    wizard = RiskWizard(load_content(two_languages, "en"), WizardOptions(content_root=two_languages))
    qtbot.addWidget(wizard)
    combo = wizard.welcome_controls.language
    with qtbot.waitSignal(wizard.language_requested) as signal:
        combo.activated.emit(combo.findData("es"))
    assert signal.args == ["es"]


def test_desktop_switch_through_the_combo(qtbot, two_languages, english_afterwards):
    wizard = RiskWizard(load_content(two_languages, "en"), WizardOptions(content_root=two_languages))
    wizard.show()
    current = [wizard]
    language.connect_language_switch(wizard, lambda new: current.__setitem__(0, new))
    wizard.area_pages["welcome"].boxes["region"].choose("us")
    combo = wizard.welcome_controls.language
    combo.activated.emit(combo.findData("es"))
    new = current[0]
    qtbot.addWidget(new)
    assert new is not wizard and new.content.meta.language == "es" and new.answers["region"] == "us"
    combo = new.welcome_controls.language
    assert combo.currentData() == "es"
    combo.activated.emit(combo.findData("en"))  # and back again
    assert current[0].content.meta.language == "en"
    qtbot.addWidget(current[0])


def test_missing_language_keeps_the_wizard(qtbot, two_languages, capfd):  # stderr at the fd: the staff log
    wizard = RiskWizard(load_content(two_languages, "en"), WizardOptions(content_root=two_languages))
    qtbot.addWidget(wizard)
    assert language.switch_language(wizard, "de") is wizard
    assert "no content for language 'de'" in capfd.readouterr().err
    assert wizard.welcome_controls.language.currentData() == "en"


def test_export_in_spanish(tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text('{"answers": {"region": "us"}}', encoding="utf-8")
    out = tmp_path / "list.txt"
    result = subprocess.run(
        [sys.executable, "-m", "app", "export", "--lang", "es", "--answers", str(answers), "--out", str(out)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    spanish = load_content(Path(__file__).resolve().parents[2] / "resources" / "content", "es")
    assert spanish.meta.texts.list_title in out.read_text(encoding="utf-8")


def test_print_errors_speak_spanish(compiled_translations, english_afterwards, tmp_path):
    """Spanish review M5: "Problema: Cannot save the PDF ..." was English under a Spanish label."""
    from app.printing.pdf import PrintError
    from app.printing.service import save_pdf
    from app.ui.files.print_errors import english, message

    translations.install("es")
    folder = tmp_path / "no-such-folder"
    with pytest.raises(PrintError) as err:
        save_pdf("<p>x</p>", folder / "lista.pdf", "a4")
    assert message(err.value) == f"No se pudo guardar el PDF: la carpeta {folder} no existe."
    assert english(err.value) == f"Cannot save the PDF: the folder {folder} does not exist."  # the log's words
    translations.install("en")
    assert message(err.value) == f"Cannot save the PDF: the folder {folder} does not exist."


def test_sources_for_this_page_in_spanish(content_root):
    """Spanish review M6 in the app: Spanish dates, a note that the sources are in English, no doubled "legacy"."""
    from app.ui.parts import facts

    es = load_content(content_root, "es")
    tag, source = next((t, s) for t, s in es.sources.items() if re.fullmatch(r"\d+ Oct \d{4}", s.date))
    day, _, year = source.date.split()
    assert facts.source_line(es, tag).endswith(f", {day} oct. {year}")
    for tag in es.sources:
        assert not re.search(r"\(legacy\).*legacy", facts.source_line(es, tag)), tag
    assert es.meta.texts.sources_language_note == "Las fuentes están en inglés."
