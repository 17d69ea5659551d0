"""Interface translations: Qt's own `qtbase_<lang>.qm` (QWizard's Back/Next/Cancel) and ours.

Ours is `resources/i18n/app_<lang>.qm`, built from the committed `app_<lang>.ts` by
`pyside6-lrelease` (in .ci/run and in the bundle build). A missing file is not an error: the
interface stays in English (the source language), silently, and the content is still translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core import languages
from app.paths import resource_path

SOURCE_LANGUAGE = languages.SOURCE  # Qt reads our source texts as they are
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def app_qm_path(lang: str):
    return resource_path("i18n", f"app_{lang}.qm")


def install(lang: str) -> list[str]:
    """Use `lang` for the interface from now on. Returns the names of the files loaded.

    Widgets made afterwards get the new texts; the wizard is rebuilt on a language switch
    (app.ui.wizard.language), so nothing needs retranslating in place.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication first")
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _language = lang
    QLocale.setDefault(QLocale(lang))
    loaded: list[str] = []
    if lang == SOURCE_LANGUAGE:
        return loaded
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [("qtbase", qt_dir, f"qtbase_{lang}")]
    ours = app_qm_path(lang)
    candidates.append(("app", str(ours.parent), ours.stem))
    for label, folder, stem in candidates:
        translator = QTranslator(app)
        if translator.load(stem, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(label)
        else:
            translator.deleteLater()
    return loaded


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for lupdate (in `context`) and returns it untranslated: a table of sentences that is
    said translated to the person and in English in the staff log (Qt's own is typed `object`)."""
    return text


def current_language() -> str:
    return _language
