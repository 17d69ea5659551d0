"""The real PDF of the brief, made by `python -m app export` and read back with poppler and zbar:
page counts on Letter and A4, page 1 holds the person's own risks, no question splits across a page
break, no heading ends a page, every page has the crisis line, and the phone code decodes."""

from __future__ import annotations

import html as html_module
import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

from app.core.brief import compose
from app.core.loader import load_content
from app.core.rules import crisis_region
from app.core.session_file import from_file
from app.main import run
from app.printing.qr import phone_list
from tests.kiosk.cups_queues import in_ci  # (in CI a missing zbarimg fails this test)
from tests.printing.personas import TYPICAL, all_not_sure, every_risk

PAPERS = ("letter", "a4")
ZBARIMG = shutil.which("zbarimg")


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (poppler's pdftotext, which keeps the reading order)."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    return [
        unicodedata.normalize(
            "NFKC",
            subprocess.run(
                ["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True, text=True, check=True
            ).stdout,
        )
        for n in range(1, pages + 1)
    ]


def export(folder: Path, name: str, answers: dict, paper: str, *extra: str, content: Path | None = None) -> Path:
    source = folder / f"{name}.json"
    source.write_text(json.dumps({"answers": answers}), encoding="utf-8")
    out = folder / f"{name}-{paper}{'-'.join(('',) + extra).replace('--', '-')}.pdf"
    args = (["--content", str(content)] if content else []) + [
        "export",
        "--answers",
        str(source),
        "--out",
        str(out),
        "--paper",
        paper,
        *extra,
    ]
    assert run(args) == 0
    return out


@pytest.fixture(scope="module")
def people(content):
    return {**TYPICAL, "all-not-sure": all_not_sure(content), "every-risk": every_risk(content)}


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory, people) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("brief-pdfs")
    return {(name, paper): export(folder, name, answers, paper) for name, answers in people.items() for paper in PAPERS}


def brief_of(content, answers: dict):
    source = Path("answers.json")
    from app.core.answers import AnswersFile

    qlist = from_file(AnswersFile(answers=answers), content, source.name).session.edits
    return qlist, compose(qlist, content.meta.texts)


@pytest.mark.parametrize("paper", PAPERS)
@pytest.mark.parametrize("name", list(TYPICAL))
def test_typical_people_fit_on_two_pages(pdfs, name, paper):
    assert len(page_texts(pdfs[name, paper])) <= 2


@pytest.mark.parametrize("paper", PAPERS)
def test_every_answer_not_sure_fits_on_four_pages(pdfs, paper):
    assert len(page_texts(pdfs["all-not-sure", paper])) <= 4


@pytest.mark.parametrize("paper", PAPERS)
def test_the_most_questions_the_content_can_select_fit_on_four_pages(pdfs, paper):
    """Pregnant, breastfeeding, every risk "yes" (79 questions, 40 statements), the phone code included."""
    pages = page_texts(pdfs["every-risk", paper])
    assert len(pages) <= 4
    assert "Scan with your phone" in " ".join(pages)


def test_page_one_names_his_own_risks(tmp_path, know_root):
    """A man who drinks most days, had hepatitis and takes doxycycline (with `know` statements)."""
    for paper in PAPERS:
        first = squash(page_texts(export(tmp_path, "us-man", TYPICAL["us-man"], paper, content=know_root))[0])
        for word in ("CHECK FIRST", "TETRACYCLINE", "doxycycline", "alcohol: most days", "hepatitis", "Screening"):
            assert word in first, (paper, word)
        assert first.index("CHECK FIRST") < first.index("TETRACYCLINE") < first.index("Screening")


def test_page_one_of_the_shipped_content_holds_each_persons_top_questions(pdfs, content, people):
    for name in TYPICAL:
        _qlist, parts = brief_of(content, people[name])
        first = squash(page_texts(pdfs[name, "letter"])[0])
        assert parts.top + parts.suggested, name
        for entry in parts.top + parts.suggested:
            assert squash(f"{entry.number}. {entry.text}") in first, (name, entry.text)


def test_no_question_splits_across_pages(pdfs, content, people):
    for (name, paper), pdf in pdfs.items():
        pages = [squash(text) for text in page_texts(pdf)]
        _qlist, parts = brief_of(content, people[name])
        for entry in parts.entries():
            whole = squash(f"{entry.number}. {entry.text}")
            holding = [n for n, page in enumerate(pages) if whole in page]
            assert len(holding) == 1, (name, paper, whole, holding)


def test_no_heading_ends_a_page(pdfs, content):
    texts = content.meta.texts
    headings = {t.label for t in content.meta.topics} | {
        texts.important_heading,
        f"★ {texts.important_heading}",
        texts.know_heading,
        texts.own_questions_heading,
        texts.notes_heading,
        texts.personal_heading,
        texts.general_heading,
        texts.glossary_heading,
        texts.sources_heading,
        content.triage.words.screen_heading,
        f"★ {content.triage.words.suggest_heading}",
        f"★ {content.triage.words.my_questions}",
    }
    for (name, paper), pdf in pdfs.items():
        pages = page_texts(pdf)
        for number, text in enumerate(pages[:-1], start=1):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            body = [line for line in lines if not line.startswith("Page ") and "hurt yourself" not in line]
            assert body[-1] not in headings, (name, paper, number, body[-1])


def test_every_page_ends_with_the_crisis_line_and_its_number(pdfs, content):
    for (name, paper), pdf in pdfs.items():
        pages = page_texts(pdf)
        for number, text in enumerate(pages, start=1):
            tail = squash(text)[-250:]
            assert f"Page {number} of {len(pages)}" in tail, (name, paper, number)
            region = crisis_region(json.loads(pdf.with_name(f"{name}.json").read_text())["answers"])
            assert squash(content.meta.crisis[region].phone_line) in tail, (name, paper, number)


def test_the_last_lines_are_printed_too(pdfs, content):
    for (name, paper), pdf in pdfs.items():
        last = squash(page_texts(pdf)[-1])
        assert squash(content.meta.texts.disclaimer) in last, (name, paper)


@pytest.mark.skipif(ZBARIMG is None and not in_ci(), reason="zbarimg (zbar-tools) is not installed")
def test_the_phone_code_on_the_pdf_decodes_to_the_brief(pdfs, content, people, tmp_path):
    for name in ("us-man", "all-not-sure"):
        pdf = pdfs[name, "a4"]
        pages = page_texts(pdf)
        qr_page = next(n for n, text in enumerate(pages, start=1) if "Scan with your phone" in text)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", "-f", str(qr_page), "-l", str(qr_page), str(pdf), str(tmp_path / name)],
            check=True,
        )
        image = next(tmp_path.glob(f"{name}*.png"))
        found = subprocess.run([ZBARIMG, "-q", "--raw", str(image)], capture_output=True, text=True).stdout.strip()
        qlist, parts = brief_of(content, people[name])
        expected = phone_list(qlist, content)
        assert found == expected.payload
        body = unquote(found.split("&body=", 1)[1])
        lines = [line for line in body.split("\r\n") if line[:1].isdigit()]
        top = parts.top + parts.suggested
        assert [line.split(". ", 1)[1] for line in lines[: len(top)]] == [" ".join(e.text.split()) for e in top]
        crisis = content.meta.crisis[crisis_region(people[name])].phone_line
        assert body.removeprefix(crisis + "\r\n").startswith(content.triage.words.check_first)  # red flags lead


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="pdfimages (poppler-utils) is not installed")
def test_the_phone_code_is_stored_without_loss(pdfs):
    """Qt's PDF writer stores images as JPEG unless told otherwise: smudged module edges, 10x the bytes."""
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdfs["us-man", "letter"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 1  # the code (no logo in an export)
    assert listing[0].split()[8] != "jpeg", listing[0]


def test_room_for_answers_and_no_know_list(tmp_path, know_root):
    plain = squash(" ".join(page_texts(export(tmp_path, "man", TYPICAL["us-man"], "a4", content=know_root))))
    roomy_pdf = export(tmp_path, "man", TYPICAL["us-man"], "a4", "--doctor-lines", "--no-know", content=know_root)
    roomy = squash(" ".join(page_texts(roomy_pdf)))
    content = load_content(know_root, "en")
    _qlist, parts = brief_of(content, TYPICAL["us-man"])
    assert roomy.count("Doctor's answer") == len(parts.entries()) and "Doctor's answer" not in plain
    assert "Screening (what the patient said)" in plain and "Screening (what the patient said)" not in roomy
    assert "!! Takes a TETRACYCLINE" in roomy  # the red flags print whatever --no-know says
    assert len(page_texts(roomy_pdf)) <= 4


def test_html_and_text_exports_hold_the_same_items_in_the_same_order(tmp_path, content):
    source = tmp_path / "a.json"
    source.write_text(json.dumps({"answers": TYPICAL["us-teen"], "own_questions": ["Can I swim <b>today</b>?"]}))
    for fmt in ("html", "txt"):
        assert run(["export", "--answers", str(source), "--out", str(tmp_path / f"a.{fmt}")]) == 0
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8"/>' in html and 'lang="en"' in html
    assert "<title>My questions about isotretinoin</title>" in html
    found = re.findall(r"&#9744; (\d+\. .*?)(?:<br/>|</p>)", html)
    in_html = [html_module.unescape(re.sub(r"</?b>", "", item)) for item in found]
    in_text = re.findall(r"^\[ \] (\d+\. .*)$", text, re.MULTILINE)
    assert in_html == in_text and len(in_text) > 10
    assert "Can I swim <b>today</b>?" in " ".join(in_text)
