"""User administration: add, disable, lock, unlock, reset the password, certify, list; each an audit event."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from teller_app.config import Config
from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.passwords import (
    DEFAULT_KDF,
    KdfParams,
    PasswordPolicy,
    check_password_policy,
    hash_password,
)
from teller_app.domain.permissions import Action, require
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import SignInPolicy
from teller_app.domain.totp import new_secret, provisioning_uri, secret_to_base32
from teller_app.services.actors import Actor
from teller_app.services.business_day import business_date
from teller_app.services.user_records import (
    ADMIN_LOCK_UNTIL,
    UserInfo,
    check_display_name,
    check_username,
    find_user,
    pack_second_factor,
    parse_role,
    require_user,
    user_info,
)
from teller_app.storage.schema_system import User
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AuthPolicy:
    """Everything sign-in and user administration take from the settings, plus the hashing cost."""

    sign_in: SignInPolicy = field(default_factory=SignInPolicy)
    passwords: PasswordPolicy = field(default_factory=PasswordPolicy)
    kdf: KdfParams = DEFAULT_KDF
    supervisor_totp: bool = False

    @classmethod
    def from_config(cls, config: Config, kdf: KdfParams = DEFAULT_KDF) -> AuthPolicy:
        return cls(
            sign_in=SignInPolicy(
                lockout_failures=int(config.lockout_failures),
                lockout_minutes=int(config.lockout_minutes),
                idle_lock_minutes=int(config.idle_lock_minutes),
            ),
            passwords=PasswordPolicy(
                min_length=int(config.password_min_length),
                min_character_classes=int(config.password_min_classes),
            ),
            kdf=kdf,
            supervisor_totp=bool(config.supervisor_totp),
        )


@dataclass(frozen=True)
class SecondFactorEnrolment:
    """What a supervisor types or scans into an authenticator app; shown once."""

    username: str
    secret_base32: str
    uri: str


# --- passwords ---------------------------------------------------------------------------------


def set_password(uow: UnitOfWork, row: User, password: str, policy: AuthPolicy, must_change: bool) -> None:
    """Check the policy, then store a fresh hash; nothing is stored when the password is refused."""
    check_password_policy(password, row.username, policy.passwords)
    row.password_hash = hash_password(password, policy.kdf)
    row.password_changed_at = uow.clock()
    row.must_change_password = must_change


def generate_password(policy: PasswordPolicy) -> str:
    """A one-time password for a reset: groups of letters and digits that always pass the policy."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    length = max(policy.min_length, 16)
    while True:
        raw = "".join(secrets.choice(alphabet) for _ in range(length))
        candidate = "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))
        if (
            any(c.islower() for c in candidate)
            and any(c.isupper() for c in candidate)
            and any(c.isdigit() for c in candidate)
            and len(candidate) <= policy.max_length
        ):
            return candidate


# --- the administrator's operations --------------------------------------------------------------


class UserAdministration:
    """What an administrator does to users. `acting` is the signed-in administrator; None means the
    `teller-admin` command line, run by IT staff who hold the terminal's key store."""

    def __init__(
        self,
        store: Store,
        policy: AuthPolicy | None = None,
        acting: Actor | None = None,
        bank_wide_check: Callable[[str, str | None], bool] | None = None,
    ) -> None:
        """`bank_wide_check(name, own_id)` asks the central database whether another user of the bank holds
        the name (raises when one does; False when central cannot be asked now, so the push checks it)."""
        self.store = store
        self.policy = policy or AuthPolicy()
        self.acting = acting
        self.bank_wide_check = bank_wide_check
        if acting is not None:
            require(acting.role, Action.MANAGE_USERS)

    @property
    def _by(self) -> str | None:
        return self.acting.user_id if self.acting is not None else None

    def _audit(self, uow: UnitOfWork, action: str, row: User, **details: object) -> None:
        via = "app" if self.acting is not None else "teller-admin"
        uow.append_audit(
            action,
            details={"user": row.id, "username": row.username, "via": via, **details},
            user_id=self._by,
        )

    def add(
        self,
        username: str,
        role: str | Role,
        password: str,
        *,
        certified_until: date | None = None,
        display_name: str | None = None,
        must_change_password: bool = True,
    ) -> UserInfo:
        """A new user who must change the initial password at first sign-in.

        `must_change_password=False` only for sample users whose passwords are shown on purpose (demo).
        """
        name = check_username(username)
        parsed = parse_role(role)
        display_name = check_display_name(display_name)
        with self.store.reading() as session:
            if find_user(session, name) is not None:
                raise InputError("user.name_taken", "The user name {username} is taken", username=name)
        if self.bank_wide_check is not None:
            self.bank_wide_check(name, None)  # a clash with another branch's user is refused now, online
        with self.store.unit_of_work(user_id=self._by) as uow:
            if find_user(uow.session, name) is not None:
                raise InputError("user.name_taken", "The user name {username} is taken", username=name)
            row = uow.new(
                User,
                username=name,
                role=parsed.value,
                password_hash="",
                certified_until=certified_until,
                failed_count=0,
                disabled=False,
                created_at=uow.clock(),
            )
            set_password(uow, row, password, self.policy, must_change=must_change_password)
            if display_name:
                uow.seal(row, "display_name", display_name)
            self._audit(
                uow,
                "user.created",
                row,
                role=parsed.value,
                certified_until=certified_until.isoformat() if certified_until else None,
                must_change_password=must_change_password,
            )
            return user_info(row, business_date(uow.clock()), display_name)

    def list(self) -> list[UserInfo]:
        today = business_date(self.store.clock())
        with self.store.reading() as session:
            rows = session.scalars(select(User).order_by(User.username)).all()
            return [user_info(row, today, self._display_name(row)) for row in rows]

    def get(self, username: str) -> UserInfo:
        with self.store.reading() as session:
            row = require_user(session, username)
            return user_info(row, business_date(self.store.clock()), self._display_name(row))

    def _display_name(self, row: User) -> str | None:
        if row.display_name is None:
            return None
        return self.store.sealer.open_text(row, "display_name")

    def _change(
        self, username: str, action: str, change: Callable[[UnitOfWork, User], None], **details: object
    ) -> UserInfo:
        with self.store.unit_of_work(user_id=self._by) as uow:
            row = require_user(uow.session, username)
            if self.acting is not None and row.id == self.acting.user_id and action in _NOT_ON_ONESELF:
                raise RuleError(
                    "user.not_on_oneself",
                    "Administrators may not disable, lock or change the role of their own user",
                    action=action,
                )
            change(uow, row)
            self._audit(uow, action, row, **details)
            return user_info(row, business_date(uow.clock()))

    def rename(self, username: str, new_name: str) -> UserInfo:
        """Give a user another name: how an administrator resolves a user name that central refused because
        another user of the bank holds it (`sync.username_taken`). The refused push leaves the list of
        rejected items; the renamed user goes up with the next sync. Checked bank-wide when online."""
        name = check_username(new_name)
        with self.store.reading() as session:
            row = require_user(session, username)
            own_id, old_name = row.id, row.username
            other = find_user(session, name)
            if other is not None and other.id != own_id:
                raise InputError("user.name_taken", "The user name {username} is taken", username=name)
        if self.bank_wide_check is not None:
            self.bank_wide_check(name, own_id)

        def change(uow: UnitOfWork, row: User) -> None:
            from sqlalchemy import delete

            from teller_app.storage.schema_system import OutboxEntry
            from teller_app.sync.local_queue import CLASH_MARK

            row.username = name
            if CLASH_MARK in old_name:  # set aside by a pull: usable again under its new name
                row.disabled = False
            uow.session.execute(
                delete(OutboxEntry).where(
                    OutboxEntry.entity == "users",
                    OutboxEntry.entity_id == own_id,
                    OutboxEntry.state == "rejected",
                )
            )

        return self._change(old_name, "user.renamed", change, old_username=old_name)

    def set_display_name(self, username: str, display_name: str | None) -> UserInfo:
        """Give the user the name shown on screens and printouts, sealed under this branch's keys (as `add`
        does); how the new branch names a user moved to it, whose name was cleared. Empty clears it."""
        shown = check_display_name(display_name)
        with self.store.unit_of_work(user_id=self._by) as uow:
            row = require_user(uow.session, username)
            uow.seal(row, "display_name", shown)
            self._audit(uow, "user.display_name_set", row)
            return user_info(row, business_date(uow.clock()), shown)

    def disable(self, username: str) -> UserInfo:
        return self._change(username, "user.disabled", lambda uow, row: setattr(row, "disabled", True))

    def enable(self, username: str) -> UserInfo:
        return self._change(username, "user.enabled", lambda uow, row: setattr(row, "disabled", False))

    def lock(self, username: str) -> UserInfo:
        """Lock until an administrator unlocks (a lockout after failures ends by itself)."""
        return self._change(
            username, "user.locked", lambda uow, row: setattr(row, "locked_until", ADMIN_LOCK_UNTIL)
        )

    def unlock(self, username: str) -> UserInfo:
        """End an administrator's lock or a lockout after failures; the failure count starts again."""

        def clear(uow: UnitOfWork, row: User) -> None:
            row.locked_until = None
            row.failed_count = 0

        return self._change(username, "user.unlocked", clear)

    def reset_password(self, username: str, new_password: str | None = None) -> tuple[UserInfo, str | None]:
        """Set a temporary password (generated when none is given) that must be changed at sign-in.

        Returns the user and the generated password (None when the caller gave one); a reset also ends a
        lockout. The generated password is shown once and never stored in clear.
        """
        generated = generate_password(self.policy.passwords) if new_password is None else None
        password = generated if generated is not None else new_password
        assert password is not None

        def reset(uow: UnitOfWork, row: User) -> None:
            set_password(uow, row, password, self.policy, must_change=True)
            row.failed_count = 0
            if row.locked_until is not None and row.locked_until < ADMIN_LOCK_UNTIL:
                row.locked_until = None

        return self._change(username, "user.password_reset", reset), generated

    def certify(self, username: str, until: date) -> UserInfo:
        """Record the certification (培训考核合格) valid through `until`; before it, training mode only."""
        if not isinstance(until, date):
            raise InputError("user.certification_date_invalid", "The certification needs a date")
        return self._change(
            username,
            "user.certified",
            lambda uow, row: setattr(row, "certified_until", until),
            certified_until=until.isoformat(),
        )

    def set_role(self, username: str, role: str | Role) -> UserInfo:
        parsed = parse_role(role)
        return self._change(
            username,
            "user.role_changed",
            lambda uow, row: setattr(row, "role", parsed.value),
            role=parsed.value,
        )

    def enrol_second_factor(self, username: str, issuer: str = "Teller App") -> SecondFactorEnrolment:
        """A new TOTP secret for the user (replacing any earlier one); shown once to scan."""
        secret = new_secret()
        with self.store.unit_of_work(user_id=self._by) as uow:
            row = require_user(uow.session, username)
            uow.seal(row, "totp_secret", pack_second_factor(secret, None))
            self._audit(uow, "user.second_factor_enrolled", row)
            name = row.username
        return SecondFactorEnrolment(
            username=name, secret_base32=secret_to_base32(secret), uri=provisioning_uri(secret, name, issuer)
        )


_NOT_ON_ONESELF = frozenset({"user.disabled", "user.locked", "user.role_changed"})
