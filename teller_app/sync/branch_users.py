"""The users a terminal holds: its own branch's only, the people who may sign in at it.

A user's record carries the password hash, so it belongs on the terminals of the user's branch and nowhere
else: a stolen branch PC must not be a password-guessing target for the rest of the bank. No role signs in
at every branch (the permission matrix has none), so no user of another branch is kept for that either.
The pull follows the branch's own stream, and the central database shows a terminal's login no other
branch's user (central migration c0010). Two ways a record of another branch can still be here:

* the user moved to another branch (`teller-admin user move`): the move is published on the old branch's
  stream too; its terminals see a change of a user they can no longer read (or, reading as the owner, a
  row of another branch). `departed_users` names them, and `neutralise` empties their sign-in data in the
  pull's own transaction (no hash, disabled, no branch of ours) so nothing can sign in with them.
* a store that took other branches' users before this check existed, or a restored copy.

`forget_other_branches_users`, run by every online sync round after its pull, then deletes every local
user of another branch, with what of it still waits in the outbox (the central database would refuse
it), and records one audit event per user.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import sqlalchemy as sa

from teller_app.storage.schema_system import OutboxEntry, User
from teller_app.storage.store import Store
from teller_app.sync.positions import Change

users = cast(sa.Table, User.__table__)
outbox = cast(sa.Table, OutboxEntry.__table__)
LEFT_BRANCH = ""  # a departed user whose new branch this terminal may not know


def departed_users(
    changes: Sequence[Change], rows: Sequence[Mapping[str, Any]], branch: str, own_terminal_id: str
) -> dict[str, str]:
    """Users of this pull that are no longer the branch's, id -> their new branch (LEFT_BRANCH: unknown):
    a row of another branch, or another writer's change whose row the central database did not give."""
    seen = {str(row["id"]): str(row.get("branch") or "") for row in rows}
    gone = {i: b for i, b in seen.items() if b != branch}
    for change in changes:
        if (
            change.entity == "users"
            and change.terminal_id != own_terminal_id
            and change.entity_id not in seen
        ):
            gone.setdefault(change.entity_id, LEFT_BRANCH)
    return gone


def neutralise(conn: sa.Connection, departed: Mapping[str, str]) -> None:
    """Empty the sign-in data of departed users held here (in the pull's transaction; no outbox entry)."""
    for user_id, new_branch in departed.items():
        conn.execute(
            users.update()
            .where(users.c.id == user_id)
            .values(branch=new_branch, password_hash="", totp_secret=None, disabled=True)
        )


def forget_other_branches_users(store: Store, branch: str) -> list[str]:
    """Delete every local user of another branch and its outbox entries; the user names forgotten."""
    with store.reading() as session:
        found = session.execute(
            sa.select(users.c.id, users.c.username, users.c.branch).where(users.c.branch != branch)
        ).all()
    if not found:
        return []
    ids = [str(row.id) for row in found]
    with store.unit_of_work() as uow:
        for chunk in _chunks(ids):
            uow.session.execute(
                outbox.delete().where(outbox.c.entity == "users", outbox.c.entity_id.in_(chunk))
            )
            uow.session.execute(users.delete().where(users.c.id.in_(chunk), users.c.branch != branch))
        for row in found:
            uow.append_audit(
                "user.left_branch",
                details={"user": str(row.id), "username": str(row.username), "to_branch": str(row.branch)},
            )
    return [str(row.username) for row in found]


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), 500):
        yield values[start : start + 500]
