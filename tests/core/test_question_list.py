from app.core.question_list import MAX_IMPORTANT, QuestionList


def make(content):
    return QuestionList.from_answers(content, {"region": "us", "general_first_course": "yes"})


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


def test_move_stays_within_topic(content):
    qlist = make(content)
    first, second = qlist.items[0].question, qlist.items[1].question
    assert first.topic == second.topic
    assert qlist.move(0, 1) == 1
    assert [i.question for i in qlist.items[:2]] == [second, first]
    assert qlist.move(0, -1) == 0  # already first


def test_refresh_keeps_edits(content):
    qlist = make(content)
    target = qlist.items[2].question.id
    qlist.set_included(2, False)
    qlist.set_important(0, True)
    starred = qlist.items[0].question.id
    qlist.refresh(content, {"region": "us", "general_first_course": "no"})
    by_id = {i.question.id: i for i in qlist.items}
    assert not by_id[target].included and by_id[starred].important
    assert "dq_general_second_course" not in by_id


def test_own_questions_strip_blank(content):
    qlist = make(content)
    assert not qlist.add_own("   ")
    assert qlist.add_own("  Can I swim?  ")
    assert qlist.own_questions == ["Can I swim?"]
