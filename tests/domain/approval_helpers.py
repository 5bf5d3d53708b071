"""What the approval tests share: a case brought to the approval step, its request for approval, a checker's
approval or return, and a clock the tests move by hand."""

from __future__ import annotations

from datetime import datetime, timedelta

from case_helpers import AUTHORITY, T0, new_case

from teller_app.domain.case import Case
from teller_app.domain.case_approval import approve, request_approval, return_for_correction
from teller_app.domain.case_moves import advance, record_document, record_risk_level, save_step
from teller_app.domain.customers import CustomerKind
from teller_app.domain.document_decisions import DocumentDecision
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
