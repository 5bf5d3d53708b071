"""The terminal's side of the outbox: take the next due batch, settle the central answers, back off on errors.

Order is kept: a batch is always the oldest waiting entries, and when the head of the queue is not due
yet (it failed on the network a moment ago) nothing behind it overtakes it. Business rejections leave
the queue (state 'rejected', kept for the teller to see), so one bad row never blocks the rows behind it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from itertools import chain
from typing import Any, NamedTuple, cast, overload

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


class QueuedOp(NamedTuple):
    seq: int
    op: PushOp


def retry_delay(attempts: int) -> float:
    """Exponential backoff after `attempts` failed tries: 5 s, 10 s, 20 s … at most 10 minutes."""
    return min(RETRY_MOST_SECONDS, RETRY_FIRST_SECONDS * 2 ** max(0, attempts - 1))


def due_batch(
    store: Store, limit: int, now: datetime, ignore_backoff: bool = False, after: int = 0
) -> list[QueuedOp]:
    """The oldest waiting entries (after seq `after`: the ones sent but not settled yet), or none when the
    oldest is still waiting out its backoff (unless the caller has just reached the central database in
    this round and so waives it)."""
    if not ignore_backoff:
        with store.engine.connect() as conn:
            head = conn.exec_driver_sql(
                "SELECT next_attempt_at FROM outbox NOT INDEXED WHERE seq > ? AND state = 'waiting' "
                "ORDER BY seq LIMIT 1",
                (after,),
            ).first()
        head_due = _stored_time(head[0]) if head is not None else None
        if head_due is not None and head_due > now:
            return []
    due = due_rows(store, limit, after)
    return due.entries() if due is not None else []


def due_rows(store: Store, limit: int, after: int = 0) -> DueRows | None:
    """The oldest waiting entries after seq `after`, as read (see `DueRows`), backoff waived; None if none."""
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection  # plain tuples: this is the hot loop of a big push
        assert raw is not None
        rows = raw.execute(
            "SELECT seq, op_id, entity, entity_id, operation, line, layout, coalesce(base_version, 0) "
            "FROM outbox NOT INDEXED WHERE seq > ? AND state = 'waiting' ORDER BY seq LIMIT ?",  # rowid order
            (after, limit),
        ).fetchall()
        if not rows:
            return None
        layouts = {i: tuple(c.split(",")) for i, c in raw.execute("SELECT id, columns FROM outbox_layouts")}
    return DueRows(rows, layouts)


class DueRows(Sequence[QueuedOp]):
    """A due batch as the outbox read gave it: one column per field (`seqs`, `op_ids`, `entities`,
    `entity_ids`, `operations`, `lines`, `layouts`, `base_versions`; each op id once, the outbox's key),
    in seq order. A catch-up's appends go from these columns straight into COPY text
    (`bulk_batch.prepare_due`), so the entries as `QueuedOp`s are made only when something asks for them
    (`entries`, iterating: the reference path, a postponement), and then once."""

    def __init__(self, rows: Sequence[tuple[Any, ...]], layouts: dict[int, tuple[str, ...]]) -> None:
        self._rows = rows
        self.columns_of = layouts  # layout id -> its column names
        (
            self.seqs,
            self.op_ids,
            self.entities,
            self.entity_ids,
            self.operations,
            self.lines,
            self.layouts,
            self.base_versions,
        ) = zip(*rows, strict=True)
        self._entries: list[QueuedOp] | None = None

    def entry(self, index: int) -> QueuedOp:
        r = self._rows[index]
        # Lines go as the outbox holds them: the central side decodes (and refuses) only what it must.
        return QueuedOp(r[0], PushOp(r[1], r[2], r[3], r[4], r[5], self.columns_of[r[6]], r[7]))

    def entries(self) -> list[QueuedOp]:
        if self._entries is None:
            self._entries = [self.entry(i) for i in range(len(self._rows))]
        return self._entries

    def ops(self) -> DueOps:
        return DueOps(self)

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> QueuedOp: ...
    @overload
    def __getitem__(self, index: slice) -> list[QueuedOp]: ...
    def __getitem__(self, index: int | slice) -> QueuedOp | list[QueuedOp]:
        if isinstance(index, slice):
            return self.entries()[index]
        return self._entries[index] if self._entries is not None else self.entry(index)

    def __iter__(self) -> Iterator[QueuedOp]:
        return iter(self.entries())


class DueOps(Sequence[PushOp]):
    """The ops of a `DueRows`, made only when iterated; `op_ids` is its column."""

    def __init__(self, due: DueRows) -> None:
        self.due = due
        self.op_ids = due.op_ids

    def __len__(self) -> int:
        return len(self.due)

    @overload
    def __getitem__(self, index: int) -> PushOp: ...
    @overload
    def __getitem__(self, index: slice) -> list[PushOp]: ...
    def __getitem__(self, index: int | slice) -> PushOp | list[PushOp]:
        if isinstance(index, slice):
            return [q.op for q in self.due[index]]
        return self.due[index].op

    def __iter__(self) -> Iterator[PushOp]:
        return (q.op for q in self.due.entries())


def waiting_beyond(store: Store, count: int) -> bool:
    """Whether more than `count` entries wait (read up to the one after `count`, not counted in full)."""
    with store.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT 1 FROM outbox WHERE state = 'waiting' LIMIT 1 OFFSET ?", (count,)
        ).first()
    return found is not None


def _stored_time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return _aware(value)


def settle(store: Store, queued: Sequence[QueuedOp], outcomes: Sequence[OpOutcome], now: datetime) -> None:
    """Record the central answers in one local transaction: done entries leave, rejected ones stay visible.

    Only the answers that leave a trace beyond the deletion (a rejection, a new version of an edited row,
    a conflict, a central row that won) are looked at one by one; an applied append is just done, and a
    catch-up's answers are nearly all that. Appends answered as a group (`Outcomes.grouped`, each op id
    once in the batch `queued`, a `DueRows`) have no answer of their own and are never made entries."""
    by_op = {o.op_id: o for o in outcomes}
    grouped: tuple[Sequence[str], ...] = getattr(outcomes, "grouped", ())
    in_groups = sum(map(len, grouped))
    if in_groups and isinstance(queued, DueRows):
        skip = set(chain.from_iterable(grouped))
        items = {q.op.op_id: q for q in map(queued.entry, _indices_without(queued.op_ids, skip))}
    else:
        items = {item.op.op_id: item for item in queued}
    appended = {
        name for name in {item.op.entity for item in items.values()} if shared_tables.append_only(name)
    }
    rejected: list[dict[str, Any]] = []
    versions: dict[str, list[dict[str, Any]]] = {}
    central_rows: list[tuple[str, dict[str, Any]]] = []
    held: list[tuple[str, str, str]] = []
    for answer in by_op.values():
        item = items.get(answer.op_id)
        if item is None or (answer.outcome == APPLIED and item.op.entity in appended):
            continue
        if answer.outcome == REJECTED:
            reason = f"{answer.reason_code}: {answer.reason or ''}".strip()
            rejected.append({"s": item.seq, "e": reason[:2000], "t": now})
            continue
        if answer.outcome == APPLIED and answer.version:
            versions.setdefault(item.op.entity, []).append({"i": item.op.entity_id, "v": answer.version})
        if answer.outcome == CONFLICT and answer.conflict_id:
            held.append((item.op.entity, item.op.entity_id, answer.conflict_id))
        if answer.outcome == SUPERSEDED and answer.central_row is not None:
            central_rows.append((item.op.entity, answer.central_row))
    every_op_answered = by_op.keys() >= items.keys() and len(items) + in_groups == len(queued)
    done = [] if every_op_answered else [q.seq for q in queued if _done(by_op.get(q.op.op_id))]
    if in_groups and not every_op_answered:
        done.extend(queued[i].seq for i in _indices_without(queued_op_ids(queued), set(items)))
    conflicts_seen = sum(1 for o in outcomes if o.outcome == CONFLICT and not o.replayed)
    with store.writer.connection() as conn:
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
        _delete_done(conn, queued, done, every_op_answered)
        for entity, rows in versions.items():
            table = shared_tables.synced_table(entity)
            if table is not None:  # the driver's executemany: thousands of rows after a day offline
                conn.exec_driver_sql(
                    f'UPDATE "{table.name}" SET version = ? WHERE id = ? AND version < ?',
                    [(r["v"], r["i"], r["v"]) for r in rows],
                )
        for entity, payload in central_rows:
            store_central_row(conn, entity, payload)
        for entity, entity_id, conflict_id in held:
            write_state(conn, held_key(entity, entity_id), conflict_id)
        if conflicts_seen:
            add_to_state(conn, "conflicts_raised", conflicts_seen)


def _indices_without(op_ids: Sequence[str], skip: set[str]) -> list[int]:
    return [i for i, op_id in enumerate(op_ids) if op_id not in skip]


def queued_op_ids(queued: Sequence[QueuedOp]) -> Sequence[str]:
    return queued.op_ids if isinstance(queued, DueRows) else [q.op.op_id for q in queued]


def _done(answer: OpOutcome | None) -> bool:
    return answer is not None and answer.outcome != REJECTED


def _delete_done(
    conn: sa.Connection, queued: Sequence[QueuedOp], done: Sequence[int], every_op_answered: bool
) -> None:
    """Remove settled entries. The batch was the first waiting entries by seq and the rejected ones are no
    longer 'waiting', so when every op was answered a single range delete removes exactly the done ones.

    SQLite's secure delete (on in some builds, Debian's among them; off in others) is set to FAST for the
    deletion: an entry's line is a copy of a row that stays in its table, so zeroing the pages the
    deletion frees protects nothing, and it writes those pages to the WAL and again at the checkpoint:
    on a catch-up a third of all the store's writes, competing for the disk with everything else."""
    mode = conn.exec_driver_sql("PRAGMA secure_delete").scalar()
    conn.exec_driver_sql("PRAGMA secure_delete = FAST")
    try:
        if every_op_answered:
            low, high = queued[0].seq, queued[-1].seq
            conn.execute(outbox.delete().where(outbox.c.seq.between(low, high), outbox.c.state == "waiting"))
            return
        for chunk in _chunks(list(done)):
            conn.execute(outbox.delete().where(outbox.c.seq.in_(chunk)))
    finally:
        conn.exec_driver_sql(f"PRAGMA secure_delete = {int(mode or 0)}")


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


def store_central_rows(
    conn: sa.Connection, entity: str, payloads: Sequence[dict[str, Any]], decoded: bool = False
) -> int:
    """Write rows received from the central database into the local store (no outbox entries), in one go.
    `payloads` are wire payloads, or with `decoded` column values already."""
    from teller_app.sync.central_apply import insert_new_rows, upsert_rows

    table = shared_tables.synced_table(entity)
    if table is None or not payloads:
        return 0
    rows = list(payloads) if decoded else [payload_to_row(table, payload) for payload in payloads]
    if entity == "users":
        set_aside_clashing_users(conn, table, rows)
    if shared_tables.append_only(entity):
        insert_new_rows(conn, table, rows)
    else:
        upsert_rows(conn, table, rows)
    return len(rows)


CLASH_MARK = ".clash-"


def set_aside_clashing_users(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """A user pulled from central whose name a local user (made offline, refused centrally) also holds:
    the central one is the 柜员号's holder, so the local one is renamed `<name>.clash-<id>` and disabled
    until an administrator renames it (`teller-admin user rename`); its refused push stays listed in
    `teller-admin sync rejected`. Nothing is lost and the pull goes on."""
    for row in rows:
        name = str(row.get("username") or "")
        clashing = conn.execute(
            sa.select(table.c.id, table.c.username).where(
                sa.func.lower(table.c.username) == name.lower(), table.c.id != row["id"]
            )
        ).all()
        for local in clashing:
            conn.execute(
                table.update()
                .where(table.c.id == local.id)
                .values(username=f"{name[:40]}{CLASH_MARK}{str(local.id)[:8]}", disabled=True)
            )


def store_central_row(conn: sa.Connection, entity: str, payload: dict[str, Any]) -> bool:
    return store_central_rows(conn, entity, [payload]) == 1


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
