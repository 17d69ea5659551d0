"""How a page shows its facts: the 3-5 key ones first, the rest behind "More about …", each with a
small "Common" / "Rare but serious" badge where the content says how often, "as of" dates for
program rules, a "UK and EU rules" label for a person not sure of their region, and the page's
sources (publisher, title, date) behind a "Sources" toggle instead of tags after every bullet.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.core.brief_sources import printed_date
from app.core.model import NOT_SURE, Area, Content, Fact
from app.ui.parts.glossary import GlossaryLabel
from app.ui.parts.widgets import wrapping_label

translate = QCoreApplication.translate  # lupdate takes the context from the first argument
KEY_MAX = 5  # at most this many key facts before "More about …"
KEY_FALLBACK = 3  # an area with no fact marked `key` shows its first facts that apply


def split_key(area: Area, applicable: list[Fact]) -> tuple[list[Fact], list[Fact]]:
    """(shown first, behind "More about …") among the facts that apply to this person."""
    if any(f.key for f in area.facts):
        first = [f for f in applicable if f.key][:KEY_MAX]
    else:
        first = applicable[:KEY_FALLBACK]
    chosen = {id(f) for f in first}
    return first, [f for f in applicable if id(f) not in chosen]


def badge_text(fact: Fact) -> str:
    """ "Common", "Rare but serious" … ("" = no badge)."""
    t = {
        ("common", False): translate("Facts", "Common"),
        ("common", True): translate("Facts", "Common and serious"),
        ("uncommon", False): translate("Facts", "Uncommon"),
        ("uncommon", True): translate("Facts", "Uncommon but serious"),
        ("rare", False): translate("Facts", "Rare"),
        ("rare", True): translate("Facts", "Rare but serious"),
        ("", True): translate("Facts", "Serious"),
    }
    return t.get((fact.frequency, bool(fact.serious)), "")


def region_label(regions: Iterable[str]) -> str:
    """ "US rules", "UK and EU rules" … for a person who is not sure where they will be treated."""
    names = {"us": translate("Facts", "US"), "uk": translate("Facts", "UK"), "eu": translate("Facts", "EU")}
    parts = [names[r] for r in ("us", "uk", "eu") if r in set(regions)]
    if "other" in set(regions):  # "Other countries' rules", "US and other countries' rules"
        if not parts:
            return translate("Facts", "Other countries' rules")
        return translate("Facts", "%1 and other countries' rules").replace("%1", ", ".join(parts))
    if not parts:
        return ""
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + translate("Facts", " and ") + parts[-1]
    return translate("Facts", "%1 rules").replace("%1", joined)


def as_of_text(as_of: str) -> str:
    """ "as of Aug 2026" from "2026-08" or "2026-08-08" ("" if there is no date)."""
    parts = as_of.split("-")
    if len(parts) < 2 or not all(p.isdigit() for p in parts):
        return ""
    date = QDate(int(parts[0]), int(parts[1]), 1)
    if not date.isValid():
        return ""
    return translate("Facts", "as of %1").replace("%1", QLocale().toString(date, "MMM yyyy"))


def source_line(content: Content, tag: str) -> str:
    """ "NHS: Isotretinoin capsules (Roaccutane), 2024" — the original document, never a copy's address."""
    source = content.sources.get(tag)
    if source is None:
        return tag
    texts = content.meta.texts
    said = f"({source.date.strip().lower()})" in source.title.lower()  # "Guide (legacy)" dated "legacy"
    date = printed_date(source.date, texts) if source.date.lower() not in ("n/a", "undated") and not said else ""
    date = "" if date == texts.undated else date
    return f"{source.publisher}: {source.title}" + (f", {date}" if date else "")


def sources_of(content: Content, tags: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for tag in tags:
        line = source_line(content, tag)
        if line not in seen:
            seen.append(line)
    return seen


class FactRow(QWidget):
    """One fact: "• text" (with glossary words and an "as of" date) and its badge on the right."""

    def __init__(self, fact: Fact, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.fact = fact
        self.setObjectName("fact-row")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        when = as_of_text(fact.as_of)
        self.region = region_label(fact.regions)
        suffix = f"&nbsp; <small>({html.escape(when)})</small>" if when else ""
        bullet = QLabel("•")
        bullet.setObjectName("bullet")
        bullet.setAccessibleName("")
        row.addWidget(bullet, 0, Qt.AlignmentFlag.AlignTop)
        self.label = GlossaryLabel(fact.text, "fact", suffix=suffix)
        row.addWidget(self.label, 1)
        self.badge: QLabel | None = None
        text = badge_text(fact)
        if text:
            self.badge = QLabel(text)
            self.badge.setObjectName("badge")
            self.badge.setProperty("serious", bool(fact.serious))
            row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.sources = sources_of(content, fact.sources)
        self.when = when
        self.show_region(False)

    def show_region(self, shown: bool) -> None:
        """Label the fact with its region's name (for a person not sure of their region)."""
        label = self.label
        region = html.escape(self.region) if shown and self.region else ""
        label.prefix = f"<b>{region}:</b> " if region else ""
        label.set_entries(label.entries)
        spoken = [
            f"{self.region}:" if region else "",
            self.fact.text,
            self.when,
            self.badge.text() if self.badge is not None else "",
        ]
        name = " ".join(s for s in spoken if s)
        if name != label.accessibleName():
            label.setAccessibleName(name)

    def description(self) -> str:
        return translate("Facts", "Sources: %1").replace("%1", "; ".join(self.sources))


def facts_card(object_name: str = "facts-card") -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName(object_name)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 7, 16, 5)
    layout.setSpacing(5)
    return card, layout


def sources_panel(lines: list[str]) -> QLabel:
    text = "\n".join(f"•  {line}" for line in lines)
    label = wrapping_label(text, "sources-list")
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it with Tab, like "Why we ask"
    # The list itself is what is said (Orca 43 never says a label's description): the text is the name
    label.setAccessibleDescription(translate("Facts", "Sources for this page"))
    return label


def region_unsure(answers: dict) -> bool:
    return answers.get("region") in (None, NOT_SURE)
