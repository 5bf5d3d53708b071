"""Post-review (事后监督): sample finished cases, review them read-only, record findings, rectify, close.

    desk = PostReviewDesk(store, sign_in)
    desk.sample_finished_cases()                      # the case's own terminal: it holds the case's record
    desk.queue(reviewer_session)                      # what waits for the reviewer
    desk.open_review(reviewer_session, review_id)     # read-only view of the case; starts the review
    desk.record_finding(reviewer_session, review_id, "document_missing", "major", note)
    desk.request_rectification(reviewer_session, review_id, "…")  # → the teller
    desk.answer_rectification(teller_session, rectification_id, "…")
    desk.close_review(reviewer_session, review_id)    # or request_rectification again

Who acts is taken only from a session the sign-in service knows and finds usable, with the role from the
users table (services/signed_in.py), never from a caller-built Actor; the reviewer's decisions (a
finding, a rectification request, closing) also authenticate inside the call, as an approval's checker
does (services/checkers.py). Maker ≠ reviewer: nobody who made, worked or decided the case reviews
it. Every step is an audit event on the case.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.post_review import (
    FindingCategory,
    ReviewStatus,
    SampleReason,
    Severity,
    check_reviewer_is_not_maker,
    check_status,
    monthly_top_up,
)
from teller_app.domain.sign_in import Session
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.checkers import take_checker
from teller_app.services.procedures import definition_by_version
from teller_app.services.sign_in import SignInService
from teller_app.services.signed_in import signed_in_actor
from teller_app.storage.schema import (
    Approval,
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

E = TypeVar("E", bound=StrEnum)
REVIEW_IDS = uuid.UUID("5d3c3f4e-2b8a-4c61-9a57-7f0e8e1d2a10")  # namespace: one review id per case
MAX_NOTE = 2000


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


def review_id_for(case_id: str) -> str:
    """The same case gets the same review id on every terminal: sampling twice cannot queue it twice."""
    return str(uuid.uuid5(REVIEW_IDS, case_id))


class PostReviewDesk:
    """The reviewer's desk and the teller's side of rectification."""

    def __init__(self, store: Store, sign_in: SignInService) -> None:
        self.store = store
        self.sign_in = sign_in

    # -- who acts ---------------------------------------------------------------------------------------

    def _acting(self, session: Session, action: Action) -> Actor:
        actor = signed_in_actor(self.store, self.sign_in, session)
        check_may(actor, action)
        return actor

    def _deciding(self, session: Session, password: str, totp_code: str | None) -> Actor:
        """A reviewer's decision (a finding, a rectification request, closing): the signed-in reviewer
        authenticates inside the call (services/checkers.py), as a checker does for an approval."""
        signed_in = self._acting(session, Action.POST_REVIEW)
        checker = self.sign_in.authenticate_checker(
            session.username, password, totp_code, purpose="post_review"
        )
        actor = take_checker(self.store, checker)
        if actor.user_id != signed_in.user_id:
            raise RuleError(
                "post_review.not_signed_in_user", "The reviewer who signs is the one signed in here"
            )
        check_may(actor, Action.POST_REVIEW)
        return actor

    # -- sampling -----------------------------------------------------------------------------------------

    def sample_finished_cases(self) -> list[str]:
        """Queue the finished real cases of this terminal that the sampling rule picks; ids newly queued.

        Runs on the terminal that made the cases, which holds their operation record (overrides are
        found there). The rule is the one of each case's procedure version.
        """
        this_month = business_date(self.store.clock()).strftime("%Y-%m")
        with self.store.reading() as session:
            done = set(session.scalars(select(PostReview.case_id)))
            finished = session.execute(
                select(
                    CaseRow.id,
                    CaseRow.maker_id,
                    CaseRow.risk_level,
                    CaseRow.procedure_version,
                    CaseRow.status,
                    CaseRow.closed_at,
                ).where(
                    CaseRow.branch == self.store.identity.branch,
                    CaseRow.terminal == self.store.identity.terminal,
                    CaseRow.training.is_(False),
                    CaseRow.closed_at.is_not(None),
                )
            ).all()
            picked: list[tuple[str, str, str, tuple[SampleReason, ...]]] = []
            past_months: list[tuple[str, str, str, int]] = []  # for each teller's monthly minimum
            minimum_of: dict[str, int] = {}
            versions: dict[str, tuple[str, str]] = {}
            for case_id, maker_id, risk_level, version, status, closed_at in finished:
                rule = definition_by_version(version).post_review
                if status not in rule.finished_statuses or closed_at is None:
                    continue
                month = business_date(closed_at).strftime("%Y-%m")
                if month < this_month:
                    past_months.append((case_id, maker_id, month, rule.draw(case_id)))
                    minimum_of[case_id] = rule.min_per_teller_month
                versions[case_id] = (maker_id, version)
                if case_id in done:
                    continue
                overridden = bool(
                    rule.override_actions
                    and session.scalar(
                        select(AuditEvent.id)
                        .where(AuditEvent.case_id == case_id, AuditEvent.action.in_(rule.override_actions))
                        .limit(1)
                    )
                )
                reasons = rule.reasons(case_id, risk_level, overridden)
                if reasons:
                    picked.append((case_id, maker_id, version, reasons))
            sampled = done | {case_id for case_id, *_ in picked}
            for case_id in monthly_top_up(past_months, sampled, minimum_of):
                maker_id, version = versions[case_id]
                picked.append((case_id, maker_id, version, (SampleReason.MONTHLY_MINIMUM,)))
        if not picked:
            return []
        with self.store.unit_of_work(user_id=None) as uow:
            for case_id, maker_id, version, reasons in picked:
                uow.new(
                    PostReview,
                    id=review_id_for(case_id),
                    case_id=case_id,
                    maker_id=maker_id,
                    reasons=",".join(r.value for r in reasons),
                    procedure_version=version,
                    sampled_at=uow.clock(),
                    status=ReviewStatus.QUEUED.value,
                    rounds=0,
                )
                uow.append_audit(
                    "post_review.sampled", case_id=case_id, details={"reasons": [r.value for r in reasons]}
                )
        return [case_id for case_id, *_ in picked]

    # -- the reviewer's queue --------------------------------------------------------------------------

    def queue(self, session: Session, *, include_closed: bool = False) -> list[QueuedReview]:
        """The branch's sampled cases waiting for review (oldest first); closed ones too when asked."""
        self._acting(session, Action.POST_REVIEW)
        with self.store.reading() as db:
            query = (
                select(PostReview, CaseRow.account_type, CaseRow.risk_level)
                .join(CaseRow, CaseRow.id == PostReview.case_id)
                .where(PostReview.branch == self.store.identity.branch)
                .order_by(PostReview.sampled_at, PostReview.case_id)
            )
            if not include_closed:
                query = query.where(PostReview.status != ReviewStatus.CLOSED.value)
            return [_queued(row, account_type, risk) for row, account_type, risk in db.execute(query)]

    def open_review(self, session: Session, review_id: str) -> ReviewView:
        """The case read-only for the reviewer; a queued review becomes in review (audited)."""
        actor = self._acting(session, Action.POST_REVIEW)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            review = _review(uow, review_id)
            check_reviewer_is_not_maker(actor.user_id, _case_people(uow.session, review.case_id))
            if review.status == ReviewStatus.QUEUED.value:
                review.status = ReviewStatus.IN_REVIEW.value
                review.reviewer_id = actor.user_id
                review.started_at = uow.clock()
            uow.append_audit("post_review.opened", case_id=review.case_id, details={"review": review.id})
            return _view(uow, review)

    def record_finding(
        self,
        session: Session,
        review_id: str,
        category: str,
        severity: str,
        note: str = "",
        *,
        password: str,
        totp_code: str | None = None,
    ) -> ReviewView:
        kind = _choice(FindingCategory, category, "category")
        level = _choice(Severity, severity, "severity")
        text = _note(note, "note")
        actor = self._deciding(session, password, totp_code)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            review = self._reviewing(uow, actor, review_id, "record a finding")
            finding = uow.new(
                ReviewFinding,
                review_id=review.id,
                case_id=review.case_id,
                category=kind.value,
                severity=level.value,
                recorded_by=actor.user_id,
                recorded_at=uow.clock(),
            )
            uow.seal(finding, "note", text or None)
            uow.append_audit(
                "post_review.finding",
                case_id=review.case_id,
                details={"review": review.id, "category": kind.value, "severity": level.value},
            )
            return _view(uow, review)

    def request_rectification(
        self, session: Session, review_id: str, request: str, *, password: str, totp_code: str | None = None
    ) -> ReviewView:
        """Send the case's teller a rectification request (整改通知) with a due date from the rule."""
        text = _note(request, "request")
        if not text:
            raise InputError("post_review.request_required", "Say what the teller must put right")
        actor = self._deciding(session, password, totp_code)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            review = self._reviewing(uow, actor, review_id, "send a rectification request")
            if not _findings(uow.session, review.id):
                raise RuleError(
                    "post_review.no_findings", "Record the findings before asking for a rectification"
                )
            rule = definition_by_version(review.procedure_version).post_review
            now = uow.clock()
            row = uow.new(
                Rectification,
                review_id=review.id,
                case_id=review.case_id,
                teller_id=review.maker_id,
                requested_by=actor.user_id,
                requested_at=now,
                due_on=business_date(now) + timedelta(days=rule.rectification_days),
                status="open",
            )
            uow.seal(row, "request", text)
            for earlier in _rectifications(uow.session, review.id):
                if earlier.status == "answered":  # the answer did not put it right: another round
                    earlier.status = "not_accepted"
                    earlier.checked_at = now
            review.status = ReviewStatus.RECTIFICATION.value
            review.rounds = (review.rounds or 0) + 1
            uow.append_audit(
                "post_review.rectification_requested",
                case_id=review.case_id,
                details={"review": review.id, "round": review.rounds, "teller": review.maker_id},
            )
            return _view(uow, review)

    def close_review(
        self, session: Session, review_id: str, *, password: str, totp_code: str | None = None
    ) -> ReviewView:
        """Close the review: with no findings, or after the teller's answer put things right."""
        actor = self._deciding(session, password, totp_code)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            review = self._reviewing(uow, actor, review_id, "be closed")
            for open_row in _rectifications(uow.session, review.id):
                if open_row.status == "answered":
                    open_row.status = "accepted"
                    open_row.checked_at = uow.clock()
            review.status = ReviewStatus.CLOSED.value
            review.closed_at = uow.clock()
            findings = len(_findings(uow.session, review.id))
            uow.append_audit(
                "post_review.closed",
                case_id=review.case_id,
                details={"review": review.id, "findings": findings, "rounds": review.rounds},
            )
            return _view(uow, review)

    def _reviewing(self, uow: UnitOfWork, actor: Actor, review_id: str, doing: str) -> PostReview:
        review = _review(uow, review_id)
        check_reviewer_is_not_maker(actor.user_id, _case_people(uow.session, review.case_id))
        check_status(ReviewStatus(review.status), (ReviewStatus.IN_REVIEW, ReviewStatus.ANSWERED), doing)
        if review.reviewer_id not in (None, actor.user_id):
            raise RuleError(
                "post_review.other_reviewer", "Another reviewer has this review", reviewer=review.reviewer_id
            )
        review.reviewer_id = actor.user_id
        return review

    # -- the teller's side ------------------------------------------------------------------------------

    def my_rectifications(self, session: Session) -> list[RectificationView]:
        """The rectification requests on the signed-in teller's cases, open ones first."""
        actor = self._acting(session, Action.ANSWER_RECTIFICATION)
        with self.store.reading() as db:
            rows = db.scalars(
                select(Rectification)
                .where(Rectification.teller_id == actor.user_id)
                .order_by(Rectification.status != "open", Rectification.requested_at)
            ).all()
            return [_rectification(self.store, row) for row in rows]

    def answer_rectification(self, session: Session, rectification_id: str, answer: str) -> RectificationView:
        """The teller says what was put right; the review goes back to the reviewer."""
        actor = self._acting(session, Action.ANSWER_RECTIFICATION)
        text = _note(answer, "answer")
        if not text:
            raise InputError("post_review.answer_required", "Say what was put right")
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = uow.get(Rectification, rectification_id) if isinstance(rectification_id, str) else None
            if row is None:
                raise InputError(
                    "post_review.not_found", "There is no review {review_id}", review_id=str(rectification_id)
                )
            if row.teller_id != actor.user_id:
                raise RuleError("post_review.not_your_case", "Only the case's teller answers this request")
            if row.status != "open":
                raise RuleError(
                    "post_review.wrong_state",
                    "The review is {status}; it cannot {doing} now",
                    status=row.status,
                    doing="be answered",
                )
            row.status = "answered"
            row.answered_at = uow.clock()
            uow.seal(row, "answer", text)
            review = _review(uow, row.review_id)
            review.status = ReviewStatus.ANSWERED.value
            uow.append_audit(
                "post_review.rectification_answered",
                case_id=row.case_id,
                details={"review": review.id, "round": review.rounds},
            )
            uow.session.flush()
            return _rectification(self.store, row)


# -- helpers ----------------------------------------------------------------------------------------------


def _queued(row: PostReview, account_type: str, risk_level: str | None) -> QueuedReview:
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
    )


def _review(uow: UnitOfWork, review_id: str) -> PostReview:
    row = uow.get(PostReview, review_id) if isinstance(review_id, str) else None
    if row is None or row.branch != uow.store.identity.branch:
        raise InputError("post_review.not_found", "There is no review {review_id}", review_id=str(review_id))
    return row


def _case_people(db: DbSession, case_id: str) -> set[str]:
    """Everyone who made, worked or decided the case (plain columns)."""
    people: set[str] = set(db.scalars(select(CaseRow.maker_id).where(CaseRow.id == case_id)))
    people |= set(db.scalars(select(CaseStep.completed_by).where(CaseStep.case_id == case_id)))
    people |= set(db.scalars(select(Document.reviewer_id).where(Document.case_id == case_id)))
    people |= set(db.scalars(select(Approval.checker_id).where(Approval.case_id == case_id)))
    return {p for p in people if p}


def _findings(db: DbSession, review_id: str) -> Sequence[ReviewFinding]:
    return db.scalars(
        select(ReviewFinding).where(ReviewFinding.review_id == review_id).order_by(ReviewFinding.recorded_at)
    ).all()


def _rectifications(db: DbSession, review_id: str) -> Sequence[Rectification]:
    return db.scalars(
        select(Rectification).where(Rectification.review_id == review_id).order_by(Rectification.requested_at)
    ).all()


def _rectification(store: Store, row: Rectification) -> RectificationView:
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


def _view(uow: UnitOfWork, review: PostReview) -> ReviewView:
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
        for f in _findings(db, review.id)
    )
    rectifications = tuple(_rectification(uow.store, r) for r in _rectifications(db, review.id))
    return ReviewView(
        review=_queued(review, case.account_type, case.risk_level),
        customer_kind=case.customer_kind,
        status=case.status,
        steps=steps,
        documents=documents,
        record=record,
        findings=findings,
        rectifications=rectifications,
    )


def _choice(enum: type[E], value: str, field: str) -> E:
    try:
        return enum(value)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field=field, value=str(value)
        ) from None


def _note(text: object, field: str) -> str:
    if text is None:
        return ""
    if not isinstance(text, str):
        raise InputError("case.unknown_value", "{field} cannot be {value}", field=field, value=str(text))
    cleaned = text.strip()
    if len(cleaned) > MAX_NOTE:
        raise InputError(
            "post_review.note_too_long",
            "At most {limit} characters, not {length}",
            limit=MAX_NOTE,
            length=len(cleaned),
        )
    return cleaned
