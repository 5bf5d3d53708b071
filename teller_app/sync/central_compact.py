"""A teller's batch pushed in two round trips: the PostgreSQL path for batches up to `COMPACT_MOST` ops.

Same rules as `central_apply.apply_push` (the reference): each op is decoded and checked by the
reference decoder, the same version and conflict decisions (`decide_upserts`), appends inserted once,
account numbers only from the terminal's own blocks, every answer and change recorded in the same
transaction. What differs is how the statements travel (`wire`): two bursts instead of one statement
at a time.

1. BEGIN; is the terminal registered; the rows the batch edits (locked FOR UPDATE, whole: a superseded
   edit of a central-authoritative row, a user's sign-in count say, is answered with the central row);
   the versions other writers gave them; the terminal's number blocks (when it sends accounts).
2. The inserts and upserts, the answers (`applied_ops`, and `applied_appends` per table), the change log
   with its positions (taken last, in the same statement, so the branch's position lock is held only
   until the COMMIT at the end of the same burst), COMMIT.

A conflict adds a few statements between the two (rare: two terminals edited the same row). A replay
(the answer of an earlier push was lost) meets the primary key of `applied_ops` or of an append's row in
burst 2; the caller reruns the batch with the recorded answers looked up, as on the COPY path.
Large batches (a day offline) go the COPY way (`central_bulk`): there the round trips are few per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.sync import shared_tables
from teller_app.sync.central_apply import answers_on_record, decide_upserts, open_conflict, prepare_op
from teller_app.sync.central_bulk import BLOCKS_SQL, REGISTERED_SQL, BatchRefused
from teller_app.sync.numbers import numbers_outside
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.push_records import (
    Change,
    Outcomes,
    appended_batch,
    positions_taken,
    record_statements,
)
from teller_app.sync.registration import NotRegistered
from teller_app.sync.wire import Statement, Wire, exchange

COMPACT_MOST = 2_000

LOCK_SQL = 'SELECT {columns} FROM "{table}" WHERE id = ANY(%s) FOR UPDATE'
FOREIGN_SQL = (
    "SELECT entity_id, max(version) FROM change_log WHERE entity = %s AND entity_id = ANY(%s) "
    "AND terminal_id <> %s GROUP BY entity_id"
)
Item = tuple[PushOp, dict[str, Any]]


def apply_push_compact(
    central: sa.Engine,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool = False,
) -> list[OpOutcome]:
    """Apply `ops` in one central transaction sent in two bursts; `BatchRefused` when the server refuses."""
    import psycopg

    try:
        with exchange(central) as wire:
            return _apply(wire, terminal, ops, now, look_up_replays)
    except psycopg.OperationalError:
        raise
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


def _apply(
    wire: Wire, terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime, look_up_replays: bool
) -> list[OpOutcome]:
    outcomes: dict[str, OpOutcome] = {}
    by_table: dict[str, list[Item]] = {}
    answered: dict[str, OpOutcome] = {}
    seen: set[str] = set()
    reads = [Statement(REGISTERED_SQL, (terminal.terminal_id,))]
    if look_up_replays:
        wire.send([], begin=True)
        answered = answers_on_record(wire.conn, terminal.terminal_id, ops)
    for op in ops:
        if op.op_id in answered or op.op_id in seen:
            continue
        seen.add(op.op_id)
        try:
            table, row = prepare_op(op, terminal)
        except TellerError as error:
            outcomes[op.op_id] = OpOutcome(
                op.op_id, REJECTED, op.entity, op.entity_id, reason_code=error.code, reason=error.render()
            )
            continue
        by_table.setdefault(table.name, []).append((op, row))
    order = sorted(by_table, key=shared_tables.TABLE_ORDER.__getitem__)
    edited = [name for name in order if not shared_tables.append_only(name)]
    for name in edited:
        ids = list(dict.fromkeys(op.entity_id for op, _ in by_table[name]))
        columns = ", ".join(f'"{c}"' for c in _table(name).columns.keys())
        reads.append(Statement(LOCK_SQL.format(columns=columns, table=name), (ids,)))
        reads.append(Statement(FOREIGN_SQL, (name, ids, terminal.terminal_id)))
    if "accounts" in by_table:
        reads.append(Statement(BLOCKS_SQL, (terminal.branch, terminal.terminal_code)))
    found = wire.send(reads, begin=not look_up_replays)
    if not found[0]:
        raise NotRegistered(terminal=terminal.terminal_code, branch=terminal.branch)
    locked = {name: (found[1 + 2 * i], found[2 + 2 * i]) for i, name in enumerate(edited)}
    if "accounts" in by_table:
        owned = [(int(first), int(last)) for first, last in found[-1]]
        bad = numbers_outside(owned, terminal, [row for _, row in by_table["accounts"]])
        for op, row in by_table["accounts"]:
            if row["id"] in bad:
                outcomes[op.op_id] = OpOutcome(
                    op.op_id,
                    REJECTED,
                    op.entity,
                    op.entity_id,
                    reason_code="sync.number_outside_block",
                    reason="The account number is not from this terminal's number block",
                )
        by_table["accounts"] = [(op, row) for op, row in by_table["accounts"] if row["id"] not in bad]

    writes: list[Statement] = []
    changes: list[Change] = []
    appended: list[tuple[Any, ...]] = []
    for name in order:
        table = _table(name)
        items = by_table[name]
        if not items:
            continue
        if shared_tables.append_only(name):
            rows = {row["id"]: {**row, "version": 1} for _, row in items}
            if len(rows) != len(items):
                raise BatchRefused(f"one {name} row twice in a batch")
            writes.extend(_inserts(table, list(rows.values())))
            op_ids = [op.op_id for op, _ in items]
            for op, _ in items:
                outcomes[op.op_id] = OpOutcome(op.op_id, APPLIED, op.entity, op.entity_id, version=1)
            appended.append(appended_batch(terminal, name, op_ids, now))
            if name not in shared_tables.NOT_PULLED:
                changes.extend((name, row_id, 1) for row_id in rows)
            continue
        locked_rows, foreign_rows = locked[name]
        names = list(table.columns.keys())
        central = {row["id"]: row for row in (dict(zip(names, r, strict=True)) for r in locked_rows)}
        current = {i: int(r["version"] or 0) for i, r in central.items()}
        foreign = {r[0]: int(r[1]) for r in foreign_rows}
        decision = decide_upserts([op for op, _ in items], current, foreign)
        for op in decision.conflicting:  # central-authoritative rows are answered from `central` alone
            outcomes[op.op_id] = open_conflict(
                wire.conn, terminal, table, op, op.entity_id, central[op.entity_id], now
            )
        for op, _ in items:
            if op.op_id in decision.versions:
                outcomes[op.op_id] = OpOutcome(
                    op.op_id, APPLIED, op.entity, op.entity_id, version=decision.versions[op.op_id]
                )
        by_op = {op.op_id: row for op, row in items}
        new_rows: list[dict[str, Any]] = []
        changed_rows: list[dict[str, Any]] = []
        for row_id, (op_id, version) in decision.final.items():
            (changed_rows if row_id in current else new_rows).append({**by_op[op_id], "version": version})
            changes.append((name, row_id, version))
        writes.extend(_inserts(table, new_rows))
        writes.extend(_inserts(table, changed_rows, update=True))
    writes.extend(record_statements(terminal, outcomes.values(), appended, changes, now))
    answered_rows = wire.send(writes, commit=True)
    result = Outcomes(
        answered.get(op.op_id) or outcomes[op.op_id]
        for op in ops
        if op.op_id in answered or op.op_id in outcomes
    )
    result.taken = positions_taken(terminal, changes, answered_rows[-1] if changes else [])
    return result


def _table(name: str) -> sa.Table:
    found = shared_tables.synced_table(name)
    assert found is not None
    return found


def _inserts(table: sa.Table, rows: list[dict[str, Any]], update: bool = False) -> list[Statement]:
    """One INSERT per set of columns for all of `rows`, the values sent as one array per column and
    unnested by the server (parsed and planned once, not once per row); with `update`, rows that exist
    (locked above) are overwritten."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        by_columns.setdefault(tuple(row), []).append(row)
    statements = []
    for columns, group in by_columns.items():
        names = ", ".join(f'"{c}"' for c in columns)
        arrays = ", ".join(f"%s::{_array_type(table, c)}" for c in columns)
        sql = f'INSERT INTO "{table.name}" ({names}) SELECT * FROM unnest({arrays})'
        if update:
            sets = ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in columns if c != "id")
            sql += f" ON CONFLICT (id) DO UPDATE SET {sets}"
        statements.append(Statement(sql, tuple([row[c] for row in group] for c in columns), rows=False))
    return statements


@cache
def _array_type(table: sa.Table, column: str) -> str:
    """The array type to send a column's values as. Text goes as text[], never varchar(n)[]: an explicit
    cast to varchar(n) cuts a long value short, where the INSERT's own assignment refuses it."""
    from sqlalchemy.dialects import postgresql

    kind = table.c[column].type
    if isinstance(kind, sa.types.TypeDecorator):
        kind = kind.impl_instance
    if isinstance(kind, sa.String):
        return "text[]"
    return f"{kind.compile(dialect=postgresql.dialect())}[]"
