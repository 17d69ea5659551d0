"""Which sources the printout names, and in what words (no Qt).

The printout ends with one short block naming the main documents behind what it says (publisher,
title, date or "undated"); the full register is only in the app and in the HTML export. Neither ever
shows a source tag, the address of a copy (`Source.read_at`, or a `url` that is a copy), or the
register's own markers ("n/v" = date not visible, notes pointing to medical-facts.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from msgspec import Struct

from app.core.model import Source, Texts

MAX_MAIN_SOURCES = 6
# Most trusted first; "" = not yet classified (content written before Source.kind existed).
KIND_ORDER = {"label": 0, "regulator": 1, "professional-body": 2, "health-service": 3, "": 4}
_COPY_WORDS = r"copy|copies|mirror|reproduction|reproduced|syndicated|via|github|docslib|docplayer|jotform"
_COPY_NOTE = re.compile(rf"\s*\((?:[^()]*\b(?:{_COPY_WORDS})\b[^()]*)\)", re.IGNORECASE)
_COPY_TAIL = re.compile(rf",\s*(?:[^,]*\b(?:{_COPY_WORDS})\b[^,]*)$", re.IGNORECASE)
_NOT_VISIBLE = re.compile(r"\bn/v\b", re.IGNORECASE)
_INTERNAL = re.compile(r"medical-facts\.md|source register", re.IGNORECASE)


class SourceLine(Struct, frozen=True):
    publisher: str
    title: str
    date: str  # the date as the source gives it, or Texts.undated
    url: str = ""  # only in the full register, and only the original's own address

    def words(self) -> str:
        """ "Publisher. Title (date)." - one line of the short block ("Title." when the title holds the date)."""
        title = f" {self.title}" if self.title and self.title != self.publisher else ""
        return f"{self.publisher}.{title}" + (f" ({self.date})." if self.date else ".")


def tidy(text: str) -> str:
    """A title or publisher without notes about where a copy was read."""
    text = _COPY_NOTE.sub("", text)
    text = _COPY_TAIL.sub("", text)
    return " ".join(text.split()).strip(" ,;")


def printed_date(date: str, texts: Texts) -> str:
    date = " ".join(date.split())
    if not date or _NOT_VISIBLE.search(date) or _INTERNAL.search(date):
        return texts.undated
    for word in sorted(texts.date_words, key=len, reverse=True):  # "legacy label" before "legacy"
        date = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", texts.date_words[word], date)
    return " ".join(date.split())


def original_url(source: Source) -> str:
    """The original's address, or "" when the register holds only a copy's (or a note)."""
    url = source.url.strip()
    if not re.match(r"https?://\S+$", url) or _INTERNAL.search(url):
        return ""
    if source.read_at and url == source.read_at.strip():
        return ""
    if _COPY_NOTE.search(source.title) or _COPY_NOTE.search(source.publisher):
        return ""  # the register says this address is a copy
    return url


def line(source: Source, texts: Texts, with_url: bool = False) -> SourceLine:
    publisher, title = tidy(source.publisher) or tidy(source.title), tidy(source.title)
    said = source.date.strip() and f"({source.date.strip().lower()})" in title.lower()  # "Guide (legacy)", "legacy"
    date = "" if said else printed_date(source.date, texts)
    return SourceLine(publisher, title, date, original_url(source) if with_url else "")


def main_sources(
    tags: Iterable[str], sources: dict[str, Source], texts: Texts, limit: int = MAX_MAIN_SOURCES
) -> list[SourceLine]:
    """The documents cited most by what prints, trusted kinds first among equals; never "secondary" ones."""
    counts: Counter[tuple[str, str]] = Counter()
    kinds: dict[tuple[str, str], int] = {}
    first: dict[tuple[str, str], int] = {}
    lines: dict[tuple[str, str], SourceLine] = {}
    for position, tag in enumerate(tags):
        source = sources.get(tag)
        if source is None or source.kind == "secondary":
            continue
        entry = line(source, texts)
        key = (entry.publisher, entry.title)
        counts[key] += 1
        kinds[key] = min(kinds.get(key, 9), KIND_ORDER.get(source.kind, 4))
        first.setdefault(key, position)
        lines.setdefault(key, entry)
    ranked = sorted(counts, key=lambda key: (-counts[key], kinds[key], first[key]))
    return [lines[key] for key in ranked[:limit]]


def register(tags: Iterable[str], sources: dict[str, Source], texts: Texts) -> list[SourceLine]:
    """Every source cited by what prints, once each, in order of first use (the HTML export's register)."""
    out: list[SourceLine] = []
    seen: set[tuple[str, str]] = set()
    for tag in tags:
        source = sources.get(tag)
        if source is None:
            continue
        entry = line(source, texts, with_url=True)
        if (entry.publisher, entry.title) not in seen:
            seen.add((entry.publisher, entry.title))
            out.append(entry)
    return out
