"""Training mode in the window, on the real core: any user switches to it, the whole window says so, a scripted
customer's case opens in the wizard beside the customer's card, Finish and score explains each miss — and the
terminal's real store never sees the case."""

from __future__ import annotations

import sqlite3

import pytest
from screen_checks import unnamed

from teller_app.config import Config


@pytest.fixture
def demo(demo_workspace):
    return demo_workspace


def _password(demo, user_name):
    return next(u.password for u in demo.users if u.user_name == user_name)


def _real_cases() -> set[str]:
    with sqlite3.connect(Config.load().paths.local_store) as conn:
        return {row_id for (row_id,) in conn.execute("SELECT id FROM cases")}


def test_a_certified_teller_switches_to_training_and_scores_a_scenario(qtbot, core, demo, tasks, english):
    from ui.main_window import MainWindow

    session = core.sign_in("teller1", _password(demo, "teller1"))
    assert not session.training_mode
    window = MainWindow(core, tasks, session)
    qtbot.addWidget(window)
    window.show()
    real_before = _real_cases()
    window.training.action.trigger()
    qtbot.waitUntil(lambda: window.training.active, timeout=20_000)
    assert window.training.banner.isVisible()
    assert "TRAINING MODE" in window.training.banner.text.text()
    assert window.windowTitle() == "Teller App — TRAINING MODE"
    page = window.training.page
    assert page is not None and window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.list.count() == 4, timeout=10_000)
    assert unnamed(window) == []  # the banner and the training page: every control named
    codes = [s.code for s in page.scenarios]
    page.list.setCurrentRow(codes.index("expired-id"))
    page.start_button.click()
    qtbot.waitUntil(lambda: window.training.card is not None, timeout=20_000)
    assert window.pages.currentWidget() is window.wizard
    card = window.training.card
    assert "valid 2005-06-30 to 2025-06-30" in card.shows.text()  # what the customer hands over
    assert unnamed(card) == []
    sandbox_case = card.case_id
    assert sandbox_case not in _real_cases() and _real_cases() == real_before
    card.score_button.click()
    qtbot.waitUntil(lambda: window.training.score_dialog is not None, timeout=20_000)
    dialog = window.training.score_dialog
    assert dialog.score.percent == 40 and not dialog.score.passed
    assert [line.met for line in dialog.score.lines] == [False, True]
    assert "expired on 2025-06-30" in dialog.lines[0].text()
    assert "You recorded: Not yet received." in dialog.lines[0].text()  # in words, not the code
    assert unnamed(dialog) == []
    dialog.reject()
    window.training.banner.leave_button.click()
    qtbot.waitUntil(lambda: not window.training.active, timeout=20_000)
    assert not window.training.banner.isVisible() and window.windowTitle() == "Teller App"
    assert _real_cases() == real_before


def test_the_training_banner_speaks_chinese(qtbot, chinese):
    from ui.training.banner import TrainingBanner

    banner = TrainingBanner()
    qtbot.addWidget(banner)
    assert "培训模式" in banner.text.text() and "TRAINING" not in banner.text.text()


def test_an_uncertified_teller_signs_in_to_the_sandbox_and_cannot_leave_it(qtbot, core, demo, tasks, english):
    from teller_app.domain.errors import RuleError
    from teller_app.domain.passwords import TEST_KDF
    from teller_app.domain.roles import Role
    from teller_app.services.users import AuthPolicy, UserAdministration
    from ui.main_window import MainWindow

    admin = UserAdministration(core.real_store(), AuthPolicy(kdf=TEST_KDF))
    admin.add("newbie2", Role.TELLER, "Newbie-Pass-2026", must_change_password=False)
    session = core.sign_in("newbie2", "Newbie-Pass-2026")
    assert session.training_mode
    before = _real_cases()
    case = core.save_step(
        session,
        None,
        "intake",
        {"customer_kind": "individual", "account_type": "personal_ii", "customer_name": "赵小红"},
        False,
    )
    assert case.training and case.case_id not in _real_cases() and _real_cases() == before
    with pytest.raises(RuleError) as refused:
        core.set_training_mode(session, False)
    assert refused.value.code == "training.certification_needed"
    window = MainWindow(core, tasks, session)
    qtbot.addWidget(window)
    window.show()
    assert window.training.banner.isVisible() and window.training.action.isChecked()


def test_a_training_room_terminal_opens_every_session_on_the_sandbox(core, demo, monkeypatch):
    from teller_app.domain.errors import RuleError

    monkeypatch.setenv("TELLER_TRAINING_MODE", "1")  # the training_mode setting
    session = core.sign_in("teller1", _password(demo, "teller1"))  # certified, yet in training here
    assert session.training_mode
    before = _real_cases()
    case = core.save_step(
        session,
        None,
        "intake",
        {"customer_kind": "individual", "account_type": "personal_ii", "customer_name": "钱小明"},
        False,
    )
    assert case.training and _real_cases() == before
    with pytest.raises(RuleError):
        core.set_training_mode(session, False)
