"""Users are bank-wide: one user name (柜员号) is one person across every branch, known centrally.

What `init` and `user add` ask the central database before they create a user, so a clash is refused when
it is made; a user created offline is checked when it is pushed (central refuses it by name,
`sync.username_taken`, and the push goes on with the rest of the queue).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import cast

import sqlalchemy as sa

from teller_app.domain.errors import InputError, RuleError
from teller_app.domain.roles import Role
from teller_app.storage.schema_base import utc_now
from teller_app.storage.schema_system import User
from teller_app.sync.central import CentralUnreachable, central_transaction
from teller_app.sync.positions import SHARED_STREAM, NewChange, record_changes

users = cast(sa.Table, User.__table__)


@dataclass(frozen=True)
class UserHolder:
    """The user that holds a name centrally."""

    id: str
    username: str
    branch: str


def holder_of(conn: sa.Connection, username: str) -> UserHolder | None:
    """The central user with this name (case does not matter: 'Zhang' and 'zhang' are one 柜员号).

    On PostgreSQL a terminal's login sees its own branch's users only (central migration c0010), so the
    name is asked of `teller_user_name_holder`, which answers for the whole bank with id, name and branch."""
    if conn.dialect.name == "postgresql":
        found = conn.execute(
            sa.text("SELECT id, username, branch FROM teller_user_name_holder(:name)"), {"name": username}
        ).first()
        return None if found is None else UserHolder(str(found.id), str(found.username), str(found.branch))
    row = conn.execute(
        sa.select(users.c.id, users.c.username, users.c.branch).where(
            sa.func.lower(users.c.username) == username.strip().lower()
        )
    ).first()
    return None if row is None else UserHolder(str(row.id), str(row.username), str(row.branch))


def branch_administrators(conn: sa.Connection, branch: str) -> list[str]:
    """User names of the branch's administrators known centrally."""
    return list(
        conn.execute(
            sa.select(users.c.username)
            .where(users.c.branch == branch, users.c.role == Role.ADMINISTRATOR.value)
            .order_by(users.c.username)
        ).scalars()
    )


def branch_user_count(conn: sa.Connection, branch: str) -> int:
    return int(conn.execute(sa.select(sa.func.count()).where(users.c.branch == branch)).scalar() or 0)


def refuse_taken_name(conn: sa.Connection, username: str, own_id: str | None = None) -> None:
    """RuleError `user.name_taken_bank_wide` when another user of the bank holds this name centrally."""
    holder = holder_of(conn, username)
    if holder is not None and holder.id != own_id:
        raise RuleError(
            "user.name_taken_bank_wide",
            "The user name {username} is already held by a user of branch {branch}: a user name (柜员号) "
            "is one person across the whole bank; choose another",
            username=holder.username,
            branch=holder.branch,
        )


def bank_wide_check(central: Callable[[], sa.Engine] | None) -> Callable[[str, str | None], bool]:
    """A check for `UserAdministration`: raises when the name is taken centrally; returns False when the
    central database cannot be asked now (offline: the push checks it), True when it was checked."""

    def check(username: str, own_id: str | None) -> bool:
        if central is None:
            return False
        try:
            engine = central()
        except CentralUnreachable:
            return False
        try:
            with central_transaction(engine) as conn:
                if not sa.inspect(conn).has_table("users"):
                    return False
                refuse_taken_name(conn, username, own_id)
            return True
        except CentralUnreachable:
            return False
        finally:
            engine.dispose()

    return check


@dataclass(frozen=True)
class UserMove:
    username: str
    from_branch: str
    to_branch: str
    version: int


def move_user(
    central: sa.Engine, username: str, to_branch: str, by: str, *, now: datetime | None = None
) -> UserMove:
    """Move a user to another branch, at the centre with the owner's login (`teller-admin user move`).

    The row's next version carries the new branch and goes out on both branches' streams: the new branch's
    terminals gain the user at their next sync, the old branch's lose it (sync/branch_users.py). The
    display name and the second factor were sealed under the old branch's keys, which the new branch does
    not hold, so they are cleared (the new branch's administrator enrols the second factor again); the
    password hash is not sealed and goes with the user, who signs in at the new branch with the same
    password. A terminal's login cannot do this: it sees and writes its own branch's users only (c0010)."""
    target = to_branch.strip()
    if not target or target == SHARED_STREAM or len(target) > 32:
        raise InputError("user.branch_invalid", "A branch code is 1-32 characters and not '*'")
    with central_transaction(central) as conn:
        query = sa.select(users.c.id, users.c.username, users.c.branch, users.c.version).where(
            sa.func.lower(users.c.username) == username.strip().lower()
        )
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        row = conn.execute(query).first()
        if row is None:
            raise InputError("user.not_found", "There is no user {username}", username=username)
        if row.branch == target:
            raise RuleError(
                "user.already_at_branch",
                "The user {username} is already a user of branch {branch}",
                username=row.username,
                branch=target,
            )
        version = int(row.version or 0) + 1
        conn.execute(
            users.update()
            .where(users.c.id == row.id)
            .values(
                branch=target,
                version=version,
                updated_at=now or utc_now(),
                display_name=None,
                totp_secret=None,
            )
        )
        from teller_app.sync.central_writes import WRITER_PREFIX

        writer = WRITER_PREFIX + by
        record_changes(
            conn,
            [NewChange(stream, "users", row.id, version, writer) for stream in (row.branch, target)],
        )
    return UserMove(str(row.username), str(row.branch), target, version)
