"""The onboarding case (开户案件): its state as plain data, what an approval covers, and opening one.

The moves live beside it: case_moves (the maker: save a step, record documents and risk, advance, skip,
go back, cancel), case_approval (request, resubmit, withdraw, approve, return, reject, set up, activate),
case_steps (which steps a case visits), case_timing (time per step against SLA minutes) and
case_records (the case as JSON data). Every move returns a new Case or raises a RuleError/InputError.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from teller_app.domain.account_types import AccountType
from teller_app.domain.approval import ApprovalRequest, Decision, approval_binds
from teller_app.domain.canonical import content_hash
from teller_app.domain.case_steps import CONTENT_STEPS
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
from teller_app.domain.errors import InputError
from teller_app.domain.risk_levels import RiskLevel
from teller_app.domain.steps import Step


class CaseStatus(StrEnum):
    IN_PROGRESS = "in_progress"  # 办理中
    AWAITING_APPROVAL = "awaiting_approval"  # 待审批
    RETURNED = "returned"  # 退回补正
    APPROVED = "approved"  # 已审批
    REJECTED = "rejected"  # 已拒绝
    CANCELLED = "cancelled"  # 已撤销
    ACTIVE = "active"  # 已开户 (account set up and activated)

    @property
    def is_final(self) -> bool:
        return self in (CaseStatus.REJECTED, CaseStatus.CANCELLED, CaseStatus.ACTIVE)


@dataclass(frozen=True)
class Case:
    """One customer's account opening. Never changed in place: every move returns a new Case."""

    id: str
    customer_kind: CustomerKind
    account_type: AccountType
    procedure_version: str  # pinned when the case opens; a newer procedure never changes it
    maker: str  # user id of the teller who opened the case
    opened_at: datetime
    step: Step = Step.INTAKE
    status: CaseStatus = CaseStatus.IN_PROGRESS
    completed: frozenset[Step] = frozenset()
    skipped: frozenset[Step] = frozenset()  # optional steps the teller skipped on purpose
    step_data: Mapping[Step, Mapping[str, Any]] = field(default_factory=dict)
    documents: Mapping[str, DocumentDecision] = field(default_factory=dict)  # item code → decision
    risk_level: RiskLevel | None = None
    return_reasons: Mapping[Step, tuple[str, ...]] = field(default_factory=dict)
    approval_request: ApprovalRequest | None = None  # the open request, if any
    approval: Decision | None = None  # the approving decision in force, if any
    decisions: tuple[Decision, ...] = ()  # every decision ever taken, oldest first
    requests_made: int = 0  # approval requests so far, resubmissions included
    account: Mapping[str, Any] | None = None  # account number, permissions, limits once set up
    cancel_reason: str | None = None
    step_entered_at: datetime | None = None  # when the current step began; None: when the case opened
    time_in_steps: Mapping[Step, timedelta] = field(default_factory=dict)  # time spent, finished visits
    closed_at: datetime | None = None  # when the case was rejected, cancelled or activated
    number: str = ""  # 案件编号, human-quotable (domain/case_numbers.py); "" for cases opened before numbers
    holders: tuple[str, ...] = ()  # who held the case before `maker` (handed over): none of them checks it

    def data_for(self, step: Step) -> Mapping[str, Any]:
        """What the teller saved for `step` (empty when nothing yet)."""
        return self.step_data.get(step, {})

    def is_complete(self, step: Step) -> bool:
        return step in self.completed

    @property
    def step_since(self) -> datetime:
        """When the case arrived at its current step: the start of the step's SLA clock."""
        return self.step_entered_at if self.step_entered_at is not None else self.opened_at


def open_case(
    *,
    case_id: str,
    customer_kind: CustomerKind | str,
    account_type: AccountType | str,
    procedure_version: str,
    maker: str,
    now: datetime,
) -> Case:
    """A new case at the intake step. Ids come from outside (client-generated UUIDs)."""
    kind = _enum(CustomerKind, customer_kind, "customer_kind")
    account = _enum(AccountType, account_type, "account_type")
    for name, value in (("case_id", case_id), ("procedure_version", procedure_version), ("maker", maker)):
        if not isinstance(value, str) or not value.strip():
            raise InputError("case.field_required", "The field {field} is required", field=name)
    if account.is_personal != (kind is CustomerKind.INDIVIDUAL):
        raise InputError(
            "case.account_type_not_for_customer",
            "A {kind} customer cannot open a {account_type} account",
            kind=kind.value,
            account_type=account.value,
        )
    return Case(
        id=case_id,
        customer_kind=kind,
        account_type=account,
        procedure_version=procedure_version,
        maker=maker,
        opened_at=now,
        step_entered_at=now,
    )


def _enum(enum: Any, value: Any, name: str) -> Any:
    try:
        return enum(value)
    except ValueError:
        raise InputError(
            "case.unknown_value",
            "{field} cannot be {value}",
            field=name,
            value=str(value),
        ) from None


def case_content(case: Case) -> dict[str, Any]:
    """What a checker approves: the customer, every content step's data, documents, risk, owners.

    Owners live in the beneficial-owners step's data. Status, the current step, times and the approval
    itself are not content: moving around or being approved does not change what was approved.
    """
    return {
        "case_id": case.id,
        "customer_kind": case.customer_kind.value,
        "account_type": case.account_type.value,
        "procedure_version": case.procedure_version,
        "maker": case.maker,
        "steps": {step.value: case.step_data[step] for step in CONTENT_STEPS if step in case.step_data},
        "skipped": sorted(step.value for step in case.skipped),
        "documents": {code: decision.value for code, decision in case.documents.items()},
        "risk_level": case.risk_level.value if case.risk_level is not None else None,
    }


def case_content_hash(case: Case) -> str:
    """SHA-256 of the canonical case content: what approvals bind and printed QR codes carry."""
    return content_hash(case_content(case))


# What the contract step records after the agreement is printed: the signing, not what was printed.
SIGNING_ENTRIES = ("signed", "customer_confirmed")


def agreement_basis_hash(case: Case) -> str:
    """SHA-256 of what the printed agreement is made of: the case content (customer, services, seal card …)
    without the contract step's record of the signing itself, which comes after the print. Both originals
    may be recorded as signed only when an agreement of this basis was printed."""
    content = case_content(case)
    steps = dict(content["steps"])
    contract = steps.get(Step.CONTRACT.value)
    if isinstance(contract, Mapping):
        steps[Step.CONTRACT.value] = {k: v for k, v in contract.items() if k not in SIGNING_ENTRIES}
    return content_hash({**content, "steps": steps})


def approval_still_valid(case: Case) -> bool:
    """True when the case holds an approval given for exactly its current content."""
    return case.status in (CaseStatus.APPROVED, CaseStatus.ACTIVE) and approval_binds(
        case.approval, case_content_hash(case)
    )
