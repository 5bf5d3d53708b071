"""Cancel a case with a reason (撤销) and hand a case over to another teller (移交) at a supervisor's desk.

    handling = CaseHandling(store, sign_in)
    handling.cancel(session, case_id, "customer_withdrew", note="…")
    handling.hand_over(session, case_id, "li.na", "teller_absent", note="…")

The acting person comes only from a live sign-in session, with the role the users table holds
(services/signed_in.py), never from a caller-built Actor. A teller cancels only a case they hold
(cancel_case); cancelling another holder's case takes cancel_any_case, handing one over hand_over_case
(the permission matrix). Nobody cancels an activated account's case. Reasons are the case's process
definition's codes ([case_handling]) or "other" with free text. Both moves are one unit of work with their
audit event (who, when, reason, from whom to whom) and outbox entries, so they sync like any case change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from teller_app.domain import case_moves
from teller_app.domain.case import Case
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.handling_reasons import OTHER, HandlingReasons, StandardReason
from teller_app.domain.permissions import Action, Certification, can, work_mode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import Session
from teller_app.services.actors import Actor, check_may
from teller_app.services.business_day import business_date
from teller_app.services.case_store import load_case
from teller_app.services.case_work import working_on
from teller_app.services.procedures import definition_by_version
from teller_app.services.sign_in import SignInService
from teller_app.services.signed_in import signed_in_actor
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store

MAX_NOTE = 500


@dataclass(frozen=True)
class Holder:
    """Someone who may take a case over: works cases and is certified for real work."""

    user_id: str
    username: str
    name: str


class CaseHandling:
    def __init__(self, store: Store, sign_in: SignInService) -> None:
        self.store = store
        self.sign_in = sign_in

    def _acting(self, session: Session) -> Actor:
        return signed_in_actor(self.store, self.sign_in, session)

    def reasons(self, session: Session, case_id: str) -> HandlingReasons:
        """The standard reasons of the case's own procedure version."""
        actor = self._acting(session)
        check_may(actor, Action.VIEW_CASE)
        return definition_by_version(load_case(self.store, case_id).procedure_version).handling_reasons

    def holders(self, session: Session) -> list[Holder]:
        """The people of this terminal's branch a case may be handed to (by user name)."""
        check_may(self._acting(session), Action.HAND_OVER_CASE)
        today = business_date(self.store.clock())
        found = []
        with self.store.reading() as db:
            for user in db.scalars(select(User).where(User.disabled.is_(False)).order_by(User.username)):
                if _may_hold(Role(user.role), user.certified_until, today):
                    shown = self.store.sealer.open_text(user, "display_name") if user.display_name else None
                    found.append(Holder(user.id, user.username, shown or user.username))
        return found

    def cancel(self, session: Session, case_id: str, reason: str, note: str = "") -> Case:
        """Cancel the case (撤销) with a standard reason or "other" and a note."""
        actor = self._acting(session)
        with working_on(self.store, actor, case_id, Action.VIEW_CASE, maker_only=False) as work:
            own = work.case.maker == actor.user_id
            check_may(actor, Action.CANCEL_CASE if own else Action.CANCEL_ANY_CASE)
            code, text = _reason(work.definition.handling_reasons.cancel, reason, note)
            recorded = f"{code}: {text}" if text else code
            work.case = case_moves.cancel_case(work.case, reason=recorded, now=work.now)
            work.audit("case.cancel", details={"reason": code, "note": text, "holder": work.before.maker})
        return work.case

    def hand_over(
        self, session: Session, case_id: str, to_username: str, reason: str, note: str = ""
    ) -> Case:
        """Give the case to another person who works cases; the old holder no longer edits it."""
        actor = self._acting(session)
        with working_on(self.store, actor, case_id, Action.HAND_OVER_CASE, maker_only=False) as work:
            code, text = _reason(work.definition.handling_reasons.hand_over, reason, note)
            to = _holder(
                work.uow.session, to_username, business_date(work.now), training=bool(work.row.training)
            )
            work.case = case_moves.hand_over(work.case, to=to.id, now=work.now)
            details = {"from_holder": work.before.maker, "to_holder": to.id, "reason": code, "note": text}
            work.audit("case.hand_over", details=details)
            if work.before.approval is not None and work.case.approval is None:
                work.audit("approval.void", details={"reason": "handed_over"})
        return work.case


def _may_hold(role: Role, certified_until: date | None, today: date) -> bool:
    return (
        can(role, Action.EDIT_CASE) and work_mode(role, Certification(certified_until), today).value == "real"
    )


def _holder(db: object, username: str, today: date, *, training: bool) -> User:
    name = (username or "").strip()
    user = db.scalars(select(User).where(User.username == name)).first() if name else None  # type: ignore[attr-defined]
    if user is None or user.disabled:
        raise InputError("case.hand_over_unknown_user", "There is no active user {user}", user=name[:64])
    role = Role(user.role)
    if not can(role, Action.EDIT_CASE) or not (training or _may_hold(role, user.certified_until, today)):
        raise RuleError(
            "case.hand_over_not_a_holder",
            "{user} may not work on cases (role or certification)",
            user=name[:64],
            role=role.value,
        )
    return user


def _reason(known: tuple[StandardReason, ...], code: str, note: str) -> tuple[str, str]:
    code, text = (code or "").strip(), " ".join((note or "").split())
    if code != OTHER and code not in {r.code for r in known}:
        raise InputError("case.reason_unknown", "Choose one of the listed reasons or Other", reason=code[:40])
    if code == OTHER and not text:
        raise InputError("case.handling_note_required", "With the reason Other, say why in the note")
    if len(text) > MAX_NOTE:
        raise InputError(
            "case.note_too_long",
            "The note has {length} characters; at most {most}",
            length=len(text),
            most=MAX_NOTE,
        )
    return code, text
