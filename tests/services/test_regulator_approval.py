"""核准 and 备案 through the services: a 社会团体 basic account waits for the regulator's approval number
before it can be activated; an enterprise account is marked filed, which ends its filing-deadline alert."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from checker_helpers import checker_for
from service_helpers import corporate_case_to_contract, credit_code, give_number_block
from sqlalchemy import select

from teller_app.domain.case import CaseStatus
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step
from teller_app.services import account_setup, alerts, approvals, regulator_records
from teller_app.storage.schema import Account, AuditEvent

SOCIAL_GROUP_CODE = credit_code("51310000MJ4Y3K6Q1")  # 5 民政, 1 社会团体


def approved_case(store, staff, **kind):
    give_number_block(store)
    case = corporate_case_to_contract(store, staff["teller"], **kind)
    approvals.request_approval(store, staff["teller"], case.id)
    approvals.decide(store, checker_for(store, staff["supervisor"]), case.id, "approve")
    return case


def test_social_organisation_basic_account_cannot_be_activated_until_the_approval_number_is_recorded(
    store, staff, clock
):
    teller = staff["teller"]
    case = approved_case(
        store, staff, kind="other_organisation", name="上海市示范协会", code=SOCIAL_GROUP_CODE
    )
    set_up = account_setup.set_up_account(store, teller, case.id)
    assert set_up.account["regime"] == "approval"
    assert set_up.account["approval_pending"] is True
    assert set_up.account["filing_deadline"] is None  # 核准, not 备案
    assert set_up.account["payments_from"] is None  # not before the regulator approves

    with pytest.raises(RuleError) as refused:
        account_setup.activate(store, teller, case.id)
    assert refused.value.code == "account.regulator_approval_missing"

    clock.advance(days=1)
    approved_on = clock().date()  # 2026-03-03, a Tuesday
    recorded = regulator_records.record_regulator_approval(
        store, teller, case.id, number="Z2900001234501", approved_on=approved_on
    )
    assert recorded.account["regulator_approval"]["reference"] == "Z2900001234501"
    assert recorded.account["regulator_approval"]["recorded_by"] == teller.user_id
    # A non-enterprise pays out 3 working days after it is formally opened (the approval day).
    assert recorded.account["payments_from"] == "2026-03-06"

    active = account_setup.activate(store, teller, case.id)
    assert active.status is CaseStatus.ACTIVE
    with store.reading() as session:
        account = session.scalars(select(Account)).one()
        assert (account.approval_number, account.approved_on) == ("Z2900001234501", approved_on)
        assert account.approval_recorded_by == teller.user_id
        assert account.payments_from == date(2026, 3, 6)
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[-2:] == ["account.regulator_approval_recorded", "account.activate"]


def test_an_approval_number_is_required_and_its_date_neither_before_opening_nor_in_the_future(
    store, staff, clock
):
    teller = staff["teller"]
    case = approved_case(
        store, staff, kind="other_organisation", name="上海市示范协会", code=SOCIAL_GROUP_CODE
    )
    account_setup.set_up_account(store, teller, case.id)
    today = clock().date()
    with pytest.raises(InputError) as missing:
        regulator_records.record_regulator_approval(store, teller, case.id, number="  ", approved_on=today)
    assert missing.value.code == "regulator.reference_missing"
    for day, code in (
        (today - timedelta(days=1), "regulator.date_before_opening"),
        (today + timedelta(days=1), "regulator.date_in_future"),
    ):
        with pytest.raises(RuleError) as wrong:
            regulator_records.record_regulator_approval(
                store, teller, case.id, number="Z29001", approved_on=day
            )
        assert wrong.value.code == code


def test_an_enterprise_account_pays_from_the_day_of_opening_and_records_no_approval(store, staff, clock):
    teller = staff["teller"]
    case = approved_case(store, staff)
    set_up = account_setup.set_up_account(store, teller, case.id)
    assert set_up.account["regime"] == "filing"
    assert set_up.account["payments_from"] == clock().date().isoformat()
    with pytest.raises(RuleError) as wrong:
        regulator_records.record_regulator_approval(
            store, teller, case.id, number="Z1", approved_on=clock().date()
        )
    assert wrong.value.code == "regulator.not_under_approval"
    assert account_setup.activate(store, teller, case.id).status is CaseStatus.ACTIVE


def test_the_filing_deadline_alert_ends_when_the_account_is_filed_not_after_thirty_days(store, staff, clock):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = approved_case(store, staff)
    account_setup.set_up_account(store, teller, case.id)
    account_setup.activate(store, teller, case.id)
    clock.advance(days=45)  # long past the deadline, never filed: still alerted
    assert [a.kind for a in alerts.alerts(store, supervisor, clock()) if a.case_id == case.id].count(
        "filing_deadline"
    ) == 1
    filed = regulator_records.record_account_filing(
        store, supervisor, case.id, reference="BA-2026-000123", filed_on=clock().date()
    )
    assert filed.account["filing"]["reference"] == "BA-2026-000123"
    assert "filing_deadline" not in [
        a.kind for a in alerts.alerts(store, supervisor, clock()) if a.case_id == case.id
    ]
    with store.reading() as session:
        account = session.scalars(select(Account)).one()
        assert (account.filing_reference, account.filed_by) == ("BA-2026-000123", supervisor.user_id)
    with pytest.raises(RuleError) as twice:
        regulator_records.record_account_filing(
            store, supervisor, case.id, reference="X", filed_on=clock().date()
        )
    assert twice.value.code == "regulator.already_recorded"


def test_a_capital_verification_account_needs_its_investors_at_intake(store, staff):
    from teller_app.domain.errors import TellerError
    from teller_app.services import cases

    teller = staff["teller"]
    case = cases.open_case(
        store, teller, "enterprise_legal_person", "temporary", customer_name="筹建中的公司"
    )
    intake = {
        "customer_name": "筹建中的公司",
        "temporary_until": "2026-09-01",
        "temporary_purpose": "capital_verification",
    }
    with pytest.raises(TellerError) as refused:
        cases.save_step(store, teller, case.id, "intake", intake, complete=True)
    assert refused.value.code == "account.verification_investors_missing"
    done = cases.save_step(
        store, teller, case.id, "intake", {**intake, "investors": ["110101199003071234"]}, complete=True
    )
    assert done.is_complete(Step.INTAKE)
