"""What the post-review desk shows: the reviewer's queue lines and the case read-only, as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from teller_app.domain.errors import InputError
from teller_app.storage.schema import (
    AuditEvent,
    CaseStep,
    Document,
    PostReview,
    Rectification,
    ReviewFinding,
)
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class QueuedReview:
    """One line of the reviewer's queue (plain columns only)."""

    review_id: str
    case_id: str
    maker_id: str
    reasons: tuple[str, ...]
    status: str
    sampled_at: datetime
    rounds: int
    account_type: str
    risk_level: str | None
    closed_at: datetime | None
    case_number: str = ""  # 案件编号 people quote; "" for a case numbered before the plain column


@dataclass(frozen=True)
class FindingView:
    category: str
    severity: str
    recorded_by: str
    recorded_at: datetime
    note: str


@dataclass(frozen=True)
class RectificationView:
    rectification_id: str
    review_id: str
    case_id: str
    teller_id: str
    status: str
    requested_at: datetime
    due_on: str
    request: str
    answer: str
    answered_at: datetime | None


@dataclass(frozen=True)
class DocumentLine:
    item_code: str
    decision: str
    reason: str | None
    original_seen: bool
    scan_count: int


@dataclass(frozen=True)
class RecordLine:
    occurred_at: datetime
    user_id: str | None
    step: str | None
    action: str
    result: str


@dataclass(frozen=True)
class ReviewView:
    """What the reviewer sees: the case read-only (its state, documents, steps, record) and the review."""

    review: QueuedReview
    customer_kind: str
    status: str
    steps: tuple[tuple[str, datetime | None, datetime | None, str | None], ...]  # step, entered, done, by
    documents: tuple[DocumentLine, ...]
    record: tuple[RecordLine, ...]
    findings: tuple[FindingView, ...]
    rectifications: tuple[RectificationView, ...]


def queued_line(
    row: PostReview, account_type: str, risk_level: str | None, number: str | None = None
) -> QueuedReview:
    return QueuedReview(
        review_id=row.id,
        case_id=row.case_id,
        maker_id=row.maker_id,
        reasons=tuple(r for r in row.reasons.split(",") if r),
        status=row.status,
        sampled_at=row.sampled_at,
        rounds=row.rounds or 0,
        account_type=account_type,
        risk_level=risk_level,
        closed_at=row.closed_at,
        case_number=number or "",
    )


def findings_of(db: DbSession, review_id: str) -> Sequence[ReviewFinding]:
    return db.scalars(
        select(ReviewFinding).where(ReviewFinding.review_id == review_id).order_by(ReviewFinding.recorded_at)
    ).all()


def rectifications_of(db: DbSession, review_id: str) -> Sequence[Rectification]:
    return db.scalars(
        select(Rectification).where(Rectification.review_id == review_id).order_by(Rectification.requested_at)
    ).all()


def rectification_view(store: Store, row: Rectification) -> RectificationView:
    return RectificationView(
        rectification_id=row.id,
        review_id=row.review_id,
        case_id=row.case_id,
        teller_id=row.teller_id,
        status=row.status,
        requested_at=row.requested_at,
        due_on=row.due_on.isoformat(),
        request=store.sealer.open_text(row, "request") or "",
        answer=store.sealer.open_text(row, "answer") or "",
        answered_at=row.answered_at,
    )


def review_view(uow: UnitOfWork, review: PostReview) -> ReviewView:
    db = uow.session
    uow.session.flush()
    case = db.get(CaseRow, review.case_id)
    if case is None:
        raise InputError("case.not_found", "There is no case {case_id}", case_id=review.case_id)
    steps = tuple(
        (s.step, s.entered_at, s.completed_at, s.completed_by)
        for s in db.scalars(select(CaseStep).where(CaseStep.case_id == case.id).order_by(CaseStep.entered_at))
    )
    documents = tuple(
        DocumentLine(d.item_code, d.decision, d.reason, bool(d.original_seen), d.scan_count or 0)
        for d in db.scalars(select(Document).where(Document.case_id == case.id).order_by(Document.item_code))
    )
    record = tuple(
        RecordLine(e.occurred_at, e.user_id, e.step, e.action, e.result)
        for e in db.scalars(
            select(AuditEvent)
            .where(AuditEvent.case_id == case.id)
            .order_by(AuditEvent.occurred_at, AuditEvent.seq)
        )
    )
    findings = tuple(
        FindingView(
            f.category, f.severity, f.recorded_by, f.recorded_at, uow.fields.open_text(f, "note") or ""
        )
        for f in findings_of(db, review.id)
    )
    rectifications = tuple(rectification_view(uow.store, r) for r in rectifications_of(db, review.id))
    return ReviewView(
        review=queued_line(review, case.account_type, case.risk_level, case.number),
        customer_kind=case.customer_kind,
        status=case.status,
        steps=steps,
        documents=documents,
        record=record,
        findings=findings,
        rectifications=rectifications,
    )
