"""Requesting approval of a case: only a complete case at the approval step, one open request, and the maker
may withdraw it to edit again."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from approval_helpers import EXPIRY_HOURS, Clock, approved, at_approval_step, requested, returned
from case_helpers import T0, refused

from teller_app.domain.case import CaseStatus, case_content_hash
from teller_app.domain.case_approval import request_approval, withdraw_request
from teller_app.domain.case_moves import advance, go_back, save_step
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.steps import Step

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
