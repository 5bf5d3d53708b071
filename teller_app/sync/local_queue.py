"""The terminal's side of the outbox: take the next due batch, settle the central answers, back off on errors.

Order is kept: a batch is always the oldest waiting entries, and when the head of the queue is not due
yet (it failed on the network a moment ago) nothing behind it overtakes it. Business rejections leave
the queue (state 'rejected', kept for the teller to see), so one bad row never blocks the rows behind it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

import sqlalchemy as sa

from teller_app.storage.schema_system import OutboxEntry, SyncState
from teller_app.storage.store import Store
from teller_app.sync import shared_tables
from teller_app.sync.ops import APPLIED, CONFLICT, REJECTED, SUPERSEDED, OpOutcome, PushOp
from teller_app.sync.payloads import payload_to_row

outbox = cast(sa.Table, OutboxEntry.__table__)
sync_state = cast(sa.Table, SyncState.__table__)

RETRY_FIRST_SECONDS = 5.0
RETRY_MOST_SECONDS = 600.0
CHUNK = 500
HELD_PREFIX = "conflict:"


@dataclass(frozen=True)
class QueuedOp:
    seq: int
    op: PushOp


def retry_delay(attempts: int) -> float:
    """Exponential backoff after `attempts` failed tries: 5 s, 10 s, 20 s … at most 10 minutes."""
    return min(RETRY_MOST_SECONDS, RETRY_FIRST_SECONDS * 2 ** max(0, attempts - 1))


def due_batch(store: Store, limit: int, now: datetime, ignore_backoff: bool = False) -> list[QueuedOp]:
    """The oldest waiting entries, or none when the oldest is still waiting out its backoff (unless the
    caller has just reached the central database in this round and so waives it)."""
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(outbox).where(outbox.c.state == "waiting").order_by(outbox.c.seq).limit(limit)
        ).all()
    if not rows:
        return []
    head_due = rows[0].next_attempt_at
    if not ignore_backoff and head_due is not None and _aware(head_due) > now:
        return []
    return [QueuedOp(row.seq, _push_op(row)) for row in rows]


def _push_op(row: Any) -> PushOp:
    try:
        payload: Any = json.loads(row.payload)
    except ValueError:
        payload = row.payload  # the central side rejects it by name; the queue moves on
    return PushOp(row.op_id, row.entity, row.entity_id, row.operation, payload, int(row.base_version or 0))


def settle(store: Store, queued: Sequence[QueuedOp], outcomes: Sequence[OpOutcome], now: datetime) -> None:
    """Record the central answers in one local transaction: done entries leave, rejected ones stay visible."""
    by_op = {o.op_id: o for o in outcomes}
    done: list[int] = []
    rejected: list[dict[str, Any]] = []
    versions: dict[str, list[dict[str, Any]]] = {}
    central_rows: list[tuple[str, dict[str, Any]]] = []
    held: list[tuple[str, str, str]] = []
    for item in queued:
        answer = by_op.get(item.op.op_id)
        if answer is None:
            continue
        if answer.outcome == REJECTED:
            reason = f"{answer.reason_code}: {answer.reason or ''}".strip()
            rejected.append({"s": item.seq, "e": reason[:2000], "t": now})
            continue
        done.append(item.seq)
        if answer.outcome == APPLIED and answer.version and not shared_tables.append_only(item.op.entity):
            versions.setdefault(item.op.entity, []).append({"i": item.op.entity_id, "v": answer.version})
        if answer.outcome == CONFLICT and answer.conflict_id:
            held.append((item.op.entity, item.op.entity_id, answer.conflict_id))
        if answer.outcome == SUPERSEDED and answer.central_row is not None:
            central_rows.append((item.op.entity, answer.central_row))
    conflicts_seen = sum(1 for o in outcomes if o.outcome == CONFLICT and not o.replayed)
    with store.writer.connection() as conn:
        for chunk in _chunks(done):
            conn.execute(outbox.delete().where(outbox.c.seq.in_(chunk)))
        if rejected:
            conn.execute(
                outbox.update()
                .where(outbox.c.seq == sa.bindparam("s"))
                .values(
                    state="rejected",
                    last_error=sa.bindparam("e"),
                    attempts=outbox.c.attempts + 1,
                    next_attempt_at=sa.bindparam("t"),
                ),
                rejected,
            )
        for entity, rows in versions.items():
            table = shared_tables.synced_table(entity)
            if table is not None:
                conn.execute(
                    table.update()
                    .where(table.c.id == sa.bindparam("i"), table.c.version < sa.bindparam("v"))
                    .values(version=sa.bindparam("v"), updated_at=table.c.updated_at),
                    rows,
                )
        for entity, payload in central_rows:
            store_central_row(conn, entity, payload)
        for entity, entity_id, conflict_id in held:
            write_state(conn, held_key(entity, entity_id), conflict_id)
        if conflicts_seen:
            add_to_state(conn, "conflicts_raised", conflicts_seen)


def postpone(store: Store, queued: Sequence[QueuedOp], now: datetime, problem: str) -> None:
    """The central database could not be reached: the batch waits out a growing delay, in order."""
    seqs = [item.seq for item in queued]
    with store.writer.connection() as conn:
        for chunk in _chunks(seqs):
            attempts = conn.execute(
                sa.select(sa.func.max(outbox.c.attempts)).where(outbox.c.seq.in_(chunk))
            ).scalar()
            delay = retry_delay(int(attempts or 0) + 1)
            conn.execute(
                outbox.update()
                .where(outbox.c.seq.in_(chunk))
                .values(
                    attempts=outbox.c.attempts + 1,
                    next_attempt_at=now + timedelta(seconds=delay),
                    last_error=problem[:2000],
                )
            )


def store_central_row(conn: sa.Connection, entity: str, payload: dict[str, Any]) -> bool:
    """Write a row received from the central database into the local store (no outbox entry)."""
    from teller_app.sync.central_apply import insert_new_rows, upsert_rows

    table = shared_tables.synced_table(entity)
    if table is None:
        return False
    row = payload_to_row(table, payload)
    if shared_tables.append_only(entity):
        insert_new_rows(conn, table, [row])
    else:
        upsert_rows(conn, table, [row])
    return True


def waiting_entity_ids(conn: sa.Connection, entity: str, ids: Sequence[str]) -> set[str]:
    """Rows with an edit still waiting to be pushed: a pull must not overwrite them."""
    found: set[str] = set()
    for chunk in _chunks(list(ids)):
        found.update(
            conn.execute(
                sa.select(outbox.c.entity_id).where(
                    outbox.c.entity == entity, outbox.c.entity_id.in_(chunk), outbox.c.state == "waiting"
                )
            ).scalars()
        )
    return found


def held_key(entity: str, entity_id: str) -> str:
    """The sync_state key marking a row in an open conflict: pulls leave it alone until it is resolved."""
    return f"{HELD_PREFIX}{entity}:{entity_id}"


def held_entity_ids(conn: sa.Connection, entity: str, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    prefix = f"{HELD_PREFIX}{entity}:"
    for chunk in _chunks([prefix + i for i in ids]):
        found.update(
            k[len(prefix) :]
            for k in conn.execute(sa.select(sync_state.c.key).where(sync_state.c.key.in_(chunk))).scalars()
        )
    return found


def release_held(conn: sa.Connection, entity: str, ids: Sequence[str]) -> None:
    for chunk in _chunks([held_key(entity, i) for i in ids]):
        conn.execute(sync_state.delete().where(sync_state.c.key.in_(chunk)))


def read_state(conn: sa.Connection, key: str) -> str | None:
    return conn.execute(sa.select(sync_state.c.value).where(sync_state.c.key == key)).scalar()


def write_state(conn: sa.Connection, key: str, value: str) -> None:
    from teller_app.sync.central_apply import insert_for

    statement = insert_for(conn, sync_state).values(key=key, value=value)
    conn.execute(statement.on_conflict_do_update(index_elements=[sync_state.c.key], set_={"value": value}))


def add_to_state(conn: sa.Connection, key: str, amount: int) -> None:
    current = read_state(conn, key)
    write_state(conn, key, str(int(current or 0) + amount))


def _aware(value: datetime) -> datetime:
    from datetime import UTC

    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _chunks(values: Sequence[Any]) -> list[Sequence[Any]]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]
