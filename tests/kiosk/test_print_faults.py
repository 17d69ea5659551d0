"""Printing never misleads (the 2026-12 attack review, #2a, #2b and #8): CUPS that stops answering while a
job waits is never read as "sent"; a job that has not printed after `kiosk.print_wait_s` tells the person
to ask at the front desk; the staff menu lists the recent jobs' states (never what was printed); and
with CUPS down staff read "CUPS is not running", not "printer not found".

Real libcups throughout: a private cupsd (tests/kiosk/private_cupsd.py, its own socket and folders; the
machine's shared cupsd is never touched) that is stopped mid-job, a queue whose printer is "switched
off" (socket://127.0.0.1:9, nothing listens: CUPS keeps retrying), and a socket where no cupsd runs.
"""

from __future__ import annotations

import pytest

from tests.helpers.kiosk import PIN, start_session
from tests.kiosk.private_cupsd import point_libcups_at
from tests.kiosk.test_printing import follow_job, marker_config, messages
from tests.kiosk.test_staff import enter, tap_corner

STUCK = "Your list is waiting for the printer. Please tell the front desk: they can print it for you."
SENT = "Your list was sent to the printer at the front desk. Tap Finish when you are done."


def to_summary(qtbot, shell):
    person = start_session(qtbot, shell)
    person.walk({"region": "uk"}, every_visible="no")
    return person, shell.wizard.summary


def staff_menu_text(qtbot, shell, clock) -> str:
    tap_corner(qtbot, shell, 5, clock)
    enter(qtbot, shell, PIN)
    return shell.staff_desk.staff_info()


def test_cups_not_running_tells_staff_so(qtbot, make_shell, tmp_path, capsys):
    shell = make_shell(marker_config("NR1", printer="Front_desk"))
    with point_libcups_at(tmp_path / "no-cupsd-here.sock"):
        person, summary = to_summary(qtbot, shell)
        person.click(summary.output_actions.print_button)
    message = summary.message.text()
    assert "Sorry, your list could not be printed" in message
    assert "For staff: CUPS is not running" in message and "was not found" not in message
    assert summary.output_actions.prints == 0
    assert any("CUPS is not running" in p for p in shell.staff_desk.problems)
    assert "kiosk: printing failed: CUPS is not running" in capsys.readouterr().err


@pytest.mark.cups
def test_cups_stopping_while_the_job_waits_is_never_sent(qtbot, make_shell, clock, private_cups, monkeypatch):
    private_cups.add_queue("held", "socket://127.0.0.1:9", "-o", "job-hold-until-default=indefinite")
    shell = make_shell(marker_config("HELD7", printer="held", print_wait_s=15))
    person, summary = to_summary(qtbot, shell)
    shown = messages(monkeypatch, summary)
    person.click(summary.output_actions.print_button)
    follow_job(qtbot, clock, lambda: summary.output_actions.watcher.waited >= 2, timeout=30)
    assert "held" in private_cups.lp("lpstat", "-o", "held").stdout, "the job waits in the queue"
    private_cups.stop()  # CUPS goes away while the job waits (a restart, a crash)
    follow_job(qtbot, clock, lambda: STUCK in summary.message.text(), timeout=60)
    assert SENT not in shown and not any("printing at the front desk" in m for m in shown), shown
    assert summary.output_actions.watcher.waited >= 15
    assert summary.message.property("error") is True
    seen = len(shown)
    person.click(summary.output_actions.print_button)  # a second tap queues no second copy
    assert shown[seen:] == [STUCK]
    info = staff_menu_text(qtbot, shell, clock)
    assert "Recent print jobs:" in info and "on 'held': not printed in time" in info, info
    assert "CUPS is not running" in info
    assert "HELD7" not in info, "the staff menu lists states, never what was printed"


@pytest.mark.cups
def test_a_printer_switched_off_tells_the_person_to_ask_the_front_desk(
    qtbot, make_shell, clock, private_cups, monkeypatch
):
    private_cups.add_queue("off", "socket://127.0.0.1:9")  # nothing listens: CUPS retries, "processing"
    shell = make_shell(marker_config("OFF3", printer="off", print_wait_s=20))
    person, summary = to_summary(qtbot, shell)
    shown = messages(monkeypatch, summary)
    person.click(summary.output_actions.print_button)
    follow_job(qtbot, clock, lambda: STUCK in summary.message.text(), timeout=60)
    assert 20 <= summary.output_actions.watcher.waited <= 21, "told at the clinic's print_wait_s, not before"
    assert "Your list is on its way to the printer…" in shown, "CUPS was trying: the person saw that first"
    assert not any("printing at the front desk" in m or m == SENT for m in shown), shown
    person.click(summary.output_actions.print_button)
    jobs = private_cups.lp("lpstat", "-o", "off").stdout.strip().splitlines()
    assert len(jobs) == 1, f"one job, not a second copy: {jobs}"
    info = staff_menu_text(qtbot, shell, clock)
    assert "on 'off': not printed in time" in info and "(job 1 on 'off' is " in info, info
    assert "OFF3" not in info


@pytest.mark.cups
def test_a_stuck_job_that_prints_later_says_so(qtbot, make_shell, clock, private_cups, monkeypatch):
    """The person was sent to the front desk; when CUPS then prints the job, the screen follows it."""
    private_cups.add_queue("late", "file:///dev/null", "-o", "job-hold-until-default=indefinite")
    shell = make_shell(marker_config("LATE1", printer="late", print_wait_s=15))
    person, summary = to_summary(qtbot, shell)
    person.click(summary.output_actions.print_button)
    follow_job(qtbot, clock, lambda: STUCK in summary.message.text(), timeout=60)
    job = summary.output_actions.watcher.job.job_id
    released = private_cups.lp("lp", "-i", str(job), "-H", "resume")
    assert released.returncode == 0, released.stderr
    follow_job(qtbot, clock, lambda: "printing at the front desk" in summary.message.text(), timeout=60)
    assert summary.output_actions.prints == 1


@pytest.mark.parametrize("limit", [14, 601])
def test_print_wait_is_checked(tmp_path, limit):
    from app.core.config_load import check_config
    from tests.conftest import REPO

    path = tmp_path / "clinic.toml"
    path.write_text(f"[kiosk]\nprint_wait_s = {limit}\n", encoding="utf-8")
    problems, _cfg = check_config(path, REPO / "resources" / "content")
    assert any("print_wait_s" in str(p) and "between 15 and 600" in str(p) for p in problems), problems


@pytest.mark.cups
def test_a_person_leaving_stops_following_their_job(qtbot, make_shell, clock, private_cups):
    """The wipe stops the gone person's job watcher (it was left polling when the check for a built
    summary page read a name the page no longer had)."""
    private_cups.add_queue("held", "socket://127.0.0.1:9", "-o", "job-hold-until-default=indefinite")
    shell = make_shell(marker_config("GONE3", printer="held", print_wait_s=15))
    person, summary = to_summary(qtbot, shell)
    person.click(summary.output_actions.print_button)
    watcher = summary.output_actions.watcher
    follow_job(qtbot, clock, lambda: watcher.waited >= 2, timeout=30)
    assert watcher.timer.isActive(), "the job is followed while the person is there"
    shell.reset("timeout")
    assert not watcher.timer.isActive(), "a gone person's job is still polled"
