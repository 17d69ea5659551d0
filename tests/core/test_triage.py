"""triage.toml: red flags and the screening summary are content, checked by check-content; the app
suggests from red flags first and never from a "No"."""

from __future__ import annotations

import re

from app.cli.check_content import run as check_content_run
from app.core import triage
from app.core.question_list import QuestionList
from tests.core.test_validate import edit, problems_for

FLAGS = {  # every red flag the issue asks for, and an answer that raises it
    "rf_pregnant": {"preg_can_become_pregnant": "yes", "preg_status": "pregnant"},
    "rf_might_be_pregnant": {"preg_can_become_pregnant": "yes", "preg_status": "might_be"},
    "rf_trying": {"preg_can_become_pregnant": "yes", "preg_status": "trying"},
    "rf_breastfeeding": {"preg_can_become_pregnant": "yes", "preg_breastfeeding": "now"},
    "rf_self_harm_now": {"mh_harm_thoughts_now": "yes"},
    "rf_self_harm_unsure": {"mh_harm_thoughts_now": "not_sure"},
    "rf_mood_very_low": {"mh_mood_now": "very_low"},
    "rf_tetracycline": {"med_current": ("tetracycline",)},
    "rf_vitamin_a": {"med_current": ("vitamin_a",)},
    "rf_other_retinoid": {"med_current": ("other_retinoid",)},
    "rf_pancreatitis": {"fats_pancreatitis_history": "yes"},
    "rf_brain_pressure": {"serious_brain_pressure": "yes"},
    "rf_liver": {"liver_history": "yes"},
}


def flag_ids(content, answers: dict) -> list[str]:
    return [f.id for f in triage.flags_that_apply(content.triage, triage.state(content, answers).answers)]


def test_each_red_flag_is_raised_by_its_answer_and_not_by_a_no(content):
    for flag, answers in FLAGS.items():
        assert flag in flag_ids(content, {"region": "us", **answers}), flag
        negative = {k: ("none",) if isinstance(v, tuple) else "no" for k, v in answers.items()}
        assert flag not in flag_ids(content, {"region": "us", **negative}), flag


def test_breastfeeding_planned_is_not_breastfeeding_now(content):
    answers = {"region": "uk", "preg_can_become_pregnant": "yes", "preg_breastfeeding": "planned"}
    assert "rf_breastfeeding" not in flag_ids(content, answers)


def test_contraception_flags_follow_the_region_rule(content):
    base = {"preg_can_become_pregnant": "yes", "preg_status": "none"}
    one = {**base, "preg_birth_control": ("condoms",), "preg_one_method_only": "yes"}
    two = {**base, "preg_birth_control": ("combined_pill", "condoms"), "preg_one_method_only": "no"}
    assert "rf_contraception_us" in flag_ids(content, {"region": "us", **one})
    assert "rf_contraception_us" not in flag_ids(content, {"region": "us", **two})
    assert "rf_contraception_ukeu" in flag_ids(content, {"region": "uk", **two})  # no coil or implant
    assert "rf_contraception_ukeu" not in flag_ids(content, {"region": "eu", **base, "preg_birth_control": ("iud",)})
    pregnant = {"region": "us", **one, "preg_status": "pregnant"}
    assert flag_ids(content, pregnant) == ["rf_pregnant"]  # no contraception flag for a pregnant person


def test_flags_print_in_the_order_the_content_gives(content):
    answers = {"region": "us", "liver_history": "yes", "med_current": ("tetracycline",), "mh_harm_thoughts_now": "yes"}
    assert flag_ids(content, answers) == ["rf_self_harm_now", "rf_tetracycline", "rf_liver"]


def test_spanish_lists_the_same_flags_in_its_own_words(content, content_root):
    from app.core.loader import load_content

    spanish = load_content(content_root, "es")
    answers = {"region": "us", "med_current": ("tetracycline",)}
    english = triage.clinical(content, triage.state(content, answers))
    es = triage.clinical(spanish, triage.state(spanish, answers))
    assert english.flags[0].startswith("Takes a TETRACYCLINE") and es.flags[0].startswith("Toma una TETRACICLINA")


def test_suggestions_come_from_red_flags_first_and_never_from_a_no(content):
    answers = {"region": "us", "alcohol_amount": "daily", "med_current": ("tetracycline",), "sexual_concerns_now": "no"}
    qlist = QuestionList.from_answers(content, answers)
    picked = [qlist.items[i].question.id for i in qlist.arrange().auto]
    assert picked[0] == "dq_med_tetracycline" and "dq_sexual_effects" not in picked
    nobody = QuestionList.from_answers(content, {"region": "us", "sexual_concerns_now": "no", "mh_mood_now": "good"})
    assert nobody.arrange().auto == ()  # only "No" answers: the app suggests nothing


def test_screening_says_not_answered_for_a_skipped_topic(content):
    answers = {"region": "us", "preg_can_become_pregnant": "no", "liver_history": "no", "alcohol_amount": "none"}
    lines = dict(triage.screen_lines(content, triage.state(content, answers)))
    assert lines["Mood"] == "Not answered" and lines["Liver, alcohol"].startswith("liver disease: no · alcohol: none")
    assert ("Mood", "mental_health") in triage.unanswered_areas(content, triage.state(content, answers))


def test_check_content_names_an_unknown_question_a_bad_value_and_a_duplicate_order(content_copy, capsys):
    path = content_copy / "en/triage.toml"
    edit(
        path,
        'when = { equals = { question = "liver_history", value = "yes" } }',
        'when = { equals = { question = "liver_histry", value = "yes" } }',
    )
    edit(path, "order = 75", "order = 70")
    edit(path, 'values = { some = "a few drinks a week"', 'values = { lots = "a few drinks a week"')
    found = problems_for(content_copy)
    assert any(
        re.search(r"en/triage\.toml:\d+ \(red_flag\[\d+\]\): show_if: unknown or later question id 'liver_histry'", p)
        for p in found
    ), found
    assert any("order 70 is also the order of 'rf_brain_pressure'" in p for p in found), found
    assert any("'alcohol_amount' has no choice 'lots'" in p for p in found), found
    assert any("es/meta.toml" in p and "extra red-flag-when:rf_liver" in p for p in found), found  # es differs from en


def test_check_content_names_a_flag_missing_in_a_language(content_copy, capsys):
    path = content_copy / "es/triage.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('[[red_flag]]\nid = "rf_vitamin_a"')
    path.write_text(text[:start] + text[text.index("[[red_flag]]", start + 5) :], encoding="utf-8")
    found = problems_for(content_copy)
    assert any("es/meta.toml" in p and "missing red-flag:rf_vitamin_a (present in en)" in p for p in found), found

    class Args:
        dir = content_copy
        content = None

    assert check_content_run(Args()) == 2  # the command fails with one line per problem, no traceback
    out = capsys.readouterr()
    assert "rf_vitamin_a" in out.out + out.err and "Traceback" not in out.out + out.err


def test_the_phone_code_leads_with_red_flags_then_top_questions_then_screening_in_both_languages(content, content_root):
    from app.core.loader import load_content
    from app.core.phone_payload import MAX_PAYLOAD_BYTES, fit

    answers = {"region": "us", "preg_can_become_pregnant": "no", "mh_harm_thoughts_now": "yes", "mh_mood_now": "good"}
    answers["med_current"] = ("tetracycline",)
    for language in (content, load_content(content_root, "es")):
        qlist = QuestionList.from_answers(language, answers)
        clinical = triage.clinical(language, qlist.triage)
        phone = fit(qlist, language.meta.texts, clinical=clinical)
        lines = phone.body.split("\r\n")
        words = language.triage.words
        assert lines[0] == f"{words.check_first}:" and lines[1] == f"- {clinical.flags[0]}"
        assert lines[3].startswith("1. ")  # then the top questions
        assert f"{words.screen_heading}:" in lines and phone.size <= MAX_PAYLOAD_BYTES
        numbered = [i for i, x in enumerate(lines) if x[:1].isdigit()]
        top = len(qlist.arrange(printed=True).top)
        assert numbered[top - 1] < lines.index(f"{words.screen_heading}:")  # the screening after the top questions
        assert all(f"- {flag}" in lines for flag in clinical.flags)


def test_the_phone_code_keeps_flags_top_questions_and_screening_before_any_other_question(content):
    from app.core.phone_payload import fit
    from tests.printing.test_triage_pdf import no_everywhere

    answers = no_everywhere(content, "us", mh_harm_thoughts_now="yes", med_current=["tetracycline"])
    answers.update(alcohol_amount="daily", liver_history="yes", mh_under_18="yes")  # a long list, "No" elsewhere
    qlist = QuestionList.from_answers(content, answers)
    clinical = triage.clinical(content, qlist.triage)
    phone = fit(qlist, content.meta.texts, clinical=clinical)
    assert phone.held < phone.total  # the list does not fit whole ...
    lines = phone.body.split("\r\n")
    assert all(f"- {flag}" in lines for flag in clinical.flags)  # ... the red flags,
    top = len(qlist.arrange(printed=True).top)
    assert phone.held >= top  # the top questions
    screen = lines[lines.index(f"{content.triage.words.screen_heading}:") + 1 :]
    held_lines = [x for x in screen if x.startswith("- ")]
    assert held_lines and phone.held == top  # screening lines before any other question; the rest as fits
    assert held_lines[0] == "- Pregnancy: no"  # compact: a topic answered "No" throughout says just that
    assert "- Mood: self-harm thoughts now: YES; mood: mostly good" in held_lines
