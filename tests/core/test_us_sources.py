"""content-audit.md M10: US facts rest on the current US label (DailyMed) or the current iPLEDGE
materials (the FDA REMS page), never on a manufacturer's brand safety summary alone; no source prints
"(legacy)" twice."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app.core.brief_sources import line
from app.core.loader import load_content
from app.core.model import Content, Source

# A manufacturer's summary of its own label (a brand site's "Important Safety Information", a drug
# summary): it restates parts of the label, so it may back the label up but never stands in for it.
BRAND_SUMMARY = re.compile(r"Important Safety Information|drug summary", re.IGNORECASE)
# The current US documents: a label on DailyMed (prescribing information, Medication Guide) or the
# iPLEDGE REMS as the FDA publishes it today.
CURRENT_US = re.compile(r"^https://dailymed\.nlm\.nih\.gov/|^https://www\.accessdata\.fda\.gov/scripts/cder/rems/")


def is_brand_summary(source: Source) -> bool:
    return bool(BRAND_SUMMARY.search(source.title))


def is_current_us(source: Source) -> bool:
    return bool(CURRENT_US.search(source.url))


def cited(content: Content) -> Iterator[tuple[str, list[str], list[str]]]:
    """(where, source tags, regions) of every item that cites sources."""
    for area in content.areas:
        yield f"{area.id} (area)", area.sources, []
        for i, fact in enumerate(area.facts):
            yield f"{area.id} facts[{i}]: {fact.text[:60]}", fact.sources, fact.regions
        for item in [*area.questions, *area.doctor_questions]:
            yield f"{area.id} {item.id}", item.sources, []
    for quiz in content.quiz:
        yield f"quiz {quiz.id}", quiz.sources, []
    for key, crisis in content.meta.crisis.items():
        yield f"crisis.{key}", crisis.sources, []
    for entry in content.meta.glossary:
        yield f"glossary {entry.term}", entry.sources, []


@pytest.fixture(scope="module", params=["en", "es"])
def fresh_content(request, content_root) -> Content:
    return load_content(content_root, request.param, use_snapshot=False)


def test_the_register_has_brand_summaries_and_current_us_documents(fresh_content):
    """The rules below are not empty: both kinds of source are in the register."""
    sources = fresh_content.sources.values()
    assert any(is_brand_summary(s) for s in sources)
    assert sum(is_current_us(s) and s.kind in ("label", "regulator") for s in sources) >= 3


def test_no_item_rests_on_a_brand_safety_summary_without_the_current_us_label(fresh_content):
    sources = fresh_content.sources
    alone = [
        f"{where}: {tags}"
        for where, tags, _regions in cited(fresh_content)
        if any(is_brand_summary(sources[t]) for t in tags) and not any(is_current_us(sources[t]) for t in tags)
    ]
    assert alone == [], "cite the current DailyMed label or the FDA REMS page as well:\n" + "\n".join(alone)


def test_every_us_only_fact_cites_a_current_us_document_or_a_regulator(fresh_content):
    """A US rule or fact rests on the current label, the current iPLEDGE REMS, or a US regulator's page;
    not on a brand summary, a copy of an old iPLEDGE leaflet or a health page alone."""
    sources = fresh_content.sources
    weak = [
        f"{where}: {tags}"
        for where, tags, regions in cited(fresh_content)
        if regions == ["us"] and not any(is_current_us(sources[t]) or sources[t].kind == "regulator" for t in tags)
    ]
    assert weak == [], "\n".join(weak)


def test_no_source_prints_legacy_twice(fresh_content):
    texts = fresh_content.meta.texts
    printed = [line(s, texts).words() for s in fresh_content.sources.values()]
    assert [p for p in printed if p.lower().count("legacy") > 1] == []
