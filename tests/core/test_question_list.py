from app.core.question_list import GENERAL, MAX_IMPORTANT, OWN, PERSONAL, TOP, QuestionList

PERSON = {
    "region": "us",
    "general_first_course": "yes",
    "alcohol_amount": "daily",
    "liver_history": "yes",
    "med_current": ("tetracycline", "vitamin_a"),
}


def make(content, answers=None):
    return QuestionList.from_answers(content, answers or {"region": "us", "general_first_course": "yes"})


def test_untick_and_star_limit(content):
    qlist = make(content)
    assert len(qlist.items) >= 4
    for i in range(MAX_IMPORTANT):
        assert qlist.set_important(i, True)
    assert not qlist.set_important(MAX_IMPORTANT, True)
    assert qlist.important_count() == MAX_IMPORTANT
    qlist.set_included(0, False)
    assert not qlist.items[0].important
    assert qlist.items[0].question not in qlist.other_items() + qlist.important_items()


def test_sections_top_own_personal_general(content):
    qlist = make(content, PERSON)
    qlist.add_own("Can I swim?")
    arrangement = qlist.arrange()
    assert arrangement.top_auto and len(arrangement.top) == MAX_IMPORTANT
    assert all(qlist.items[i].question.personal for i in arrangement.top)
    assert [qlist.items[i].question.text for i in arrangement.own] == ["Can I swim?"]
    assert all(qlist.items[i].question.personal for i in arrangement.personal)
    assert all(not qlist.items[i].question.personal for i in arrangement.general)
    every = [i for _name, indexes in arrangement.sections() for i in indexes]
    assert sorted(every) == list(range(len(qlist.items)))  # each item in exactly one section
    # The app's pick: priority first (the tetracycline, vitamin A, liver and alcohol questions are priority 1).
    assert all(qlist.items[i].question.priority == 1 for i in arrangement.top)


def test_move_crosses_topics_within_a_section(content):
    qlist = make(content, PERSON)
    general = qlist.arrange().general
    boundary = next(
        n
        for n in range(1, len(general))
        if qlist.items[general[n]].question.topic != qlist.items[general[n - 1]].question.topic
    )
    moving, before = general[boundary], general[boundary - 1]
    moved_text = qlist.items[moving].question.text
    new_index = qlist.move(moving, -1)
    assert new_index == before and qlist.items[new_index].question.text == moved_text
    after = qlist.arrange().general
    assert [qlist.items[i].question.text for i in after].index(moved_text) == boundary - 1
    assert qlist.move(after[0], -1) == after[0]  # already first in its section
    assert qlist.move(after[-1], +1) == after[-1]


def test_move_never_leaves_the_section(content):
    qlist = make(content, PERSON)
    for i in range(3):
        qlist.set_important(qlist.arrange().personal[0] if i == 0 else qlist.arrange().general[0], True)
    arrangement = qlist.arrange()
    last_top = arrangement.top[-1]
    assert qlist.move(last_top, +1) == last_top  # the last of the top 3 does not drop into the rest
    first_top = arrangement.top[0]
    second = qlist.move(first_top, +1)
    assert qlist.arrange().top.index(second) == 1


def test_the_apps_pick_is_not_moved(content):
    qlist = make(content, PERSON)
    arrangement = qlist.arrange()
    assert arrangement.top_auto
    assert qlist.move(arrangement.top[0], +1) == arrangement.top[0]


def test_own_questions_can_be_starred_and_removed(content):
    qlist = make(content, PERSON)
    assert qlist.add_own("First?") and qlist.add_own("Second?")
    first, second = qlist.own_indexes()
    assert qlist.set_important(second, True)
    arrangement = qlist.arrange()
    # Starring only a question of one's own keeps the app's other suggestions: 3 in all, the own one first.
    assert arrangement.top[0] == second and len(arrangement.top) == 3 and not arrangement.top_auto
    assert arrangement.auto == arrangement.top[1:] and second not in arrangement.auto
    assert arrangement.own == (first,)
    content_star = next(i for i, item in enumerate(qlist.items) if not item.own)
    assert qlist.set_important(content_star, True)
    assert qlist.arrange().auto == ()  # a starred question of the list's: the app suggests none
    assert qlist.remove_own(first) and qlist.own_questions == ["Second?"]
    assert not qlist.remove_own(0 if not qlist.items[0].own else 1)  # content questions are unticked, not removed


def test_refresh_keeps_edits(content):
    qlist = make(content)
    target = qlist.items[2].question.id
    qlist.set_included(2, False)
    qlist.set_important(0, True)
    starred = qlist.items[0].question.id
    qlist.add_own("Mine?")
    qlist.refresh(content, {"region": "us", "general_first_course": "no"})
    by_id = {i.question.id: i for i in qlist.items}
    assert not by_id[target].included and by_id[starred].important
    assert "dq_general_second_course" not in by_id
    assert qlist.own_questions == ["Mine?"]


def test_a_new_question_lands_among_its_topic(content):
    qlist = make(content, {"region": "us"})
    qlist.move(qlist.arrange().general[1], -1)  # the person's own order...
    order = [item.question.id for item in qlist.items]
    qlist.refresh(content, {"region": "us", "alcohol_amount": "daily"})
    ids = [item.question.id for item in qlist.items]
    assert [i for i in ids if i in order] == order  # ... is kept
    new = ids.index("dq_liver_alcohol_daily")
    assert qlist.items[new - 1].question.topic == "liver" or qlist.items[new + 1].question.topic == "liver"
    assert new < len(ids) - 1  # not simply put at the end


def test_own_questions_strip_blank(content):
    qlist = make(content)
    assert not qlist.add_own("   ")
    assert qlist.add_own("  Can I swim?  ")
    assert qlist.own_questions == ["Can I swim?"]


def test_printed_sections_leave_out_unticked(content):
    qlist = make(content, PERSON)
    dropped = qlist.arrange().general[0]
    qlist.set_included(dropped, False)
    assert dropped in qlist.arrange().general and dropped not in qlist.arrange(printed=True).general
    assert {TOP, OWN, PERSONAL, GENERAL} == {name for name, _ in qlist.arrange().sections()}


def test_the_answers_file_can_star_an_own_question_and_round_trips(content):
    import msgspec

    from app.core.answers import AnswersFile
    from app.core.session_file import from_file, to_document

    data = AnswersFile(
        answers=PERSON,
        own_questions=["First?", "Second?"],
        important=["own.2", "dq_med_vitamin_a"],
        excluded=["dq_general_tests"],
    )
    opened = from_file(data, content, "answers.json")
    assert opened.left_out == []
    qlist = opened.session.edits
    top = [qlist.items[i].question.text for i in qlist.arrange().top]
    assert "Second?" in top and "First?" not in top and len(top) == 2
    document = to_document(opened.session, content)
    again = from_file(msgspec.convert(document, AnswersFile), content, "answers.json").session.edits
    assert [(i.question.text, i.included, i.important) for i in again.items] == [
        (i.question.text, i.included, i.important) for i in qlist.items
    ]
