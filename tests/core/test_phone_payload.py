"""The phone code's text: mailto: form, fitting rules, counts, and that every code decodes to exactly it."""

from __future__ import annotations

import io
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import segno
from PIL import Image
from pyzbar import pyzbar

from app.core import phone_payload
from app.core.brief import compose
from app.core.model import NOT_SURE, REGIONS
from app.core.phone_payload import MAX_PAYLOAD_BYTES, MAX_VERSION, PayloadTooLongError, fit
from app.core.question_list import QuestionList
from app.core.rules import SelectedQuestion


def question(
    i: int, priority: int = 2, text: str | None = None, why: str = "Because it matters.", personal: bool = True
) -> SelectedQuestion:
    text = text or f"Question number {i}: what should I ask about this, and why is it on my list?"
    return SelectedQuestion(
        f"q{i}", text, why, "general", priority, ("NHS-MAIN",), personal=personal, suggestable=personal
    )


def make_list(questions, starred=(), own=()) -> QuestionList:
    from app.core.question_list import ListItem

    qlist = QuestionList(items=[ListItem(q, rank=n) for n, q in enumerate(questions)])
    for text in own:
        qlist.add_own(text)
    for index in starred:
        assert qlist.set_important(index, True)
    return qlist


def kept_lines(body: str) -> list[str]:
    """The numbered questions and the "know" statements in a body, in order."""
    return [
        line.split(". ", 1)[1] if line[:1].isdigit() else line[2:]
        for line in body.split("\r\n")
        if (line[:1].isdigit() and ". " in line) or line.startswith("- ")
    ]


def decode_parts(payload: str) -> tuple[str, str]:
    """What a phone's mail app gets: (subject, body)."""
    parts = urlsplit(payload)
    assert parts.scheme == "mailto" and parts.path == ""  # no recipient: the person adds their own
    fields = parse_qs(parts.query, keep_blank_values=True)
    return fields["subject"][0], fields["body"][0]


def numbered(body: str) -> list[str]:
    return [line.split(". ", 1)[1] for line in body.split("\r\n") if line[:1].isdigit() and ". " in line]


def symbol(payload: str) -> segno.QRCode:
    return segno.make(payload, **phone_payload.SEGNO_OPTIONS)


def decode_png(qr: segno.QRCode, scale: int = 3) -> list[bytes]:
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=scale, border=4)
    buffer.seek(0)
    return [r.data for r in pyzbar.decode(Image.open(buffer).convert("L"))]


def assert_readable(payload: str) -> segno.QRCode:
    """Within the version/level bound, and a real decoder reads back exactly the payload."""
    qr = symbol(payload)
    assert qr.version <= MAX_VERSION and qr.error in ("M", "Q", "H"), qr.designator
    assert not qr.is_micro
    assert decode_png(qr) == [payload.encode("ascii")]
    return qr


def test_short_list_fits_whole_with_why_lines(content):
    qlist = make_list(
        [question(1, 1, "Is it safe?", "Short."), question(2, 2, "And then?", "Also short.")], own=["My own one?"]
    )
    phone = fit(qlist, content.meta.texts)
    assert (phone.held, phone.total, phone.whys) == (3, 3, 2)
    subject, body = decode_parts(phone.payload)
    assert subject == content.meta.texts.list_title
    assert body == phone.body
    assert body.split("\r\n") == [
        "1. Is it safe?",
        f"({content.meta.texts.why_label}: Short.)",
        "2. And then?",
        f"({content.meta.texts.why_label}: Also short.)",
        "3. My own one?",
        content.meta.texts.phone_note,
    ]
    assert_readable(phone.payload)


def test_payload_is_ascii_and_percent_encoded_per_rfc6068(content):
    qlist = make_list([question(1, text="Can I drink café au lait & eat crème brûlée? 100% sure=yes+no")])
    phone = fit(qlist, content.meta.texts)
    phone.payload.encode("ascii")  # no character-set guessing by the phone's scanner
    assert " " not in phone.payload and "%0D%0A" in phone.payload
    assert "+" not in phone.payload.split("?", 1)[1]  # '+' would read as a space in some decoders
    assert unquote(phone.payload.split("&body=", 1)[1]) == phone.body
    assert numbered(phone.body) == ["Can I drink café au lait & eat crème brûlée? 100% sure=yes+no"]
    assert_readable(phone.payload)


def test_why_lines_go_before_any_question(content):
    questions = [question(i) for i in range(2)]
    whole = fit(make_list(questions), content.meta.texts, budget=10_000)
    assert whole.whys == 2
    budget = whole.size - 5  # the full form does not fit; the questions alone do
    phone = fit(make_list(questions), content.meta.texts, budget=budget)
    assert phone.held == 2 and phone.whys < 2 and phone.size <= budget
    assert phone.whys == 1 and "Because" in phone.body.split("\r\n")[1]  # the first question keeps its why


def test_lowest_priority_goes_first_and_top3_are_kept(content):
    questions = [question(i, priority=(1, 2, 3)[i % 3], text=f"Question {i}: and this?") for i in range(30)]
    starred = (29, 28, 26)  # three priority-3/2 questions the person marked most important
    phone = fit(make_list(questions, starred=starred), content.meta.texts)
    assert phone.size <= MAX_PAYLOAD_BYTES and phone.total == 30 and 3 <= phone.held < 30
    assert phone.whys == 0
    held = numbered(phone.body)
    assert held[:3] == [questions[i].text for i in sorted(starred)]  # top 3 first, in list order
    rest = [next(q for q in questions if q.text == t) for t in held[3:]]
    dropped = [q for i, q in enumerate(questions) if q.text not in held]
    assert rest and dropped
    assert max(q.priority for q in rest) <= min(q.priority for q in dropped)  # priority 1 first, then 2, then 3
    assert content.meta.texts.phone_more.replace("{count}", str(30 - phone.held)) in phone.body
    assert phone.body.endswith(content.meta.texts.phone_note)
    assert_readable(phone.payload)


def test_top3_go_last_and_only_when_nothing_else_is_left(content):
    long_text = "Could you tell me more about this part of the treatment and what it means for me? " * 4
    questions = [question(i, 1, f"{i} {long_text}") for i in range(5)]
    phone = fit(make_list(questions, starred=(3, 4)), content.meta.texts)
    assert numbered(phone.body)[0].startswith("3 ")
    assert phone.held <= 2


def test_the_code_holds_the_brief_in_print_order(content):
    general = [question(1, 3, "Low one?", "", personal=False), question(2, 1, "High one?", "", personal=False)]
    qlist = make_list([*general, question(3, 2, "From my answers?", "")], own=["Mine?"])
    qlist.know = ["I drink alcohol most days"]
    body = fit(qlist, content.meta.texts).body
    # The app's top pick (from the answers), the "know" list, own questions, then the general ones.
    assert kept_lines(body) == ["From my answers?", "I drink alcohol most days", "Mine?", "Low one?", "High one?"]
    assert f"{content.meta.texts.know_heading}:" in body.split("\r\n")
    assert "I drink alcohol most days" not in fit(qlist, content.meta.texts, know=False).body


def test_know_statements_go_after_every_other_question_but_before_the_top_3(content):
    questions = [question(i, 1, f"Question {i}: and what about this part of it?") for i in range(12)]
    qlist = make_list(questions, starred=(0,))
    qlist.know = [f"Statement number {i} about me" for i in range(3)]
    phone = fit(qlist, content.meta.texts)
    lines = kept_lines(phone.body)
    assert phone.held < phone.total  # not everything fits ...
    assert lines[0] == questions[0].text and lines[1:4] == qlist.know  # ... the top 3 and the statements do
    assert_readable(phone.payload)


def test_unticked_questions_are_not_counted(content):
    qlist = make_list([question(1, text="Kept?"), question(2, text="Unticked?")])
    qlist.set_included(1, False)
    phone = fit(qlist, content.meta.texts)
    assert (phone.held, phone.total) == (1, 1) and "Unticked" not in phone.body


def test_a_question_is_never_cut(content):
    huge = "Why " + "really " * 300 + "?"  # an own question of about 2,000 characters
    phone = fit(make_list([question(1, 1, "Short?")], own=[huge]), content.meta.texts)
    assert numbered(phone.body) == ["Short?"] and (phone.held, phone.total) == (1, 2)


def test_crisis_line_is_never_dropped(content):
    questions = [question(i) for i in range(20)]
    line = content.meta.crisis["us"].phone_line
    phone = fit(make_list(questions), content.meta.texts, crisis_line=line)
    assert phone.body.split("\r\n")[0] == line
    assert phone.held >= 1 and phone.size <= MAX_PAYLOAD_BYTES


def test_too_long_fixed_words_raise(content):
    with pytest.raises(PayloadTooLongError):
        fit(make_list([question(1)]), content.meta.texts, budget=40)


def test_budget_is_the_capacity_of_the_largest_allowed_version():
    """The budget is exactly what version MAX_VERSION holds at level M in byte mode, never more."""
    assert (MAX_VERSION, MAX_PAYLOAD_BYTES) == (27, 1125)
    assert symbol("a" * MAX_PAYLOAD_BYTES).designator == f"{MAX_VERSION}-M"
    assert symbol("a" * (MAX_PAYLOAD_BYTES + 1)).version > MAX_VERSION


def longest_answers(content, region: str) -> dict:
    """Answers that select as many questions as possible: "not sure" everywhere, every box ticked."""
    answers: dict = {"region": region}
    for _area, q in content.all_questions():
        if q.id == "region":
            continue
        values = [c.value for c in content.choices_of(q)]
        answers[q.id] = tuple(v for v in values if v not in (NOT_SURE, "none")) if q.multiple else NOT_SURE
    return answers


@pytest.mark.parametrize("region", [*REGIONS, NOT_SURE])
def test_max_length_list_for_every_region_decodes(content, region):
    qlist = QuestionList.from_answers(content, longest_answers(content, region))
    assert len(qlist.items) > 30
    for index in (len(qlist.items) - 1, len(qlist.items) - 2, 0):  # the person stars three questions
        qlist.set_important(index, True)
    qlist.add_own("Is there anything else I should know before I start, given my own health? " * 3)
    crisis = content.meta.crisis.get(region, content.meta.crisis["eu"])
    for crisis_line in ("", crisis.phone_line):
        phone = fit(qlist, content.meta.texts, crisis_line)
        assert phone.size <= MAX_PAYLOAD_BYTES
        assert phone.total == len(compose(qlist, content.meta.texts).entries()) and phone.held >= 1
        stars = [q.text for q in qlist.important_items()]
        assert numbered(phone.body)[: min(3, phone.held)] == stars[: phone.held]
        assert_readable(phone.payload)


@pytest.mark.parametrize("region", [*REGIONS, NOT_SURE])
def test_every_list_length_gives_a_readable_code(content, region):
    """Grow the list one question at a time: every length fits the budget, keeps a prefix of the
    ranking, and a code of each shape (whole list; each number of questions held) decodes."""
    full = QuestionList.from_answers(content, longest_answers(content, region))
    shapes: set = set()
    for n in range(0, len(full.items) + 1):
        qlist = QuestionList(items=full.items[:n])
        if not any(item.included for item in qlist.items):  # (questions many people ask start unticked)
            qlist.add_own("Only my own question?")
        phone = fit(qlist, content.meta.texts)
        entries = len(compose(qlist, content.meta.texts).entries())
        assert phone.size <= MAX_PAYLOAD_BYTES and 1 <= phone.held <= phone.total == entries
        ordered = phone_payload.ordered_questions(qlist, content.meta.texts)
        ranked = [q.text for q in sorted(ordered, key=lambda q: q.rank)]
        kept = kept_lines(phone.body)
        assert sorted(kept) == sorted(ranked[: len(kept)])  # the best-ranked ones
        shape = (phone.held, phone.held == phone.total, phone.whys)
        if shape not in shapes:
            shapes.add(shape)
            assert_readable(phone.payload)
    assert len(shapes) > 3


def test_the_phone_words_come_from_content(content):
    texts = content.meta.texts
    for value in (texts.phone_more, texts.phone_note, texts.list_title):
        assert value.strip()
    assert "{count}" in texts.phone_more
    for region in REGIONS:
        assert content.meta.crisis[region].phone_line.strip()
