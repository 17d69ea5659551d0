"""The content checker names the file and line/key of every mistake."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.loader import load_content
from app.core.validate import check_content

# dq_general_second_course's sources (the only ones in general.toml followed by a show_if)
SECOND_COURSE_SOURCES = 'sources = ["LABEL-PLR", "NHS-MAIN"]\nshow_if'


def problems_for(root: Path) -> list[str]:
    problems, _ = check_content(root)
    return [str(p) for p in problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_shipped_content_is_valid(content_root):
    assert problems_for(content_root) == []


def test_every_item_cites_a_known_source(content):
    for area in content.areas:
        for item in [*area.facts, *area.questions, *area.doctor_questions]:
            assert item.sources, f"{area.id}: {getattr(item, 'id', item.text)} has no source"
            for tag in item.sources:
                assert tag in content.sources


def test_unknown_question_in_condition(content_copy):
    edit(content_copy / "en/general.toml", 'question = "general_first_course"', 'question = "no_such_question"')
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "unknown or later question id 'no_such_question'" in p for p in found), found


def test_unknown_choice_value_in_condition(content_copy):
    edit(content_copy / "en/general.toml", 'values = ["yes"]', 'values = ["maybe"]')
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "has no choice 'maybe'" in p for p in found), found


def test_duplicate_id_reports_line(content_copy):
    path = content_copy / "en/general.toml"
    edit(path, 'id = "dq_general_after_hours"', 'id = "dq_general_tests"')
    found = problems_for(content_copy)
    line = [i for i, text in enumerate(path.read_text().splitlines(), 1) if 'id = "dq_general_tests"' in text][-1]
    assert any(
        p.startswith(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}:{line}")
        and "duplicate id 'dq_general_tests'" in p
        for p in found
    ), found


def test_question_without_sources(content_copy):
    edit(content_copy / "en/general.toml", SECOND_COURSE_SOURCES, "sources = []\nshow_if")
    found = problems_for(content_copy)
    assert any("general.toml:" in p and "no sources" in p for p in found), found


def test_unknown_source_tag(content_copy):
    edit(content_copy / "en/general.toml", SECOND_COURSE_SOURCES, 'sources = ["MADE-UP"]\nshow_if')
    assert any("unknown source tag 'MADE-UP'" in p for p in problems_for(content_copy))


def test_syntax_error_names_line(content_copy):
    path = content_copy / "en/general.toml"
    lines = path.read_text().splitlines()
    lines[9] = "this is = = not toml"
    path.write_text("\n".join(lines))
    found = problems_for(content_copy)
    assert any(p.endswith("general.toml") is False and "general.toml:10: TOML syntax error" in p for p in found), found


def test_unknown_key_is_an_error(content_copy):
    edit(content_copy / "en/general.toml", "priority = 2\n", "priorty = 2\n")
    found = problems_for(content_copy)
    assert any("general.toml:area.doctor_questions[0]: " in p and "unknown field `priorty`" in p for p in found), found


def test_wrong_type(content_copy):
    edit(content_copy / "en/general.toml", "priority = 2\n", 'priority = "high"\n')
    expected = "general.toml:area.doctor_questions[0].priority: Expected `int`"
    assert any(expected in p for p in problems_for(content_copy))


@pytest.mark.parametrize("blob", [b"\xff\xfe\x00garbage", b"\x00\x01\x02", b""])
def test_unreadable_or_binary_file(content_copy, blob):
    (content_copy / "en/broken.toml").write_bytes(blob)
    found = problems_for(content_copy)
    assert any("broken.toml:" in p for p in found), found


def test_unreadable_file(content_copy):
    # A folder where a file should be cannot be read, even by root (chmod 0 would not stop root).
    (content_copy / "en/unreadable.toml").mkdir()
    found = problems_for(content_copy)
    assert any("unreadable.toml:1: cannot read file" in p for p in found), found


def test_choice_without_not_sure(content_copy):
    edit(content_copy / "en/region.toml", '  { value = "not_sure", label = "I\'m not sure" },\n', "")
    assert any("region.toml" in p and "must include 'not_sure'" in p for p in problems_for(content_copy))


def test_missing_language_id_is_reported(content_copy):
    import shutil

    shutil.copytree(content_copy / "en", content_copy / "xx")
    edit(content_copy / "xx/meta.toml", 'language = "en"', 'language = "xx"')
    (content_copy / "xx/general.toml").unlink()
    found = problems_for(content_copy)
    assert any("xx/meta.toml:ids: missing doctor:dq_general_tests" in p for p in found), found


# --- Editorial policy (app.core.content_policy): primary sources, weak hosts, region-exact text ---


def test_shipped_register_has_no_weak_host_and_no_internal_marker(content_root):
    from app.core.content_policy import weak_host
    from app.core.decode import load_sources

    sources = load_sources(content_root)
    weak = {tag: s.url for tag, s in sources.items() if weak_host(s.url)}
    assert weak == {}
    text = (content_root / "sources.toml").read_text(encoding="utf-8")
    assert "n/v" not in text and "medical-facts.md" not in text and "search-index" not in text.split("read_at")[0]


@pytest.mark.parametrize(
    "url, what",
    [
        ("https://uat.mimsdev.com/hongkong/drug/info/x", "a staging or demo host"),
        ("https://www.droracle.ai/articles/1", "an AI-answer site"),
        ("http://165.227.112.78/threads/poll.45324/page-8", "a forum or a bare IP address"),
        ("https://www.goodrx.com/accutane/interactions", "a coupon or commercial site"),
        ("https://pdfprof.com/PDFV2/Documents1/105213/40/2", "a PDF mirror"),
        ("https://x.blogspot.com/2022/10/copy.html", "a blog copy"),
        ("https://www.scribd.com/document/1/checklist", "a document-sharing copy"),
    ],
)
def test_weak_host_in_a_source_url_fails(content_copy, url, what):
    edit(content_copy / "sources.toml", 'url = "https://www.nhs.uk/medicines/isotretinoin-capsules/"', f'url = "{url}"')
    found = problems_for(content_copy)
    assert any("sources.toml:" in p and "(sources.NHS-MAIN)" in p and what in p for p in found), found


def test_a_copy_address_may_sit_in_read_at(content_copy):
    edit(
        content_copy / "sources.toml",
        'url = "https://www.nhs.uk/medicines/isotretinoin-capsules/"',
        'url = "https://www.nhs.uk/medicines/isotretinoin-capsules/"\nread_at = "https://x.blogspot.com/copy"',
    )
    assert not any("(sources.NHS-MAIN)" in p for p in problems_for(content_copy))


def test_source_without_kind_or_with_n_v_date(content_copy):
    path = content_copy / "sources.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("[sources.NHS-MAIN]")
    block = text[start : text.index("\n\n", start)]
    path.write_text(
        text.replace(block, block.replace('kind = "health-service"\n', "").replace('kind = "health-service"', "")),
        encoding="utf-8",
    )
    assert any("sources.toml" in p and "kind" in p for p in problems_for(content_copy))
    path.write_text(text.replace(block, block.replace('date = ""', 'date = "n/v"')), encoding="utf-8")
    assert any("(sources.NHS-MAIN)" in p and "'n/v'" in p for p in problems_for(content_copy))


def test_item_resting_only_on_secondary_sources(content_copy):
    edit(content_copy / "en/general.toml", SECOND_COURSE_SOURCES, 'sources = ["E-SATHI", "EMPOWHER"]\nshow_if')
    found = problems_for(content_copy)
    assert any(
        "en/general.toml:" in p and "(area.doctor_questions[4])" in p and "all sources are secondary" in p
        for p in found
    ), found


def test_region_rule_shown_to_another_region(content_copy):
    path = content_copy / "en/pregnancy.toml"
    edit(path, 'sources = ["LABEL-PLR", "FDA-REMS"]\nregions = ["us"]\n', 'sources = ["LABEL-PLR", "FDA-REMS"]\n')
    found = problems_for(content_copy)
    assert any(
        "en/pregnancy.toml:" in p and "names us rules but is shown to region eu, other, uk" in p for p in found
    ), found


def test_region_doctor_question_without_its_region_condition(content_copy):
    breastfeeding = '  { any_of = { question = "preg_breastfeeding", values = ["now", "planned"] } },'
    uk_eu = '\n  { any_of = { question = "region", values = ["uk", "eu"] } },'
    edit(content_copy / "en/pregnancy.toml", breastfeeding + uk_eu, breastfeeding)
    found = problems_for(content_copy)
    assert any(
        "en/pregnancy.toml:" in p and "names eu/uk rules but is shown to region other, us" in p for p in found
    ), found


def test_quiz_item_naming_the_us_needs_a_us_condition(content_copy):
    us_only = '  { equals = { question = "region", value = "us" } },\n'
    edit(content_copy / "en/quiz.toml", us_only + "  { any = [", "  { any = [")
    found = problems_for(content_copy)
    assert any("en/quiz.toml:" in p and "(quiz[" in p and "names us rules" in p for p in found), found


def test_screening_question_without_short(content_copy):
    edit(content_copy / "en/practical.toml", 'short = "contact lenses"\n', "")
    found = problems_for(content_copy)
    assert any("en/practical.toml:" in p and "short:" in p for p in found), found


def test_visibility_is_three_valued_and_follows_hidden_questions():
    from app.core.content_policy import Visibility
    from app.core.model import AnyOf, Condition, Equals

    region_us = Condition(equals=Equals("region", "us"))
    asked_in_us_only = {"q_us": [region_us]}
    visibility = Visibility(asked_in_us_only)
    leaf = Condition(equals=Equals("q_us", "yes"))
    assert visibility.regions_seeing([leaf]) == {"us"}  # q_us cannot be answered elsewhere
    assert visibility.regions_seeing([Condition(not_=leaf)]) == {"us", "uk", "eu", "other"}
    other = Condition(any_of=AnyOf("other_q", ["a"]))
    assert visibility.regions_seeing([Condition(all=[other, Condition(not_=region_us)])]) == {"uk", "eu", "other"}
    assert visibility.regions_seeing([None], fact_regions=["uk", "eu"]) == {"uk", "eu"}


def test_region_words_in_english_and_spanish():
    from app.core.content_policy import regions_named

    assert regions_named(["In the US, the label says 8 days."]) == {"us"}
    assert regions_named(["En EE. UU., iPLEDGE"]) == {"us"}
    assert regions_named(["the Pregnancy Prevention Programme"]) == {"uk", "eu"}
    assert regions_named(["En el Reino Unido y la UE"]) == {"uk", "eu"}
    assert regions_named(["Tell us where you will get it.", "Use the numbers on this page."]) == set()


def test_frequency_badge_without_a_label_source(content_copy):
    """content-audit.md M5: a badge ("Rare") only where a label's frequency table gives it."""
    path = content_copy / "en/blood_fats.toml"
    edit(
        path,
        'sources = ["LABEL-PLR", "SMPC-GB"]\nkey = true\nfrequency = "common"',
        'sources = ["NHS-SE"]\nkey = true\nfrequency = "common"',
    )
    found = problems_for(content_copy)
    assert any(
        "en/blood_fats.toml:" in p
        and "(area.facts[" in p
        and "frequency 'common': a badge needs a source of kind 'label'" in p
        for p in found
    ), found


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_shipped_badge_cites_a_label(content_root, lang):
    content = load_content(content_root, lang)
    unlabelled = [
        fact.text
        for area in content.areas
        for fact in area.facts
        if fact.frequency and not any(content.sources[t].kind == "label" for t in fact.sources)
    ]
    assert unlabelled == []


# --- Crisis contacts: every country line on a primary page of its own (clinical audit M8) ---


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_crisis_line_with_a_number_rests_on_its_own_primary_source(content_root, lang):
    import re

    from app.core.loader import load_content
    from app.core.model import PRIMARY_SOURCE_KINDS

    content = load_content(content_root, lang, use_snapshot=False)
    for key, info in content.meta.crisis.items():
        assert len(info.line_sources) == len(info.lines), f"{lang} crisis.{key}: one source list per line"
        for line, tags in zip(info.lines, info.line_sources, strict=True):
            if re.search(r"\d", line):
                kinds = {content.sources[t].kind for t in tags}
                assert kinds & set(PRIMARY_SOURCE_KINDS), f"{lang} crisis.{key}: {line!r} rests on {tags}"


def test_crisis_line_on_a_secondary_source_only_fails_even_when_the_block_has_primary_ones(content_copy):
    edit(content_copy / "en/meta.toml", '["ES-024-MS", "ES-024"],', '["ES-024"],')
    found = problems_for(content_copy)
    assert any("en/meta.toml:" in p and "crisis.eu.lines[1]" in p and "primary page" in p for p in found), found


def test_crisis_block_needs_one_source_list_per_line(content_copy):
    edit(content_copy / "es/meta.toml", '  ["KHP-TEXT"],\n', "")
    found = problems_for(content_copy)
    assert any("es/meta.toml:" in p and "crisis.other.line_sources" in p for p in found), found


def test_spanish_text_has_no_thousands_dot_and_no_gendered_unsure(content_root):
    """Spanish review M8 ("10.000" reads as 10 to many US readers) and M2 ("si no está seguro")."""
    import re

    for path in sorted((content_root / "es").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"(?<![\d.])\d{1,3}\.\d{3}(?![\d.])", text), path.name
        assert "no está seguro" not in text and "no está segura" not in text, path.name
