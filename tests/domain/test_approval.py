"""Maker-checker rules of approval.py: requests that age and expire, and who may decide what."""

from __future__ import annotations

from datetime import timedelta

import pytest
from case_helpers import AUTHORITY, CHECKERS, T0, refused

from teller_app.domain.approval import (
    DecisionKind,
    approval_binds,
    decide,
    documents_blocking_approval,
    new_request,
)
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role

HASH = "a" * 64
VERIFIED = {"business_licence": DocumentDecision.VERIFIED, "legal_rep_id": DocumentDecision.VERIFIED}


def a_request(hours: float = 24):
    return new_request(
        request_id="req-1",
        case_id="case-1",
        requested_by="teller-1",
        requested_at=T0,
        content_hash=HASH,
        expiry_hours=hours,
    )


def a_decision(kind=DecisionKind.APPROVE, **overrides):
    arguments = {
        "kind": kind,
        "maker": "teller-1",
        "checker": "supervisor-1",
        "checker_role": Role.SUPERVISOR,
        "risk_level": RiskLevel.LOW,
        "authority": AUTHORITY,
        "documents": VERIFIED,
        "content_hash": HASH,
        "now": T0 + timedelta(minutes=5),
        "reasons": (),
    }
    arguments.update(overrides)
    request = arguments.pop("request", a_request())
    return decide(request, **arguments)


def test_request_shows_how_long_it_has_waited():
    request = a_request()
    assert request.age(T0) == timedelta(0)
    assert request.age(T0 + timedelta(minutes=42)) == timedelta(minutes=42)
    assert request.age(T0 - timedelta(minutes=1)) == timedelta(0)


def test_request_expires_after_the_configured_hours():
    request = a_request(hours=8)
    assert request.expires_at == T0 + timedelta(hours=8)
    assert not request.is_expired(T0 + timedelta(hours=8) - timedelta(seconds=1))
    assert request.is_expired(T0 + timedelta(hours=8))


@pytest.mark.parametrize("hours", [0, -1, float("nan"), float("inf"), 1e12])
def test_request_expiry_must_be_positive(hours):
    with pytest.raises(InputError) as refused:
        a_request(hours=hours)
    assert refused.value.code == "approval.expiry_not_positive"


def test_approval_records_both_identities_and_the_content_hash():
    decision = a_decision()
    assert decision.kind is DecisionKind.APPROVE
    assert (decision.maker, decision.checker, decision.checker_role) == (
        "teller-1",
        "supervisor-1",
        Role.SUPERVISOR,
    )
    assert decision.content_hash == HASH
    assert decision.request_id == "req-1"
    assert decision.decided_at == T0 + timedelta(minutes=5)


@pytest.mark.parametrize("kind", list(DecisionKind))
def test_checker_cannot_decide_own_case_even_as_supervisor(kind):
    code = refused(lambda: a_decision(kind, checker="teller-1", checker_role=Role.SUPERVISOR, reasons=("x",)))
    assert code == "approval.own_case"


@pytest.mark.parametrize("level", list(RiskLevel))
@pytest.mark.parametrize("role", list(Role))
def test_approval_authority_follows_the_risk_level(level, role):
    allowed = role in AUTHORITY[level]

    def approve():
        return a_decision(checker_role=role, risk_level=level)

    if allowed:
        assert approve().checker_role is role
    else:
        assert refused(approve) in ("approval.authority_too_low", "permission.denied")


def test_high_risk_needs_risk_officer_or_branch_manager_not_supervisor():
    assert refused(lambda: a_decision(risk_level=RiskLevel.HIGH)) == "approval.authority_too_low"
    for role in (Role.RISK_OFFICER, Role.BRANCH_MANAGER):
        assert a_decision(risk_level=RiskLevel.HIGH, checker_role=role).kind is DecisionKind.APPROVE


def test_teller_may_not_decide():
    assert refused(lambda: a_decision(checker_role=Role.TELLER)) == "permission.denied"


def test_unrated_case_cannot_be_approved():
    assert refused(lambda: a_decision(risk_level=None)) == "approval.risk_not_rated"


def test_a_level_missing_from_the_authority_means_nobody_may_approve():
    partial = {RiskLevel.LOW: CHECKERS}
    code = refused(lambda: a_decision(risk_level=RiskLevel.MEDIUM, authority=partial))
    assert code == "approval.authority_too_low"


def test_returning_a_high_risk_case_needs_no_higher_authority():
    decision = a_decision(
        DecisionKind.RETURN, risk_level=RiskLevel.HIGH, reasons=("licence copy unreadable",)
    )
    assert decision.reasons == ("licence copy unreadable",)


def test_rejecting_a_high_risk_case_needs_the_higher_authority():
    code = refused(lambda: a_decision(DecisionKind.REJECT, risk_level=RiskLevel.HIGH, reasons=("fraud",)))
    assert code == "approval.authority_too_low"


@pytest.mark.parametrize("kind", [DecisionKind.RETURN, DecisionKind.REJECT])
@pytest.mark.parametrize("reasons", [(), ("",), ("   ", "\t")])
def test_return_and_reject_require_a_reason(kind, reasons):
    assert refused(lambda: a_decision(kind, reasons=reasons)) == "approval.reason_required"


@pytest.mark.parametrize("decision", [DocumentDecision.NEEDS_REVISION, DocumentDecision.REJECTED])
def test_approve_impossible_while_a_document_needs_revision(decision):
    documents = {**VERIFIED, "seal_card": decision}
    with pytest.raises(RuleError) as refused:
        a_decision(documents=documents)
    assert refused.value.code == "case.documents_need_revision"
    assert refused.value.params["items"] == "seal_card"


def test_documents_blocking_approval_are_listed_in_order():
    documents = {
        "z": DocumentDecision.REJECTED,
        "a": DocumentDecision.NEEDS_REVISION,
        "m": DocumentDecision.VERIFIED,
        "r": DocumentDecision.RECEIVED,
    }
    assert documents_blocking_approval(documents) == ("a", "z")


def test_a_case_may_still_be_returned_while_a_document_needs_revision():
    documents = {**VERIFIED, "seal_card": DocumentDecision.NEEDS_REVISION}
    decision = a_decision(DecisionKind.RETURN, documents=documents, reasons=("seal card smudged",))
    assert decision.kind is DecisionKind.RETURN


@pytest.mark.parametrize("kind", list(DecisionKind))
def test_expired_request_cannot_be_decided(kind):
    late = T0 + timedelta(hours=24)
    assert refused(lambda: a_decision(kind, now=late, reasons=("x",))) == "approval.request_expired"


def test_no_decision_without_an_open_request():
    assert refused(lambda: a_decision(request=None)) == "approval.no_open_request"


def test_decision_refused_when_content_differs_from_the_request():
    assert refused(lambda: a_decision(content_hash="b" * 64)) == "approval.content_changed"


def test_approval_binds_only_the_content_it_was_given_for():
    approval = a_decision()
    assert approval_binds(approval, HASH)
    assert not approval_binds(approval, "b" * 64)
    assert not approval_binds(None, HASH)
    returned = a_decision(DecisionKind.RETURN, reasons=("x",))
    assert not approval_binds(returned, HASH)
