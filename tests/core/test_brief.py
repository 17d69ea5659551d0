"""The doctor brief: page 1's order and parts, the compact rest, sources, and one order in every output."""

from __future__ import annotations

import html as html_module
import re

from app.core import brief as brief_model
from app.core.loader import load_content
from app.core.model import NOT_SURE
from app.core.question_list import QuestionList
from app.core.render import RenderOptions, make_brief, render_html, render_text
from tests.brief_content import READ_AT

MAN = {
    "region": "us",
    "preg_can_become_pregnant": "no",
    "alcohol_amount": "daily",
    "liver_history": "yes",
    "med_current": ("tetracycline",),
    "mh_harm_thoughts_now": "no",
}


def every_answer_not_sure(content, region=NOT_SURE) -> dict:
    answers = {q.id: (NOT_SURE,) if q.multiple else NOT_SURE for _a, q in content.all_questions() if q.kind == "choice"}
    answers["region"] = region
    return answers


def numbered_lines_text(text: str) -> list[str]:
    return [m.group(1) for m in re.finditer(r"^\[ \] (\d+\. .*)$", text, re.MULTILINE)]


def numbered_lines_html(html: str) -> list[str]:
    found = re.findall(r'<p class="q[^"]*">(?:<a name="keep"></a>)?&#9744; (\d+\. .*?)(?:<br/>|</p>)', html)
    return [html_module.unescape(re.sub(r"</?b>", "", item)) for item in found]


def test_page_one_order_for_a_man_who_drinks_and_takes_doxycycline(know_content):
    qlist = QuestionList.from_answers(know_content, MAN)
    qlist.name, qlist.notes = "Sam", "Bring my pill box."
    qlist.add_own("Can I keep playing rugby?")
    text = render_text(qlist, know_content)
    t, w = know_content.meta.texts, know_content.triage.words
    order = [
        t.name_label,
        w.age_label,
        t.appointment_label,
        f"{w.rules_label}: {w.rules['us']}",
        w.check_first.upper(),
        "!! Takes a TETRACYCLINE",
        "!! Liver disease",
        w.screen_heading,
        "Liver, alcohol: liver disease: yes · alcohol: most days",
        "Medicines: takes: TETRACYCLINE",
        w.suggest_heading,
        "[ ] 1. I take a tetracycline antibiotic",
        "[ ] 2. I have had liver",
        t.own_questions_heading,
        "Can I keep playing rugby?",
        t.notes_heading,
        "Bring my pill box.",
        t.personal_heading,
        w.sources_line["us"],
    ]
    positions = [text.index(word) for word in order]
    assert positions == sorted(positions), list(zip(order, positions, strict=True))
    # The app's suggestions (none starred): the red flags' questions first, then alcohol; headed as the app's.
    parts = make_brief(qlist, know_content).parts
    assert parts.top == () and len(parts.suggested) == 3 and parts.top_auto
    joined = " ".join(e.text for e in parts.suggested)
    assert "tetracycline" in joined and "alcohol" in joined and "liver" in joined
    assert w.suggest_note in text and t.important_heading not in text
    assert t.general_heading not in text  # questions many people ask: unticked, not printed


def test_starred_questions_replace_the_apps_pick(know_content):
    qlist = QuestionList.from_answers(know_content, MAN)
    general = next(i for i, item in enumerate(qlist.items) if not item.question.personal)
    assert qlist.set_important(general, True)
    parts = make_brief(qlist, know_content).parts
    assert [e.text for e in parts.top] == [qlist.items[general].question.text] and not parts.top_auto
    assert parts.suggested == ()
    text = render_text(qlist, know_content)
    assert know_content.triage.words.suggest_heading not in text and know_content.triage.words.my_questions in text


def test_nobody_gets_an_app_pick_without_personal_questions(know_content):
    qlist = QuestionList.from_answers(know_content, {"region": "uk"})
    parts = make_brief(qlist, know_content).parts
    assert parts.top == () and parts.suggested == () and parts.personal == ()
    assert know_content.triage.words.suggest_heading not in render_text(qlist, know_content)


def test_know_lists_only_visible_answers_in_content_order(know_content):
    answers = {**MAN, "preg_birth_control": ("condoms",)}  # hidden: he cannot become pregnant
    qlist = QuestionList.from_answers(know_content, answers)
    assert qlist.know == [
        "I have had liver disease or hepatitis",
        "I drink alcohol most days",
        "I take a tetracycline antibiotic (doxycycline)",
    ]
    pregnant = QuestionList.from_answers(know_content, {**answers, "preg_can_become_pregnant": "yes"})
    assert "I use condoms" in pregnant.know
    assert pregnant.know.index("I use condoms") < pregnant.know.index("I drink alcohol most days")


def test_not_sure_answers_show_in_the_screening_summary_and_one_line_per_topic(know_content):
    answers = {**MAN, "liver_history": NOT_SURE, "alcohol_amount": NOT_SURE, "mh_history": NOT_SURE}
    qlist = QuestionList.from_answers(know_content, answers)
    parts = make_brief(qlist, know_content).parts
    t = know_content.meta.texts
    screen = dict(parts.screen)
    assert screen["Liver, alcohol"].startswith("liver disease: not sure · alcohol: not sure")
    assert "past mental illness: not sure" in screen["Mood"]
    assert parts.know == ()  # the summary stands in for "What I want my doctor to know"
    liver = [e for run in parts.personal if run.topic == "liver" for e in run.entries if e.kind == brief_model.UNSURE]
    assert len(liver) == 1 and "liver problems in the past, how much alcohol I drink" in liver[0].text
    assert t.unsure_ask in liver[0].text
    assert not any(e.kind == brief_model.UNSURE for e in parts.suggested)  # "not sure": not the app's pick ...


def test_every_answer_not_sure_flags_self_harm_and_merges_each_topic(know_content):
    qlist = QuestionList.from_answers(know_content, every_answer_not_sure(know_content))
    parts = make_brief(qlist, know_content).parts
    assert parts.flags[0].startswith("Not sure about thoughts of self-harm")
    # ... unless a red flag names it: "not sure" about self-harm is the app's first suggestion.
    assert "harming yourself now" in parts.suggested[0].text
    assert all(said != know_content.triage.words.not_answered for _topic, said in parts.screen)
    for topic in {run.topic for run in parts.personal}:
        merged = [e for run in parts.personal if run.topic == topic for e in run.entries if e.kind == "unsure"]
        assert len(merged) == 1, topic


def test_personal_questions_come_before_general_ones_and_general_are_short(know_content):
    qlist = QuestionList.from_answers(know_content, MAN)
    assert make_brief(qlist, know_content).parts.general == ()  # unticked until the person ticks them
    for i, item in enumerate(qlist.items):
        if not item.question.personal:
            qlist.set_included(i, True)
    parts = make_brief(qlist, know_content).parts
    assert parts.personal and parts.general
    last_personal = parts.personal[-1].entries[-1].number
    assert all(e.number > last_personal for run in parts.general for e in run.entries)
    assert all(e.why == "" for run in parts.general for e in run.entries)  # general: one line each
    assert all(e.why for run in parts.personal for e in run.entries if e.kind == "question")
    assert all(e.why for e in parts.suggested)
    for runs in (parts.personal, parts.general):
        assert all(a.topic != b.topic for a, b in zip(runs, runs[1:], strict=False))  # runs: one label each


def test_options_know_off_and_room_for_answers(know_content):
    qlist = QuestionList.from_answers(know_content, MAN)
    t = know_content.meta.texts
    plain = render_text(qlist, know_content)
    assert plain.count(t.notes_line_label) == 3 and t.doctor_answer_label not in plain  # the top 3 only
    off = render_text(qlist, know_content, RenderOptions(know=False))
    w = know_content.triage.words
    assert w.screen_heading not in off and "alcohol: most days" not in off and w.screen_heading in plain
    assert "!! Takes a TETRACYCLINE" in off  # the red flags print whatever the "know" choice says
    roomy = render_text(qlist, know_content, RenderOptions(doctor_lines=True))
    assert roomy.count(t.doctor_answer_label) == len(numbered_lines_text(roomy))
    roomy_html = render_html(qlist, know_content, RenderOptions(doctor_lines=True))
    assert roomy_html.count("<hr/>") == 2 * len(numbered_lines_html(roomy_html))


def test_text_and_html_hold_the_same_items_in_the_same_order(know_content):
    for answers in (MAN, every_answer_not_sure(know_content, "uk"), {"region": "eu"}):
        qlist = QuestionList.from_answers(know_content, answers)
        qlist.add_own("My <own> question & more?")
        text, html = render_text(qlist, know_content), render_html(qlist, know_content)
        browser = render_html(qlist, know_content, RenderOptions(for_qt=False, full_register=True))
        assert numbered_lines_text(text) == numbered_lines_html(html) == numbered_lines_html(browser)
        assert len(numbered_lines_text(text)) == len(brief_model.compose(qlist, know_content.meta.texts).entries())
        know = make_brief(qlist, know_content).parts.know
        html_know = [
            html_module.unescape(k)
            for k in re.findall(r'<p class="know">(?:<a name="keep"></a>)?&bull;&nbsp; (.*?)</p>', html)
        ]
        assert [line for line in html_know if line in know] == list(know)


def test_browser_html_is_a_complete_document(know_content):
    qlist = QuestionList.from_answers(know_content, MAN)
    html = render_html(qlist, know_content, RenderOptions(for_qt=False, full_register=True))
    assert html.startswith('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/>')
    assert f"<title>{know_content.meta.texts.list_title}</title>" in html and html.endswith("</body></html>")
    assert '<a name="' not in html and "{page}" not in html  # the printing marks are for Qt only


def test_sources_one_line_on_paper_and_the_full_register_in_the_html_export(know_content):
    qlist = QuestionList.from_answers(know_content, every_answer_not_sure(know_content, "us"))
    brief = make_brief(qlist, know_content)
    text = render_text(qlist, know_content)
    lines = know_content.triage.words.sources_line
    assert lines["us"] in text and know_content.meta.texts.sources_heading not in text  # paper: one region line
    assert lines["uk"] not in text and "MHRA" not in lines["us"]
    printed = render_html(qlist, know_content)
    assert lines["us"] in printed and "https://" not in printed and not brief.register
    full = render_html(qlist, know_content, RenderOptions(for_qt=False, full_register=True))
    register = full.split(know_content.meta.texts.sources_heading)[1]
    assert "https://www.nhs.uk/" in register  # the register has the originals' addresses ...
    for bad in (READ_AT, "n/v", "medical-facts", "docslib.org", "[LABEL-PLR]"):  # ... never a copy's or a tag
        assert bad not in register, bad
    full_brief = make_brief(qlist, know_content, RenderOptions(full_register=True))
    assert len(full_brief.register) > len(full_brief.sources) > 0


def test_crisis_box_words_follow_the_answer_and_the_footer_is_always_there(know_content):
    t, crisis = know_content.meta.texts, know_content.meta.crisis
    calm = render_text(QuestionList.from_answers(know_content, {"region": "uk"}), know_content)
    assert t.crisis_heading not in calm and calm.rstrip().endswith(crisis["uk"].phone_line)
    urgent = render_text(
        QuestionList.from_answers(know_content, {"region": "uk", "mh_harm_thoughts_now": "yes"}), know_content
    )
    assert urgent.index(t.crisis_heading) < urgent.index("[ ] 1.")
    assert all(line in urgent for line in crisis["uk"].lines)
    gentle = render_text(
        QuestionList.from_answers(know_content, {"region": NOT_SURE, "mh_harm_thoughts_now": NOT_SURE}), know_content
    )
    assert t.crisis_gentle_heading in gentle and t.crisis_heading not in gentle
    for number in ("988", "116 123", "112", "000"):  # not sure of the region: every region's numbers
        assert number in gentle.split("[ ] 1.")[0]


def test_printed_sources_speak_the_persons_language_and_never_say_legacy_twice(content_root):
    """Spanish review M6: dates and qualifiers in Spanish, and a note that the sources are in English."""
    from app.core import brief_sources
    from app.core.model import Source

    es = load_content(content_root, "es")
    en = load_content(content_root, "en")
    dated = Source(
        title="Drug Safety Update", publisher="MHRA", url="https://www.gov.uk/x", date="31 Oct 2023", kind="regulator"
    )
    assert brief_sources.line(dated, es.meta.texts).words() == "MHRA. Drug Safety Update (31 oct. 2023)."
    assert brief_sources.line(dated, en.meta.texts).words() == "MHRA. Drug Safety Update (31 Oct 2023)."
    old = Source(
        title="Medication Guide (legacy)", publisher="FDA", url="https://www.fda.gov/x", date="legacy", kind="label"
    )
    assert brief_sources.line(old, en.meta.texts).words() == "FDA. Medication Guide (legacy)."
    label = Source(title="Label", publisher="FDA", url="https://www.fda.gov/x", date="legacy label", kind="label")
    assert "legacy" not in brief_sources.line(label, es.meta.texts).words()
    assert "inglés" in es.meta.texts.sources_full_note and "inglés" in es.meta.texts.sources_language_note


def test_spanish_printout_dates_spell_the_month(content_root):
    """Spanish review m1: "Fecha: 2026-12-07" reads as a different day in the US and in Spain."""
    import datetime as dt

    es = load_content(content_root, "es")
    qlist = QuestionList.from_answers(es, {"region": "us"})
    qlist.made_on = dt.date(2026, 12, 7)
    text = render_text(qlist, es)
    assert "7 de diciembre de 2026" in text and "2026-12-07" not in text
    assert f"{es.meta.reviewed.day} de " in text and es.meta.reviewed.isoformat() not in text
    en = load_content(content_root, "en")
    english = QuestionList.from_answers(en, {"region": "us"})
    english.made_on = dt.date(2026, 12, 7)
    assert "2026-12-07" in render_text(english, en)
