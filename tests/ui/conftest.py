import pytest

from app.ui import theme
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


@pytest.fixture
def standard_look(qapp):
    """The app's appearance, back to standard contrast (not the person's choice) and 100 % afterwards."""
    look = theme.appearance()
    yield look
    look.user_chose_contrast = False
    look.set_high_contrast(False, by_user=False)
    look.set_scale(100)


@pytest.fixture(autouse=True)
def fresh_last_folder(monkeypatch):
    """File dialogs start in Documents in every test (app.ui.last_folder remembers for the session)."""
    from app.ui import last_folder

    monkeypatch.setattr(last_folder, "_last", None)
    monkeypatch.setattr(last_folder, "_loaded", False)
