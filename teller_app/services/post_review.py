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

from datetime import timedelta
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action
from teller_app.domain.post_review import (
    FindingCategory,
    ReviewStatus,
    Severity,
    check_reviewer_is_not_maker,
    check_status,
)
from teller_app.domain.sign_in import Session
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.checkers import take_checker
from teller_app.services.post_review_sampling import sample_finished_cases
from teller_app.services.post_review_views import (
    QueuedReview,
    RectificationView,
    ReviewView,
    findings_of,
    queued_line,
    rectification_view,
    rectifications_of,
    review_view,
)
from teller_app.services.procedures import definition_by_version
from teller_app.services.signed_in import SignedInDesk
from teller_app.storage.schema import (
    Approval,
    CaseStep,
    Document,
    PostReview,
    Rectification,
    ReviewFinding,
)
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.unit_of_work import UnitOfWork

E = TypeVar("E", bound=StrEnum)
MAX_NOTE = 2000


class PostReviewDesk(SignedInDesk):
    """The reviewer's desk and the teller's side of rectification."""

    # -- who acts ---------------------------------------------------------------------------------------

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
        """Queue the finished real cases of this terminal that the sampling rule picks; ids newly queued."""
        return sample_finished_cases(self.store)

    # -- the reviewer's queue --------------------------------------------------------------------------

    def queue(self, session: Session, *, include_closed: bool = False) -> list[QueuedReview]:
        """The branch's sampled cases waiting for review (oldest first); closed ones too when asked."""
        self._acting(session, Action.POST_REVIEW)
        with self.store.reading() as db:
            query = (
                select(PostReview, CaseRow.account_type, CaseRow.risk_level, CaseRow.number)
                .join(CaseRow, CaseRow.id == PostReview.case_id)
                .where(PostReview.branch == self.store.identity.branch)
                .order_by(PostReview.sampled_at, PostReview.case_id)
            )
            if not include_closed:
                query = query.where(PostReview.status != ReviewStatus.CLOSED.value)
            return [
                queued_line(row, account_type, risk, number)
                for row, account_type, risk, number in db.execute(query)
            ]

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
            return review_view(uow, review)

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
            return review_view(uow, review)

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
            if not findings_of(uow.session, review.id):
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
            for earlier in rectifications_of(uow.session, review.id):
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
            return review_view(uow, review)

    def close_review(
        self, session: Session, review_id: str, *, password: str, totp_code: str | None = None
    ) -> ReviewView:
        """Close the review: with no findings, or after the teller's answer put things right."""
        actor = self._deciding(session, password, totp_code)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            review = self._reviewing(uow, actor, review_id, "be closed")
            for open_row in rectifications_of(uow.session, review.id):
                if open_row.status == "answered":
                    open_row.status = "accepted"
                    open_row.checked_at = uow.clock()
            review.status = ReviewStatus.CLOSED.value
            review.closed_at = uow.clock()
            findings = len(findings_of(uow.session, review.id))
            uow.append_audit(
                "post_review.closed",
                case_id=review.case_id,
                details={"review": review.id, "findings": findings, "rounds": review.rounds},
            )
            return review_view(uow, review)

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
            return [rectification_view(self.store, row) for row in rows]

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
            return rectification_view(self.store, row)


# -- helpers ----------------------------------------------------------------------------------------------


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
