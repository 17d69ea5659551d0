"""A copy of the shipped content with `know` statements, `short` names and source kinds added, for the
brief's tests (the shipped content gets its own from the content editors; these tests must not wait)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.core.loader import load_content

KNOW = {  # (file, choice line fragment) -> statement
    ("medicines.toml", '{ value = "tetracycline",'): "I take a tetracycline antibiotic (doxycycline)",
    ("liver.toml", '{ value = "daily", label = "Most days"'): "I drink alcohol most days",
    ("pregnancy.toml", '{ value = "condoms", label = "Condoms"'): "I use condoms",
    ("pregnancy.toml", '{ value = "minipill",'): "I take the minipill",
}
SHORT = {
    "liver_history": "liver problems in the past",
    "alcohol_amount": "how much alcohol I drink",
    "preg_birth_control": "my birth control",
    "preg_breastfeeding": "breastfeeding",
    "mh_history": "my mental health in the past",
}
LIVER_CHOICES = ('choices = [ { value = "yes", label = "Yes", know = "I have had liver disease or hepatitis" }, '
                 '{ value = "no", label = "No" }, { value = "not_sure", label = "I\'m not sure" } ]')
READ_AT = "https://mirror.example.org/copy-of-the-label"


def _add_know(text: str, fragment: str, statement: str) -> str:
    start = text.index(fragment)
    end = text.index("}", start)
    return f'{text[:end].rstrip()}, know = "{statement}" {text[end:]}'


def _add_short(text: str, question_id: str, short: str) -> str:
    start = text.index(f'id = "{question_id}"')
    line_end = text.index("\n", start)
    return f'{text[:line_end]}\nshort = "{short}"{text[line_end:]}'


def write_know_content(root: Path) -> Path:
    en = root / "en"
    for (name, fragment), statement in KNOW.items():
        path = en / name
        path.write_text(_add_know(path.read_text(encoding="utf-8"), fragment, statement), encoding="utf-8")
    for path in en.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        for question_id, short in SHORT.items():
            if f'id = "{question_id}"' in text:
                text = _add_short(text, question_id, short)
        if 'id = "liver_history"' in text:
            start = text.index('id = "liver_history"')
            at = text.index('choices = "yes_no_not_sure"', start)
            text = text[:at] + LIVER_CHOICES + text[at + len('choices = "yes_no_not_sure"'):]
        path.write_text(text, encoding="utf-8")
    sources = root / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    text = re.sub(r'(\[sources\.ABS-LD-ISI\]\n)', rf'\1kind = "label"\nread_at = "{READ_AT}"\n', text)
    text = re.sub(r'(\[sources\.EMPOWHER\]\n)', r'\1kind = "secondary"\n', text)
    sources.write_text(text, encoding="utf-8")
    for snapshot in root.glob("*/compiled.json"):
        snapshot.unlink()
    return root


@pytest.fixture(scope="session")
def know_root(tmp_path_factory, content_root) -> Path:
    target = tmp_path_factory.mktemp("know") / "content"
    shutil.copytree(content_root, target)
    return write_know_content(target)


@pytest.fixture(scope="session")
def know_content(know_root):
    return load_content(know_root, "en")
