"""What Orca really says: the desktop app on Xvfb with the AT-SPI stack and Orca (tests/ui/orca_stack.py),
driven by key presses like a blind person would, checked against Orca's own log of its utterances.

    pytest -m orca tests/ui/test_orca.py        # about a minute and a half; needs what .ci/run installs

The tests share one Orca session and run in file order: each goes on from where the one before left
the wizard (welcome → step 2 → step 3 → mood → … → the list → a fourth star → Save as PDF), as one walk would.
"""

from __future__ import annotations

import re

import pytest

from app.core.loader import load_content
from app.paths import content_dir
from tests.ui.orca_stack import joined, orca_session

pytestmark = [pytest.mark.realdisplay, pytest.mark.orca, pytest.mark.xdist_group("display")]

CONTENT = load_content(content_dir(), "en")
AREAS = {area.title: area for area in CONTENT.areas}
WINDOW_TITLE = "Isotretinoin Risk Checklist"


def opening(title: str) -> str:
    """The first sentence of a page's intro, as Orca would say it (whitespace squashed)."""
    intro = " ".join(AREAS[title].intro.split())
    return re.split(r"(?<=[.!?])\s", intro)[0]


@pytest.fixture(scope="module")
def orca(tmp_path_factory):
    with orca_session(tmp_path_factory.mktemp("orca"), "--lang", "en") as session:
        yield session


def test_a_glossary_meaning_is_spoken_when_space_opens_it(orca):
    said = joined(orca.press("Tab"))  # the welcome text, a Tab stop because it has glossary words
    assert "This checklist helps you" in said, said
    said = joined(orca.press("space"))
    meanings = [entry.explain for entry in CONTENT.meta.glossary]
    assert "notification" in said and any(" ".join(m.split())[:30] in said for m in meanings), said
    orca.press("Escape")  # closes the card (and nothing else)


def test_the_welcome_page_is_read_on_arrival_and_a_region_can_be_chosen(orca):
    said = orca.tab_until("United States")
    assert "radio button" in joined(said)
    said = joined(orca.press("space"))
    assert re.search(r"(?<!not )selected", said), said


def test_next_speaks_the_title_the_step_and_the_opening_sentence(orca):
    said = joined(orca.press("Return"))
    assert "What to expect" in said, said
    assert "Step 2 of 14" in said, said
    assert opening("What to expect") in said, said


def test_flat_review_reads_the_page_after_next(orca):
    said = joined(orca.press("Return"))
    assert "Step 3 of 14" in said and "Pregnancy and birth control" in said, said
    # Orca's flat review (KP 8 current line, KP 9 next line): the page's text, not only the header and buttons
    review = joined(orca.press("KP_Up", *["KP_Page_Up"] * 6, quiet=1.5))
    assert opening("Pregnancy and birth control") in review, review


def test_an_answer_is_spoken_with_its_question_and_state(orca):
    said = joined(orca.tab_until("— Could you become pregnant?"))
    assert "radio button" in said, said
    said = joined(orca.press("space"))
    assert re.search(r"(?<!not )selected", said), said


def test_the_crisis_box_is_read_as_soon_as_it_appears(orca):
    said = ""
    for _ in range(3):  # Next until the mood page (one more page if the answer above opened one)
        said = joined(orca.press("Return"))
        if "Mood and mental health" in said:
            break
    assert "Mood and mental health" in said and re.search(r"Step \d+ of \d+", said), said
    said = joined(orca.tab_until("More about mood and mental health"))
    assert "check box" not in said and "collapsed" in said, said  # an expandable section
    said = joined(orca.press("space"))
    assert "expanded" in said, said
    orca.tab_until("Yes — Do you have thoughts of harming yourself now?")
    said = joined(orca.press("space", quiet=2))
    assert "988" in said, said  # the US crisis line, read out at once
    assert "I have read this" in said, said
    said = joined(orca.press("Return"))  # "I have read this": back to the answer
    assert "Do you have thoughts of harming yourself now?" in said, said


def test_a_tick_on_the_list_speaks_only_that_row(orca):
    said = ""
    for _ in range(16):  # Next through the remaining pages to the list
        said = joined(orca.press("Return"))
        if "Your questions" in said:
            break
        if "Check what I understood" in said:  # the optional quiz: skip it (arrow keys in a radio group)
            orca.tab_until("Check what I understood (optional)")
            assert "Skip this check" in joined(orca.press("Down"))
    assert "Your questions for your doctor" in said and re.search(r"Step (\d+) of \1", said), said
    for _ in range(40):  # down past the red flags and the unanswered topics to the first tickable question
        if "checked" in joined(orca.press("Down")):
            break
    said = orca.press("space")
    text = joined(said)
    assert said and not said[0].startswith(WINDOW_TITLE), text
    assert "not checked" in text, text
    assert len(text.split()) < 40, text  # the row and its new state, not the whole window
    text = joined(orca.press("space"))
    assert "checked" in text and "not checked" not in text and len(text.split()) < 40, text


def test_the_limit_of_3_most_important_is_spoken_when_hit(orca):
    said = ""
    for _ in range(6):  # star the list's last question (End) until one is too many: 3 may be marked
        orca.press("End")
        said = joined(orca.press("alt+i", quiet=1.5))  # "Most important" (focus goes to that button)
        if "up to 3" in said:
            break
        orca.tab_until("Your questions", key="shift+Tab", limit=15)  # back to the list
    assert "Problem: You can mark up to 3 questions as most important." in said, said


def test_save_as_pdf_is_announced(orca, tmp_path):
    target = tmp_path / "my-list.pdf"
    said = joined(orca.press("alt+s", quiet=2))
    assert "File name" in said or "Save" in said, said
    orca.press("ctrl+a")
    orca.type_text(str(target))
    said = joined(orca.press("Return", quiet=2.5))
    assert "Saved" in said, said
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
