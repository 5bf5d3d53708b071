"""The keystroke benchmark's drive as a test: a whole corporate basic account by keyboard only.

The real sign-in window and main window on the real core; every action a key sent to the focused widget
(bench/keystrokes/case.py), so a focus lost, a key that stops working or a page Enter cannot leave breaks
this test, and the benchmark's count cannot rot.
"""

from __future__ import annotations

import pytest

from bench.keystrokes.case import pdf_counter_printer, work_a_case
from bench.keystrokes.keyboard import Keyboard
from bench.keystrokes.run import GOAL


@pytest.fixture
def teller_app(qapp, core, demo, tmp_path, monkeypatch):
    from ui.app import TellerApp
    from ui.counter import print_preview

    monkeypatch.setattr(print_preview, "make_printer", pdf_counter_printer(str(tmp_path / "printer.pdf")))
    app = TellerApp(qapp, core, {"language": "en"})
    app.start()
    yield app, demo
    if app.main_window is not None:
        app.main_window.stop()
        app.main_window.close()
    app.sign_in.close()
    app.tasks.wait_for_all()


def test_whole_corporate_basic_account_by_keyboard_only_under_the_key_goal(
    qapp, teller_app, english, tmp_path
):
    app, demo = teller_app
    kb = Keyboard(qapp, app.tasks)
    kb.settle(300)
    result = work_a_case(kb, app, "teller1", demo["teller1"], "super1", demo["super1"])
    assert result.account_number
    wizard = app.main_window.wizard
    assert (
        wizard.case.status == "active" and result.account_number in wizard.pages[wizard.shown].number.text()
    )
    assert (tmp_path / "printer.pdf").stat().st_size > 1000  # the agreement went to the counter printer
    steps = [step for step, _ in kb.count.log]
    assert list(dict.fromkeys(steps)) == [
        "sign-in", "start-of-day", "intake", "identity", "documents", "owners", "risk", "intent",
        "contract", "approval", "account setup", "satisfaction",
    ]  # fmt: skip
    assert kb.count.total_keys < GOAL, kb.count.keys
    assert kb.count.total_typed > 150  # the values were typed, not set
