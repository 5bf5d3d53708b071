"""Who is at the keyboard: a password (and a one-time code where the role needs one) checked against the
local users table, every attempt counted before its password is checked, every outcome an audit event.

Password checks run outside the write transaction (Argon2id takes a noticeable fraction of a second), so
each attempt is first counted as a failure in one transaction (refused while locked; the attempt that
reaches the limit starts the lockout), then the password is checked, then a right one clears the count:
however many attempts run at once, no more passwords are checked than the limit allows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from teller_app.domain.errors import RuleError
from teller_app.domain.passwords import burn_equal_time, hash_password, needs_rehash, verify_password
from teller_app.domain.permissions import Certification, WorkMode, work_mode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import (
    SignInState,
    attempts_left,
    bad_credentials,
    check_may_attempt,
    check_may_work,
    check_typed_credentials,
    lockout_error,
    record_failure,
    record_success,
)
from teller_app.domain.totp import second_factor_required, verify_code
from teller_app.log import get_logger, safe_fields
from teller_app.services.checkers import Checker, mint_checker
from teller_app.services.user_records import (
    USERNAME,
    apply_sign_in_state,
    find_user,
    pack_second_factor,
    require_user,
    sign_in_state,
    unpack_second_factor,
)
from teller_app.services.users import AuthPolicy
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork

log = get_logger("services.sign_in")

# The operation record's action for credentials accepted, by why they were asked for (the `purpose`); each has
# its words in the operation record (ui/audit/record_names.py), and a purpose not listed here is refused.
ACCEPTED_ACTIONS = {
    "sign_in": "sign_in",
    "approval": "sign_in.approval",
    "post_review": "sign_in.post_review",
    "override": "sign_in.override",
    "unlock": "sign_in.unlock",
    "password_change": "sign_in.password_change",
}


@dataclass(frozen=True)
class Authenticated:
    """A person who just proved who they are (password, and the one-time code where required)."""

    user_id: str
    username: str
    role: Role
    certified_until: date | None
    must_change_password: bool
    display_name: str

    def work_mode(self, today: date) -> WorkMode:
        return work_mode(self.role, Certification(self.certified_until), today)


@dataclass(frozen=True)
class _Snapshot:
    id: str
    username: str
    role: Role
    password_hash: str
    state: SignInState
    certified_until: date | None
    second_factor: tuple[bytes, int | None] | None
    display_name: str


@dataclass(frozen=True)
class _Claim:
    """An attempt counted before its password is checked: the state after counting it, whether it started
    the lockout, and the password hash read in that same transaction."""

    state: SignInState
    started_lockout: bool
    password_hash: str
    before: SignInState  # as it stood before this attempt was counted


class Authenticator:
    """Authentication for sign-in, approvals and overrides; `SignInService` adds the session's life."""

    def __init__(
        self, store: Store, policy: AuthPolicy | None = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        self.store = store
        self.policy = policy or AuthPolicy()
        self.clock = clock or store.clock

    def authenticate(
        self,
        username: str,
        password: str,
        totp_code: str | None = None,
        *,
        purpose: str = "sign_in",
        second_factor: bool = True,
    ) -> Authenticated:
        """Check the password (and the one-time code where required); record the outcome; raise on refusal.

        `purpose` names why in the audit record, one of ACCEPTED_ACTIONS: "sign_in", "approval" (the checker
        in a dual sign-in), "post_review", "override" (a supervisor unlocking someone else's screen), "unlock",
        "password_change".
        `second_factor=False` skips the one-time code for checks inside a session that already gave one.
        """
        if purpose not in ACCEPTED_ACTIONS:  # a caller's mistake, refused before any credential is checked
            raise ValueError(f"unknown purpose {purpose!r}")
        check_typed_credentials(username, password)
        now = self.clock()
        snapshot = self._snapshot(username)
        if snapshot is None:
            burn_equal_time(password, self.policy.kdf)
            typed = username.strip() if USERNAME.match(username.strip()) else "(not a user name)"
            self._audit_attempt(
                None, "sign_in.failed", "refused", purpose, reason="unknown_user", username=typed
            )
            raise bad_credentials()
        claim = self._claim_attempt(snapshot, now, purpose)
        if not verify_password(password, claim.password_hash):
            raise self._failure(snapshot, claim, purpose, "wrong_password")
        try:
            check_may_work(claim.state)
        except RuleError as refusal:
            self._audit_attempt(snapshot.id, "sign_in.refused", "refused", purpose, reason=refusal.code)
            raise
        accepted_step = None
        if second_factor and second_factor_required(snapshot.role, self.policy.supervisor_totp):
            accepted_step = self._check_second_factor(snapshot, totp_code, now, purpose, claim)
        with self.store.unit_of_work(user_id=snapshot.id) as uow:
            row = require_user(uow.session, snapshot.username)
            apply_sign_in_state(row, record_success(sign_in_state(row), claim.state.failed_attempts))
            rehash = needs_rehash(row.password_hash, self.policy.kdf)
            if record_success(claim.before) == claim.before and not (
                purpose == "sign_in" or rehash or accepted_step is not None
            ):
                uow.keep_local(row)  # back where it stood: nothing for the central database
            if purpose == "sign_in":
                row.last_sign_in_at = now
            if rehash:
                row.password_hash = hash_password(password, self.policy.kdf)
            if accepted_step is not None:
                keep_accepted_step(uow, row, accepted_step)
            uow.append_audit(
                ACCEPTED_ACTIONS[purpose], "ok", details={"purpose": purpose, "role": snapshot.role.value}
            )
            must_change = bool(row.must_change_password)
        return Authenticated(
            user_id=snapshot.id,
            username=snapshot.username,
            role=snapshot.role,
            certified_until=snapshot.certified_until,
            must_change_password=must_change,
            display_name=snapshot.display_name,
        )

    def authenticate_checker(
        self, username: str, password: str, totp_code: str | None = None, *, purpose: str = "approval"
    ) -> Checker:
        """Authenticate someone who is about to decide (approve, return, reject, post-review), inside the
        deciding call: the `Checker` it returns is good for one decision (services/checkers.py)."""
        who = self.authenticate(username, password, totp_code, purpose=purpose)
        return mint_checker(who.user_id, who.username, who.role, who.certified_until)

    def _snapshot(self, username: str) -> _Snapshot | None:
        with self.store.reading() as session:
            row = find_user(session, username)
            if row is None:
                return None
            blob = self.store.sealer.open_bytes(row, "totp_secret") if row.totp_secret else None
            factor = unpack_second_factor(blob) if blob else None
            display = self.store.sealer.open_text(row, "display_name") if row.display_name else ""
            return _Snapshot(
                id=row.id,
                username=row.username,
                role=Role(row.role),
                password_hash=row.password_hash,
                state=sign_in_state(row),
                certified_until=row.certified_until,
                second_factor=factor,
                display_name=display or "",
            )

    def _claim_attempt(self, snapshot: _Snapshot, now: datetime, purpose: str) -> _Claim:
        """Count this attempt as a failure before the password is checked, in one transaction: refused while
        locked, and the attempt that reaches the limit starts the lockout at once. So concurrent attempts
        never check more passwords than the limit allows; a right password then clears the count."""
        refusal: RuleError | None = None
        with self.store.unit_of_work(user_id=snapshot.id) as uow:
            row = require_user(uow.session, snapshot.username)
            try:
                state = check_may_attempt(sign_in_state(row), now)
            except RuleError as refused:
                refusal = refused
                self._append(uow, "sign_in.refused", "refused", purpose, reason=refused.code)
            else:
                before = state
                state, started = record_failure(state, now, self.policy.sign_in)
                apply_sign_in_state(row, state)
                uow.keep_local(row)  # sent on only as a failure (`_failure`): a right password nets nothing
                claim = _Claim(state, started, row.password_hash, before)
        if refusal is not None:
            raise refusal
        return claim

    def _failure(
        self, snapshot: _Snapshot, claim: _Claim, purpose: str, reason: str, refusal: RuleError | None = None
    ) -> RuleError:
        """Record the failed attempt (counted already by `_claim_attempt`; the fifth by default started a
        lockout). Returns the error to raise: the lockout, else `refusal` (a one-time code's own error),
        else the wrong-password refusal."""
        now = self.clock()
        state = claim.state
        with self.store.unit_of_work(user_id=snapshot.id) as uow:
            row = require_user(uow.session, snapshot.username)
            row.updated_at = now  # the counted failure travels to the central database with the row
            uow.save(row)
            self._append(
                uow, "sign_in.failed", "refused", purpose, reason=reason, failures=state.failed_attempts
            )
            if claim.started_lockout:
                assert state.locked_until is not None
                self._append(
                    uow, "sign_in.locked_out", "locked", purpose, locked_until=state.locked_until.isoformat()
                )
        if claim.started_lockout and state.locked_until is not None:
            log.warning("sign-in lockout %s", safe_fields({"user_id": snapshot.id, "code": reason}))
            return lockout_error(state.locked_until, now)
        return refusal or bad_credentials(attempts_left(state, self.policy.sign_in))

    def _check_second_factor(
        self, snapshot: _Snapshot, code: str | None, now: datetime, purpose: str, claim: _Claim | None = None
    ) -> int:
        if snapshot.second_factor is None:
            self._audit_attempt(
                snapshot.id, "sign_in.refused", "refused", purpose, reason="totp.not_enrolled"
            )
            raise RuleError(
                "totp.not_enrolled", "A one-time code is required but none is set up for this user"
            )
        if code is None or not str(code).strip():
            raise RuleError("totp.required", "Enter the one-time code from your authenticator")
        secret, last_step = snapshot.second_factor
        try:
            return verify_code(secret, code, now, last_step).step
        except RuleError as refusal:
            if claim is None:  # a fresh code inside a session: this failure is counted here
                claim = self._claim_attempt(snapshot, now, purpose)
            raise self._failure(snapshot, claim, purpose, refusal.code, refusal) from refusal

    def _audit_attempt(
        self, user_id: str | None, action: str, result: str, purpose: str, **details: object
    ) -> None:
        with self.store.unit_of_work(user_id=user_id) as uow:
            self._append(uow, action, result, purpose, **details)

    @staticmethod
    def _append(uow: UnitOfWork, action: str, result: str, purpose: str, **details: object) -> None:
        uow.append_audit(action, result, details={"purpose": purpose, **details})


def keep_accepted_step(uow: UnitOfWork, row: User, step: int) -> None:
    """Store the time step of the code just used; refuse it if the same or a later one was used meanwhile."""
    blob = uow.open(row, "totp_secret")
    if not blob:
        raise RuleError("totp.not_enrolled", "A one-time code is required but none is set up for this user")
    secret, last_step = unpack_second_factor(blob)
    if last_step is not None and step <= last_step:
        raise RuleError("totp.replayed", "This one-time code was already used. Wait for the next code.")
    uow.seal(row, "totp_secret", pack_second_factor(secret, step))
