"""Dual control on a case: the checker's decisions (approve, return, reject), resubmission, and an approval
that binds the content it approved."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from approval_helpers import EXPIRY_HOURS, Clock, approved, at_approval_step, requested, returned
from case_helpers import AUTHORITY, T0, refused

from teller_app.domain.approval import DecisionKind
from teller_app.domain.case import CaseStatus, approval_still_valid, case_content_hash
from teller_app.domain.case_approval import approve, reject, request_approval, resubmit, return_for_correction
from teller_app.domain.case_moves import (
    advance,
    cancel_case,
    go_back,
    record_document,
    record_risk_level,
    save_step,
)
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

# --- the checker's decision ------------------------------------------------------------------------


def test_approval_records_both_identities_and_binds_the_content():
    case = approved()
    assert case.status is CaseStatus.APPROVED
    assert case.approval_request is None
    assert case.approval is not None
    assert (case.approval.maker, case.approval.checker, case.approval.checker_role) == (
        "teller-1",
        "sup-1",
        Role.SUPERVISOR,
    )
    assert case.approval.content_hash == case_content_hash(case)
    assert approval_still_valid(case)
    assert Step.APPROVAL in case.completed
    assert [d.kind for d in case.decisions] == [DecisionKind.APPROVE]


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.BRANCH_MANAGER])
def test_checker_cannot_approve_own_case(role):
    waiting = requested(at_approval_step())
    assert (
        refused(lambda: approve(waiting, checker="teller-1", checker_role=role, authority=AUTHORITY, now=T0))
        == "approval.own_case"
    )


def test_whoever_requested_approval_cannot_decide_it():
    case = at_approval_step()
    waiting = request_approval(case, request_id="r", requested_by="sup-2", now=T0, expiry_hours=EXPIRY_HOURS)

    def call():
        return approve(waiting, checker="sup-2", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)

    assert refused(call) == "approval.own_case"


def test_high_risk_case_needs_risk_officer_or_branch_manager():
    waiting = requested(at_approval_step(risk=RiskLevel.HIGH))
    with pytest.raises(RuleError) as error:
        approve(waiting, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)
    assert error.value.code == "approval.authority_too_low"
    assert error.value.params["level"] == "high"
    for role in (Role.RISK_OFFICER, Role.BRANCH_MANAGER):
        case = approve(waiting, checker="boss-1", checker_role=role, authority=AUTHORITY, now=T0)
        assert case.status is CaseStatus.APPROVED


@pytest.mark.parametrize("role", [Role.TELLER, Role.REVIEWER, Role.AUDITOR, Role.ADMINISTRATOR])
def test_roles_without_the_approve_permission_cannot_approve(role):
    waiting = requested(at_approval_step())

    def call():
        return approve(waiting, checker="someone", checker_role=role, authority=AUTHORITY, now=T0)

    assert refused(call) == "permission.denied"


def test_approve_impossible_while_a_document_needs_revision():
    waiting = requested(at_approval_step())
    # A document changed to need revision behind the state machine's back (e.g. a synced edit).
    tampered = replace(
        waiting, documents={**waiting.documents, "legal_rep_id": DocumentDecision.NEEDS_REVISION}
    )

    def call():
        return approve(tampered, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)

    assert refused(call) == "case.documents_need_revision"


def test_approve_refused_when_the_content_differs_from_the_request():
    waiting = requested(at_approval_step())
    tampered = replace(waiting, step_data={**waiting.step_data, Step.CONTRACT: {"fees": "changed"}})

    def call():
        return approve(tampered, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)

    assert refused(call) == "approval.content_changed"


def test_expired_request_cannot_be_decided():
    clock = Clock()
    waiting = requested(at_approval_step(), now=clock.now)
    clock.advance(hours=EXPIRY_HOURS - 1)
    assert waiting.approval_request is not None
    assert waiting.approval_request.age(clock.now) == timedelta(hours=EXPIRY_HOURS - 1)
    clock.advance(hours=1)
    base = {"checker": "sup-1", "checker_role": Role.SUPERVISOR, "authority": AUTHORITY, "now": clock.now}
    assert refused(lambda: approve(waiting, **base)) == "approval.request_expired"
    assert refused(lambda: reject(waiting, reason="late", **base)) == "approval.request_expired"
    reasons = {Step.IDENTITY: ["late"]}
    assert (
        refused(lambda: return_for_correction(waiting, reasons=reasons, **base)) == "approval.request_expired"
    )


def test_no_decision_on_a_case_that_is_not_waiting():
    case = at_approval_step()

    def call():
        return approve(case, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)

    assert refused(call) == "approval.no_open_request"


def test_return_requires_a_reason():
    waiting = requested(at_approval_step())
    base = {"checker": "sup-1", "checker_role": Role.SUPERVISOR, "authority": AUTHORITY, "now": T0}
    assert refused(lambda: return_for_correction(waiting, reasons={}, **base)) == "approval.reason_required"
    blank = {Step.IDENTITY: ["  "]}
    assert (
        refused(lambda: return_for_correction(waiting, reasons=blank, **base)) == "approval.reason_required"
    )


def test_reject_requires_a_reason():
    waiting = requested(at_approval_step())
    base = {"checker": "sup-1", "checker_role": Role.SUPERVISOR, "authority": AUTHORITY, "now": T0}
    assert refused(lambda: reject(waiting, reason="", **base)) == "approval.reason_required"


@pytest.mark.parametrize("step", [Step.APPROVAL, Step.ACCOUNT_SETUP, "nowhere"])
def test_return_only_to_a_step_the_case_visits_before_approval(step):
    waiting = requested(at_approval_step())
    base = {"checker": "sup-1", "checker_role": Role.SUPERVISOR, "authority": AUTHORITY, "now": T0}
    assert (
        refused(lambda: return_for_correction(waiting, reasons={step: ["x"]}, **base))
        == "case.return_step_invalid"
    )


def test_return_to_the_owners_step_refused_for_an_individual_business():
    waiting = requested(at_approval_step(kind=CustomerKind.INDIVIDUAL_BUSINESS))
    base = {"checker": "sup-1", "checker_role": Role.SUPERVISOR, "authority": AUTHORITY, "now": T0}
    reasons = {Step.BENEFICIAL_OWNERS: ["x"]}
    assert (
        refused(lambda: return_for_correction(waiting, reasons=reasons, **base)) == "case.return_step_invalid"
    )


def test_return_goes_back_to_the_earliest_step_concerned_with_reasons_per_step():
    case = returned(
        reasons={Step.CONTRACT: ["fee schedule unsigned"], Step.IDENTITY: ["agent's ID copy missing"]}
    )
    assert case.status is CaseStatus.RETURNED
    assert case.step is Step.IDENTITY
    assert case.return_reasons == {
        Step.IDENTITY: ("agent's ID copy missing",),
        Step.CONTRACT: ("fee schedule unsigned",),
    }
    assert Step.IDENTITY not in case.completed and Step.CONTRACT not in case.completed
    assert Step.RISK in case.completed
    assert case.approval_request is None
    decision = case.decisions[-1]
    assert decision.kind is DecisionKind.RETURN
    assert decision.reasons == ("identity: agent's ID copy missing", "contract: fee schedule unsigned")


def test_returned_case_keeps_its_data_and_cannot_pass_a_step_marked_for_correction():
    case = returned()
    assert case.data_for(Step.IDENTITY) == {"page": "identity"}
    assert refused(lambda: advance(case, now=T0)) == "case.step_incomplete"


def test_resubmit_after_correction_comes_back_as_a_new_approval_request():
    case = returned()
    case = save_step(case, {"page": "identity", "agent_id": "copy added"}, complete=True)
    while case.step is not Step.APPROVAL:
        case = advance(case, now=T0)
    assert refused(lambda: requested(case)) == "case.resubmit_required"
    again = resubmit(case, request_id="req-2", requested_by="teller-1", now=T0, expiry_hours=EXPIRY_HOURS)
    assert again.status is CaseStatus.AWAITING_APPROVAL
    assert again.approval_request is not None
    assert (again.approval_request.id, again.approval_request.attempt) == ("req-2", 2)
    assert again.approval_request.content_hash == case_content_hash(case)
    assert again.return_reasons == {}
    final = approve(again, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)
    assert [d.kind for d in final.decisions] == [DecisionKind.RETURN, DecisionKind.APPROVE]


def test_resubmit_is_validated_like_a_first_request():
    case = returned()
    case = save_step(case, {"page": "identity"}, complete=True)
    case = replace(case, step=Step.APPROVAL, completed=case.completed - {Step.CONTRACT})

    def call():
        return resubmit(case, request_id="r", requested_by="teller-1", now=T0, expiry_hours=EXPIRY_HOURS)

    assert refused(call) == "case.steps_incomplete"


def test_resubmit_only_a_returned_case():
    case = at_approval_step()

    def call():
        return resubmit(case, request_id="r", requested_by="teller-1", now=T0, expiry_hours=EXPIRY_HOURS)

    assert refused(call) == "case.illegal_move"


def test_rejected_case_is_closed():
    waiting = requested(at_approval_step())
    case = reject(
        waiting,
        checker="sup-1",
        checker_role=Role.SUPERVISOR,
        authority=AUTHORITY,
        reason="shell company",
        now=T0,
    )
    assert case.status is CaseStatus.REJECTED
    assert case.decisions[-1].reasons == ("shell company",)
    assert refused(lambda: requested(case)) == "case.closed"
    assert refused(lambda: cancel_case(case, reason="x", now=T0)) == "case.closed"
    assert refused(lambda: go_back(case, now=T0)) == "case.closed"


def test_a_case_waiting_for_approval_may_be_cancelled_and_its_request_closes():
    case = cancel_case(requested(at_approval_step()), reason="customer withdrew", now=T0)
    assert case.status is CaseStatus.CANCELLED and case.approval_request is None


def test_cancel_refused_after_approval():
    assert (
        refused(lambda: cancel_case(approved(), reason="changed mind", now=T0))
        == "case.cancel_after_approval"
    )


# --- an approval binds the content -----------------------------------------------------------------


def test_change_after_approval_voids_it():
    case = approved()
    back = go_back(case, to=Step.CONTRACT, now=T0)
    assert approval_still_valid(back)  # looking is not changing
    edited = save_step(back, {"page": "contract", "fees": "waived"}, complete=True)
    assert edited.status is CaseStatus.IN_PROGRESS
    assert edited.approval is None
    assert not approval_still_valid(edited)
    assert Step.APPROVAL not in edited.completed
    edited = advance(edited, now=T0)
    assert edited.step is Step.APPROVAL
    assert refused(lambda: advance(edited, now=T0)) == "case.not_approved"
    again = requested(edited, request_id="req-2")
    assert again.status is CaseStatus.AWAITING_APPROVAL


def test_saving_the_same_data_after_approval_keeps_it():
    case = go_back(approved(), to=Step.CONTRACT, now=T0)
    resaved = save_step(case, {"page": "contract"}, complete=True)
    assert resaved.status is CaseStatus.APPROVED and approval_still_valid(resaved)


def test_a_document_decision_changed_after_approval_voids_it():
    case = go_back(approved(), to=Step.DOCUMENTS, now=T0)
    edited = record_document(case, "legal_rep_id", DocumentDecision.RECEIVED)
    assert edited.status is CaseStatus.IN_PROGRESS and not approval_still_valid(edited)


def test_a_risk_level_changed_after_approval_voids_it():
    case = go_back(approved(), to=Step.RISK, now=T0)
    edited = record_risk_level(case, RiskLevel.HIGH)
    assert edited.status is CaseStatus.IN_PROGRESS and not approval_still_valid(edited)


def test_marking_a_step_incomplete_after_approval_voids_it():
    case = go_back(approved(), to=Step.CONTRACT, now=T0)
    edited = save_step(case, {"page": "contract"}, complete=False)
    assert edited.status is CaseStatus.IN_PROGRESS and not approval_still_valid(edited)


def test_content_changed_behind_the_moves_is_detected():
    case = approved()
    tampered = replace(case, step_data={**case.step_data, Step.INTAKE: {"page": "forged"}})
    assert not approval_still_valid(tampered)
