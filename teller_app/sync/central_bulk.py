"""The PostgreSQL fast path of a push: the batch is COPYed into a staging table as JSON and applied set-wise.

Same rules as `central_apply.apply_push` (which stays the reference, the SQLite path and the fallback):
replays answered from `applied_ops`, the same refusals, the same version and conflict decisions (made by
the same Python function on ids and versions only), appends inserted once, everything recorded in the
same transaction. What differs is how rows move: payloads go to the server as the JSON text the outbox
already holds and are decoded there column by column (base64 → bytea, ISO text → timestamptz …), so
Python never parses a payload. Anything unusual — a value that does not fit its column, a constraint —
makes the batch fail as a whole with `BatchRefused`, and the caller reruns it on the reference path op
by op, where the op at fault is rejected by name.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from functools import cache
from typing import Any

import sqlalchemy as sa

from teller_app.sync import shared_tables
from teller_app.sync.central import CentralUnreachable
from teller_app.sync.central_apply import decide_upserts, open_conflict
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.positions import NewChange, record_changes

STAGE = "sync_stage"
_STAGE_DDL = (
    f"CREATE TEMP TABLE IF NOT EXISTS {STAGE} (ord integer PRIMARY KEY, op_id text NOT NULL, entity text NOT NULL, "
    "entity_id text NOT NULL, operation text NOT NULL, base_version integer NOT NULL, payload jsonb, refusal text) "
    "ON COMMIT DELETE ROWS"
)
REFUSALS = {
    "sync.unknown_entity": "The central database keeps no such table",
    "sync.wrong_operation": "This table takes the other kind of operation",
    "sync.bad_payload": "The row does not fit its table",
    "sync.id_mismatch": "The row id does not match the op's entity id",
    "sync.foreign_branch": "A terminal may write rows of its own branch only",
    "sync.number_outside_block": "The account number is not from this terminal's number block",
}


class BatchRefused(Exception):
    """The server refused the batch as a whole (bad value, constraint): rerun it op by op."""


def apply_push_bulk(
    conn: sa.Connection, terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime
) -> list[OpOutcome]:
    import psycopg

    try:
        return _apply(conn, terminal, ops, now)
    except psycopg.OperationalError as exc:
        conn.invalidate()
        raise CentralUnreachable(problem=str(exc).splitlines()[0][:200]) from exc
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


def _apply(
    conn: sa.Connection, terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime
) -> list[OpOutcome]:
    by_op = _stage(conn, ops)
    answered = _replays(conn, terminal)
    outcomes: dict[str, OpOutcome] = {}
    refused = conn.exec_driver_sql(*_refusal_query(terminal.branch)).all()
    for ord_, code in refused:
        op = by_op[ord_]
        outcomes[op.op_id] = _rejected(op, code)
    if refused:  # rare: mark them so the set-wise inserts below leave them out
        conn.exec_driver_sql(
            f"UPDATE {STAGE} SET refusal = 'refused' WHERE ord = ANY(%s)", ([r[0] for r in refused],)
        )
    live = [(n, op) for n, op in by_op.items() if op.op_id not in answered and op.op_id not in outcomes]
    changes: list[NewChange] = []
    stream = shared_tables.stream_of(terminal.branch)
    by_entity: dict[str, list[tuple[int, PushOp]]] = {}
    for n, op in live:
        by_entity.setdefault(op.entity, []).append((n, op))
    for entity in sorted(by_entity, key=shared_tables.TABLE_ORDER.__getitem__):
        table = shared_tables.synced_table(entity)
        assert table is not None
        items = by_entity[entity]
        if shared_tables.append_only(entity):
            conn.exec_driver_sql(_append_sql(table), (entity,))
            for _, op in items:
                outcomes[op.op_id] = OpOutcome(op.op_id, APPLIED, op.entity, op.entity_id, version=1)
            if entity not in shared_tables.NOT_PULLED:
                ids = dict.fromkeys(op.entity_id for _, op in items)
                changes.extend(NewChange(stream, entity, i, 1, terminal.terminal_id) for i in ids)
        else:
            if entity == "accounts":
                items = _accounts_from_own_blocks(conn, terminal, items, outcomes)
            changes.extend(_upserts(conn, terminal, table, items, now, outcomes))
    record_changes(conn, changes)
    _record_answers(conn, terminal, [outcomes[op.op_id] for op in ops if op.op_id in outcomes], now)
    return [
        answered.get(op.op_id) or outcomes[op.op_id]
        for op in ops
        if op.op_id in answered or op.op_id in outcomes
    ]


def _stage(conn: sa.Connection, ops: Sequence[PushOp]) -> dict[int, PushOp]:
    raw = conn.connection.driver_connection
    assert raw is not None
    by_op: dict[int, PushOp] = {}
    seen: set[str] = set()
    with raw.cursor() as cursor:
        cursor.execute(_STAGE_DDL)
        cursor.execute("SET LOCAL TIME ZONE 'UTC'")
        cursor.execute(f"DELETE FROM {STAGE}")
        columns = "ord, op_id, entity, entity_id, operation, base_version, payload"
        lines = []
        for n, op in enumerate(ops):
            if op.op_id in seen:
                continue
            seen.add(op.op_id)
            by_op[n] = op
            payload = (
                op.payload if isinstance(op.payload, str) else json.dumps(op.payload, ensure_ascii=False)
            )
            lines.append(
                f"{n}\t{_copy_text(op.op_id)}\t{_copy_text(op.entity)}\t{_copy_text(op.entity_id)}\t"
                f"{_copy_text(op.operation)}\t{int(op.base_version)}\t{_copy_text(payload)}\n"
            )
        with cursor.copy(f"COPY {STAGE} ({columns}) FROM STDIN") as copy:
            copy.write("".join(lines))
    return by_op


def _replays(conn: sa.Connection, terminal: TerminalIdentity) -> dict[str, OpOutcome]:
    rows = conn.exec_driver_sql(
        "SELECT a.op_id, a.outcome, a.entity, a.entity_id, a.version, a.conflict_id, a.reason_code "
        f"FROM {STAGE} s JOIN applied_ops a ON a.terminal_id = %s AND a.op_id = s.op_id",
        (terminal.terminal_id,),
    ).all()
    if rows:
        conn.exec_driver_sql(
            f"DELETE FROM {STAGE} s USING applied_ops a WHERE a.terminal_id = %s AND a.op_id = s.op_id",
            (terminal.terminal_id,),
        )
    return {
        r[0]: OpOutcome(
            r[0], r[1], r[2], r[3], version=r[4], conflict_id=r[5], reason_code=r[6], replayed=True
        )
        for r in rows
    }


def _refusal_query(branch: str) -> tuple[str, tuple[Any, ...]]:
    tables = shared_tables.SYNCED_TABLES
    appends = [t.name for t in tables if shared_tables.append_only(t.name)]
    # Unknown columns: the payload minus the table's column names must leave an empty object.
    known_keys = " ".join(
        f"WHEN '{t.name}' THEN payload - ARRAY[{', '.join(repr(c.name) for c in t.columns)}]::text[]"
        for t in tables
    )
    unknown_columns = f"(CASE entity {known_keys} END) <> '{{}}'::jsonb"
    sql = (
        "SELECT ord, CASE "
        "WHEN NOT (entity = ANY(%s)) THEN 'sync.unknown_entity' "
        "WHEN operation <> (CASE WHEN entity = ANY(%s) THEN 'append' ELSE 'upsert' END) THEN 'sync.wrong_operation' "
        "WHEN jsonb_typeof(payload) <> 'object' THEN 'sync.bad_payload' "
        f"WHEN {unknown_columns} THEN 'sync.bad_payload' "
        "WHEN (payload->>'id') IS DISTINCT FROM entity_id THEN 'sync.id_mismatch' "
        "WHEN (payload->>'branch') IS DISTINCT FROM %s THEN 'sync.foreign_branch' END AS refusal "
        f"FROM {STAGE}"
    )
    sql = f"SELECT ord, refusal FROM ({sql}) AS checked WHERE refusal IS NOT NULL"
    return sql, ([t.name for t in tables], appends, branch)


@cache
def _column_exprs(table_name: str) -> tuple[tuple[str, str], ...]:
    table = shared_tables.synced_table(table_name)
    assert table is not None
    exprs = []
    for column in table.columns:
        text = f"(s.payload->>'{column.name}')"
        kind = column.type
        if isinstance(kind, sa.types.TypeDecorator):
            kind = kind.impl_instance
        if isinstance(kind, sa.LargeBinary):
            expr = f"decode({text}, 'base64')"
        elif isinstance(kind, sa.DateTime):
            expr = f"{text}::timestamptz"
        elif isinstance(kind, sa.Date):
            expr = f"{text}::date"
        elif isinstance(kind, sa.Boolean):
            expr = f"{text}::boolean"
        elif isinstance(kind, sa.Integer):
            expr = f"{text}::bigint"
        else:
            expr = text
        exprs.append((column.name, expr))
    return tuple(exprs)


def _append_sql(table: sa.Table) -> str:
    exprs = _column_exprs(table.name)
    names = ", ".join(f'"{n}"' for n, _ in exprs)
    values = ", ".join("1" if n == "version" else e for n, e in exprs)
    return (
        f'INSERT INTO "{table.name}" ({names}) SELECT {values} FROM {STAGE} s '
        "WHERE s.entity = %s AND s.refusal IS NULL ORDER BY s.ord ON CONFLICT (id) DO NOTHING"
    )


def _upsert_sql(table: sa.Table) -> str:
    exprs = _column_exprs(table.name)
    names = ", ".join(f'"{n}"' for n, _ in exprs)
    values = ", ".join("d.version" if n == "version" else e for n, e in exprs)
    updates = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n, _ in exprs if n != "id")
    return (
        f'INSERT INTO "{table.name}" ({names}) SELECT {values} FROM {STAGE} s '
        "JOIN unnest(%s::int[], %s::int[]) AS d(ord, version) ON d.ord = s.ord "
        f"ON CONFLICT (id) DO UPDATE SET {updates}"
    )


def _upserts(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    items: Sequence[tuple[int, PushOp]],
    now: datetime,
    outcomes: dict[str, OpOutcome],
) -> list[NewChange]:
    if not items:
        return []
    ids = list(dict.fromkeys(op.entity_id for _, op in items))
    current: dict[str, int] = {
        r[0]: int(r[1] or 0)
        for r in conn.exec_driver_sql(
            f'SELECT id, version FROM "{table.name}" WHERE id = ANY(%s) FOR UPDATE', (ids,)
        )
    }
    foreign: dict[str, int] = {
        r[0]: int(r[1])
        for r in conn.exec_driver_sql(
            "SELECT entity_id, max(version) FROM change_log WHERE entity = %s AND entity_id = ANY(%s) "
            "AND terminal_id <> %s GROUP BY entity_id",
            (table.name, ids, terminal.terminal_id),
        )
    }
    ops = [op for _, op in items]
    decision = decide_upserts(
        ops, {k: int(v or 0) for k, v in current.items()}, {k: int(v) for k, v in foreign.items()}
    )
    ord_of = {op.op_id: n for n, op in items}
    for op in decision.conflicting:
        row = conn.execute(sa.select(table).where(table.c.id == op.entity_id)).first()
        central_row = dict(row._mapping) if row is not None else {"version": 0}
        outcomes[op.op_id] = open_conflict(conn, terminal, table, op, op.entity_id, central_row, now)
    for op in ops:
        if op.op_id in decision.versions:
            outcomes[op.op_id] = OpOutcome(
                op.op_id, APPLIED, op.entity, op.entity_id, version=decision.versions[op.op_id]
            )
    finals = [(ord_of[op_id], version) for op_id, version in decision.final.values()]
    if finals:
        conn.exec_driver_sql(_upsert_sql(table), ([f[0] for f in finals], [f[1] for f in finals]))
    stream = shared_tables.stream_of(terminal.branch)
    return [
        NewChange(stream, table.name, row_id, version, terminal.terminal_id)
        for row_id, (_, version) in decision.final.items()
    ]


def _accounts_from_own_blocks(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    items: Sequence[tuple[int, PushOp]],
    outcomes: dict[str, OpOutcome],
) -> list[tuple[int, PushOp]]:
    from teller_app.sync.numbers import numbers_outside_blocks

    numbers: dict[int, str | None] = {
        r[0]: r[1]
        for r in conn.exec_driver_sql(
            f"SELECT ord, payload->>'account_number' FROM {STAGE} WHERE entity = 'accounts' AND refusal IS NULL"
        )
    }
    rows = [{"id": op.entity_id, "account_number": numbers.get(n)} for n, op in items]
    bad = numbers_outside_blocks(conn, terminal, rows)
    kept = []
    for n, op in items:
        if op.entity_id in bad:
            outcomes[op.op_id] = _rejected(op, "sync.number_outside_block")
        else:
            kept.append((n, op))
    return kept


def _record_answers(
    conn: sa.Connection, terminal: TerminalIdentity, answers: Sequence[OpOutcome], now: datetime
) -> None:
    if not answers:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    columns = "terminal_id, op_id, entity, entity_id, outcome, version, conflict_id, reason_code, applied_at"
    at = now.isoformat()
    terminal_id = _copy_text(terminal.terminal_id)
    lines = [
        f"{terminal_id}\t{_copy_text(a.op_id)}\t{_copy_text(a.entity[:64])}\t{_copy_text(a.entity_id[:36])}\t"
        f"{a.outcome}\t{_copy_value(a.version)}\t{_copy_value(a.conflict_id)}\t{_copy_value(a.reason_code)}\t{at}\n"
        for a in answers
    ]
    with raw.cursor() as cursor, cursor.copy(f"COPY applied_ops ({columns}) FROM STDIN") as copy:
        copy.write("".join(lines))


def _copy_text(value: str) -> str:
    """A value in COPY's text format (backslash, tab and line breaks escaped)."""
    if "\\" in value or "\t" in value or "\n" in value or "\r" in value:
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    return value


def _copy_value(value: object) -> str:
    return "\\N" if value is None else _copy_text(str(value))


def _rejected(op: PushOp, code: str) -> OpOutcome:
    return OpOutcome(
        op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=REFUSALS.get(code, code)
    )
