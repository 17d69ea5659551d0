"""One table says what a print job's status means, for the person's list and the staff's test page."""

from __future__ import annotations

import pytest

from app.kiosk import job_words
from app.kiosk.printjob import STUCK
from app.printing.jobs import PRINTED, PRINTING, SENT, WAITING, JobStatus


@pytest.mark.parametrize("kind", [PRINTING, PRINTED, SENT, STUCK])
def test_each_status_has_words_for_the_person_and_for_staff(qapp, kind):
    person = job_words.for_person(kind)
    staff = job_words.for_staff(JobStatus(kind, "job 7 held"), "Front desk")
    assert person and "%" not in person
    assert staff and "%" not in staff
    assert ("job 7 held" in staff) if kind == STUCK else ("'Front desk'" in staff)


def test_the_words_differ_by_status_and_waiting_says_nothing_new(qapp):
    kinds = [PRINTING, PRINTED, SENT, STUCK]
    assert len({job_words.for_person(k) for k in kinds}) == len(kinds)
    assert len({job_words.for_staff(JobStatus(k), "P") for k in kinds}) == len(kinds)
    assert job_words.for_person(WAITING) is None and job_words.for_staff(JobStatus(WAITING), "P") is None
    assert "front desk" in job_words.for_person(PRINTED)
