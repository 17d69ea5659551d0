"""Region-exact content and crisis contacts, checked on the list the real export writes.

Each test writes an answers file and runs `export` the way the command line does
(app.main.run: the same parser, commands and renderer), then reads the .txt or .html that was
written. The assertions are about what the person is told, not about layout.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from app.core.model import NOT_SURE
from app.main import run

MULTI_EXCLUDED = {"none", NOT_SURE}  # a "rich" profile picks every real answer of a multi-select


def export(tmp_path: Path, answers: dict, fmt: str = "txt", lang: str = "en") -> str:
    """The exported list's text (HTML is unescaped and stripped of tags)."""
    source = tmp_path / "answers.json"
    source.write_text(json.dumps({"language": lang, "answers": answers}), encoding="utf-8")
    out = tmp_path / f"list.{fmt}"
    assert run(["export", "--answers", str(source), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    if fmt == "html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return " ".join(text.split())


def told(text: str, content) -> str:
    """What the list tells the person: everything before the list of source documents (whose
    titles may name a program, e.g. the iPLEDGE consent form cited for a neutral question)."""
    ends = [content.meta.texts.sources_heading, *content.triage.words.sources_line.values()]
    found = [text.index(end) for end in ends if end in text]
    assert found, "no sources block"
    return text[: min(found)]


def rich_answers(content, region: str | None, **overrides) -> dict:
    """Every screening question answered "yes" (or its first real choice; every real choice of a
    multi-select), so as many doctor questions as possible print."""
    answers: dict = {}
    for _area, q in content.all_questions():
        values = [c.value for c in content.choices_of(q)]
        if q.id == "region":
            continue
        if q.kind != "choice":  # a typed answer (age, weight, other medicines)
            answers[q.id] = "42" if q.kind == "number" else "ibuprofen"
            continue
        if q.multiple:
            answers[q.id] = [v for v in values if v not in MULTI_EXCLUDED]
        else:
            answers[q.id] = "yes" if "yes" in values else values[0]
    if region is not None:
        answers["region"] = region
    answers.update(overrides)
    return answers


# --- Crisis contacts -------------------------------------------------------------------------


def test_eu_person_with_thoughts_of_self_harm_gets_112(tmp_path, content):
    text = told(export(tmp_path, {"region": "eu", "mh_harm_thoughts_now": "yes"}), content)
    assert "112" in text
    assert "911" not in text and "988" not in text  # the EU block, not the US one


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_unknown_region_gets_every_regions_numbers(tmp_path, content, fmt):
    text = told(export(tmp_path, {"mh_harm_thoughts_now": "yes"}, fmt), content)
    for number in ("911", "988", "999", "116 123", "112"):
        assert number in text, number


def test_region_not_sure_gets_every_regions_numbers(tmp_path, content):
    text = told(export(tmp_path, {"region": "not_sure", "mh_harm_thoughts_now": "yes"}), content)
    for number in ("911", "988", "999", "116 123", "112", "000"):
        assert number in text, number


def test_other_country_gets_canada_and_australia_numbers(tmp_path, content):
    text = told(export(tmp_path, {"region": "other", "mh_harm_thoughts_now": "yes"}), content)
    for number in ("000", "13 11 14", "988", "911"):
        assert number in text, number


@pytest.mark.parametrize("region, numbers", [("us", ("911", "988")), ("uk", ("999", "116 123", "85258"))])
def test_not_sure_about_self_harm_also_prints_the_contacts(tmp_path, content, region, numbers):
    text = told(export(tmp_path, {"region": region, "mh_harm_thoughts_now": "not_sure"}), content)
    for number in numbers:
        assert number in text, number


def test_no_crisis_answer_prints_no_crisis_numbers_of_another_region(tmp_path, content):
    text = told(export(tmp_path, rich_answers(content, "uk", mh_harm_thoughts_now="yes")), content)
    assert "911" not in text and "988" not in text and "iPLEDGE" not in text


# --- Region-exact pregnancy rules ---------------------------------------------------------------


@pytest.mark.parametrize("region", ["uk", "eu", "other"])
@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_breastfeeding_outside_the_us_never_sees_8_days(tmp_path, content, region, fmt):
    answers = rich_answers(content, region, preg_can_become_pregnant="yes", preg_breastfeeding="now")
    text = told(export(tmp_path, answers, fmt), content)
    assert "breastfeed" in text  # the breastfeeding question did print ...
    assert "8 days" not in text  # ... without the US label's day count


def test_us_breastfeeding_person_gets_the_8_day_rule(tmp_path, content):
    text = told(
        export(tmp_path, {"region": "us", "preg_can_become_pregnant": "yes", "preg_breastfeeding": "now"}), content
    )
    assert "8 days" in text


def test_breastfeeding_is_asked_only_of_people_who_could_become_pregnant(tmp_path):
    # Issue #13: after "no" the question is hidden, so an answer left from before selects nothing.
    text = export(tmp_path, {"region": "uk", "preg_can_become_pregnant": "no", "preg_breastfeeding": "now"})
    assert "I am breastfeeding or plan to" not in text
    text = export(tmp_path, {"region": "uk", "preg_can_become_pregnant": "not_sure", "preg_breastfeeding": "now"})
    assert "I am breastfeeding or plan to" in text


@pytest.mark.parametrize("region", ["us", "uk", "eu", "other", "not_sure"])
def test_abstinent_person_never_gets_a_two_methods_question(tmp_path, content, region):
    answers = {
        "region": region,
        "preg_can_become_pregnant": "yes",
        "preg_birth_control": ["abstinence"],
        "preg_one_method_only": "yes",
    }  # hidden after "I do not have sex": must select nothing
    text = told(export(tmp_path, answers), content)
    assert "I do not have sex" in text or "no sex during treatment" in text
    for phrase in ("2 birth control methods", "two methods", "second method", "one birth control method"):
        assert phrase not in text, phrase


def test_us_person_with_one_method_gets_the_strong_kind_rule(tmp_path):
    answers = {
        "region": "us",
        "preg_can_become_pregnant": "yes",
        "preg_birth_control": ["condoms"],
        "preg_one_method_only": "yes",
    }
    text = export(tmp_path, answers)
    assert "second method" in text and "strong kind" in text and "7 days" in text


def test_uk_person_with_the_shot_is_asked_about_condoms(tmp_path):
    answers = {"region": "uk", "preg_can_become_pregnant": "yes", "preg_birth_control": ["injection"]}
    text = export(tmp_path, answers)
    assert "Do I also need condoms?" in text and "on time" in text


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_other_country_gets_no_us_or_uk_eu_rule(tmp_path, content, fmt):
    answers = rich_answers(
        content, "other", preg_birth_control=["condoms"], preg_one_method_only="not_sure", preg_status="none"
    )
    text = told(export(tmp_path, answers, fmt), content)
    assert "rules apply where I will be treated" in text  # the neutral variant, not a region's rule
    for phrase in ("iPLEDGE", "Pregnancy Prevention Programme", "In the US", "In the UK", "8 days", "FDA", "MHRA"):
        assert phrase not in text, phrase


def test_spanish_export_follows_the_region_rules(tmp_path, content):
    text = export(
        tmp_path, rich_answers(content, "uk", preg_breastfeeding="now", mh_harm_thoughts_now="yes"), lang="es"
    )
    assert "8 días" not in text and "116 123" in text


# --- Nothing internal prints ------------------------------------------------------------------

INTERNAL = [
    (re.compile(r"medical-facts\.md|content-corrections\.md"), "a working file's name"),
    (re.compile(r"\bn/v\b"), "'n/v' (not visible)"),
    (re.compile(r"\bsee [\w./-]+\.(md|toml|py)\b|source register|search-index", re.I), "a 'see ...' pointer"),
]
BARE_TAG = re.compile(r"\[[A-Z0-9]+(?:-[A-Za-z0-9]+)+\]|\[(?:SAM|MAYO|FAA|PDR|HRA|MEDLINE|DERMNET|SHEFF)\]")


def printed_profiles(content):
    for region in ("us", "uk", "eu", "other", "not_sure", None):
        yield region, rich_answers(content, region, mh_harm_thoughts_now="yes")
        yield region, rich_answers(content, region, preg_birth_control=["abstinence"], mh_harm_thoughts_now="not_sure")


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_no_internal_marker_prints(tmp_path, content, fmt):
    for region, answers in printed_profiles(content):
        text = export(tmp_path, answers, fmt)
        for pattern, what in INTERNAL:
            match = pattern.search(text)
            where = text[max(0, match.start() - 60) : match.end() + 20] if match else ""
            assert match is None, f"region {region}: {what} printed: ...{where}"


def test_no_bare_source_tag_prints_in_the_plain_text(tmp_path, content):
    text = export(tmp_path, rich_answers(content, "us", mh_harm_thoughts_now="yes"))
    assert BARE_TAG.search(text) is None, BARE_TAG.search(text).group()


def test_the_printed_sources_name_no_copy_address(tmp_path, content):
    """A source's read_at (where a copy was read) never prints; its url (the original) may."""
    copies = {s.read_at.split()[0] for s in content.sources.values() if s.read_at.startswith("http")}
    assert copies, "the register should record some copies"
    for _region, answers in printed_profiles(content):
        text = export(tmp_path, answers)
        leaked = [c for c in copies if c in text and not any(c == s.url for s in content.sources.values())]
        assert leaked == []
