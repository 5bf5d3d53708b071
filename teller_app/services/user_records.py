"""A user's record: its name checked, found by name (case does not matter), its sign-in state and second
factor read and written, and shown as UserInfo (no password hash, no secret)."""

from __future__ import annotations

import re
import struct
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teller_app.domain.entries import normalise_text
from teller_app.domain.errors import InputError
from teller_app.domain.permissions import Certification, WorkMode, work_mode
from teller_app.domain.roles import Role
from teller_app.domain.sign_in import SignInState
from teller_app.storage.schema_system import User

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")

# The users table has one `locked_until` column: an administrator's lock is a lock without end.
ADMIN_LOCK_UNTIL = datetime(9999, 12, 31, tzinfo=UTC)


@dataclass(frozen=True)
class UserInfo:
    """One user as lists and screens show it (no password hash, no second-factor secret)."""

    id: str
    username: str
    role: Role
    display_name: str | None
    certified_until: date | None
    work_mode: WorkMode
    disabled: bool
    locked_by_administrator: bool
    locked_until: datetime | None
    failed_count: int
    must_change_password: bool
    last_sign_in_at: datetime | None
    second_factor: bool

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "role": self.role.value,
            "display_name": self.display_name,
            "certified_until": self.certified_until.isoformat() if self.certified_until else None,
            "work_mode": self.work_mode.value,
            "disabled": self.disabled,
            "locked_by_administrator": self.locked_by_administrator,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
            "failed_count": self.failed_count,
            "must_change_password": self.must_change_password,
            "last_sign_in_at": self.last_sign_in_at.isoformat() if self.last_sign_in_at else None,
            "second_factor": self.second_factor,
        }


def parse_role(value: str | Role) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InputError(
            "user.role_unknown",
            "There is no role {role}; roles are: {roles}",
            role=str(value),
            roles=", ".join(role.value for role in Role),
        ) from None


def check_username(username: str) -> str:
    name = username.strip() if isinstance(username, str) else ""
    if not USERNAME.match(name):
        raise InputError(
            "user.name_invalid",
            "A user name is 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit",
        )
    return name


def check_display_name(display_name: str | None) -> str | None:
    """The display name as stored: trimmed and full-width letters and digits folded (domain/entries.py);
    a control character or more than 100 characters is refused, never cut. Empty: no display name."""
    if display_name is None:
        return None
    return normalise_text("display_name", display_name) or None


def find_user(session: Session, username: str) -> User | None:
    """The user with this name (case does not matter), or None."""
    if not isinstance(username, str) or not username.strip():
        return None
    key = username.strip().lower()
    return session.scalars(select(User).where(func.lower(User.username) == key)).first()


def require_user(session: Session, username: str) -> User:
    row = find_user(session, username)
    if row is None:
        raise InputError("user.not_found", "There is no user {username}", username=str(username))
    return row


def sign_in_state(row: User) -> SignInState:
    admin_locked = row.locked_until is not None and row.locked_until >= ADMIN_LOCK_UNTIL
    return SignInState(
        failed_attempts=int(row.failed_count or 0),
        locked_until=None if admin_locked else row.locked_until,
        admin_locked=admin_locked,
        disabled=bool(row.disabled),
        must_change_password=bool(row.must_change_password),
    )


def apply_sign_in_state(row: User, state: SignInState) -> None:
    row.failed_count = state.failed_attempts
    row.locked_until = ADMIN_LOCK_UNTIL if state.admin_locked else state.locked_until
    row.disabled = state.disabled
    row.must_change_password = state.must_change_password


def user_info(row: User, today: date, display_name: str | None = None) -> UserInfo:
    role = Role(row.role)
    state = sign_in_state(row)
    return UserInfo(
        id=row.id,
        username=row.username,
        role=role,
        display_name=display_name,
        certified_until=row.certified_until,
        work_mode=work_mode(role, Certification(row.certified_until), today),
        disabled=state.disabled,
        locked_by_administrator=state.admin_locked,
        locked_until=state.locked_until,
        failed_count=state.failed_attempts,
        must_change_password=state.must_change_password,
        last_sign_in_at=row.last_sign_in_at,
        second_factor=row.totp_secret is not None,
    )


# The TOTP column holds, sealed: format byte, the last accepted time step (-1: none), then the secret.
_TOTP_HEADER = struct.Struct(">Bq")


def pack_second_factor(secret: bytes, last_step: int | None) -> bytes:
    return _TOTP_HEADER.pack(1, -1 if last_step is None else last_step) + secret


def unpack_second_factor(blob: bytes) -> tuple[bytes, int | None]:
    fmt, step = _TOTP_HEADER.unpack_from(blob)
    if fmt != 1:
        raise ValueError("unknown second-factor record")
    return bytes(blob[_TOTP_HEADER.size :]), None if step < 0 else step
