import pytest

from app.ui.look import theme
from app.ui.wizard.wizard import RiskWizard
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
    """The app's appearance at standard contrast (not the person's choice) and 100 %, before and after: on
    2 workers the test before this one may be any test, also one that left the text larger."""
    look = theme.appearance()

    def reset() -> None:
        look.user_chose_contrast = False
        look.set_high_contrast(False, by_user=False)
        look.set_scale(100)

    reset()
    yield look
    reset()


@pytest.fixture(autouse=True)
def fresh_last_folder(monkeypatch):
    """File dialogs start in Documents in every test (app.ui.prefs.last_folder remembers for the session)."""
    from app.ui.prefs import last_folder

    monkeypatch.setattr(last_folder, "_last", None)
    monkeypatch.setattr(last_folder, "_loaded", False)
