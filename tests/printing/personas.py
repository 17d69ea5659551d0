"""People whose printouts the brief's tests look at (answers as the answers file has them)."""

from __future__ import annotations

from app.core.model import NOT_SURE, Content

US_TEEN = {
    "region": "us",
    "preg_can_become_pregnant": "yes",
    "preg_status": "none",
    "preg_breastfeeding": "no",
    "preg_birth_control": ["combined_pill", "condoms"],
    "preg_one_method_only": "no",
    "preg_st_johns_wort": "no",
    "preg_monthly_visits": "yes",
    "mh_history": "no",
    "mh_family_history": "no",
    "mh_mood_now": "good",
    "mh_harm_thoughts_now": "no",
    "mh_eating_disorder": "no",
    "mh_support_person": "yes",
    "mh_under_18": "yes",
    "liver_history": "no",
    "alcohol_amount": "none",
    "serious_bones": ["high_impact_sport"],
    "common_outdoors": "yes",
    "med_current": ["acne_products"],
    "general_first_course": "no",
}
UK_MAN = {
    "region": "uk",
    "preg_can_become_pregnant": "no",
    "mh_history": "yes",
    "mh_family_history": "no",
    "mh_mood_now": "good",
    "mh_harm_thoughts_now": "no",
    "mh_under_18": "no",
    "alcohol_amount": "some",
    "liver_history": "no",
    "fats_history": "no",
    "med_current": ["none"],
    "practical_blood_donor": "yes",
}
US_MAN = {  # drinks most days, had hepatitis, takes doxycycline
    "region": "us",
    "preg_can_become_pregnant": "no",
    "alcohol_amount": "daily",
    "liver_history": "yes",
    "med_current": ["tetracycline"],
    "mh_harm_thoughts_now": "no",
}
EU_WOMAN = {
    "region": "eu",
    "preg_can_become_pregnant": "yes",
    "preg_status": "none",
    "preg_breastfeeding": "no",
    "preg_birth_control": ["iud"],
    "preg_one_method_only": "yes",
    "mh_history": "no",
    "mh_mood_now": "low",
    "mh_harm_thoughts_now": "no",
    "fats_diabetes_weight": ["high_weight"],
    "serious_eyes": "yes",
}
TYPICAL = {"us-teen": US_TEEN, "uk-man": UK_MAN, "us-man": US_MAN, "eu-woman": EU_WOMAN}


def all_not_sure(content: Content) -> dict:
    """Every question "not sure" (the region too): the longest list of "not sure" lines, every region's numbers."""
    answers: dict = {}
    for _area, q in content.all_questions():
        if q.kind == "choice":  # (typed answers, the age, weight and other medicines, are left empty)
            answers[q.id] = [NOT_SURE] if q.multiple else NOT_SURE
    return answers


def every_risk(content: Content) -> dict:
    """The most questions the content can select: each answer the one that selects the most (greedy)."""
    from app.core.rules import select_questions

    answers: dict = {}
    for _area, question in content.all_questions():
        values = [c.value for c in content.choices_of(question)]
        if question.kind != "choice":  # a typed answer selects nothing; the longest one the field takes
            answers[question.id] = "9" * question.max_length if question.kind == "number" else "x" * question.max_length
            continue
        if question.multiple:
            picked: list[str] = []
            for value in values:
                before = {**answers, question.id: tuple(picked)} if picked else answers
                trial = {**answers, question.id: (*picked, value)}
                if len(select_questions(content, trial)) > len(select_questions(content, before)):
                    picked.append(value)
            if picked:
                answers[question.id] = tuple(picked)
            continue
        answers[question.id] = max(values, key=lambda v: len(select_questions(content, {**answers, question.id: v})))
    return {k: list(v) if isinstance(v, tuple) else v for k, v in answers.items()}
