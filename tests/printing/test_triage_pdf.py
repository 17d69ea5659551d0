"""Page 1 of the real PDF (`python -m app export`, read back with pdftotext) for the people a
prescriber must not miss: what the top of page 1 says, and in which order (issue #21).

Each person answers every question (a "No", "None of these" or "Mostly good" where nothing else is
said) except where the test says otherwise, like a person who walked the whole wizard.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from app.core.model import NOT_SURE
from app.main import run
from tests.printing.personas import all_not_sure
from tests.printing.test_brief_pdf import page_texts, squash

NEGATIVE = ("no", "none", "good")
CHECK, SCREEN = "CHECK FIRST", "Screening (what the patient said)"
SUGGEST, NO_FLAGS = "The app suggests asking first", "No red flag in the answers given."


def no_everywhere(content, region: str, **overrides) -> dict:
    """Every question answered with its negative answer (a multi-select: "none"), then the overrides."""
    answers: dict = {}
    for _area, q in content.all_questions():
        values = [c.value for c in content.choices_of(q)]
        negative = next((v for v in NEGATIVE if v in values), None)
        if negative is not None:
            answers[q.id] = [negative] if q.multiple else negative
    answers.update({"region": region, "preg_can_become_pregnant": "no"})
    answers.update(overrides)
    return answers


CAN_BECOME_PREGNANT = {"preg_can_become_pregnant": "yes", "preg_status": "none", "preg_breastfeeding": "no"}


def could_become_pregnant(content, region: str, **overrides) -> dict:
    return no_everywhere(content, region, **{**CAN_BECOME_PREGNANT, **overrides})


def page_one(
    tmp_path: Path, name: str, answers: dict, paper: str = "letter", lang: str = "en", max_pages: int = 2
) -> str:
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps({"language": lang, "answers": answers}), encoding="utf-8")
    out = tmp_path / f"{name}.pdf"
    assert run(["export", "--answers", str(source), "--out", str(out), "--paper", paper]) == 0
    pages = page_texts(out)
    assert len(pages) <= max_pages, (name, len(pages))  # a typical printout: 2 pages at most
    assert "Scan with your phone" not in pages[0]  # the phone code is never on page 1
    return squash(pages[0])


def in_order(text: str, *words: str) -> None:
    positions = [text.find(word) for word in words]
    assert all(p >= 0 for p in positions), [w for w, p in zip(words, positions, strict=True) if p < 0]
    assert positions == sorted(positions), list(zip(words, positions, strict=True))


def test_pregnant_now(tmp_path, content):
    answers = could_become_pregnant(content, "us", preg_status="pregnant")
    first = page_one(tmp_path, "pregnant", answers)
    in_order(
        first,
        "Rules: US (iPLEDGE)",
        CHECK,
        "!! PREGNANT NOW: isotretinoin must not be started",
        SCREEN,
        "Pregnancy: could become pregnant: yes · now: PREGNANT",
        SUGGEST,
        "1. I am pregnant now. What can I use for my acne while I am pregnant or breastfeeding, and when could I start",
    )
    for logistics in (
        "Which 2 birth control",
        "pick up my prescription",
        "pregnancy tests be done",
        "miss a",
        "emergency contra",
    ):
        assert logistics not in first  # no contraception or pick-up logistics for a pregnant person
    assert "Could become pregnant: no birth control" not in first


def test_might_be_pregnant(tmp_path, content):
    answers = could_become_pregnant(content, "uk", preg_status="might_be", preg_birth_control=["iud"])
    first = page_one(tmp_path, "might-be", answers, "a4")
    in_order(
        first,
        "Rules: UK (Pregnancy Prevention Programme)",
        CHECK,
        "!! Might be pregnant: needs a pregnancy test first",
        SCREEN,
        "now: MIGHT BE PREGNANT",
        SUGGEST,
        "1. I might be pregnant. I need a pregnancy test first.",
    )


def test_trying_to_become_pregnant(tmp_path, content):
    answers = could_become_pregnant(content, "eu", preg_status="trying")
    first = page_one(tmp_path, "trying", answers, "a4")
    in_order(first, CHECK, "!! Trying or planning to become pregnant", SCREEN, "now: TRYING", SUGGEST, "1. I want to")
    assert "highly effective method" not in first  # no contraception logistics while trying


def test_breastfeeding_now(tmp_path, content):
    answers = could_become_pregnant(content, "us", preg_breastfeeding="now", preg_birth_control=["iud", "condoms"])
    answers["preg_one_method_only"] = "no"
    first = page_one(tmp_path, "breastfeeding", answers)
    in_order(first, CHECK, "!! Breastfeeding now", SCREEN, "breastfeeding: NOW", SUGGEST, "1. I am breastfeeding")
    assert "Which 2 birth control methods" not in first  # she already uses two


def test_self_harm_now(tmp_path, content):
    answers = no_everywhere(content, "us", mh_harm_thoughts_now="yes", mh_mood_now="very_low")
    first = page_one(tmp_path, "self-harm-now", answers)
    in_order(
        first,
        "If you have thoughts of harming yourself",  # the person's crisis box, as before
        CHECK,
        "!! Thoughts of self-harm NOW (crisis contacts given)",
        "!! Mood low most of the time",
        SCREEN,
        "Mood: self-harm thoughts now: YES · mood: LOW MOST OF THE TIME",
        SUGGEST,
        "1. I have thoughts of harming myself now. Can we talk about this first?",
        "2. My mood has been low lately.",
    )


def test_self_harm_not_sure(tmp_path, content):
    answers = no_everywhere(content, "uk", mh_harm_thoughts_now=NOT_SURE)
    first = page_one(tmp_path, "self-harm-unsure", answers, "a4")
    in_order(
        first,
        "If you are not sure whether you might harm yourself",
        CHECK,
        "!! Not sure about thoughts of self-harm now",
        SCREEN,
        "self-harm thoughts now: not sure",
        SUGGEST,
        '1. I was not sure how to answer this: "Do you have thoughts of harming yourself now?"',
    )


def test_tetracycline(tmp_path, content):
    answers = no_everywhere(content, "us", med_current=["tetracycline"], alcohol_amount="daily")
    first = page_one(tmp_path, "tetracycline", answers)
    in_order(
        first,
        CHECK,
        "!! Takes a TETRACYCLINE (e.g. doxycycline)",
        SCREEN,
        "Medicines: takes: TETRACYCLINE",
        SUGGEST,
        "1. I take a tetracycline antibiotic",  # before the alcohol question: the red flag leads
        "2. ",
    )
    assert first.index("alcohol most days") > first.index("1. I take a tetracycline") or "most days" in first


def test_st_johns_wort_with_the_combined_pill(tmp_path, content):
    answers = could_become_pregnant(content, "eu", preg_birth_control=["combined_pill"], preg_st_johns_wort="yes")
    answers["preg_one_method_only"] = "yes"
    first = page_one(tmp_path, "st-johns-wort", answers, "a4")
    in_order(
        first,
        "Rules: EU (Pregnancy Prevention Programme)",
        CHECK,
        "!! Could become pregnant: no highly effective method",
        "!! Takes St John's wort with hormonal birth control",
        SCREEN,
        "birth control: combined pill",
        "St John's wort: yes",
        SUGGEST,
        "1. ",
    )
    suggestions = first[first.index(SUGGEST) :]
    assert "I take St John's wort" in suggestions[:900]


def test_no_risks_and_no_everywhere(tmp_path, content):
    first = page_one(tmp_path, "no-risks", no_everywhere(content, "us"))
    in_order(first, CHECK, NO_FLAGS, SCREEN, "Mood: self-harm thoughts now: no · mood: mostly good")
    assert SUGGEST not in first  # nothing suggested from a "No" ...
    in_order(first, "More questions from my answers", "sexual side effects")  # ... it stays in the list
    assert "Not answered" not in first


def test_skipped_the_mood_page(tmp_path, content):
    answers = no_everywhere(content, "us")
    for _area, q in content.all_questions():
        if _area.id == "mental_health":
            answers.pop(q.id, None)
    first = page_one(tmp_path, "skipped-mood", answers)
    in_order(first, CHECK, NO_FLAGS, SCREEN, "Pregnancy: could become pregnant: no", "Mood: Not answered", "Liver")
    assert "self-harm thoughts now: no" not in first  # skipped is not printed like a "No"


def test_everything_not_sure(tmp_path, content):
    # Not typical: "not sure" of the region prints every region's crisis lines, and every topic asks (3 pages).
    first = page_one(tmp_path, "all-not-sure", all_not_sure(content), max_pages=3)
    in_order(
        first,
        "Rules: Region not known",
        CHECK,
        "!! Not sure about thoughts of self-harm now",
        SCREEN,
        "could become pregnant: not sure",
        "self-harm thoughts now: not sure",
        SUGGEST,
    )


@pytest.mark.parametrize("paper", ["letter", "a4"])
def test_spanish_person_can_have_the_clinician_part_in_english(tmp_path, content, paper):
    answers = no_everywhere(content, "us", mh_harm_thoughts_now="yes")
    source = tmp_path / "es.json"
    source.write_text(json.dumps({"language": "es", "answers": answers}), encoding="utf-8")
    out = tmp_path / "es.pdf"
    assert run(["export", "--answers", str(source), "--out", str(out), "--paper", paper, "--clinician-lang", "en"]) == 0
    first = squash(page_texts(out)[0])
    in_order(first, CHECK, "!! Thoughts of self-harm NOW", SCREEN, "Mood: self-harm thoughts now: YES", "1. Ahora")
    assert "Revisar primero" not in first


def test_page_one_screenshots_are_current(tmp_path, content):
    """docs/screenshots/printout-page1-*.png: page 1 for five of these people (pdftoppm), as the docs show."""
    folder = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    for name in ("pregnant", "self-harm-now", "tetracycline", "skipped-mood", "no-risks"):
        assert (folder / f"printout-page1-{name}.png").is_file(), name
    assert subprocess.run(["pdftoppm", "-v"], capture_output=True).returncode == 0


def test_typed_age_weight_and_medicines_print_in_the_header_and_summary(tmp_path, content):
    answers = no_everywhere(
        content, "us", about_age="17", about_weight="130", med_other="Sertraline <b>50 mg</b> & vitamin D"
    )
    first = page_one(tmp_path, "typed", answers)
    in_order(
        first, "Age: 17", "Weight: 130 lb", "Appointment", CHECK, "other medicines: Sertraline <b>50 mg</b> & vitamin D"
    )
    source = tmp_path / "typed.json"
    assert run(["export", "--answers", str(source), "--out", str(tmp_path / "typed.html")]) == 0
    html = (tmp_path / "typed.html").read_text(encoding="utf-8")
    assert "Sertraline &lt;b&gt;50 mg&lt;/b&gt; &amp; vitamin D" in html and "<b>50 mg</b>" not in html  # escaped
    uk = page_one(tmp_path, "typed-uk", {**answers, "region": "uk"}, "a4")
    assert "Weight: 130 kg" in uk


@pytest.mark.parametrize(
    "question, value, message",
    [("about_age", "1x", "must be a number"), ("med_other", "x" * 161, "at most 160 characters")],
)
def test_a_bad_typed_answer_is_one_line_naming_it(tmp_path, capsys, question, value, message):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps({"answers": {"region": "us", question: value}}), encoding="utf-8")
    assert run(["export", "--answers", str(source), "--out", str(tmp_path / "bad.txt")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and f"answers.{question}" in err and message in err and "Traceback" not in err
