"""Alerts on open cases, each kind driven by a hand-moved clock; tellers see their own, supervisors the branch."""

from __future__ import annotations

import pytest
from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    corporate_case_to_contract,
    corporate_identity,
    credit_code,
    give_number_block,
)

from teller_app.domain.errors import InputError
from teller_app.domain.steps import Step
from teller_app.services import account_setup, approvals, cases, regulator_records
from teller_app.services.alerts import APPROVAL_WARNING, Severity, alerts
from teller_app.services.procedures import definition_by_version
from teller_app.storage.schema import Case as CaseRow


def kinds(store, actor, clock, kind: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (a.kind, a.case_id, a.customer_name)
        for a in alerts(store, actor, clock())
        if kind is None or a.kind == kind
    ]


def open_corporate(store, teller, name: str, code: str | None = None):
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=name)
    intake = {"customer_name": name, "channel": "counter", "present": "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    if code is not None:
        cases.save_step(
            store, teller, case.id, "identity", corporate_identity(code), complete=True, advance=True
        )
    return case


def test_a_step_past_its_sla_is_alerted_to_the_teller_and_the_supervisor(store, staff, clock):
    teller = staff["teller"]
    case = open_corporate(store, teller, COMPANY)
    sla = definition_by_version(case.procedure_version).sla_minutes[Step.IDENTITY]
    clock.advance(minutes=sla)
    assert kinds(store, teller, clock, "overdue_step") == []
    clock.advance(minutes=1)
    [alert] = alerts(store, teller, clock())
    assert (alert.kind, alert.case_id, alert.customer_name) == ("overdue_step", case.id, COMPANY)
    assert alert.params == {"step": "identity", "minutes": sla + 1, "sla_minutes": sla}
    assert kinds(store, staff["supervisor"], clock) == [("overdue_step", case.id, COMPANY)]


def test_another_teller_does_not_see_my_cases_alerts(store, staff, clock):
    case = open_corporate(store, staff["teller"], COMPANY)
    clock.advance(days=1)
    assert kinds(store, staff["teller"], clock) == [("overdue_step", case.id, COMPANY)]
    assert kinds(store, staff["teller2"], clock) == []


def test_roles_without_cases_get_no_alerts(store, staff, clock):
    from teller_app.domain.roles import Role
    from teller_app.services.actors import Actor

    open_corporate(store, staff["teller"], COMPANY)
    clock.advance(days=1)
    assert alerts(store, Actor("u-admin", Role.ADMINISTRATOR), clock()) == []


def test_training_cases_alert_only_in_training_mode(store, staff, clock):
    trainee = staff["trainee"]
    case = open_corporate(store, trainee, "培训公司")
    clock.advance(days=1)
    assert kinds(store, trainee, clock) == [("overdue_step", case.id, "培训公司")]
    assert kinds(store, staff["supervisor"], clock) == []


def test_filing_deadline_is_alerted_on_the_day_and_after_it_passed_until_the_account_is_filed(
    store, staff, clock
):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    account_setup.activate(store, teller, case.id)
    today = clock().date()
    [due] = [a for a in alerts(store, teller, clock()) if a.kind == "filing_deadline"]
    assert (due.case_id, due.params, due.severity) == (
        case.id,
        {"due": today.isoformat(), "when": "today"},
        Severity.URGENT,
    )
    clock.advance(days=3)
    [late] = [a for a in alerts(store, supervisor, clock()) if a.kind == "filing_deadline"]
    assert late.params["when"] == "past"
    clock.advance(days=60)  # never filed: still alerted, however long ago the deadline was
    assert [k[0] for k in kinds(store, teller, clock, "filing_deadline")] == ["filing_deadline"]
    regulator_records.record_account_filing(
        store, supervisor, case.id, reference="BA-1", filed_on=clock().date()
    )
    assert kinds(store, teller, clock, "filing_deadline") == []


def test_the_same_credit_code_on_two_open_cases_is_alerted_on_both(store, staff, clock):
    teller, teller2 = staff["teller"], staff["teller2"]
    code = credit_code()
    first = open_corporate(store, teller, "甲公司", code)
    second = open_corporate(store, teller2, "乙公司", code)
    open_corporate(store, teller, "丙公司", credit_code("91310115MA1K4Y7Q3"))
    assert kinds(store, teller, clock, "duplicate_identifier") == [
        ("duplicate_identifier", first.id, "甲公司")
    ]
    mine = [a for a in alerts(store, teller, clock()) if a.kind == "duplicate_identifier"]
    assert mine[0].params == {"identifier": "credit_code", "count": 2}
    assert sorted(
        c for _, c, _ in kinds(store, staff["supervisor"], clock, "duplicate_identifier")
    ) == sorted([first.id, second.id])
    cases.cancel_case(store, teller2, second.id, "customer withdrew")
    assert kinds(store, teller, clock, "duplicate_identifier") == []


def test_a_high_risk_customer_on_an_open_case_is_alerted(store, staff, clock):
    teller = staff["teller"]
    case = open_corporate(store, teller, COMPANY)
    assert kinds(store, teller, clock, "high_risk") == []
    with store.unit_of_work(user_id="u-teller") as uow:
        row = uow.get(CaseRow, case.id)
        row.risk_level = "high"
    assert kinds(store, teller, clock, "high_risk") == [("high_risk", case.id, COMPANY)]


def test_an_approval_request_near_and_past_its_expiry_is_alerted(store, staff, clock):
    teller = staff["teller"]
    case = corporate_case_to_contract(store, teller)
    approvals.request_approval(store, teller, case.id, expiry_hours=4)
    warning_hours = APPROVAL_WARNING.total_seconds() / 3600
    clock.advance(hours=4 - warning_hours - 0.5)
    assert kinds(store, teller, clock, "approval_expiring") == []
    clock.advance(hours=1)
    [near] = [a for a in alerts(store, teller, clock()) if a.kind == "approval_expiring"]
    assert (near.severity, near.params["expired"], near.params["minutes_left"]) == (
        Severity.WARNING,
        False,
        90,
    )
    clock.advance(hours=2)
    [past] = [a for a in alerts(store, staff["supervisor"], clock()) if a.kind == "approval_expiring"]
    assert (past.severity, past.params["expired"]) == (Severity.URGENT, True)


def test_most_urgent_alerts_come_first(store, staff, clock):
    teller = staff["teller"]
    code = credit_code()
    open_corporate(store, teller, "甲公司", code)
    open_corporate(store, teller, "乙公司", code)
    clock.advance(days=1)
    severities = [a.severity for a in alerts(store, teller, clock())]
    assert severities[:2] == [Severity.URGENT, Severity.URGENT]
    assert Severity.WARNING in severities[2:]


def test_a_time_without_zone_is_refused(store, staff, clock):
    with pytest.raises(InputError) as refused:
        alerts(store, staff["teller"], clock().replace(tzinfo=None))
    assert refused.value.code == "alerts.time_invalid"


def test_alerts_on_a_closed_case_stop(store, staff, clock):
    teller = staff["teller"]
    case = open_corporate(store, teller, COMPANY)
    clock.advance(days=1)
    assert kinds(store, teller, clock, "overdue_step") != []
    cases.cancel_case(store, teller, case.id, "customer withdrew")
    assert kinds(store, teller, clock) == []


def test_the_cases_longest_in_their_step_are_checked_first_when_there_are_very_many(
    store, staff, clock, monkeypatch
):
    from teller_app.services import alerts as alert_service

    teller = staff["teller"]
    oldest = open_corporate(store, teller, "甲公司")
    clock.advance(minutes=30)
    open_corporate(store, teller, "乙公司")
    clock.advance(days=1)
    monkeypatch.setattr(alert_service, "MOST_CHECKED_FOR_OVERDUE", 1)
    assert kinds(store, teller, clock, "overdue_step") == [("overdue_step", oldest.id, "甲公司")]


def test_a_case_open_past_its_working_day_limit_is_alerted(store, staff, clock):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = cases.open_case(
        store, teller, "enterprise_legal_person", "basic", customer_name="逾期示例有限公司"
    )
    clock.advance(days=1)  # opened Monday 2 March 2026: due by Wednesday 4 March (2 working days)
    assert "case_past_due" not in [a.kind for a in alerts(store, supervisor, clock()) if a.case_id == case.id]
    clock.advance(days=2)
    [late] = [
        a for a in alerts(store, supervisor, clock()) if a.kind == "case_past_due" and a.case_id == case.id
    ]
    assert late.params["due"] == "2026-03-04"
