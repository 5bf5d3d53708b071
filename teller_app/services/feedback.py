"""Feedback (7 持续改进): the customer's satisfaction at the end of a case, and staff suggestions.

    desk = FeedbackDesk(store, sign_in)
    desk.record_satisfaction(teller_session, case_id, 5, "办理很快")   # or score=None: the customer skipped
    desk.send_suggestion(any_session, "home", "…")
    desk.suggestions(supervisor_session); desk.answer_suggestion(…); desk.close_suggestion(…)

Who acts comes from a live signed-in session only. Comments, suggestions and answers are sealed; scores,
states and times are plain (the evaluation report counts them). Every step is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import Action, can
from teller_app.domain.sign_in import Session
from teller_app.services.actors import check_may
from teller_app.services.signed_in import SignedInDesk, signed_in_actor
from teller_app.storage.schema import Case as CaseRow
from teller_app.storage.schema import Satisfaction, Suggestion
from teller_app.storage.unit_of_work import UnitOfWork

MAX_TEXT = 2000
MAX_COMMENT = 1000
SCREEN_CODE = 32


@dataclass(frozen=True)
class SuggestionView:
    suggestion_id: str
    author_id: str
    screen: str
    sent_at: datetime
    status: str
    text: str
    answer: str
    answered_by: str | None
    answered_at: datetime | None


def _text(value: object, field: str, longest: int, required: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError("case.unknown_value", "{field} cannot be {value}", field=field, value=str(value))
    cleaned = value.strip()
    if required and not cleaned:
        raise InputError("feedback.text_required", "Write the {field}", field=field)
    if len(cleaned) > longest:
        raise InputError(
            "feedback.text_too_long",
            "The {field} may have at most {limit} characters, not {length}",
            field=field,
            limit=longest,
            length=len(cleaned),
        )
    return cleaned


class FeedbackDesk(SignedInDesk):
    # -- satisfaction -------------------------------------------------------------------------------------

    def record_satisfaction(
        self, session: Session, case_id: str, score: int | None, comment: str = ""
    ) -> None:
        """The customer's score 1–5 (None: skipped) on a finished case of this teller; once per case."""
        actor = self._acting(session, Action.RECORD_SATISFACTION)
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5
        ):
            raise InputError("feedback.score_invalid", "The score is 1 to 5, not {value}", value=str(score))
        text = _text(comment, "comment", MAX_COMMENT, required=False)
        if score is None and text:
            raise InputError("feedback.comment_without_score", "A skipped survey has no comment")
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            case = uow.get(CaseRow, case_id) if isinstance(case_id, str) else None
            if case is None:
                raise InputError("case.not_found", "There is no case {case_id}", case_id=str(case_id))
            uow.local_only = bool(case.training)
            if case.maker_id != actor.user_id:
                raise RuleError("case.not_your_case", "Only the teller who opened the case works on it")
            if case.closed_at is None:
                raise RuleError(
                    "feedback.case_not_finished", "Satisfaction is recorded when the case is finished"
                )
            if uow.session.scalar(select(Satisfaction.id).where(Satisfaction.case_id == case.id)):
                raise RuleError(
                    "feedback.already_recorded", "The customer's satisfaction is already recorded"
                )
            row = uow.new(
                Satisfaction, case_id=case.id, teller_id=actor.user_id, score=score, recorded_at=uow.clock()
            )
            uow.seal(row, "comment", text or None)
            uow.append_audit(
                "feedback.satisfaction",
                case_id=case.id,
                details={"score": score, "skipped": score is None},
            )

    # -- suggestions --------------------------------------------------------------------------------------

    def send_suggestion(self, session: Session, screen: str, text: str) -> SuggestionView:
        actor = self._acting(session, Action.SEND_SUGGESTION)
        body = _text(text, "suggestion", MAX_TEXT, required=True)
        where = _text(screen, "screen", SCREEN_CODE, required=False) or "other"
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = uow.new(
                Suggestion, author_id=actor.user_id, screen=where, sent_at=uow.clock(), status="open"
            )
            uow.seal(row, "text", body)
            uow.append_audit("feedback.suggestion_sent", details={"suggestion": row.id, "screen": where})
            uow.session.flush()
            return self._view(row)

    def suggestions(self, session: Session, *, include_closed: bool = False) -> list[SuggestionView]:
        """The branch's suggestions (supervisors), or the signed-in person's own (anyone who sends)."""
        actor = signed_in_actor(self.store, self.sign_in, session)
        branch_wide = can(actor.role, Action.VIEW_SUGGESTIONS)
        if not branch_wide:
            check_may(actor, Action.SEND_SUGGESTION)
        query = select(Suggestion).where(Suggestion.branch == self.store.identity.branch)
        if not branch_wide:
            query = query.where(Suggestion.author_id == actor.user_id)
        if not include_closed:
            query = query.where(Suggestion.status != "closed")
        with self.store.reading() as db:
            return [self._view(row) for row in db.scalars(query.order_by(Suggestion.sent_at))]

    def answer_suggestion(self, session: Session, suggestion_id: str, answer: str) -> SuggestionView:
        actor = self._acting(session, Action.ANSWER_SUGGESTION)
        body = _text(answer, "answer", MAX_TEXT, required=True)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = self._suggestion(uow, suggestion_id)
            if row.status == "closed":
                raise RuleError("feedback.suggestion_closed", "The suggestion is closed")
            row.status = "answered"
            row.answered_by = actor.user_id
            row.answered_at = uow.clock()
            uow.seal(row, "answer", body)
            uow.append_audit("feedback.suggestion_answered", details={"suggestion": row.id})
            uow.session.flush()
            return self._view(row)

    def close_suggestion(self, session: Session, suggestion_id: str) -> SuggestionView:
        actor = self._acting(session, Action.ANSWER_SUGGESTION)
        with self.store.unit_of_work(user_id=actor.user_id) as uow:
            row = self._suggestion(uow, suggestion_id)
            if row.status == "closed":
                raise RuleError("feedback.suggestion_closed", "The suggestion is closed")
            row.status = "closed"
            row.closed_by = actor.user_id
            row.closed_at = uow.clock()
            uow.append_audit("feedback.suggestion_closed", details={"suggestion": row.id})
            uow.session.flush()
            return self._view(row)

    def _suggestion(self, uow: UnitOfWork, suggestion_id: str) -> Suggestion:
        row = uow.get(Suggestion, suggestion_id) if isinstance(suggestion_id, str) else None
        if row is None or row.branch != self.store.identity.branch:
            raise InputError(
                "feedback.not_found",
                "There is no suggestion {suggestion_id}",
                suggestion_id=str(suggestion_id),
            )
        return row

    def _view(self, row: Suggestion) -> SuggestionView:
        return SuggestionView(
            suggestion_id=row.id,
            author_id=row.author_id,
            screen=row.screen,
            sent_at=row.sent_at,
            status=row.status,
            text=self.store.sealer.open_text(row, "text") or "",
            answer=self.store.sealer.open_text(row, "answer") or "",
            answered_by=row.answered_by,
            answered_at=row.answered_at,
        )
