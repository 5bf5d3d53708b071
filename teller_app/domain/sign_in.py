"""Sign-in and session rules: lockout after failures, disabled users, forced change, the idle lock."""

from __future__ import annotations

import math
import secrets
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.permissions import WorkMode
from teller_app.domain.roles import Role


@dataclass(frozen=True)
class SignInPolicy:
    """Lockout and idle-lock settings (lockout_failures, lockout_minutes, idle_lock_minutes)."""

    lockout_failures: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 5


# --- what was typed -----------------------------------------------------------------------------

MAX_USERNAME_CHARS = 64
MAX_PASSWORD_CHARS = 1024


def check_typed_credentials(username: object, password: object) -> None:
    """Refuse what cannot be a user name or a password before anything is looked up or hashed."""
    if not isinstance(username, str) or not isinstance(password, str):
        raise InputError("sign_in.input_invalid", "The user name and the password must be text.")
    if not username.strip():
        raise InputError("sign_in.username_required", "Enter your user name.")
    if not password:
        raise InputError("sign_in.password_required", "Enter your password.")
    if len(username) > MAX_USERNAME_CHARS or len(password) > MAX_PASSWORD_CHARS:
        raise InputError(
            "sign_in.input_too_long",
            "The user name may have at most {username_max} characters, the password {password_max}.",
            username_max=MAX_USERNAME_CHARS,
            password_max=MAX_PASSWORD_CHARS,
        )


# --- sign-in attempts and lockout ----------------------------------------------------------------


@dataclass(frozen=True)
class SignInState:
    """What the user record keeps about signing in: failures, a lockout, an administrator's lock."""

    failed_attempts: int = 0
    locked_until: datetime | None = None  # lockout after too many failures; ends by itself
    admin_locked: bool = False  # locked by an administrator; ends only by `user unlock`
    disabled: bool = False
    must_change_password: bool = False


def lockout_time_left(state: SignInState, now: datetime) -> timedelta | None:
    """Time left of a failure lockout, or None when there is none (or it has run out)."""
    if state.locked_until is None or state.locked_until <= now:
        return None
    return state.locked_until - now


def check_may_attempt(state: SignInState, now: datetime) -> SignInState:
    """Refuse an attempt while locked; return the state with an expired lockout cleared."""
    if state.admin_locked:
        raise RuleError(
            "sign_in.locked_by_administrator",
            "This user is locked. Ask an administrator to unlock it.",
        )
    if state.locked_until is not None and state.locked_until > now:
        raise lockout_error(state.locked_until, now)
    if state.locked_until is not None:
        # The lockout ran out: the count starts again.
        return replace(state, locked_until=None, failed_attempts=0)
    return state


def record_failure(state: SignInState, now: datetime, policy: SignInPolicy) -> tuple[SignInState, bool]:
    """Count one failed password; return the new state and whether this failure started a lockout."""
    failures = state.failed_attempts + 1
    if failures >= policy.lockout_failures:
        until = now + timedelta(minutes=policy.lockout_minutes)
        return replace(state, failed_attempts=failures, locked_until=until), True
    return replace(state, failed_attempts=failures), False


def attempts_left(state: SignInState, policy: SignInPolicy) -> int:
    return max(0, policy.lockout_failures - state.failed_attempts)


def record_success(state: SignInState, counted_with_this: int | None = None) -> SignInState:
    """A correct password resets the failure count. `counted_with_this` is the count as this attempt left
    it when it was claimed (services count an attempt before its password is checked): attempts claimed
    after it, still being checked by others at the same moment, stay counted, so a right password never
    erases them and a burst gets no more than the limit of wrong passwords checked after it."""
    later = 0 if counted_with_this is None else max(0, state.failed_attempts - counted_with_this)
    return replace(state, failed_attempts=later, locked_until=state.locked_until if later else None)


def check_may_work(state: SignInState) -> None:
    """After a correct password: a disabled user still may not sign in."""
    if state.disabled:
        raise RuleError("sign_in.disabled", "This user is disabled and cannot sign in.")


def bad_credentials(attempts_remaining: int | None = None) -> RuleError:
    """The one refusal for a wrong password or an unknown user name (no hint which)."""
    return RuleError(
        "sign_in.bad_credentials",
        "The user name or the password is wrong.",
        attempts_left=attempts_remaining,
    )


def lockout_error(locked_until: datetime, now: datetime) -> RuleError:
    """The refusal during a lockout, with the minutes left and the time it ends."""
    left = max(locked_until - now, timedelta(0))
    return RuleError(
        "sign_in.locked_out",
        "Too many failed sign-ins. Try again in {minutes_left} minutes (at {until}).",
        minutes_left=math.ceil(left.total_seconds() / 60),
        until=locked_until.strftime("%H:%M"),
        locked_until=locked_until.isoformat(),
    )


# --- the session at the counter ------------------------------------------------------------------

TOKEN_BYTES = 32


@dataclass(eq=False)
class Session:
    """A signed-in user at one terminal. It holds no password; its only secret is a random token.

    Limits of Python: `str` objects (the password as typed, the user name) are immutable and cannot be
    zeroed; they live until the garbage collector reuses their memory. The session therefore never keeps
    the password, and its token is a `bytearray` that `clear_secrets` overwrites with zeros in place.
    """

    user_id: str
    username: str
    role: Role
    work_mode: WorkMode
    terminal: str
    started_at: datetime
    last_activity: datetime
    must_change_password: bool = False
    display_name: str = ""
    locked: bool = False
    signed_out: bool = False
    session_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    token: bytearray = field(default_factory=lambda: bytearray(secrets.token_bytes(TOKEN_BYTES)), repr=False)

    def clear_secrets(self) -> None:
        for index in range(len(self.token)):
            self.token[index] = 0
        self.token = bytearray()


def is_idle(session: Session, now: datetime, policy: SignInPolicy) -> bool:
    """True when nothing happened for `idle_lock_minutes` (the teller walked away from the counter)."""
    return now - session.last_activity >= timedelta(minutes=policy.idle_lock_minutes)


def check_session_usable(session: Session, now: datetime, policy: SignInPolicy) -> None:
    """Refuse work on a session that is signed out, locked, idle too long, or awaiting a new password."""
    if session.signed_out:
        raise RuleError("session.signed_out", "This session has ended. Please sign in.")
    if session.locked or is_idle(session, now, policy):
        raise RuleError("session.locked", "The screen is locked. Enter your password to continue.")
    if session.must_change_password:
        raise RuleError(
            "session.password_change_required", "You must change your password before you continue."
        )


def check_session_open(session: Session) -> None:
    """Refuse anything on a session that was signed out."""
    if session.signed_out:
        raise RuleError("session.signed_out", "This session has ended. Please sign in.")
