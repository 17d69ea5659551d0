"""Rendering: everything the person typed prints literally; the list has every part a clinic expects."""

from __future__ import annotations

import re

from app.core.question_list import QuestionList
from app.core.render import render_html, render_text

HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<a href="https://example.org/">click me</a>',
    "<script>alert(1)</script>",
    "&amp; &lt;b&gt;",
]


def make(content, **fields):
    qlist = QuestionList.from_answers(content, {"region": "uk", "alcohol_amount": "daily"})
    for key, value in fields.items():
        setattr(qlist, key, value)
    return qlist


def test_user_text_is_escaped_everywhere(content):
    qlist = make(content, name=HOSTILE[0], appointment=HOSTILE[1], notes="\n".join(HOSTILE))
    for text in HOSTILE:
        qlist.add_own(text)
    html = render_html(qlist, content)
    assert '<img src="file' not in html and "<a href" not in html and "<script" not in html
    assert html.count("&lt;img src=&quot;file:///etc/passwd&quot;&gt;") >= 3  # name, notes, own question
    assert "&amp;amp; &amp;lt;b&amp;gt;" in html
    # The only images the document may ever reference are the app's own res: names.
    assert all(src.startswith("res:") for src in re.findall(r'<img src="([^"]*)"', html))


def test_plain_text_keeps_markup_literally(content):
    qlist = make(content, notes=HOSTILE[0])
    assert HOSTILE[0] in render_text(qlist, content)


def test_control_characters_are_made_visible(content):
    qlist = make(content, notes="bell\x07 escape\x1b[31m nul\x00 end")
    html = render_html(qlist, content)
    text = render_text(qlist, content)
    for out in (html, text):
        assert "\x07" not in out and "\x1b" not in out and "\x00" not in out
        assert "\ufffd" in out


def test_blank_lines_when_name_and_appointment_empty(content):
    text = render_text(make(content), content)
    texts = content.meta.texts
    assert f"{texts.name_label}: ____" in text
    assert f"{texts.appointment_label}: ____" in text


def test_parts_of_the_printout(content):
    qlist = make(content, name="Sam", appointment="3 March, 10:00", notes="bring my list")
    qlist.add_own("Can I keep swimming?")
    qlist.add_own("Can I keep running?")
    last_general = max(i for i, item in enumerate(qlist.items) if not item.own and not item.question.personal)
    assert not qlist.items[last_general].included  # questions many people ask start unticked ...
    first_general = min(i for i, item in enumerate(qlist.items) if not item.own and not item.question.personal)
    qlist.set_included(first_general, True)  # ... and print when ticked
    qlist.set_important(last_general, True)  # (starring ticks it)
    text = render_text(qlist, content)
    texts = content.meta.texts
    for expected in (
        texts.list_title,
        "Sam",
        "3 March, 10:00",
        content.triage.words.my_questions,
        texts.own_questions_heading,
        "Can I keep swimming?",
        texts.notes_heading,
        "bring my list",
        content.triage.words.sources_line["uk"],
        content.meta.reviewed.isoformat(),
        texts.disclaimer,
        texts.why_label,
        texts.personal_heading,
        texts.general_heading,
        "[ ] 1.",
    ):
        assert expected in text, expected
    # The starred question prints first, even though it is the last general question.
    starred = qlist.items[last_general].question.text
    first_question_line = next(line for line in text.splitlines() if line.startswith("[ ] 1."))
    assert starred in first_question_line
    assert text.index(starred) < text.index(texts.own_questions_heading) < text.index(texts.personal_heading)


def test_an_own_question_can_be_most_important(content):
    qlist = make(content)
    qlist.add_own("Will it affect my exams?")
    assert qlist.set_important(len(qlist.items) - 1, True)
    text = render_text(qlist, content)
    first_question_line = next(line for line in text.splitlines() if line.startswith("[ ] 1."))
    assert "Will it affect my exams?" in first_question_line
    assert content.meta.texts.own_questions_heading not in text  # it is not printed twice


def test_unticked_questions_are_left_out(content):
    qlist = make(content)
    dropped = qlist.items[0].question.text
    qlist.set_included(0, False)
    assert dropped not in render_text(qlist, content)
    assert dropped not in render_html(qlist, content)


def test_crisis_contacts_printed_first(content):
    qlist = make(content)
    qlist.crisis = True
    text = render_text(qlist, content)
    crisis = content.meta.crisis["uk"]
    assert "116 123" in text and "999" in text
    assert text.index(crisis.lines[0]) < text.index("[ ] 1.")
