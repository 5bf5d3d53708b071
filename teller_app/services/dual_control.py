"""Dual control (双人授权): the checker authenticates inside the approval call, over the teller's session.

    dual = DualControl(store, sign_in_service)
    dual.decide_approval(case_id, "approve", (), checker_username="liu.zhu", checker_password="…",
                         teller_session=session)            # the supervisor at the teller's screen
    dual.decide_from_queue(supervisor_session, case_id, "return", {"documents": ["…"]},
                           password="…")                    # own queue, the password typed again

The teller stays signed in; the checker gets no session — nothing of the checker's sign-in outlives the
call. Either way the checker authenticates inside the call (`SignInService.authenticate_checker`), and
`approvals.decide` takes only the `Checker` that authentication minted (services/checkers.py). The maker-checker rules themselves (maker ≠ checker whatever roles the maker holds, authority by
risk level, a reason to return or reject, the content hash bound, one open request, expiry) are the
domain's, applied by `services.approvals.decide`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from teller_app.domain.approval import DecisionKind
from teller_app.domain.case import Case
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.sign_in import Session
from teller_app.domain.steps import Step
from teller_app.services import approvals
from teller_app.services.checkers import Checker
from teller_app.services.sign_in import SignInService
from teller_app.storage.store import Store

Reasons = Mapping[Step | str, Sequence[str]] | Sequence[str] | str


@dataclass(frozen=True)
class DualDecision:
    """What the dialog shows after the decision: the case as it is now and who decided."""

    case: Case
    decision: DecisionKind
    checker_id: str
    checker_username: str
    signed_in_user_id: str  # the teller whose session the checker signed in over (or the checker)


class DualControl:
    """The checker's decision with the checker's authentication inside it."""

    def __init__(self, store: Store, sign_in: SignInService) -> None:
        self.store = store
        self.sign_in = sign_in

    def decide_approval(
        self,
        case_id: str,
        decision: DecisionKind | str,
        reasons: Reasons = (),
        *,
        checker_username: str,
        checker_password: str,
        checker_totp: str | None = None,
        teller_session: Session,
    ) -> DualDecision:
        """Dual sign-in at the teller's terminal: authenticate the checker, then decide as the checker.

        The teller's session must be live and unlocked; the checker must be another person than the
        signed-in teller. A wrong password counts towards the checker's lockout like any sign-in.
        """
        kind = _kind(decision)
        self.sign_in.require_usable(teller_session)
        checker = self.sign_in.authenticate_checker(
            checker_username, checker_password, checker_totp, purpose="approval"
        )
        if checker.user_id == teller_session.user_id:
            self._record_refusal(checker, teller_session, case_id, kind, "approval.same_person")
            raise RuleError(
                "approval.same_person",
                "The checker must be another person than the user signed in on this terminal",
            )
        case = approvals.decide(self.store, checker, case_id, kind, reasons)
        self._record_dual_sign_in(checker, teller_session, case_id, kind)
        return DualDecision(
            case=case,
            decision=kind,
            checker_id=checker.user_id,
            checker_username=checker.username,
            signed_in_user_id=teller_session.user_id,
        )

    def decide_from_queue(
        self,
        supervisor_session: Session,
        case_id: str,
        decision: DecisionKind | str,
        reasons: Reasons = (),
        *,
        password: str,
        totp_code: str | None = None,
    ) -> DualDecision:
        """The checker decides from their own queue, signed in on their own terminal (after sync), and
        types the password again (and, with `supervisor_totp` on, a fresh one-time code) for the decision.
        """
        kind = _kind(decision)
        self.sign_in.require_usable(supervisor_session)
        checker = self.sign_in.authenticate_checker(
            supervisor_session.username, password, totp_code, purpose="approval"
        )
        case = approvals.decide(self.store, checker, case_id, kind, reasons)
        return DualDecision(
            case=case,
            decision=kind,
            checker_id=supervisor_session.user_id,
            checker_username=supervisor_session.username,
            signed_in_user_id=supervisor_session.user_id,
        )

    def _record_dual_sign_in(
        self, checker: Checker, teller_session: Session, case_id: str, kind: DecisionKind
    ) -> None:
        with self.store.unit_of_work(user_id=checker.user_id) as uow:
            uow.append_audit(
                "approval.dual_sign_in",
                case_id=case_id,
                step=Step.APPROVAL.value,
                details={
                    "decision": kind.value,
                    "checker": checker.user_id,
                    "checker_role": checker.role.value,
                    "signed_in_user": teller_session.user_id,
                    "session": teller_session.session_id,
                },
            )

    def _record_refusal(
        self, checker: Checker, teller_session: Session, case_id: str, kind: DecisionKind, code: str
    ) -> None:
        with self.store.unit_of_work(user_id=checker.user_id) as uow:
            uow.append_audit(
                f"approval.{kind.value}",
                "refused",
                details={
                    "code": code,
                    "case": case_id,
                    "signed_in_user": teller_session.user_id,
                    "role": checker.role.value,
                },
            )


def _kind(decision: DecisionKind | str) -> DecisionKind:
    try:
        return DecisionKind(decision)
    except ValueError:
        raise InputError(
            "case.unknown_value", "{field} cannot be {value}", field="decision", value=str(decision)
        ) from None
