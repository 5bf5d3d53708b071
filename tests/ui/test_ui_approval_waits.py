"""A 核准 account (a 社会团体's basic account) cannot be activated before the regulator's approval is recorded
(issue #11): on the real core, Activate is greyed with the reason beside it, and can be pressed once the
approval number and date are recorded by keyboard. Both languages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from counter_walks import open_at_account_setup, set_up_account_by_keyboard
from keyboard_entry import type_text
from PySide6.QtCore import QDate, Qt

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))  # the services' case helpers

WAITS = {
    "en": "Activation waits for the regulator's approval: record its number and date.",
    "zh": "须先登记人民银行核准的核准号和日期，方可激活。",
}


def _approved_social_group_case(core, window, demo) -> str:
    from service_helpers import corporate_case_to_contract, credit_code

    actor = core._actor(window.session)
    case = corporate_case_to_contract(
        core.store(),
        actor,
        kind="other_organisation",
        name="上海市示范协会",
        code=credit_code("51310000MJ4Y3K6Q1"),
    )
    core.request_approval(window.session, case.id)
    core.decide(window.session, case.id, "super1", demo["super1"], "approve", "")
    return case.id


@pytest.mark.parametrize("language", ["en", "zh"])
def test_activate_waits_for_the_recorded_approval_and_can_be_pressed_once_it_is(
    qtbot, qapp, core, demo, signed_in, tasks, language, request
):
    if language == "zh":
        request.getfixturevalue("chinese")
    window = signed_in("teller1")
    case_id = _approved_social_group_case(core, window, demo)
    wizard, page = open_at_account_setup(qtbot, window, case_id)
    set_up_account_by_keyboard(qtbot, wizard, page)
    assert wizard.case.account["regime"] == "approval"
    button = page.activate_button
    qtbot.waitUntil(page.approval_box.isVisible, timeout=5_000)
    assert button.isVisible() and not button.isEnabled()
    assert page.activation_waits.isVisible() and page.activation_waits.text() == WAITS[language]
    assert button.accessibleDescription() == WAITS[language]
    page.grab().save(f"/tmp/shots/owners3/approval_waits_{language}.png")
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # greyed: nothing is sent to the core, no refusal shown
    qtbot.wait(100)
    tasks.wait_for_all()
    assert not wizard.message.isVisible() and wizard.case.status == "approved"

    page.approval_number.setFocus()
    type_text(qtbot, page.approval_number, "Z2900001234501")
    page.approval_date.setDate(QDate.currentDate())
    page.approval_button.setFocus()
    qtbot.keyClick(page.approval_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not page.approval_box.isVisible(), timeout=10_000)
    assert (
        button.isEnabled() and not page.activation_waits.isVisible() and button.accessibleDescription() == ""
    )
    qtbot.waitUntil(button.hasFocus, timeout=5_000)  # the next thing to do
    page.grab().save(f"/tmp/shots/owners3/approval_recorded_{language}.png")
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: wizard.case.status == "active", timeout=10_000)
