"""Approval moves on a case: request, resubmit, approve, return for correction, reject, set up, activate."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from teller_app.domain.accounts import Regime
from teller_app.domain.approval import (
    ApprovalAuthority,
    Decision,
    DecisionKind,
    check_documents,
    decide,
    new_request,
)
from teller_app.domain.case import Case, CaseStatus, approval_still_valid, case_content_hash
from teller_app.domain.case_moves import plain_copy, refuse_if_closed, step_done
from teller_app.domain.case_steps import CONTENT_STEPS, applicable_steps
from teller_app.domain.case_timing import close_clock, enter_step
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.regulator import RegulatorRecord, check_activation
from teller_app.domain.roles import Role
from teller_app.domain.steps import Step


def steps_not_done(case: Case) -> tuple[Step, ...]:
    """Content steps this case visits that are neither completed nor (if optional) skipped."""
    return tuple(
        step
        for step in applicable_steps(case.customer_kind, case.account_type)
        if step in CONTENT_STEPS and not step_done(case, step)
    )


def validate_for_approval(case: Case, required_documents: Iterable[str] = ()) -> None:
    """Everything a checker relies on, checked for real before the case waits (Fineract's lesson)."""
    if case.step is not Step.APPROVAL:
        raise RuleError(
            "case.not_at_approval_step",
            "Approval is requested at the approval step; the case is at {step}",
            step=case.step.value,
        )
    missing = steps_not_done(case)
    if missing:
        raise RuleError(
            "case.steps_incomplete",
            "Steps not complete: {steps}",
            steps=", ".join(step.value for step in missing),
        )
    if case.risk_level is None:
        raise RuleError("case.risk_not_rated", "The case has no risk level yet")
    check_documents(case.documents)
    unverified = sorted(
        code for code in required_documents if case.documents.get(code) is not DocumentDecision.VERIFIED
    )
    if unverified:
        raise RuleError(
            "case.documents_not_verified",
            "Mandatory documents not verified: {items}",
            items=", ".join(unverified),
        )


def _open_request(
    case: Case,
    *,
    request_id: str,
    requested_by: str,
    now: datetime,
    expiry_hours: float,
    required_documents: Iterable[str],
) -> Case:
    for name, value in (("request_id", request_id), ("requested_by", requested_by)):
        if not isinstance(value, str) or not value.strip():
            raise InputError("case.field_required", "The field {field} is required", field=name)
    validate_for_approval(case, required_documents)
    request = new_request(
        request_id=request_id,
        case_id=case.id,
        requested_by=requested_by,
        requested_at=now,
        content_hash=case_content_hash(case),
        expiry_hours=expiry_hours,
        attempt=case.requests_made + 1,
    )
    return replace(
        case,
        status=CaseStatus.AWAITING_APPROVAL,
        approval_request=request,
        requests_made=case.requests_made + 1,
    )


def _refuse_open_request(case: Case, now: datetime) -> None:
    """One open request per case; an expired request no longer counts as open."""
    if case.status is CaseStatus.AWAITING_APPROVAL:
        request = case.approval_request
        if request is None or not request.is_expired(now):
            raise RuleError(
                "case.approval_already_open",
                "The case already has an open approval request",
            )


def request_approval(
    case: Case,
    *,
    request_id: str,
    requested_by: str,
    now: datetime,
    expiry_hours: float,
    required_documents: Iterable[str] = (),
) -> Case:
    """Ask a checker to approve; the case is validated now and then waits. Replaces an expired request."""
    refuse_if_closed(case)
    _refuse_open_request(case, now)
    if case.status is CaseStatus.RETURNED:
        raise RuleError(
            "case.resubmit_required",
            "The case was returned for correction; resubmit it after the correction",
        )
    if case.status is CaseStatus.APPROVED:
        raise RuleError("case.already_approved", "The case is already approved")
    return _open_request(
        case,
        request_id=request_id,
        requested_by=requested_by,
        now=now,
        expiry_hours=expiry_hours,
        required_documents=required_documents,
    )


def resubmit(
    case: Case,
    *,
    request_id: str,
    requested_by: str,
    now: datetime,
    expiry_hours: float,
    required_documents: Iterable[str] = (),
) -> Case:
    """Send a corrected case back to the checker as a new approval request."""
    refuse_if_closed(case)
    if case.status is not CaseStatus.RETURNED:
        raise RuleError(
            "case.illegal_move",
            "Only a case returned for correction is resubmitted; this case is {status}",
            status=case.status.value,
        )
    corrected = _open_request(
        case,
        request_id=request_id,
        requested_by=requested_by,
        now=now,
        expiry_hours=expiry_hours,
        required_documents=required_documents,
    )
    return replace(corrected, return_reasons={})


def withdraw_request(case: Case) -> Case:
    """The maker takes back a waiting request (to correct something, or once it expired)."""
    refuse_if_closed(case)
    if case.status is not CaseStatus.AWAITING_APPROVAL:
        raise RuleError("approval.no_open_request", "The case has no open approval request")
    return replace(case, status=CaseStatus.IN_PROGRESS, approval_request=None)


def _decide(
    case: Case,
    kind: DecisionKind,
    *,
    checker: str,
    checker_role: Role,
    authority: ApprovalAuthority,
    now: datetime,
    reasons: Sequence[str],
) -> Decision:
    refuse_if_closed(case)
    request = case.approval_request if case.status is CaseStatus.AWAITING_APPROVAL else None
    if request is not None and (checker == request.requested_by or checker in case.holders):
        raise RuleError(
            "approval.own_case",
            "The maker of a case may not decide on it",
            checker=checker,
        )
    return decide(
        request,
        kind=kind,
        maker=case.maker,
        checker=checker,
        checker_role=checker_role,
        risk_level=case.risk_level,
        authority=authority,
        documents=case.documents,
        content_hash=case_content_hash(case),
        now=now,
        reasons=reasons,
    )


def approve(
    case: Case, *, checker: str, checker_role: Role, authority: ApprovalAuthority, now: datetime
) -> Case:
    """The checker approves: the approval binds the content hash of the case as it is now."""
    decision = _decide(
        case,
        DecisionKind.APPROVE,
        checker=checker,
        checker_role=checker_role,
        authority=authority,
        now=now,
        reasons=(),
    )
    return replace(
        case,
        status=CaseStatus.APPROVED,
        approval=decision,
        approval_request=None,
        decisions=(*case.decisions, decision),
        completed=case.completed | {Step.APPROVAL},
        return_reasons={},
    )


def return_for_correction(
    case: Case,
    *,
    checker: str,
    checker_role: Role,
    authority: ApprovalAuthority,
    reasons: Mapping[Step, Sequence[str]],
    now: datetime,
) -> Case:
    """Send the case back to the maker with reasons per step; it reopens at the earliest step concerned."""
    visited = set(applicable_steps(case.customer_kind, case.account_type)) & set(CONTENT_STEPS)
    per_step: dict[Step, tuple[str, ...]] = {}
    for key, texts in reasons.items():
        step = _step_or_none(key)
        if step is None or step not in visited:
            raise RuleError(
                "case.return_step_invalid",
                "A case cannot be returned to the step {step}",
                step=str(key),
            )
        if isinstance(texts, str):
            texts = (texts,)
        kept = tuple(text.strip() for text in texts if isinstance(text, str) and text.strip())
        if kept:
            per_step[step] = kept
    flat = [
        f"{step.value}: {text}"
        for step in sorted(per_step, key=lambda s: s.position)
        for text in per_step[step]
    ]
    decision = _decide(
        case,
        DecisionKind.RETURN,
        checker=checker,
        checker_role=checker_role,
        authority=authority,
        now=now,
        reasons=flat,
    )
    earliest = min(per_step, key=lambda s: s.position)
    return replace(
        enter_step(case, earliest, now),
        status=CaseStatus.RETURNED,
        completed=case.completed - set(per_step),
        return_reasons=per_step,
        approval_request=None,
        decisions=(*case.decisions, decision),
    )


def _step_or_none(key: Step | str) -> Step | None:
    try:
        return Step(key)
    except ValueError:
        return None


def reject(
    case: Case,
    *,
    checker: str,
    checker_role: Role,
    authority: ApprovalAuthority,
    reason: str,
    now: datetime,
) -> Case:
    """The checker refuses the account (不予开户); a reason is required and the case closes."""
    decision = _decide(
        case,
        DecisionKind.REJECT,
        checker=checker,
        checker_role=checker_role,
        authority=authority,
        now=now,
        reasons=(reason,) if isinstance(reason, str) else (),
    )
    rejected = replace(
        case,
        status=CaseStatus.REJECTED,
        approval_request=None,
        decisions=(*case.decisions, decision),
    )
    return close_clock(rejected, now)


def _refuse_unless_approved_for_setup(case: Case) -> None:
    refuse_if_closed(case)
    if not approval_still_valid(case):
        raise RuleError("case.not_approved", "The case needs a valid approval before account setup")
    if case.step is not Step.ACCOUNT_SETUP:
        raise RuleError(
            "case.not_current_step",
            "This is done at the step {step}; the case is at {current}",
            step=Step.ACCOUNT_SETUP.value,
            current=case.step.value,
        )


def set_up_account(case: Case, account: Mapping[str, Any]) -> Case:
    """Record the account set up for an approved case: number, permissions, limits."""
    _refuse_unless_approved_for_setup(case)
    if case.account is not None:
        raise RuleError("case.account_already_set_up", "The account is already set up")
    if not isinstance(account, Mapping) or not account:
        raise InputError("case.field_required", "The field {field} is required", field="account")
    return replace(case, account=plain_copy(account))


def activate_account(case: Case, *, now: datetime) -> Case:
    """Activate the account that was set up; the case is then active (已开户) and closed."""
    _refuse_unless_approved_for_setup(case)
    if case.account is None:
        raise RuleError("case.account_not_set_up", "The account must be set up before activation")
    check_activation(
        Regime(case.account.get("regime", Regime.NONE.value)),
        RegulatorRecord.from_data(case.account.get("regulator_approval")),
    )
    if case.account.get("uniqueness") == UNIQUENESS_CLASH:
        raise RuleError(
            "account.uniqueness_clash",
            "Another account of this kind is known for this depositor; a supervisor must decide first",
        )
    active = replace(case, status=CaseStatus.ACTIVE, completed=case.completed | {Step.ACCOUNT_SETUP})
    return close_clock(active, now)


UNIQUENESS_CLASH = "clash"
REGULATOR_KEYS = ("regulator_approval", "filing")


def note_regulator_record(
    case: Case, key: str, record: RegulatorRecord, *, payments_from: str | None = None
) -> Case:
    """Record the 核准 ("regulator_approval") or the 备案 ("filing") of the account set up for the case.

    Allowed after activation too: an enterprise's account is filed once it is open. Recorded once; a
    correction is a new case of its own, not an overwrite of what the regulator was told.
    """
    if key not in REGULATOR_KEYS:
        raise InputError("case.field_unknown", "Unknown field {field}", field=key)
    if case.account is None:
        raise RuleError("case.account_not_set_up", "The account must be set up first")
    if case.account.get(key):
        raise RuleError("regulator.already_recorded", "This was already recorded", field=key)
    account = {**case.account, key: record.as_data()}
    if key == "regulator_approval":
        account["approval_pending"] = False
        account["payments_from"] = payments_from
    return replace(case, account=plain_copy(account))


def note_uniqueness(case: Case, state: str) -> Case:
    """The state of the one-basic-account (one Ⅰ类) check on the account: confirmed, to_confirm or clash."""
    if case.account is None:
        raise RuleError("case.account_not_set_up", "The account must be set up first")
    return replace(case, account=plain_copy({**case.account, "uniqueness": state}))
