"""A case written as plain JSON data and read back is the same case, with the same content hash."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from teller_app.domain.account_types import AccountType
from teller_app.domain.case import Case, approval_still_valid, case_content_hash, open_case
from teller_app.domain.case_approval import approve, request_approval, resubmit, return_for_correction
from teller_app.domain.case_moves import advance, record_document, record_risk_level, save_step
from teller_app.domain.case_records import case_from_data, case_to_data
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
AUTHORITY = {level: frozenset({Role.SUPERVISOR}) for level in RiskLevel}


def busy_case() -> Case:
    """A case that went through a return, a resubmission and an approval: every field filled."""
    case = open_case(
        case_id="case-1",
        customer_kind=CustomerKind.ENTERPRISE_LEGAL_PERSON,
        account_type=AccountType.BASIC,
        procedure_version="2026.1",
        maker="teller-1",
        now=T0,
    )
    minute = 0
    while case.step is not Step.APPROVAL:
        minute += 3
        if case.step is Step.DOCUMENTS:
            case = record_document(case, "business_licence", DocumentDecision.VERIFIED)
        if case.step is Step.RISK:
            case = record_risk_level(case, RiskLevel.MEDIUM)
        data = {
            "page": case.step.value,
            "capital": Decimal("5000000.00"),
            "since": T0.date(),
            "tags": {"b", "a"},
        }
        case = advance(
            save_step(case, data, complete=True), now=T0 + timedelta(minutes=minute, microseconds=7)
        )
    case = request_approval(case, request_id="r1", requested_by="teller-1", now=T0, expiry_hours=24)
    case = return_for_correction(
        case,
        checker="sup-1",
        checker_role=Role.SUPERVISOR,
        authority=AUTHORITY,
        reasons={Step.IDENTITY: ["agent ID missing"]},
        now=T0,
    )
    case = save_step(case, {"page": "identity", "agent": "added"}, complete=True)
    while case.step is not Step.APPROVAL:
        case = advance(case, now=T0 + timedelta(hours=1))
    return resubmit(case, request_id="r2", requested_by="teller-1", now=T0, expiry_hours=24)


def round_trip(case: Case) -> Case:
    return case_from_data(json.loads(json.dumps(case_to_data(case))))


def test_a_case_survives_the_trip_through_json():
    case = busy_case()
    back = round_trip(case)
    assert case_content_hash(back) == case_content_hash(case)
    assert back.decisions == case.decisions
    assert back.approval_request == case.approval_request
    assert back.time_in_steps == case.time_in_steps
    assert (back.step, back.status, back.completed, back.skipped) == (
        case.step,
        case.status,
        case.completed,
        case.skipped,
    )
    assert back.step_data[Step.INTAKE]["capital"] == "5000000.00"  # amounts come back as exact text


def test_an_approval_read_back_still_binds_the_case():
    case = approve(busy_case(), checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)
    back = round_trip(case)
    assert back.approval == case.approval
    assert approval_still_valid(back)


def test_the_record_is_plain_json():
    text = json.dumps(case_to_data(busy_case()))
    assert "Decimal" not in text and json.loads(text)["format"] == 1


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("status", "lost"),
        ("step", 7),
        ("opened_at", "yesterday"),
        ("completed", "intake"),
        ("requests_made", "2"),
        ("format", 99),
        ("documents", {"x": "shredded"}),
    ],
)
def test_a_broken_record_names_the_field(field, value):
    data = case_to_data(busy_case())
    data[field] = value
    with pytest.raises(InputError) as error:
        case_from_data(data)
    assert error.value.code == "case.record_invalid"
    assert error.value.params["field"] == field


def test_a_broken_decision_inside_the_record_names_its_place():
    data = case_to_data(busy_case())
    data["decisions"][0]["checker_role"] = "janitor"
    with pytest.raises(InputError) as error:
        case_from_data(data)
    assert error.value.params["field"] == "decisions[0].checker_role"


@pytest.mark.parametrize("record", [None, [], "case"])
def test_a_record_that_is_not_an_object_is_refused(record):
    with pytest.raises(InputError):
        case_from_data(record)


def test_a_missing_field_is_named():
    data = case_to_data(busy_case())
    del data["maker"]
    with pytest.raises(InputError) as error:
        case_from_data(data)
    assert (error.value.params["field"], error.value.params["problem"]) == ("maker", "missing")
