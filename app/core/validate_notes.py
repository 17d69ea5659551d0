"""Checks for a choice's `note` (app.core.model.Choice): sourced like a fact, region-exact wording, and no
`note_sources` without a note. Used by app.core.validate."""

from __future__ import annotations


def check_notes(checker, file: str, where: str, choices, conditions) -> None:
    """`checker`: app.core.validate's checker (its add, check_sources and check_region_words)."""
    for c in choices:
        at = f"{where}: choice '{c.value}'"
        if c.note.strip():
            checker.check_sources(file, f"{at} note_sources", c.note_sources)
            checker.check_region_words(file, at, [c.note], conditions)
        elif c.note_sources:
            checker.add(file, at, "note_sources without a note")
