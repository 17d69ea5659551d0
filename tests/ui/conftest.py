import pytest

from app.ui.wizard import RiskWizard
from tests.ui.driver import Person


@pytest.fixture
def wizard(qtbot, content):
    w = RiskWizard(content)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def person(qtbot, wizard):
    return Person(qtbot, wizard)
