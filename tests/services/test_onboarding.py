"""A whole onboarding through the services: a corporate basic account, and an individual type Ⅱ account."""

from __future__ import annotations

from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    corporate_case_to_contract,
    give_number_block,
    individual_identity,
    resident_id,
)
from sqlalchemy import func, select

from teller_app.domain.case import CaseStatus
from teller_app.domain.steps import Step
from teller_app.services import account_setup, approvals, case_lists, cases, step_services
from teller_app.services.case_store import load_case
from teller_app.services.demo import INDIVIDUAL_RISK, sign_at_counter
from teller_app.storage.audit import verify_session
from teller_app.storage.schema import Account, Approval, ApprovalRequest, AuditEvent, OutboxEntry


def test_corporate_basic_account_onboarding_from_intake_to_activation(store, staff, clock):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    assert case.step is Step.APPROVAL
    assert cases.step_guidance(store, teller, case.id) == []

    approvals.request_approval(store, teller, case.id)
    queue = case_lists.approval_queue(store, supervisor)
    assert [(q.case_id, q.customer_name, q.may_decide) for q in queue] == [(case.id, COMPANY, True)]
    clock.advance(minutes=12)
    assert case_lists.approval_queue(store, supervisor)[0].waiting.total_seconds() == 12 * 60

    approved = approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    assert approved.status is CaseStatus.APPROVED
    account_setup.set_up_account(store, teller, case.id)
    active = account_setup.activate(store, teller, case.id)

    assert active.status is CaseStatus.ACTIVE
    assert active.account["number"].startswith(store.identity.branch)
    assert active.account["regime"] == "filing"
    assert active.account["filing_deadline"] == clock().date().isoformat()  # enterprise basic: same day
    assert active.account["permissions"]["cash_withdrawal"] is True
    assert load_case(store, case.id) == active
    with store.reading() as session:
        account = session.scalars(select(Account)).one()
        assert (account.status, account.account_number) == ("active", active.account["number"])
        assert session.scalar(select(func.count()).select_from(ApprovalRequest)) == 1
        assert session.scalars(select(Approval.decision)).all() == ["approve"]
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[0] == "case.open" and actions[-1] == "account.activate"
        assert {"approval.request", "approval.approve", "account.set_up", "risk.rate"} <= set(actions)
        assert all(result.ok for result in verify_session(session))
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) > 0
    assert case_lists.list_my_cases(store, teller) == []  # active cases are done


def test_individual_type_ii_account_onboarding(store, staff):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = cases.open_case(store, teller, "individual", "personal_ii", customer_name="赵小红")
    cases.save_step(
        store, teller, case.id, "intake", {"customer_name": "赵小红"}, complete=True, advance=True
    )
    number = resident_id("11010519920512004")
    cases.save_step(
        store,
        teller,
        case.id,
        "identity",
        individual_identity(number, phone="13612345678"),
        complete=True,
        advance=True,
    )
    from service_helpers import verify_all_documents

    verify_all_documents(store, teller, case.id)
    case = cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    assert case.step is Step.RISK  # individuals never file beneficial owners
    step_services.rate_risk(store, teller, case.id, dict(INDIVIDUAL_RISK), advance=True)
    case = cases.skip_step(store, teller, case.id)  # intent is optional for a non-basic account
    assert case.step is Step.CONTRACT
    sign_at_counter(store, teller, case.id, seals=())
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    active = account_setup.activate(store, teller, case.id)
    assert active.status is CaseStatus.ACTIVE
    assert active.account["permissions"]["daily_outflow_cap"] == "10000"
    assert active.account["regime"] == "none" and active.account["filing_deadline"] is None


def test_training_case_gets_a_training_account_number_not_a_real_one(store, staff):
    from service_helpers import resident_id, verify_all_documents

    from teller_app.domain.permissions import WorkMode
    from teller_app.domain.roles import Role
    from teller_app.services.actors import Actor
    from teller_app.services.workspace import numbers_held

    give_number_block(store, size=10)
    trainee = staff["trainee"]
    trainer = Actor("u-trainer", Role.SUPERVISOR, WorkMode.TRAINING)
    case = cases.open_case(store, trainee, "individual", "personal_ii", customer_name="练习客户")
    cases.save_step(
        store, trainee, case.id, "intake", {"customer_name": "练习客户"}, complete=True, advance=True
    )
    number = resident_id("11010519920512004")
    cases.save_step(
        store, trainee, case.id, "identity", individual_identity(number), complete=True, advance=True
    )
    verify_all_documents(store, trainee, case.id)
    cases.save_step(store, trainee, case.id, "documents", {}, complete=True, advance=True)
    step_services.rate_risk(store, trainee, case.id, dict(INDIVIDUAL_RISK), advance=True)
    cases.skip_step(store, trainee, case.id)
    sign_at_counter(store, trainee, case.id, seals=())
    approvals.request_approval(store, trainee, case.id)
    approvals.decide(store, checker_for(store, trainer), case.id, "approve")
    done = account_setup.set_up_account(store, trainee, case.id)
    assert done.account["number"].startswith("TRAINING-")
    assert numbers_held(store) == 10
