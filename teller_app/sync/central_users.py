"""Users are bank-wide: one user name (柜员号) is one person across every branch, known centrally.

What `init` and `user add` ask the central database before they create a user, so a clash is refused when
it is made; a user created offline is checked when it is pushed (central refuses it by name,
`sync.username_taken`, and the push goes on with the rest of the queue).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import sqlalchemy as sa

from teller_app.domain.errors import RuleError
from teller_app.domain.roles import Role
from teller_app.storage.schema_system import User
from teller_app.sync.central import CentralUnreachable, central_transaction

users = cast(sa.Table, User.__table__)


@dataclass(frozen=True)
class UserHolder:
    """The user that holds a name centrally."""

    id: str
    username: str
    branch: str


def holder_of(conn: sa.Connection, username: str) -> UserHolder | None:
    """The central user with this name (case does not matter: 'Zhang' and 'zhang' are one 柜员号)."""
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
