"""Kiosk fixtures: a fake clock and kiosk shells (the helpers are in tests/helpers/kiosk.py)."""

from __future__ import annotations

import pytest

from app.core.config import ClinicConfig
from app.kiosk.shell import KioskShell
from app.ui.prefs import translations
from tests.helpers.kiosk import FakeClock, kiosk_config, release
from tests.kiosk.cups_queues import bad_queues  # noqa: F401 (a fixture: real CUPS queues that misbehave)
from tests.kiosk.private_cupsd import private_cups  # noqa: F401 (a fixture: a cupsd of its own, to stop)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_shell(qtbot, content, clock):
    def make(config: ClinicConfig | None = None, **kwargs) -> KioskShell:
        translations.install("en")  # the app-wide translator: an earlier test on this worker may have left Spanish
        kwargs.setdefault("clock", clock)
        kwargs.setdefault("apply_style", False)  # the app-wide text size restyles every widget: slow
        shell = KioskShell(kwargs.pop("content", content), config or kiosk_config(), **kwargs)
        qtbot.addWidget(shell, before_close_func=release)
        shell.resize(1280, 800)
        shell.show()
        qtbot.waitExposed(shell)
        return shell

    return make


@pytest.fixture
def shell(make_shell) -> KioskShell:
    return make_shell()
