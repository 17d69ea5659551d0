"""Find glossary terms (content/<lang>/meta.toml [[glossary]]) in patient-facing text. No Qt.

A term matches as a whole word, any case, with an optional plural ending ("retinoid" matches
"retinoids"). A term written as "inflammatory bowel disease (IBD)" also matches its two parts,
"inflammatory bowel disease" and "IBD".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.core.model import GlossaryEntry

_PARENS = re.compile(r"^(?P<main>.+?)\s*\((?P<short>[^()]+)\)\s*$")


def variants(term: str) -> list[str]:
    """The spellings a term is found by: the whole term, and for "long (SHORT)" both parts."""
    found = [term.strip()]
    match = _PARENS.match(term)
    if match:
        found += [match.group("main").strip(), match.group("short").strip()]
    return [v for v in found if v]


@lru_cache(maxsize=512)
def pattern(term: str) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(v) for v in sorted(variants(term), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:s|es)?(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=512)
def _folded_variants(term: str) -> tuple[str, ...]:
    return tuple(v.casefold() for v in variants(term))


def first_position(text: str, entry: GlossaryEntry, folded: str | None = None) -> int | None:
    """Where the entry first occurs in `text`, or None. `folded`: text.casefold(), if the caller has it."""
    folded = text.casefold() if folded is None else folded
    if not any(v in folded for v in _folded_variants(entry.term)):  # cheap test first: compiling is not
        return None
    match = pattern(entry.term).search(text)
    return match.start() if match else None


def terms_in(text: str, glossary: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """The glossary entries found in one text, in the order they first appear."""
    folded = text.casefold()
    hits = [
        (pos, i, entry) for i, entry in enumerate(glossary) if (pos := first_position(text, entry, folded)) is not None
    ]
    return [entry for _pos, _i, entry in sorted(hits, key=lambda hit: (hit[0], hit[1]))]


def terms_used(texts: Iterable[str], glossary: Iterable[GlossaryEntry]) -> list[GlossaryEntry]:
    """The glossary entries found in any of the texts, each once, in order of first use.

    One search of all the texts joined by line breaks (a term never spans one; \\n is not a word
    character, so no match starts or ends differently), not one per text and entry."""
    return terms_in("\n".join(texts), glossary)
