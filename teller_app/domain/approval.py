"""Maker-checker: approval requests, the checker's decision, and the rules a decision must pass."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action, require
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.roles import Role

MAX_EXPIRY_HOURS = 24 * 366

# The procedure definition gives, per risk level, the roles that may approve a case of that level.
ApprovalAuthority = Mapping[RiskLevel, frozenset[Role]]


class DecisionKind(StrEnum):
    APPROVE = "approve"  # 同意
    RETURN = "return"  # 退回补正
    REJECT = "reject"  # 拒绝

    @property
    def action(self) -> Action:
        return _ACTIONS[self]

    @property
    def needs_reason(self) -> bool:
        return self is not DecisionKind.APPROVE

    @property
    def needs_authority(self) -> bool:
        """Approving and rejecting settle the case: they need authority for its risk level.

        Returning only sends the case back to the maker, so any checker who may decide can return it.
        """
        return self is not DecisionKind.RETURN


_ACTIONS = {
    DecisionKind.APPROVE: Action.APPROVE,
    DecisionKind.RETURN: Action.RETURN_FOR_CORRECTION,
    DecisionKind.REJECT: Action.REJECT,
}


@dataclass(frozen=True)
class ApprovalRequest:
    """A case waiting for a checker: what was asked, by whom, when, and the content it asks about."""

    id: str
    case_id: str
    requested_by: str
    requested_at: datetime
    content_hash: str
    expires_at: datetime
    attempt: int = 1  # 1 for the first request, 2+ for resubmissions after a return

    def age(self, now: datetime) -> timedelta:
        """How long the request has waited (never negative)."""
        return max(now - self.requested_at, timedelta(0))

    def is_expired(self, now: datetime) -> bool:
        return now >= self.expires_at


def new_request(
    *,
    request_id: str,
    case_id: str,
    requested_by: str,
    requested_at: datetime,
    content_hash: str,
    expiry_hours: float,
    attempt: int = 1,
) -> ApprovalRequest:
    """An approval request that expires `expiry_hours` after it was made (setting approval_expiry_hours).

    The expiry is more than zero hours and at most a year: a request that never expires is no expiry.
    """
    if not 0 < expiry_hours <= MAX_EXPIRY_HOURS:  # also false for NaN
        raise InputError(
            "approval.expiry_not_positive",
            "The approval expiry must be more than zero hours and at most {limit}, not {hours}",
            hours=expiry_hours,
            limit=MAX_EXPIRY_HOURS,
        )
    return ApprovalRequest(
        id=request_id,
        case_id=case_id,
        requested_by=requested_by,
        requested_at=requested_at,
        content_hash=content_hash,
        expires_at=requested_at + timedelta(hours=expiry_hours),
        attempt=attempt,
    )


@dataclass(frozen=True)
class Decision:
    """The checker's decision; an approving one binds the case content it saw by its hash."""

    kind: DecisionKind
    request_id: str
    case_id: str
    maker: str
    checker: str
    checker_role: Role
    reasons: tuple[str, ...]
    content_hash: str
    decided_at: datetime


# What the case keeps as its approval is an approving Decision.
Approval = Decision


def check_not_own_case(maker: str, checker: str) -> None:
    """Nobody checks their own case, whatever roles they hold."""
    if maker == checker:
        raise RuleError(
            "approval.own_case",
            "The maker of a case may not decide on it",
            checker=checker,
        )


def check_authority(checker_role: Role, risk_level: RiskLevel | None, authority: ApprovalAuthority) -> None:
    """The checker's role must be among those allowed to approve a case of this risk level."""
    if risk_level is None:
        raise RuleError("approval.risk_not_rated", "The case has no risk level yet")
    allowed = authority.get(risk_level, frozenset())
    if checker_role not in allowed:
        raise RuleError(
            "approval.authority_too_low",
            "A {role} may not decide on a case of risk level {level}; it needs one of: {allowed}",
            role=checker_role.value,
            level=risk_level.value,
            allowed=", ".join(sorted(role.value for role in allowed)) or "-",
        )


def check_reasons(kind: DecisionKind, reasons: Iterable[str]) -> tuple[str, ...]:
    """Return and reject need at least one reason; blank reasons are dropped."""
    kept = tuple(reason.strip() for reason in reasons if reason and reason.strip())
    if kind.needs_reason and not kept:
        raise RuleError(
            "approval.reason_required",
            "A reason is required to {decision} a case",
            decision=kind.value,
        )
    return kept


def documents_blocking_approval(documents: Mapping[str, DocumentDecision]) -> tuple[str, ...]:
    """Item codes that need revision or were rejected, in a stable order."""
    return tuple(sorted(code for code, decision in documents.items() if decision.blocks_approval))


def check_documents(documents: Mapping[str, DocumentDecision]) -> None:
    """Nothing is approved while any document needs revision or was rejected."""
    blocking = documents_blocking_approval(documents)
    if blocking:
        raise RuleError(
            "case.documents_need_revision",
            "Documents need revision or were rejected: {items}",
            items=", ".join(blocking),
        )


def check_request_open(request: ApprovalRequest | None, now: datetime) -> ApprovalRequest:
    """There must be an open request, not yet expired."""
    if request is None:
        raise RuleError("approval.no_open_request", "The case has no open approval request")
    if request.is_expired(now):
        raise RuleError(
            "approval.request_expired",
            "The approval request expired at {expires_at}; the maker must request approval again",
            expires_at=request.expires_at.isoformat(),
        )
    return request


def decide(
    request: ApprovalRequest | None,
    *,
    kind: DecisionKind,
    maker: str,
    checker: str,
    checker_role: Role,
    risk_level: RiskLevel | None,
    authority: ApprovalAuthority,
    documents: Mapping[str, DocumentDecision],
    content_hash: str,
    now: datetime,
    reasons: Sequence[str] = (),
) -> Decision:
    """Check every maker-checker rule and return the decision; raise RuleError on the first broken one."""
    open_request = check_request_open(request, now)
    check_not_own_case(maker, checker)
    require(checker_role, kind.action)
    if kind.needs_authority:
        check_authority(checker_role, risk_level, authority)
    kept = check_reasons(kind, reasons)
    if kind is DecisionKind.APPROVE:
        check_documents(documents)
    if content_hash != open_request.content_hash:
        raise RuleError(
            "approval.content_changed",
            "The case changed after approval was requested; it must be requested again",
        )
    return Decision(
        kind=kind,
        request_id=open_request.id,
        case_id=open_request.case_id,
        maker=maker,
        checker=checker,
        checker_role=checker_role,
        reasons=kept,
        content_hash=content_hash,
        decided_at=now,
    )


def approval_binds(approval: Decision | None, content_hash: str) -> bool:
    """True when an approving decision exists and was given for exactly this content."""
    return (
        approval is not None
        and approval.kind is DecisionKind.APPROVE
        and approval.content_hash == content_hash
    )
