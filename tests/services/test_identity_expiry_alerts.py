"""The expired-identity alert comes from the expiry dates the identity step captured (legal representative,
agent, individual customer, beneficial owners where recorded), on open cases and on accounts in service:
"expiring soon" within the procedure's warning days, "expired" once past (4.4 monitoring: a customer whose
ID has expired needs updating)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime

from checker_helpers import checker_for
from service_helpers import (
    COMPANY,
    corporate_case_to_contract,
    corporate_identity,
    give_number_block,
    individual_identity,
    resident_id,
    verify_all_documents,
)

from teller_app.domain.id_documents import documents_on_record, expiry_state
from teller_app.services import account_setup, approvals, cases, step_services
from teller_app.services import alerts as alert_service
from teller_app.services.alerts import Severity, alerts
from teller_app.services.demo import owner_record
from teller_app.services.procedures import definition_by_version


def identity_alerts(store, actor, clock) -> list:
    return [a for a in alerts(store, actor, clock()) if a.kind in ("expired_identity", "expiring_identity")]


def corporate_with_expiry(store, teller, expiry: str):
    case = cases.open_case(store, teller, "enterprise_legal_person", "basic", customer_name=COMPANY)
    intake = {"customer_name": COMPANY, "channel": "counter", "present": "legal_representative"}
    cases.save_step(store, teller, case.id, "intake", intake, complete=True, advance=True)
    identity = corporate_identity()
    identity["legal_representative"]["id_expiry"] = expiry
    cases.save_step(store, teller, case.id, "identity", identity, complete=True, advance=True)
    return case


def test_a_legal_representatives_id_expiring_soon_is_alerted_then_expired_once_the_day_passes(
    store, staff, clock
):
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_with_expiry(store, teller, "2026-04-15")  # today is 2026-03-02: 44 days left
    [soon] = identity_alerts(store, teller, clock)
    assert (soon.kind, soon.case_id, soon.severity) == ("expiring_identity", case.id, Severity.NOTICE)
    assert soon.params == {
        "holder": "legal_representative",
        "expiry": "2026-04-15",
        "days": 44,
        "in_service": False,
    }
    assert [a.case_id for a in identity_alerts(store, supervisor, clock)] == [case.id]  # the branch's too

    clock.advance(days=44)  # 2026-04-15: still valid through the day printed on the card
    assert [a.kind for a in identity_alerts(store, teller, clock)] == ["expiring_identity"]
    clock.advance(days=1)
    [expired] = identity_alerts(store, teller, clock)
    assert (expired.kind, expired.severity, expired.params["days"]) == (
        "expired_identity",
        Severity.WARNING,
        -1,
    )


def test_an_id_valid_beyond_the_warning_days_or_long_term_raises_no_alert(store, staff, clock):
    teller = staff["teller"]
    corporate_with_expiry(store, teller, "2026-06-01")  # 91 days: beyond the 90 days of the definition
    corporate_with_expiry(store, teller, "long_term")
    assert identity_alerts(store, teller, clock) == []


def test_the_warning_days_come_from_the_cases_procedure_definition(store, staff, clock, monkeypatch):
    teller = staff["teller"]
    case = corporate_with_expiry(store, teller, "2026-06-01")
    pinned = definition_by_version(case.procedure_version)
    longer = dataclasses.replace(pinned, id_expiry_warning_days=120)
    monkeypatch.setattr(alert_service, "definition_by_version", lambda version: longer)
    [soon] = identity_alerts(store, teller, clock)
    assert (soon.kind, soon.params["days"]) == ("expiring_identity", 91)


def test_an_individual_customers_id_is_watched(store, staff, clock):
    teller = staff["teller"]
    case = cases.open_case(store, teller, "individual", "personal_ii", customer_name="赵小红")
    cases.save_step(
        store, teller, case.id, "intake", {"customer_name": "赵小红"}, complete=True, advance=True
    )
    identity = individual_identity(resident_id("11010519920512004"), id_expiry="2026-03-31")
    cases.save_step(store, teller, case.id, "identity", identity, complete=True, advance=True)
    [soon] = identity_alerts(store, teller, clock)
    assert (soon.params["holder"], soon.params["days"]) == ("customer", 29)


def test_an_account_in_service_whose_representatives_id_expired_needs_updating(store, staff, clock):
    give_number_block(store)
    teller, supervisor = staff["teller"], staff["supervisor"]
    case = corporate_case_to_contract(store, teller)  # the legal representative's ID runs to 2036-03-15
    approvals.request_approval(store, teller, case.id)
    approvals.decide(store, checker_for(store, supervisor), case.id, "approve")
    account_setup.set_up_account(store, teller, case.id)
    assert account_setup.activate(store, teller, case.id).status.value == "active"
    assert identity_alerts(store, supervisor, clock) == []
    clock.now = datetime(2036, 1, 5, 9, 0, tzinfo=UTC)  # ten years on: the account is still in service
    [soon] = identity_alerts(store, supervisor, clock)
    assert (soon.kind, soon.params["in_service"]) == ("expiring_identity", True)
    clock.now = datetime(2036, 3, 16, 9, 0, tzinfo=UTC)
    [expired] = identity_alerts(store, supervisor, clock)
    assert (expired.kind, expired.case_id, expired.params["in_service"]) == (
        "expired_identity",
        case.id,
        True,
    )


def test_a_beneficial_owners_id_expiry_where_recorded_is_watched(store, staff, clock):
    teller = staff["teller"]
    case = corporate_with_expiry(store, teller, "2036-03-15")
    verify_all_documents(store, teller, case.id)
    cases.save_step(store, teller, case.id, "documents", {}, complete=True, advance=True)
    owners = [
        owner_record("p1", "王建国", resident_id(), equity="0.6"),
        owner_record("p2", "陈美华", resident_id("31010419750608002"), equity="0.4", id_expiry="2026-03-10"),
    ]
    step_services.record_owners(store, teller, case.id, {"shareholders": owners})
    found = identity_alerts(store, teller, clock)
    assert [(a.kind, a.params["holder"], a.params["days"]) for a in found] == [
        ("expiring_identity", "owner:2", 8)
    ]


def test_documents_on_record_name_every_holder_with_an_expiry():
    identity = {
        "id_expiry": "2030-01-01",
        "legal_representative": {"id_expiry": "2031-01-01"},
        "agent": {"id_expiry": "2032-01-01"},
    }
    owners = {"owners": [{"name": "甲"}, {"id_expiry": "2033-01-01"}]}
    assert documents_on_record(identity, owners) == [
        ("customer", "2030-01-01"),
        ("legal_representative", "2031-01-01"),
        ("agent", "2032-01-01"),
        ("owner:2", "2033-01-01"),
    ]


def test_expiry_state_expired_expiring_and_far_off():
    today = date(2026, 3, 2)
    assert expiry_state("2026-03-01", today, 90) == ("expired", date(2026, 3, 1), -1)
    assert expiry_state("2026-03-02", today, 90) == ("expiring", date(2026, 3, 2), 0)
    assert expiry_state("2026-05-31", today, 90) == ("expiring", date(2026, 5, 31), 90)
    assert expiry_state("2026-06-01", today, 90) is None
    assert expiry_state("long_term", today, 90) is None
