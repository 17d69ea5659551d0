"""A copy of the shipped content with `know` statements, `short` names and source kinds added, for the
brief's tests (the shipped content gets its own from the content editors; these tests must not wait).
The fixtures are in tests/core/conftest.py and tests/printing/conftest.py."""

from __future__ import annotations

import re
from pathlib import Path

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
LIVER_CHOICES = (
    'choices = [ { value = "yes", label = "Yes", know = "I have had liver disease or hepatitis" }, '
    '{ value = "no", label = "No" }, { value = "not_sure", label = "I\'m not sure" } ]'
)
READ_AT = "https://mirror.example.org/copy-of-the-label"


def _add_know(text: str, fragment: str, statement: str) -> str:
    """Give the inline choice table that starts with `fragment` this `know` statement (or replace its own)."""
    start = text.index(fragment)
    end = text.index("}", start)
    table = re.sub(r',\s*know\s*=\s*"[^"]*"', "", text[start:end]).rstrip()
    return f'{text[:start]}{table}, know = "{statement}" {text[end:]}'


def _add_short(text: str, question_id: str, short: str) -> str:
    start = text.index(f'id = "{question_id}"')
    following = text.find("[[", start)
    block_end = len(text) if following == -1 else following
    block = re.sub(r'\nshort\s*=\s*"[^"]*"', "", text[start:block_end])
    line_end = block.index("\n")
    return f'{text[:start]}{block[:line_end]}\nshort = "{short}"{block[line_end:]}{text[block_end:]}'


def _liver_yes_know(text: str) -> str:
    start = text.index('id = "liver_history"')
    following = text.find("[[", start)
    block_end = len(text) if following == -1 else following
    block = text[start:block_end]
    if 'choices = "yes_no_not_sure"' in block:
        block = block.replace('choices = "yes_no_not_sure"', LIVER_CHOICES)
    else:  # explicit choices already: give "yes" the statement
        yes = block.index('{ value = "yes"')
        block = block[:yes] + _add_know(block[yes:], '{ value = "yes"', "I have had liver disease or hepatitis")
    return text[:start] + block + text[block_end:]


def _source_fields(text: str, tag: str, **fields: str) -> str:
    """Set these fields of one [sources.TAG] table (replacing what the register has)."""
    start = text.index(f"[sources.{tag}]\n")
    following = text.find("\n[", start + 1)
    end = len(text) if following == -1 else following
    table = text[start:end]
    for name in fields:
        table = re.sub(rf"\n{name}\s*=[^\n]*", "", table)
    header_end = table.index("\n") + 1
    added = "".join(f'{name} = "{value}"\n' for name, value in fields.items())
    return text[:start] + table[:header_end] + added + table[header_end:] + text[end:]


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
            text = _liver_yes_know(text)
        path.write_text(text, encoding="utf-8")
    sources = root / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    text = _source_fields(text, "LABEL-PLR", kind="label", read_at=READ_AT)
    text = _source_fields(text, "EMPOWHER", kind="secondary")
    sources.write_text(text, encoding="utf-8")
    for snapshot in root.glob("*/compiled.json"):
        snapshot.unlink()
    return root
