"""Signing in at the counter, offline from the local users table: sessions, idle lock, unlock, sign-out.

Every sign-in, lock, unlock, override and sign-out is an audit event; the password and one-time code checks
themselves (attempts counted before the check, lockout) are in `authentication`.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from datetime import date, datetime

from teller_app.domain.errors import RuleError
from teller_app.domain.passwords import same_password
from teller_app.domain.permissions import Action, can
from teller_app.domain.sign_in import Session, check_session_open, check_session_usable, is_idle
from teller_app.domain.totp import second_factor_required
from teller_app.services.authentication import Authenticator, keep_accepted_step
from teller_app.services.business_day import business_date
from teller_app.services.user_records import require_user
from teller_app.services.users import AuthPolicy, set_password
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


class SignInService(Authenticator):
    """Sign-in, the session's life at the counter, and authentication for approvals and overrides.

    Sessions are valid only while this service knows them: a Session built by hand, or one already
    signed out, is refused. Keep one SignInService per running app.
    """

    def __init__(
        self, store: Store, policy: AuthPolicy | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(store, policy, clock)
        self._live: dict[str, bytes] = {}  # session id → SHA-256 of its token

    # -- the session --------------------------------------------------------------------------------

    def confirm_second_factor(self, session: Session, code: str | None) -> None:
        """A fresh one-time code from the signed-in user, when their role needs one (approvals)."""
        self._check_known(session)
        if not second_factor_required(session.role, self.policy.supervisor_totp):
            return
        snapshot = self._snapshot(session.username)
        if snapshot is None:
            raise RuleError("session.unknown", "This session is not valid here. Please sign in.")
        now = self.clock()
        step = self._check_second_factor(snapshot, code, now, "confirm")
        with self.store.unit_of_work(user_id=snapshot.id) as uow:
            row = require_user(uow.session, snapshot.username)
            keep_accepted_step(uow, row, step)
            self._append(uow, "sign_in.confirm", "ok", "confirm")

    def sign_in(self, username: str, password: str, totp_code: str | None = None) -> Session:
        """A session at this terminal; works offline (the users table is local). Training mode when the
        user's certification is missing or expired; `must_change_password` when the password is new."""
        who = self.authenticate(username, password, totp_code, purpose="sign_in")
        now = self.clock()
        session = Session(
            user_id=who.user_id,
            username=who.username,
            role=who.role,
            work_mode=who.work_mode(_local_date(now)),
            terminal=self.store.identity.terminal,
            started_at=now,
            last_activity=now,
            must_change_password=who.must_change_password,
            display_name=who.display_name,
        )
        self._live[session.session_id] = _digest(session.token)
        return session

    def _check_known(self, session: Session) -> None:
        check_session_open(session)
        known = self._live.get(session.session_id)
        if known is None or not hmac.compare_digest(known, _digest(session.token)):
            raise RuleError("session.unknown", "This session is not valid here. Please sign in.")

    def require_usable(self, session: Session) -> Session:
        """Refuse work on a session that is unknown, signed out, locked, idle or awaiting a new password.

        A session found idle is locked here (and the lock recorded). Use before every service call made
        for the person at the counter; it also counts as activity.
        """
        self._check_known(session)
        now = self.clock()
        if not session.locked and is_idle(session, now, self.policy.sign_in):
            self.lock(session, reason="idle")
        check_session_usable(session, now, self.policy.sign_in)
        session.last_activity = now
        return session

    def touch(self, session: Session) -> None:
        """Keyboard or mouse activity: pushes the idle lock back (a locked session stays locked)."""
        self._check_known(session)
        if not session.locked:
            session.last_activity = self.clock()

    def lock_if_idle(self, session: Session) -> bool:
        """Lock the session when it has been idle for `idle_lock_minutes`; True when it is locked now."""
        self._check_known(session)
        if not session.locked and is_idle(session, self.clock(), self.policy.sign_in):
            self.lock(session, reason="idle")
        return session.locked

    def lock(self, session: Session, reason: str = "manual") -> None:
        """Lock the screen over the session (the teller walks away); work in progress stays."""
        self._check_known(session)
        if session.locked:
            return
        session.locked = True
        with self.store.unit_of_work(user_id=session.user_id) as uow:
            uow.append_audit("session.locked", details={"reason": reason, "session": session.session_id})

    def unlock(self, session: Session, password: str) -> Session:
        """Only the same user's password unlocks; failures count towards the lockout."""
        self._check_known(session)
        if not session.locked:
            return session
        self.authenticate(session.username, password, purpose="unlock", second_factor=False)
        session.locked = False
        session.last_activity = self.clock()
        with self.store.unit_of_work(user_id=session.user_id) as uow:
            uow.append_audit("session.unlocked", details={"session": session.session_id})
        return session

    def override_unlock(
        self,
        session: Session,
        supervisor_username: str,
        supervisor_password: str,
        totp_code: str | None = None,
    ) -> Session:
        """A supervisor unlocks someone else's locked screen with their own credentials; recorded."""
        self._check_known(session)
        if not session.locked:
            return session
        supervisor = self.authenticate(
            supervisor_username, supervisor_password, totp_code, purpose="override"
        )
        if supervisor.user_id == session.user_id:
            raise RuleError("session.override_own", "Unlock your own screen with your password")
        if not can(supervisor.role, Action.OVERRIDE_LOCK):
            with self.store.unit_of_work(user_id=supervisor.user_id) as uow:
                uow.append_audit(
                    "session.override_unlock",
                    "refused",
                    details={"session": session.session_id, "session_user": session.user_id},
                )
            raise RuleError(
                "permission.denied",
                "The role {role} may not {action}",
                role=supervisor.role.value,
                action=Action.OVERRIDE_LOCK.value,
            )
        session.locked = False
        session.last_activity = self.clock()
        with self.store.unit_of_work(user_id=supervisor.user_id) as uow:
            uow.append_audit(
                "session.override_unlock",
                details={"session": session.session_id, "session_user": session.user_id},
            )
        return session

    def change_password(self, session: Session, old_password: str, new_password: str) -> Session:
        """The user's own change (forced at first sign-in): old password, policy, not the same again."""
        self._check_known(session)
        if session.locked:
            raise RuleError("session.locked", "The screen is locked. Enter your password to continue.")
        self.authenticate(session.username, old_password, purpose="password_change", second_factor=False)
        if same_password(old_password, new_password):
            raise RuleError("password.same_as_old", "The new password must differ from the old one")
        with self.store.unit_of_work(user_id=session.user_id) as uow:
            row = _user_by_id(uow, session.user_id)
            set_password(uow, row, new_password, self.policy, must_change=False)
            uow.append_audit("user.password_changed", details={"user": row.id, "via": "app"})
        session.must_change_password = False
        session.last_activity = self.clock()
        return session

    def sign_out(self, session: Session) -> None:
        """End the session: recorded, forgotten by the service, and its secret token zeroed."""
        if session.signed_out:
            return
        self._live.pop(session.session_id, None)
        with self.store.unit_of_work(user_id=session.user_id) as uow:
            uow.append_audit("session.signed_out", details={"session": session.session_id})
        session.signed_out = True
        session.locked = True
        session.clear_secrets()

    def is_live(self, session: Session) -> bool:
        try:
            self._check_known(session)
        except RuleError:
            return False
        return True


def _user_by_id(uow: UnitOfWork, user_id: str) -> User:
    row = uow.get(User, user_id)
    if row is None:
        raise RuleError("session.unknown", "This session is not valid here. Please sign in.")
    return row


def _digest(token: bytearray) -> bytes:
    return hashlib.sha256(bytes(token)).digest()


def _local_date(now: datetime) -> date:
    """The terminal's own calendar date (a certification runs out at local midnight)."""
    return business_date(now)
