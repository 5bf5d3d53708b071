"""A closed case opens read-only and says why; the step marks tell done, current, returned and pending."""

from __future__ import annotations

from counter_walks import (  # the counter printer writes a PDF: tests/ui/conftest.py
    case_to_approval,
    dual_sign_in,
    finish_case,
    request_approval,
)
from keyboard_entry import type_text
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from teller_app.domain.steps import ORDER, Step
from teller_app.storage.schema_system import AuditEvent
from ui.wizard.read_only import editable_widgets


def _events(core) -> int:
    with core.store().reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEvent))


def _reopen(qtbot, window, case_id: str):
    before = window.wizard
    window.go_home()
    window.open_case(case_id)
    qtbot.waitUntil(lambda: window.wizard is not before and window.wizard.case is not None, timeout=10_000)
    return window.wizard


def _marks(wizard) -> dict[Step, str]:
    return {step: wizard.steps.item(step.position).text().split(" ")[0] for step in ORDER}


def _assert_read_only(qtbot, wizard, core, why: str) -> None:
    assert wizard.header.closed.isVisible() and why in wizard.header.closed.text()
    assert not wizard.save_button.isVisible() and not wizard.next_button.isVisible()
    for step in ORDER:
        if step.position > wizard.reachable.position:
            continue
        wizard.show_step(step)
        qtbot.wait(150)  # a page that loads from the core (the checklist) builds its rows meanwhile
        page = wizard.pages[step]
        assert editable_widgets(page) == [], (step, [w.objectName() for w in editable_widgets(page)])
    events = _events(core)
    for key in (Qt.Key.Key_F5, Qt.Key.Key_F12):  # the save and next keys do nothing
        qtbot.keyClick(wizard, key)
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(200)
    assert _events(core) == events and not wizard.message.isVisible()
    assert not wizard.header._ticker.isActive()  # the case's clock stopped, and so does the screen's


def test_an_activated_case_opens_read_only_saying_why_and_its_clock_stopped(qtbot, window, core, demo):
    case_to_approval(qtbot, window)
    finish_case(qtbot, window, demo)
    case_id = window.wizard.case.case_id
    wizard = _reopen(qtbot, window, case_id)
    assert wizard.case.status == "active"
    _assert_read_only(qtbot, wizard, core, "Account activated")
    assert "the case took" in wizard.header.timer_text.text()
    assert set(_marks(wizard).values()) == {"✓"}  # every step done, none current


def test_a_cancelled_case_opens_read_only(qtbot, window, core, demo):
    from teller_app.services import cases

    window.new_case()
    wizard = window.wizard
    type_text(qtbot, wizard.pages[Step.INTAKE].customer_name, "上海云帆贸易有限公司")
    qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY, timeout=10_000)
    case_id = wizard.case.case_id
    cases.cancel_case(core.store(), core._actor(window.session), case_id, "客户放弃开户")
    wizard = _reopen(qtbot, window, case_id)
    _assert_read_only(qtbot, wizard, core, "Cancelled")
    assert _marks(wizard)[Step.INTAKE] == "✓" and _marks(wizard)[Step.IDENTITY] == "·"


def test_step_marks_show_done_current_and_pending_whichever_page_is_on_screen(qtbot, window):
    window.new_case()
    wizard = window.wizard
    type_text(qtbot, wizard.pages[Step.INTAKE].customer_name, "上海云帆贸易有限公司")
    qtbot.keyClick(wizard.pages[Step.INTAKE].customer_name, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: wizard.shown is Step.IDENTITY, timeout=10_000)
    qtbot.keyClick(wizard, Qt.Key.Key_F11)  # back to the intake page
    assert wizard.shown is Step.INTAKE
    marks = _marks(wizard)
    assert marks[Step.INTAKE] == "✓" and marks[Step.IDENTITY] == "▶"  # the case is still at identity
    assert {marks[s] for s in ORDER[2:]} == {"·"}
    assert wizard.steps.currentRow() == Step.INTAKE.position  # the page on screen is the selected row
    item = wizard.steps.item(Step.IDENTITY.position)
    assert "current step" in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_returned_step_is_marked_and_the_steps_after_it_stay_done(qtbot, window, demo):
    case_to_approval(qtbot, window)
    approval = window.wizard.pages[Step.APPROVAL]
    request_approval(qtbot, window.wizard)
    dual_sign_in(qtbot, approval, "super1", demo["super1"], "return", "营业执照复印件不清晰")
    wizard = _reopen(qtbot, window, approval.case.case_id)
    marks = _marks(wizard)
    assert marks[Step.IDENTITY] == "↩" and marks[Step.INTAKE] == "✓"
    assert wizard.save_button.isVisible()  # a returned case is open: it is corrected, not read-only
