"""Account number blocks (号段): the central database cuts blocks per terminal; the terminal numbers offline.

Central side: `number_sequences` holds each branch's next unreserved sequence; cutting a block locks that
row (UPDATE … RETURNING), so two terminals never get overlapping blocks. The block is a storage
`number_blocks` row (first, last, next serial) written centrally and delivered by pull. At every sync,
when a terminal has fewer than REFILL_BELOW numbers left (as the central copy of its blocks shows after
the push), a new block is cut.

Terminal side: `take_account_number(uow)` takes the next serial of the oldest block with numbers left,
in the caller's unit of work (the same transaction that stores the account), and formats it with the
bank's format (account_numbers.py). The block row's new `next_serial` travels back by the outbox.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa

from teller_app.domain.errors import EnvironmentProblem, InputError
from teller_app.storage.schema_system import NumberBlock
from teller_app.sync.account_numbers import BANK_FORMAT, format_account_number, validate_account_number
from teller_app.sync.central_schema import number_sequences
from teller_app.sync.ops import TerminalIdentity
from teller_app.sync.positions import NewChange, record_changes

BLOCK_SIZE = 1000
REFILL_BELOW = 200
CENTRAL_WRITER = "central"

blocks = cast(sa.Table, NumberBlock.__table__)


class NumbersExhausted(EnvironmentProblem):
    code = "sync.numbers_exhausted"
    message = "No account numbers are left on this terminal; connect to the central database to get more"


# -- central side ------------------------------------------------------------------------------------


def numbers_left(conn: sa.Connection, identity: TerminalIdentity) -> int:
    left = conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(blocks.c.last_serial - blocks.c.next_serial + 1), 0)).where(
            blocks.c.branch == identity.branch,
            blocks.c.terminal == identity.terminal_code,
            blocks.c.next_serial <= blocks.c.last_serial,
        )
    ).scalar()
    return int(left or 0)


def ensure_number_block(
    conn: sa.Connection,
    identity: TerminalIdentity,
    now: datetime,
    size: int = BLOCK_SIZE,
    below: int = REFILL_BELOW,
) -> dict[str, Any] | None:
    """Cut a new block for the terminal when it has fewer than `below` numbers left; return the new block."""
    if numbers_left(conn, identity) >= below:
        return None
    return reserve_block(conn, identity, now, size)


def reserve_block(
    conn: sa.Connection, identity: TerminalIdentity, now: datetime, size: int
) -> dict[str, Any]:
    first = _cut(conn, identity.branch, size)
    last = first + size - 1
    if last > BANK_FORMAT.largest_sequence:
        raise EnvironmentProblem(
            "sync.branch_numbers_used_up",
            "Branch {branch} has used all its account numbers",
            branch=identity.branch,
        )
    row = {
        "id": str(uuid.uuid4()),
        "branch": identity.branch,
        "version": 1,
        "updated_at": now,
        "terminal": identity.terminal_code,
        "series": identity.branch,
        "first_serial": first,
        "last_serial": last,
        "next_serial": first,
        "reserved_at": now,
    }
    conn.execute(blocks.insert().values(row))
    record_changes(conn, [NewChange(identity.branch, blocks.name, str(row["id"]), 1, CENTRAL_WRITER)])
    return row


def _cut(conn: sa.Connection, branch: str, size: int) -> int:
    statement = (
        number_sequences.update()
        .where(number_sequences.c.branch == branch)
        .values(next_sequence=number_sequences.c.next_sequence + size)
        .returning(number_sequences.c.next_sequence)
    )
    after = conn.execute(statement).scalar()
    if after is None:
        from teller_app.sync.central_apply import insert_for

        conn.execute(
            insert_for(conn, number_sequences).values(branch=branch, next_sequence=1).on_conflict_do_nothing()
        )
        after = conn.execute(statement).scalar_one()
    return int(after) - size


def numbers_outside_blocks(
    conn: sa.Connection, identity: TerminalIdentity, rows: Sequence[dict[str, Any]]
) -> set[str]:
    """Ids of pushed accounts whose number is not from one of this terminal's blocks (a collision risk)."""
    owned = [
        (int(r.first_serial), int(r.last_serial))
        for r in conn.execute(
            sa.select(blocks.c.first_serial, blocks.c.last_serial).where(
                blocks.c.branch == identity.branch, blocks.c.terminal == identity.terminal_code
            )
        )
    ]
    return numbers_outside(owned, identity, rows)


def numbers_outside(
    owned: Sequence[tuple[int, int]], identity: TerminalIdentity, rows: Sequence[dict[str, Any]]
) -> set[str]:
    """Ids of `rows` (accounts) whose number is not in one of the `owned` (first, last) serial ranges."""
    bad: set[str] = set()
    for row in rows:
        try:
            serial = validate_account_number(str(row.get("account_number") or ""), identity.branch)
        except InputError:
            bad.add(row["id"])
            continue
        if not any(first <= serial <= last for first, last in owned):
            bad.add(row["id"])
    return bad


# -- terminal side -----------------------------------------------------------------------------------


def take_account_number(uow: Any) -> str:
    """The next account number from this terminal's blocks, taken inside the caller's unit of work."""
    identity = uow.store.identity
    block = uow.session.scalars(
        sa.select(NumberBlock)
        .where(
            NumberBlock.branch == identity.branch,
            NumberBlock.terminal == identity.terminal,
            NumberBlock.next_serial <= NumberBlock.last_serial,
        )
        .order_by(NumberBlock.first_serial)
        .limit(1)
    ).first()
    if block is None:
        raise NumbersExhausted()
    serial = block.next_serial
    block.next_serial = serial + 1
    uow.save(block)
    return format_account_number(identity.branch, serial)


def local_numbers_left(conn: sa.Connection, branch: str, terminal: str) -> int:
    left = conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(blocks.c.last_serial - blocks.c.next_serial + 1), 0)).where(
            blocks.c.branch == branch,
            blocks.c.terminal == terminal,
            blocks.c.next_serial <= blocks.c.last_serial,
        )
    ).scalar()
    return int(left or 0)
