"""Maker-checker (授权审批): request approval, resubmit after a return, and the checker's decision.

`decide(store, checker, case_id, decision, reasons)` takes the checker only as a `Checker` that an
authentication inside the call minted (services/checkers.py: `SignInService.authenticate_checker`, which
the dual sign-in in services/dual_control.py calls), never as a caller-built Actor: the role and work mode
come from the users table, and a Checker decides once. Requests and
decisions are also kept append-only in `approval_requests` and `approvals`; every decision and every
refused decision is an audit event.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from teller_app.config import Config
from teller_app.domain import case_approval, case_moves
from teller_app.domain.approval import DecisionKind
from teller_app.domain.case import Case
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.steps import Step
from teller_app.services.actors import Actor, check_may
from teller_app.services.case_work import CaseWork, required_documents, working_on
from teller_app.services.checkers import Checker, take_checker
from teller_app.storage.schema import Approval, ApprovalRequest
from teller_app.storage.store import Store


def _expiry_hours(hours: float | None) -> float:
    return float(hours if hours is not None else Config.load().approval_expiry_hours)


def _to_approval_step(work: CaseWork) -> None:
    """Walk forward over steps already done until the approval step (after a correction, for one)."""
    case = work.case
    while case.step is not Step.APPROVAL and case_moves.step_done(case, case.step):
        case = case_moves.advance(case, now=work.now)
    work.case = case


def _mandatory(work: CaseWork) -> list[str]:
    return [d.code for d in required_documents(work.case, work.definition) if d.mandatory]


def _write_request(work: CaseWork) -> None:
    request = work.case.approval_request
    assert request is not None
    work.uow.new(
        ApprovalRequest,
        id=request.id,
        case_id=work.case.id,
        requested_by=request.requested_by,
        requested_at=request.requested_at,
        expires_at=request.expires_at,
        content_hash=request.content_hash,
        risk_level=work.case.risk_level.value if work.case.risk_level else None,
    )


def request_approval(store: Store, actor: Actor, case_id: str, *, expiry_hours: float | None = None) -> Case:
    """Validate the case for real, then let it wait for a checker (one open request per case)."""
    return _send_to_checker(
        store,
        actor,
        case_id,
        expiry_hours,
        Action.REQUEST_APPROVAL,
        case_approval.request_approval,
        "approval.request",
    )


def resubmit(store: Store, actor: Actor, case_id: str, *, expiry_hours: float | None = None) -> Case:
    """Send a corrected case back to the checker as a new request."""
    return _send_to_checker(
        store, actor, case_id, expiry_hours, Action.RESUBMIT, case_approval.resubmit, "approval.resubmit"
    )


def _send_to_checker(
    store: Store,
    actor: Actor,
    case_id: str,
    expiry_hours: float | None,
    action: Action,
    move: Callable[..., Case],
    audited_as: str,
) -> Case:
    """The case at the approval step, a new request written for it, and `audited_as` audited."""
    hours = _expiry_hours(expiry_hours)
    with working_on(store, actor, case_id, action) as work:
        _to_approval_step(work)
        work.case = move(
            work.case,
            request_id=str(uuid.uuid4()),
            requested_by=actor.user_id,
            now=work.now,
            expiry_hours=hours,
            required_documents=_mandatory(work),
        )
        _write_request(work)
        work.audit(audited_as, step=Step.APPROVAL.value, details={"attempt": work.case.requests_made})
    return work.case


def _return_reasons(reasons: Any) -> dict[Step, Sequence[str]]:
    if isinstance(reasons, Mapping):
        return dict(reasons)  # step names are checked (and refused) by the domain
    raise InputError(
        "approval.return_reasons_invalid", "A return names the steps to correct, each with its reasons"
    )


def _standard_reason(lines: Sequence[str], standard: Sequence[Any]) -> str | None:
    """The first standard reason code of a decision (plain, so the dashboard and the report count returns by
    reason without opening the sealed text); None when every reason is free text."""
    from teller_app.domain.return_reasons import by_code, split_recorded

    known = by_code(standard)
    for line in lines:
        _step, text = split_recorded(line)
        if text in known:
            return text
    return None


def _reject_reason(reasons: Any) -> str:
    if isinstance(reasons, str):
        return reasons
    if isinstance(reasons, Sequence):
        return "; ".join(str(r) for r in reasons if str(r).strip())
    return ""


def decide(
    store: Store,
    checker: Checker,
    case_id: str,
    decision: DecisionKind | str,
    reasons: Mapping[Step | str, Sequence[str]] | Sequence[str] | str = (),
) -> Case:
    """The checker's decision: approve, return (reasons per step: {"documents": ["…"]}) or reject (a reason).

    Refused (not authenticated here, own case, authority too low, documents needing revision, content
    changed …) with a typed RuleError; the refusal is recorded in the audit record too.
    """
    try:
        kind = DecisionKind(decision)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field="decision", value=str(decision)
        ) from None
    try:
        actor = take_checker(store, checker)
    except RuleError as refused:
        _audit_unauthenticated(store, checker, case_id, kind, refused)
        raise
    return _decide(store, actor, case_id, kind, reasons)


def _audit_unauthenticated(
    store: Store, claimed: object, case_id: str, kind: DecisionKind, refused: RuleError
) -> None:
    """A decision with no checker authenticated in the call: recorded under nobody, with who was claimed."""
    with store.unit_of_work() as uow:
        from teller_app.storage.schema import Case as CaseRow

        known = uow.get(CaseRow, case_id) is not None
        uow.append_audit(
            f"approval.{kind.value}",
            result="refused",
            case_id=case_id if known else None,
            step=Step.APPROVAL.value,
            details={"code": refused.code, "claimed_user": str(getattr(claimed, "user_id", ""))[:64]},
        )


def _decide(
    store: Store,
    checker: Actor,
    case_id: str,
    kind: DecisionKind,
    reasons: Mapping[Step | str, Sequence[str]] | Sequence[str] | str,
) -> Case:
    try:
        check_may(checker, kind.action)
        with working_on(store, checker, case_id, kind.action, maker_only=False) as work:
            common: dict[str, Any] = {
                "checker": checker.user_id,
                "checker_role": checker.role,
                "authority": work.definition.approval_authority,
                "now": work.now,
            }
            if kind is DecisionKind.APPROVE:
                work.case = case_approval.approve(work.case, **common)
            elif kind is DecisionKind.RETURN:
                work.case = case_approval.return_for_correction(
                    work.case, reasons=_return_reasons(reasons), **common
                )
            else:
                work.case = case_approval.reject(work.case, reason=_reject_reason(reasons), **common)
            taken = work.case.decisions[-1]
            row = work.uow.new(
                Approval,
                request_id=taken.request_id,
                case_id=case_id,
                maker_id=taken.maker,
                checker_id=taken.checker,
                decision=taken.kind.value,
                reason_code=_standard_reason(taken.reasons, work.definition.return_reasons),
                content_hash=taken.content_hash,
                decided_at=taken.decided_at,
            )
            work.uow.seal(row, "reason_text", "\n".join(taken.reasons) or None)
            work.audit(
                f"approval.{kind.value}", step=Step.APPROVAL.value, details={"role": checker.role.value}
            )
    except RuleError as refused:
        _audit_refusal(store, checker, case_id, kind, refused)
        raise
    return work.case


def _audit_refusal(
    store: Store, checker: Actor, case_id: str, kind: DecisionKind, refused: RuleError
) -> None:
    with store.unit_of_work(user_id=checker.user_id) as uow:
        from teller_app.storage.schema import Case as CaseRow

        known = uow.get(CaseRow, case_id) is not None
        uow.append_audit(
            f"approval.{kind.value}",
            result="refused",
            case_id=case_id if known else None,
            step=Step.APPROVAL.value,
            details={"code": refused.code, "role": checker.role.value},
        )
