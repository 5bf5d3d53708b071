"""The wizard frame: Next waits with the reason shown, Back keeps entries, a refusal never loses typing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from teller_app.domain.errors import RuleError
from teller_app.domain.steps import Step
from ui.wizard.frame import WizardFrame


def _frame(qtbot, backend, tasks, session, clock):
    frame = WizardFrame(backend, tasks, session, clock=clock)
    qtbot.addWidget(frame)
    frame.show()
    return frame


def test_next_is_disabled_with_the_reason_until_the_customer_is_named(
    qtbot, backend, tasks, teller, clock, english
):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    assert not frame.next_button.isEnabled()
    assert frame.reason.text() == "Enter the customer's name."
    qtbot.keyClicks(frame.pages[Step.INTAKE].customer_name, "Xinghe Tech Ltd")
    assert frame.next_button.isEnabled()
    assert frame.reason.text() == ""


def test_enter_goes_to_the_next_step_and_the_header_follows(qtbot, backend, tasks, teller, clock, english):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    intake = frame.pages[Step.INTAKE]
    intake.customer_name.setFocus()  # the teller's cursor is in the name (keys go where the cursor is)
    qtbot.keyClicks(intake.customer_name, "Xinghe Tech Ltd")
    qtbot.keyClick(intake.customer_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: frame.shown is Step.IDENTITY)
    assert frame.header.customer.text() == "Xinghe Tech Ltd"
    assert frame.header.account_type.text() == "Basic deposit account"
    assert frame.header.step.text() == "Step 2 of 9: Identity check"
    assert frame.header.timer_text.text() == "Time on this step: 0:00 of 15 min"
    assert ("save_step", "MainThread") not in backend.calls


def test_back_keeps_every_entry(qtbot, backend, tasks, teller, clock, english):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    intake = frame.pages[Step.INTAKE]
    intake.customer_kind.setCurrentIndex(intake.customer_kind.findData("individual_business"))
    intake.customer_name.setText("李记小吃店")
    intake.present_agent.setChecked(True)
    frame.go_next()
    qtbot.waitUntil(lambda: frame.shown is Step.IDENTITY)
    frame.go_back()
    assert frame.shown is Step.INTAKE
    assert intake.entries() == {
        "customer_kind": "individual_business",
        "account_type": "basic",
        "customer_name": "李记小吃店",
        "channel": "counter",
        "present": "agent",
    }


def test_a_refused_save_shows_the_reason_and_keeps_what_was_typed(
    qtbot, backend, tasks, teller, clock, english
):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    intake = frame.pages[Step.INTAKE]
    intake.customer_kind.setCurrentIndex(intake.customer_kind.findData("public_institution"))
    intake.customer_name.setText("某市财政局")
    backend.refuse_next_save = RuleError(
        "case.account_type_not_for_customer",
        "A {kind} customer cannot open a {account_type} account",
        kind="public_institution",
        account_type="general",
    )
    frame.go_next()
    qtbot.waitUntil(lambda: frame.message.isVisible())
    assert frame.message.text() == (
        "This customer kind (Government body or public institution) cannot open a General deposit account."
    )
    assert frame.shown is Step.INTAKE
    assert intake.customer_name.text() == "某市财政局"
    assert frame.next_button.isEnabled()


def test_personal_account_types_are_offered_only_to_individuals(qtbot, english):
    from ui.wizard.intake_page import IntakePage

    page = IntakePage()
    qtbot.addWidget(page)
    page.customer_kind.setCurrentIndex(page.customer_kind.findData("individual"))
    offered = [page.account_type.itemData(i) for i in range(page.account_type.count())]
    assert offered == ["personal_i", "personal_ii", "personal_iii"]
    page.customer_kind.setCurrentIndex(page.customer_kind.findData("enterprise_legal_person"))
    offered = [page.account_type.itemData(i) for i in range(page.account_type.count())]
    assert offered == ["basic", "general", "special", "temporary"]


def test_resumed_case_opens_at_its_step_with_returned_reasons_marked(
    qtbot, backend, tasks, teller, clock, english
):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    frame.start_case(backend.load_case(teller, "c-0003"))
    assert frame.shown is Step.DOCUMENTS
    assert frame.returned.isVisibleTo(frame)
    assert frame.returned.text() == "Returned for correction: 营业执照已过有效期"
    assert frame.header.timer_text.text() == "Time on this step: 7:00 of 15 min"
    assert frame.pages[Step.INTAKE].customer_name.text() == "北京星河科技有限公司"
    later = [frame.steps.item(s.position).flags() for s in (Step.RISK, Step.APPROVAL)]
    assert all(not (flags & Qt.ItemFlag.ItemIsEnabled) for flags in later)


def test_time_over_the_sla_is_marked(qtbot, backend, tasks, teller, english):
    from datetime import timedelta

    from fake_samples import NOW

    frame = _frame(qtbot, backend, tasks, teller, lambda: NOW + timedelta(minutes=20))
    frame.start_case(backend.load_case(teller, "c-0001"))
    assert frame.header.timer_text.text() == "Time on this step: 27:00 of 15 min"
    assert frame.header.timer_text.property("role") == "fail"


def test_save_stays_on_the_step(qtbot, backend, tasks, teller, clock, english):
    frame = _frame(qtbot, backend, tasks, teller, clock)
    frame.pages[Step.INTAKE].customer_name.setText("北京星河科技有限公司")
    frame.save()
    qtbot.waitUntil(lambda: frame.message.isVisible())
    assert frame.message.text() == "Saved."
    assert frame.shown is Step.INTAKE
    assert frame.case is not None


def test_the_timer_stops_when_the_case_is_closed(qtbot, backend, tasks, teller, clock, english):
    from dataclasses import replace

    frame = _frame(qtbot, backend, tasks, teller, clock)
    frame.pages[Step.INTAKE].customer_name.setFocus()
    qtbot.keyClicks(frame.pages[Step.INTAKE].customer_name, "Xinghe Tech Ltd")
    qtbot.keyClick(frame.pages[Step.INTAKE].customer_name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: frame.shown is Step.IDENTITY)
    assert frame.header._ticker.isActive()
    frame.header.show_case(replace(frame.case, status="active"), Step.IDENTITY)
    assert not frame.header._ticker.isActive()
    assert frame.header.timer_text.text() == "The case is closed; its time no longer runs."
