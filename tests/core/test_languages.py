"""One list of languages (app.core.languages): the content, the interface translations, the bundle's
Qt catalogues and ICU data, the language menu and `--lang` all agree with it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from app.core import languages
from app.core.decode import read_toml
from app.paths import content_dir, resource_path

REPO = Path(__file__).resolve().parents[2]


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_language_has_content_and_all_content_is_listed():
    assert languages.in_folder(content_dir()) == list(languages.LANGUAGES)
    assert next(iter(languages.LANGUAGES)) == languages.SOURCE
    for code in languages.LANGUAGES:
        data, _ = read_toml(content_dir() / code / "meta.toml")
        assert data["language"] == code


def test_every_language_but_the_source_has_an_interface_translation():
    translated = sorted(p.stem.removeprefix("app_") for p in resource_path("i18n").glob("app_*.ts"))
    assert translated == sorted(set(languages.LANGUAGES) - {languages.SOURCE})


def test_the_bundle_keeps_the_same_languages():
    """build.spec (packaging/bundle_rules.py) and tools/trim_icu_data.py keep Qt's and ICU's data for these."""
    kept = [_module(REPO / "packaging" / "bundle_rules.py").KEEP_LANGS]
    kept.append(_module(REPO / "tools" / "trim_icu_data.py").KEEP_LANGS)
    assert kept == [tuple(sorted(languages.LANGUAGES))] * 2


def test_names_in_themselves():
    assert languages.native_name("es") == "Español"
    assert languages.native_name("de") == "de"  # a clinic's own content folder: its code


def test_cli_help_lists_them():
    shown = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True)
    assert f"({', '.join(languages.LANGUAGES)})" in " ".join(shown.stdout.split())
