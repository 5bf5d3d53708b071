"""Dual control on a case: requesting approval, the checker's decisions, resubmission, account setup."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from case_helpers import AUTHORITY, T0, new_case, refused

from teller_app.domain.approval import DecisionKind
from teller_app.domain.case import Case, CaseStatus, approval_still_valid, case_content_hash
from teller_app.domain.case_approval import (
    activate_account,
    approve,
    reject,
    request_approval,
    resubmit,
    return_for_correction,
    set_up_account,
    withdraw_request,
)
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
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step

EXPIRY_HOURS = 24
MANDATORY = ("business_licence", "legal_rep_id")


class Clock:
    """A controllable clock: tests move time forward instead of sleeping."""

    def __init__(self) -> None:
        self.now = T0

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def at_approval_step(kind=CustomerKind.ENTERPRISE_LEGAL_PERSON, risk=RiskLevel.LOW) -> Case:
    case = new_case(kind)
    while case.step is not Step.APPROVAL:
        if case.step is Step.DOCUMENTS:
            for code in MANDATORY:
                case = record_document(case, code, DocumentDecision.VERIFIED)
        if case.step is Step.RISK:
            case = record_risk_level(case, risk)
        case = advance(save_step(case, {"page": case.step.value}, complete=True), now=T0)
    return case


def requested(case: Case, now: datetime = T0, request_id: str = "req-1") -> Case:
    return request_approval(
        case,
        request_id=request_id,
        requested_by="teller-1",
        now=now,
        expiry_hours=EXPIRY_HOURS,
        required_documents=MANDATORY,
    )


def approved(case: Case | None = None) -> Case:
    case = requested(case or at_approval_step())
    return approve(case, checker="sup-1", checker_role=Role.SUPERVISOR, authority=AUTHORITY, now=T0)


def returned(case: Case | None = None, reasons=None) -> Case:
    case = requested(case or at_approval_step())
    return return_for_correction(
        case,
        checker="sup-1",
        checker_role=Role.SUPERVISOR,
        authority=AUTHORITY,
        reasons=reasons or {Step.IDENTITY: ["agent's ID copy missing"]},
        now=T0,
    )


# --- requesting approval ---------------------------------------------------------------------------


def test_request_approval_puts_the_case_waiting_with_its_content_hash():
    case = at_approval_step()
    waiting = requested(case)
    assert waiting.status is CaseStatus.AWAITING_APPROVAL
    request = waiting.approval_request
    assert request is not None
    assert (request.id, request.case_id, request.requested_by, request.attempt) == (
        "req-1",
        "case-1",
        "teller-1",
        1,
    )
    assert request.content_hash == case_content_hash(case)
    assert request.expires_at == T0 + timedelta(hours=EXPIRY_HOURS)


def test_request_approval_only_at_the_approval_step():
    case = go_back(at_approval_step(), now=T0)
    assert refused(lambda: requested(case)) == "case.not_at_approval_step"


@pytest.mark.parametrize("missing", [Step.INTAKE, Step.IDENTITY, Step.BENEFICIAL_OWNERS, Step.INTENT])
def test_request_approval_refused_while_a_prior_step_is_incomplete(missing):
    case = at_approval_step()
    case = replace(case, completed=case.completed - {missing})
    with pytest.raises(RuleError) as error:
        requested(case)
    assert error.value.code == "case.steps_incomplete"
    assert error.value.params["steps"] == missing.value


def test_request_approval_refused_without_a_risk_level():
    case = replace(at_approval_step(), risk_level=None)
    assert refused(lambda: requested(case)) == "case.risk_not_rated"


@pytest.mark.parametrize("decision", [DocumentDecision.NEEDS_REVISION, DocumentDecision.REJECTED])
def test_request_approval_refused_while_a_document_needs_revision(decision):
    case = at_approval_step()
    case = replace(case, documents={**case.documents, "seal_card": decision})
    assert refused(lambda: requested(case)) == "case.documents_need_revision"


@pytest.mark.parametrize("decision", [DocumentDecision.PENDING, DocumentDecision.RECEIVED, None])
def test_request_approval_refused_until_every_mandatory_document_is_verified(decision):
    case = at_approval_step()
    documents = dict(case.documents)
    if decision is None:
        del documents["legal_rep_id"]
    else:
        documents["legal_rep_id"] = decision
    with pytest.raises(RuleError) as error:
        requested(replace(case, documents=documents))
    assert (error.value.code, error.value.params["items"]) == ("case.documents_not_verified", "legal_rep_id")


def test_one_open_approval_request_per_case():
    waiting = requested(at_approval_step())
    assert refused(lambda: requested(waiting, request_id="req-2")) == "case.approval_already_open"


def test_an_expired_request_may_be_replaced_by_a_new_one():
    clock = Clock()
    waiting = requested(at_approval_step(), now=clock.now)
    again = requested(waiting, now=clock.advance(hours=EXPIRY_HOURS), request_id="req-2")
    assert again.approval_request is not None
    assert (again.approval_request.id, again.approval_request.attempt) == ("req-2", 2)


@pytest.mark.parametrize(
    "move",
    [
        lambda c: save_step(c, {"x": 1}, complete=True),
        lambda c: go_back(c, now=T0),
        lambda c: advance(c, now=T0),
    ],
    ids=["save", "go_back", "advance"],
)
def test_a_case_waiting_for_approval_cannot_change_or_move(move):
    waiting = requested(at_approval_step())
    assert refused(lambda: move(waiting)) == "case.awaiting_approval"


def test_request_approval_refused_for_an_approved_case():
    assert refused(lambda: requested(approved())) == "case.already_approved"


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


# --- account setup and activation ------------------------------------------------------------------


def test_advance_to_account_setup_only_after_approval():
    case = at_approval_step()
    assert refused(lambda: advance(case, now=T0)) == "case.not_approved"
    assert advance(approved(), now=T0).step is Step.ACCOUNT_SETUP


def test_account_setup_only_after_approval():
    case = replace(at_approval_step(), step=Step.ACCOUNT_SETUP)
    assert refused(lambda: set_up_account(case, {"number": "001"})) == "case.not_approved"
    assert refused(lambda: activate_account(case, now=T0)) == "case.not_approved"


def test_account_setup_at_the_account_setup_step():
    assert refused(lambda: set_up_account(approved(), {"number": "001"})) == "case.not_current_step"


def test_activation_needs_the_account_set_up_first():
    case = advance(approved(), now=T0)
    assert refused(lambda: activate_account(case, now=T0)) == "case.account_not_set_up"


def test_whole_case_from_approval_to_active_account():
    case = set_up_account(advance(approved(), now=T0), {"number": "6222001234567", "cash_withdrawal": True})
    assert case.account == {"number": "6222001234567", "cash_withdrawal": True}
    assert refused(lambda: set_up_account(case, {"number": "other"})) == "case.account_already_set_up"
    assert refused(lambda: go_back(case, now=T0)) == "case.account_already_set_up"
    active = activate_account(case, now=T0)
    assert active.status is CaseStatus.ACTIVE
    assert approval_still_valid(active)
    assert Step.ACCOUNT_SETUP in active.completed
    assert refused(lambda: advance(active, now=T0)) == "case.closed"
    assert refused(lambda: activate_account(active, now=T0)) == "case.closed"
    assert refused(lambda: cancel_case(active, reason="x", now=T0)) == "case.closed"


def test_no_step_after_account_setup():
    case = set_up_account(advance(approved(), now=T0), {"number": "1"})
    assert refused(lambda: advance(case, now=T0)) == "case.no_next_step"


# --- withdrawing a request ------------------------------------------------------------------------


def test_the_maker_may_withdraw_a_waiting_request_and_edit_again():
    waiting = requested(at_approval_step())
    case = withdraw_request(waiting)
    assert (case.status, case.approval_request) == (CaseStatus.IN_PROGRESS, None)
    case = save_step(go_back(case, now=T0), {"page": "contract", "fees": "corrected"}, complete=True)
    again = requested(advance(case, now=T0), request_id="req-2")
    assert again.approval_request is not None and again.approval_request.attempt == 2


@pytest.mark.parametrize(
    "make", [at_approval_step, approved, returned], ids=["in_progress", "approved", "returned"]
)
def test_only_a_waiting_request_can_be_withdrawn(make):
    assert refused(lambda: withdraw_request(make())) == "approval.no_open_request"


@pytest.mark.parametrize("field", ["request_id", "requested_by"])
def test_a_request_needs_its_id_and_who_asked(field):
    arguments = {"request_id": "r", "requested_by": "teller-1", field: " "}
    with pytest.raises(InputError) as error:
        request_approval(at_approval_step(), now=T0, expiry_hours=EXPIRY_HOURS, **arguments)
    assert (error.value.code, error.value.params["field"]) == ("case.field_required", field)
