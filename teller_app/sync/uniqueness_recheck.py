"""An account confirmed online is checked once more after it reached the central database.

At setup the central database knows only the accounts already pushed: two branches that open a basic (or
Ⅰ类) account for the same depositor within one sync interval are each told "none other". Each account
confirmed online is therefore noted at setup and, once its own row has been pushed (no outbox entry for it
waits), asked again by the bank-wide index: of two such accounts, the one pushed later always sees the
one pushed earlier, so at least one is flagged "clash" for the supervisor. The note is kept in
store_meta (local, never synced) until the account was asked after its push.
"""

from __future__ import annotations

import json

import sqlalchemy as sa

from teller_app.domain.accounts import UniquenessState
from teller_app.storage.schema import Account, OutboxEntry, StoreMeta
from teller_app.storage.store import Store
from teller_app.storage.unit_of_work import UnitOfWork
from teller_app.sync.uniqueness import clashes_with, held_bank_wide, record_uniqueness

RECHECK_KEY = "uniqueness_recheck_after_push"  # store_meta: JSON list of account ids


def note_recheck(uow: UnitOfWork, account_id: str) -> None:
    """In the setup's own transaction: ask again for this account once it is pushed."""
    row = uow.session.get(StoreMeta, RECHECK_KEY)
    noted = set(json.loads(row.value)) if row is not None else set()
    noted.add(account_id)
    value = json.dumps(sorted(noted))
    if row is None:
        uow.session.add(StoreMeta(key=RECHECK_KEY, value=value))
    else:
        row.value = value


def recheck_after_push(store: Store, central: sa.Engine) -> list[str]:
    """Ask again for every noted account whose row has been pushed; returns the case ids found to clash.

    Accounts still waiting to be pushed stay noted; nothing changes when central cannot be reached."""
    raw = store.meta(RECHECK_KEY)
    noted = set(json.loads(raw)) if raw else set()
    if not noted:
        return []
    with store.reading() as session:
        waiting = set(
            session.scalars(
                sa.select(OutboxEntry.entity_id).where(
                    OutboxEntry.entity == "accounts",
                    OutboxEntry.entity_id.in_(sorted(noted)),
                    OutboxEntry.state == "waiting",
                )
            )
        )
        rows = session.scalars(sa.select(Account).where(Account.id.in_(sorted(noted - waiting)))).all()
    asked = [
        (row, row.depositor_index)
        for row in rows
        if row.uniqueness == UniquenessState.CONFIRMED.value and row.depositor_index
    ]
    held = held_bank_wide(central, {i for _, i in asked if i}, {r.account_type for r, _ in asked})
    if held is None:
        return []
    clashes = []
    for row, index in asked:
        if (
            index
            and clashes_with(held, index, row.account_type, row.case_id)
            and record_uniqueness(store, row.id, UniquenessState.CLASH, was=UniquenessState.CONFIRMED)
        ):
            clashes.append(row.case_id)
    _forget(store, noted - waiting)  # what still waits to be pushed stays noted
    return clashes


def _forget(store: Store, done: set[str]) -> None:
    """Take the accounts asked after their push off the note, keeping any noted meanwhile (one write)."""
    with store.writer.connection() as connection:
        raw = connection.execute(sa.select(StoreMeta.value).where(StoreMeta.key == RECHECK_KEY)).scalar()
        left = sorted(set(json.loads(raw) if raw else []) - done)
        connection.execute(
            sa.update(StoreMeta).where(StoreMeta.key == RECHECK_KEY).values(value=json.dumps(left))
        )
