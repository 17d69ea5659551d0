"""One table says what a print job's status means, for the person's list and the staff's test page."""

from __future__ import annotations

import pytest

from app.kiosk import job_words
from app.kiosk.printjob import STUCK
from app.printing.jobs import FAILED, PRINTED, PRINTING, SENT, UNKNOWN, WAITING, JobStatus, Seen
from app.ui.prefs import translations


@pytest.mark.parametrize("kind", [PRINTING, PRINTED, SENT, STUCK])
def test_each_status_has_words_for_the_person_and_for_staff(qapp, kind):
    person = job_words.for_person(kind)
    held = JobStatus(kind, Seen.QUEUED, job_id=7, printer="Front desk", state="held")
    staff = job_words.for_staff(held, "Front desk")
    assert person and "%" not in person
    assert staff and "%" not in staff
    assert ("job 7 on 'Front desk' is held" in staff) if kind == STUCK else ("'Front desk'" in staff)


def test_the_words_differ_by_status_and_waiting_says_nothing_new(qapp):
    kinds = [PRINTING, PRINTED, SENT, STUCK]
    assert len({job_words.for_person(k) for k in kinds}) == len(kinds)
    assert len({job_words.for_staff(JobStatus(k), "P") for k in kinds}) == len(kinds)
    assert job_words.for_person(WAITING) is None and job_words.for_staff(JobStatus(WAITING), "P") is None
    assert "front desk" in job_words.for_person(PRINTED)


def test_what_cups_said_is_one_table_in_english_and_spanish(qapp, compiled_translations):
    """JobStatus carries CUPS's facts, no words: each kind of fact has a sentence, and Spanish for it."""
    assert job_words.detail(JobStatus(SENT)) == ""  # not followed: nothing to add
    aborted = JobStatus(FAILED, Seen.ABORTED, job_id=12, printer="Front desk")
    assert job_words.english_detail(aborted) == "CUPS aborted job 12 on 'Front desk'."
    no_answer = JobStatus(UNKNOWN, Seen.NO_ANSWER, job_id=3, printer="P", error="CUPS is not running")
    assert job_words.english_detail(no_answer) == "job 3 on 'P': CUPS is not running"
    try:
        translations.install("es")
        for seen in set(Seen) - {Seen.NOTHING}:
            status = JobStatus(FAILED, seen, job_id=5, printer="Recepción", state="held", error="e")
            english, spanish = job_words.english_detail(status), job_words.detail(status)
            assert "5" in english and "Recepción" in english and "%" not in english, seen
            assert spanish != english and "5" in spanish and "Recepción" in spanish and "%" not in spanish, seen
        assert job_words.detail(aborted) == "CUPS interrumpió el trabajo 12 en «Front desk»."
    finally:
        translations.install("en")
