"""The kiosk prints at the front desk: the screening summary ("What I want my doctor to know") starts
unticked there unless the clinic's `kiosk.know_on_printout` says otherwise; the person can change it
either way. The red flags ("Check first") print whatever the setting says."""

from __future__ import annotations

import pytest

from app.kiosk.shell import KioskShell
from tests.helpers.kiosk import FakeClock, kiosk_config, release, start_session


@pytest.mark.parametrize("setting", [False, True])
def test_the_clinic_setting_is_where_the_check_box_starts(qtbot, content, setting):
    shell = KioskShell(content, kiosk_config(know_on_printout=setting), clock=FakeClock(), apply_style=False)
    qtbot.addWidget(shell, before_close_func=release)
    shell.resize(1280, 800)
    shell.show()
    qtbot.waitExposed(shell)
    person = start_session(qtbot, shell)
    person.walk({"region": "us", "alcohol_amount": "daily"}, every_visible="no")
    summary = shell.wizard.summary
    heading = content.triage.words.screen_heading
    assert summary.printout.know_box.isVisible() and summary.printout.know_box.isChecked() is setting
    assert (heading in summary.printout.html()) is setting
    assert content.triage.words.check_first.upper() in summary.printout.html()  # the red flags: always
    person.click(summary.printout.know_box)  # the person decides
    assert summary.printout.know_box.isChecked() is not setting
    assert (heading in summary.printout.html()) is not setting
    assert content.triage.words.check_first.upper() in summary.printout.html()
