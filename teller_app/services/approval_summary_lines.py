"""The lines of the checker's summary (审批要素摘要) as plain data: people and their identity verification,
documents, owners, risk factors, exceptions, time per step, decisions. Built by `approval_summary`; the
screens put the codes into words."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from teller_app.domain.return_reasons import ReturnReason


@dataclass(frozen=True)
class PersonCheck:
    """A person the case names and what the identity verification (联网核查) answered for them."""

    role: str  # customer, legal_representative, agent
    name: str
    id_number: str  # masked: first 6 and last 4 characters shown
    id_type: str  # resident_id, passport
    result: str  # match, mismatch, not_found, unavailable, or "" when nothing is recorded
    reference: str = ""  # the verification service's or terminal's reference number
    photo_compared: bool | None = None  # None: not recorded
    checked_at: str = ""
    method: str = ""  # how the result came: service (the adapter), manual (the teller's entry)
    recorded_by: str = ""


@dataclass(frozen=True)
class DocumentLine:
    code: str
    name_zh: str
    name_en: str
    mandatory: bool
    decision: str  # DocumentDecision value
    reason: str  # DocumentReason value or ""
    original_seen: bool
    scan_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class OwnerLine:
    name: str
    share_percent: str  # "60.00", or "" when the owner is one by control
    reasons: tuple[str, ...]  # equity, profit, voting, control, senior_manager
    # The 2024 rules' record as entered (domain/owner_details.py: field → value, codes for sex, nationality,
    # ID type, "long_term", "ongoing"), and the fields it still lacks.
    record: tuple[tuple[str, str], ...] = ()
    gaps: tuple[str, ...] = ()


@dataclass(frozen=True)
class FactorLine:
    factor: str
    points: int
    weight: int
    explanation: str  # the domain's explanation code (risk.industry.elevated …)
    params: Mapping[str, Any]


@dataclass(frozen=True)
class Exception_:
    """Something the checker should know before signing: a code and its parameters."""

    code: str  # step_skipped, optional_document_open, original_not_seen, agent_acting, …
    params: Mapping[str, Any]


@dataclass(frozen=True)
class StepTime:
    step: str
    spent: timedelta
    sla_minutes: int | None

    @property
    def overdue(self) -> bool:
        return self.sla_minutes is not None and self.spent > timedelta(minutes=self.sla_minutes)


@dataclass(frozen=True)
class DecisionLine:
    kind: str  # approve, return, reject
    checker_name: str
    checker_role: str
    decided_at: datetime
    reasons: tuple[tuple[str, str], ...]  # (step or "", reason code or free text)


@dataclass(frozen=True)
class ApprovalSummary:
    case_id: str
    customer_name: str
    customer_kind: str
    account_type: str
    status: str
    credit_code: str
    address: str
    channel: str
    present: str  # legal_representative or agent
    people: tuple[PersonCheck, ...]
    documents: tuple[DocumentLine, ...]
    owners: tuple[OwnerLine, ...]
    owner_exemption: bool
    owners_not_required: bool
    risk_level: str
    risk_score: int | None
    factors: tuple[FactorLine, ...]
    direct_rules: tuple[str, ...]  # rules that rated the customer directly at a level, whatever the score
    enhanced_due_diligence: bool
    edd_note: str
    next_review: str
    limits: Mapping[str, str]  # single, daily (yuan, exact text)
    intent: Mapping[str, Any]
    seals: tuple[Mapping[str, str], ...]
    exceptions: tuple[Exception_, ...]
    steps: tuple[StepTime, ...]
    total_time: timedelta
    maker_name: str
    requested_at: datetime | None
    attempt: int
    decisions: tuple[DecisionLine, ...]
    return_reasons: tuple[ReturnReason, ...]
    suggested_return_step: str  # the step the problem is at, for the return's default
    # Once the account is set up: its one-account check (confirmed, to_confirm, clash, cleared; "" when the
    # type has no such rule or the case is a training case); before that the check has not run.
    account_set_up: bool = False
    uniqueness: str = ""
    training: bool = False
