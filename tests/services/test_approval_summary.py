"""The checker's summary of a case: everything a supervisor reads before signing, from the stored case."""

from __future__ import annotations

import pytest
from checker_helpers import checker_for
from service_helpers import REPRESENTATIVE, corporate_case_to_contract, resident_id

from teller_app.domain.errors import RuleError
from teller_app.services import approvals, documents_review
from teller_app.services.approval_summary import approval_summary, mask_id

SCAN = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


def _waiting_case(store, staff):
    case = corporate_case_to_contract(store, staff["teller"])
    documents_review.attach_scan(store, staff["teller"], case.id, "business_licence", SCAN, "application/pdf")
    approvals.request_approval(store, staff["teller"], case.id)
    return case


def test_summary_shows_the_customer_people_documents_owners_risk_and_limits(store, staff, clock) -> None:
    case = _waiting_case(store, staff)
    clock.advance(minutes=7)
    summary = approval_summary(store, staff["supervisor"], case.id)
    assert summary.customer_name == "上海示例国际贸易有限公司"
    assert summary.account_type == "basic"
    representative = next(p for p in summary.people if p.role == "legal_representative")
    assert representative.name == REPRESENTATIVE
    assert representative.id_number == mask_id(resident_id()) and "*" in representative.id_number
    assert representative.result == "match" and representative.reference  # as the identity step recorded it
    assert representative.method in ("manual", "service") and representative.recorded_by
    licence = next(d for d in summary.documents if d.code == "business_licence")
    assert licence.decision == "verified" and licence.original_seen and len(licence.scan_ids) == 1
    assert {o.name for o in summary.owners} == {REPRESENTATIVE, "陈美华"}
    assert summary.risk_level and summary.risk_score is not None and summary.factors
    assert set(summary.limits) == {"single", "daily"}
    assert summary.total_time.total_seconds() >= 7 * 60
    assert summary.requested_at is not None and summary.attempt == 1
    assert summary.maker_name


def test_summary_lists_the_standard_return_reasons_of_the_cases_procedure(store, staff) -> None:
    case = _waiting_case(store, staff)
    summary = approval_summary(store, staff["supervisor"], case.id)
    codes = {r.code: r.step.value for r in summary.return_reasons}
    assert codes["documents_incomplete"] == "documents"
    assert codes["seal_card_invalid"] == "contract"


def test_summary_names_the_identity_step_when_a_person_is_not_verified(store, staff) -> None:
    from dataclasses import replace

    from teller_app.services import approval_summary as module

    case = corporate_case_to_contract(store, staff["teller"])
    summary = approval_summary(store, staff["supervisor"], case.id)
    people = tuple(replace(p, result="unavailable") for p in summary.people)
    loaded = module.load_case(store, case.id)
    assert module.suggested_return_step(loaded, summary.documents, people) == "identity"
    assert module.suggested_return_step(loaded, summary.documents, summary.people) == "documents"
    unseen = tuple(replace(d, decision="received") for d in summary.documents)
    assert module.suggested_return_step(loaded, unseen, summary.people) == "documents"


def test_an_agent_acting_is_an_exception_the_checker_sees(store, staff) -> None:
    case = _waiting_case(store, staff)
    summary = approval_summary(store, staff["supervisor"], case.id)
    assert not any(e.code == "agent_acting" for e in summary.exceptions)


def test_history_names_the_checker_and_keeps_the_reason_codes(store, staff) -> None:
    case = _waiting_case(store, staff)
    approvals.decide(
        store,
        checker_for(store, staff["supervisor"]),
        case.id,
        "return",
        {"documents": ["documents_incomplete", "营业执照副本"]},
    )
    summary = approval_summary(store, staff["teller"], case.id)
    decision = summary.decisions[-1]
    assert decision.kind == "return" and decision.checker_name == "liu"  # the stored user who signed in
    assert decision.reasons == (("documents", "documents_incomplete"), ("documents", "营业执照副本"))


def test_summary_needs_permission_to_view_the_case(store, staff) -> None:
    from teller_app.domain.roles import Role
    from teller_app.services.actors import Actor

    case = _waiting_case(store, staff)
    with pytest.raises(RuleError):
        approval_summary(store, Actor("u-admin", Role.ADMINISTRATOR), case.id)


def test_the_supervisor_reads_each_owner_s_record_with_the_id_number_masked(store, staff) -> None:
    case = _waiting_case(store, staff)
    summary = approval_summary(store, staff["supervisor"], case.id)
    owner = next(o for o in summary.owners if o.name == REPRESENTATIVE)
    record = dict(owner.record)
    assert (record["sex"], record["birth_date"], record["nationality"]) == ("male", "1980-03-15", "CN")
    assert record["id_number"] == mask_id(resident_id()) and record["relationship_until"] == "ongoing"
    assert record["id_valid_from"] and record["id_expiry"] and record["address"] and record["contact"]
    assert owner.gaps == ()
