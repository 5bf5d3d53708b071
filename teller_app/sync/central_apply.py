"""The central side of a push: apply a terminal's batch idempotently, advance versions, detect conflicts.

One call runs inside one central transaction and, in that same transaction, records every op in
`applied_ops` (the fast path records its applied appends per batch in `applied_appends`; both are read
back by `answers_on_record`), so a batch that is replayed (the answer was lost on the way back) finds its ops there and
gets the first answers again without changing anything.

Versions are advanced here only. An edit carries the version it was based on; it conflicts when some
OTHER writer (another terminal, or a supervisor's resolution) wrote a version above that base — the
terminal's own earlier edits never conflict with its later ones. Rows of one table are locked
(SELECT … FOR UPDATE on PostgreSQL) before the check, so two terminals cannot both pass it.
Appends (audit events, approvals) are inserted once by id and never conflict.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import RuleError, TellerError
from teller_app.storage.rows import BadLine, line_values
from teller_app.sync import shared_tables
from teller_app.sync.central_schema import applied_appends, applied_ops, change_log, conflicts
from teller_app.sync.ops import (
    APPEND,
    APPLIED,
    CONFLICT,
    REJECTED,
    SUPERSEDED,
    UPSERT,
    OpOutcome,
    PushOp,
    TerminalIdentity,
)
from teller_app.sync.payloads import PayloadError, row_to_payload
from teller_app.sync.positions import NewChange, record_changes
from teller_app.sync.upserts import insert_for, insert_new_rows, upsert_rows

CHUNK = 500

__all__ = [
    "answers_on_record",
    "apply_push",
    "decide_upserts",
    "insert_for",
    "insert_new_rows",
    "open_conflict",
    "prepare_op",
    "upsert_rows",
]


def apply_push(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    isolate: bool = False,
) -> list[OpOutcome]:
    """Apply `ops` in order and return one outcome per op. With `isolate`, each op runs in a savepoint so a
    constraint that refuses one op rejects only that op (the fallback after a batch failed as a whole)."""
    answered = answers_on_record(conn, terminal.terminal_id, ops)
    outcomes: dict[str, OpOutcome] = {}
    prepared: list[tuple[PushOp, sa.Table, dict[str, Any]]] = []
    seen: set[str] = set()
    for op in ops:
        if op.op_id in answered or op.op_id in seen:
            continue
        seen.add(op.op_id)
        try:
            table, row = prepare_op(op, terminal)
        except TellerError as error:
            outcomes[op.op_id] = _rejected(op, error.code, error.render())
            continue
        prepared.append((op, table, row))
    changes: list[NewChange] = []
    if isolate:
        for item in prepared:
            try:
                with conn.begin_nested():
                    changes.extend(_apply(conn, terminal, [item], now, outcomes))
            except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError) as exc:
                op = item[0]
                outcomes[op.op_id] = _rejected(op, *refusal(op, exc))
    else:
        changes.extend(_apply(conn, terminal, prepared, now, outcomes))
    new_answers = [outcomes[op.op_id] for op in ops if op.op_id in outcomes]
    _record_answers(conn, terminal.terminal_id, new_answers, now)
    record_changes(conn, changes)  # last: it holds the branch's position lock until the commit
    return [
        answered.get(op.op_id) or outcomes[op.op_id]
        for op in ops
        if op.op_id in answered or op.op_id in outcomes
    ]


def prepare_op(op: PushOp, terminal: TerminalIdentity) -> tuple[sa.Table, dict[str, Any]]:
    """The op's table and decoded row, or the named refusal (unknown table, wrong operation, bad row …)."""
    table = shared_tables.synced_table(op.entity)
    if table is None:
        raise RuleError(
            "sync.unknown_entity", "The central database keeps no table {entity}", entity=op.entity
        )
    expected = APPEND if shared_tables.append_only(op.entity) else UPSERT
    if op.operation != expected:
        raise RuleError(
            "sync.wrong_operation",
            "{entity} takes {expected}, not {operation}",
            entity=op.entity,
            expected=expected,
            operation=op.operation,
        )
    try:
        row = line_values(table, op.columns, op.line)
    except BadLine as exc:
        raise PayloadError(entity=table.name, problem=exc.problem) from exc
    if not row.get("id"):
        raise PayloadError(entity=table.name, problem="missing id")
    if row.get("id") != op.entity_id:
        raise RuleError("sync.id_mismatch", "The row id does not match the op's entity id")
    if row.get("branch") != terminal.branch:
        raise RuleError(
            "sync.foreign_branch",
            "Terminal of branch {branch} may not write a row of branch {row_branch}",
            branch=terminal.branch,
            row_branch=row.get("branch"),
        )
    return table, row


def _apply(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    prepared: Sequence[tuple[PushOp, sa.Table, dict[str, Any]]],
    now: datetime,
    outcomes: dict[str, OpOutcome],
) -> list[NewChange]:
    by_table: dict[str, list[tuple[PushOp, dict[str, Any]]]] = {}
    for op, table, row in prepared:
        by_table.setdefault(table.name, []).append((op, row))
    changes: list[NewChange] = []
    for name in sorted(by_table, key=shared_tables.TABLE_ORDER.__getitem__):
        found = shared_tables.synced_table(name)
        assert found is not None
        table = found
        items = by_table[name]
        if shared_tables.append_only(name):
            changes.extend(_apply_appends(conn, terminal, table, items, outcomes))
        else:
            changes.extend(_apply_upserts(conn, terminal, table, items, now, outcomes))
    return changes


def _apply_appends(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    items: Sequence[tuple[PushOp, dict[str, Any]]],
    outcomes: dict[str, OpOutcome],
) -> list[NewChange]:
    rows = {row["id"]: {**row, "version": 1} for _, row in items}
    insert_new_rows(conn, table, list(rows.values()))
    for op, _ in items:
        outcomes[op.op_id] = OpOutcome(op.op_id, APPLIED, op.entity, op.entity_id, version=1)
    if table.name in shared_tables.NOT_PULLED:
        return []
    return [
        NewChange(shared_tables.stream_of(row.get("branch")), table.name, row_id, 1, terminal.terminal_id)
        for row_id, row in rows.items()
    ]


@dataclass
class UpsertDecision:
    """Per op: its new version, or a conflict; per row: the op whose payload is stored and its version."""

    versions: dict[str, int] = field(default_factory=dict)
    final: dict[str, tuple[str, int]] = field(default_factory=dict)
    conflicting: list[PushOp] = field(default_factory=list)


def decide_upserts(ops: Sequence[PushOp], current: dict[str, int], foreign: dict[str, int]) -> UpsertDecision:
    """The version rule on ids and versions only: an edit conflicts when another writer wrote a version above
    its base; otherwise the row's version goes up by one. `current` holds the central versions of the rows
    that exist, `foreign` the highest version of each row written by anybody but this terminal."""
    decision = UpsertDecision()
    versions = dict(current)
    for op in ops:
        row_id = op.entity_id
        if foreign.get(row_id, 0) > op.base_version and row_id in current:
            decision.conflicting.append(op)
            continue
        versions[row_id] = versions.get(row_id, 0) + 1
        decision.versions[op.op_id] = versions[row_id]
        decision.final[row_id] = (op.op_id, versions[row_id])
    return decision


def _apply_upserts(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    items: Sequence[tuple[PushOp, dict[str, Any]]],
    now: datetime,
    outcomes: dict[str, OpOutcome],
) -> list[NewChange]:
    if table.name == "accounts":
        items = _accounts_numbered_from_own_blocks(conn, terminal, items, outcomes)
    ids = list(dict.fromkeys(op.entity_id for op, _ in items))
    current = _current_rows(conn, table, ids)
    foreign = _foreign_versions(conn, table.name, terminal.terminal_id, ids)
    decision = decide_upserts(
        [op for op, _ in items], {i: int(r["version"] or 0) for i, r in current.items()}, foreign
    )
    for op in decision.conflicting:
        outcomes[op.op_id] = open_conflict(
            conn, terminal, table, op, op.entity_id, current[op.entity_id], now
        )
    rows_by_op = {op.op_id: row for op, row in items}
    for op, _ in items:
        if op.op_id in decision.versions:
            outcomes[op.op_id] = OpOutcome(
                op.op_id, APPLIED, op.entity, op.entity_id, version=decision.versions[op.op_id]
            )
    final = [{**rows_by_op[op_id], "version": version} for op_id, version in decision.final.values()]
    upsert_rows(conn, table, final)
    return [
        NewChange(
            shared_tables.stream_of(row.get("branch")),
            table.name,
            row["id"],
            row["version"],
            terminal.terminal_id,
        )
        for row in final
    ]


def _accounts_numbered_from_own_blocks(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    items: Sequence[tuple[PushOp, dict[str, Any]]],
    outcomes: dict[str, OpOutcome],
) -> list[tuple[PushOp, dict[str, Any]]]:
    """An account number must come from a block reserved for this terminal; others are rejected."""
    from teller_app.sync.numbers import numbers_outside_blocks

    bad = numbers_outside_blocks(conn, terminal, [row for _, row in items])
    kept = []
    for op, row in items:
        if row["id"] in bad:
            outcomes[op.op_id] = _rejected(
                op, "sync.number_outside_block", "The account number is not from this terminal's number block"
            )
        else:
            kept.append((op, row))
    return kept


def open_conflict(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    op: PushOp,
    row_id: str,
    central_row: dict[str, Any],
    now: datetime,
) -> OpOutcome:
    central_payload = row_to_payload(table, central_row)
    central_version = int(central_row["version"] or 0)
    if table.name in shared_tables.CENTRAL_AUTHORITATIVE:
        return OpOutcome(
            op.op_id, SUPERSEDED, op.entity, row_id, version=central_version, central_row=central_payload
        )
    local_payload = row_to_payload(table, line_values(table, op.columns, op.line))
    # A later edit of the same row by the same terminal extends its open conflict (its local version is newer
    # and contains the earlier one); anything else opens a new conflict. Both versions stay whole.
    open_one = conn.execute(
        sa.select(conflicts.c.id).where(
            conflicts.c.entity == table.name,
            conflicts.c.entity_id == row_id,
            conflicts.c.terminal_id == terminal.terminal_id,
            conflicts.c.state == "open",
        )
    ).scalar()
    if open_one is not None:
        conn.execute(
            conflicts.update()
            .where(conflicts.c.id == open_one)
            .values(
                op_id=op.op_id,
                local_payload=local_payload,
                central_payload=central_payload,
                central_version=central_version,
            )
        )
        conflict_id = str(open_one)
    else:
        conflict_id = str(uuid.uuid4())
        conn.execute(
            conflicts.insert().values(
                id=conflict_id,
                branch=terminal.branch,
                entity=table.name,
                entity_id=row_id,
                terminal_id=terminal.terminal_id,
                op_id=op.op_id,
                base_version=op.base_version,
                central_version=central_version,
                local_payload=local_payload,
                central_payload=central_payload,
                state="open",
                created_at=now,
            )
        )
    return OpOutcome(op.op_id, CONFLICT, op.entity, row_id, version=central_version, conflict_id=conflict_id)


def _current_rows(conn: sa.Connection, table: sa.Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(ids):
        query = sa.select(table).where(table.c.id.in_(chunk))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        for row in conn.execute(query):
            found[row.id] = dict(row._mapping)
    return found


def _foreign_versions(
    conn: sa.Connection, entity: str, terminal_id: str, ids: Sequence[str]
) -> dict[str, int]:
    """The highest version of each row written by anybody other than this terminal."""
    found: dict[str, int] = {}
    for chunk in _chunks(ids):
        rows = conn.execute(
            sa.select(change_log.c.entity_id, sa.func.max(change_log.c.version))
            .where(
                change_log.c.entity == entity,
                change_log.c.entity_id.in_(chunk),
                change_log.c.terminal_id != terminal_id,
            )
            .group_by(change_log.c.entity_id)
        )
        found.update({row[0]: int(row[1]) for row in rows})
    return found


def answers_on_record(conn: sa.Connection, terminal_id: str, ops: Sequence[PushOp]) -> dict[str, OpOutcome]:
    """The answers already recorded for any of `ops`: per op in `applied_ops`, or, for appends the fast
    path applied, in their batch's `applied_appends` row (found by the range of the op ids)."""
    found: dict[str, OpOutcome] = {}
    for chunk in _chunks(list(dict.fromkeys(op.op_id for op in ops))):
        rows = conn.execute(
            sa.select(applied_ops).where(
                applied_ops.c.terminal_id == terminal_id, applied_ops.c.op_id.in_(chunk)
            )
        )
        for row in rows:
            found[row.op_id] = OpOutcome(
                row.op_id,
                row.outcome,
                row.entity,
                row.entity_id,
                version=row.version,
                conflict_id=row.conflict_id,
                reason_code=row.reason_code,
                replayed=True,
            )
    wanted = {op.op_id: op for op in ops if op.op_id not in found}
    if wanted:
        batches = conn.execute(
            sa.select(applied_appends.c.entity, applied_appends.c.op_ids).where(
                applied_appends.c.terminal_id == terminal_id,
                applied_appends.c.last_op_id >= min(wanted),
                applied_appends.c.first_op_id <= max(wanted),
            )
        )
        for entity, op_ids in batches:
            for op_id in op_ids.split(","):
                op = wanted.get(op_id)
                if op is not None and op.entity == entity:
                    found[op_id] = OpOutcome(op_id, APPLIED, entity, op.entity_id, version=1, replayed=True)
    return found


def _record_answers(
    conn: sa.Connection, terminal_id: str, answers: Iterable[OpOutcome], now: datetime
) -> None:
    rows = [
        {
            "terminal_id": terminal_id,
            "op_id": a.op_id,
            "entity": a.entity[:64],
            "entity_id": a.entity_id[:36],
            "outcome": a.outcome,
            "version": a.version,
            "conflict_id": a.conflict_id,
            "reason_code": a.reason_code,
            "applied_at": now,
        }
        for a in answers
    ]
    if rows:
        conn.execute(applied_ops.insert(), rows)


def refusal(op: PushOp, exc: sa.exc.DBAPIError) -> tuple[str, str]:
    """(code, reason) for a row a constraint refused: the driver's first line only (no SQL, no values),
    and a name of its own for a clash the administrator can resolve (a user name already held)."""
    orig = getattr(exc, "orig", exc)
    problem = (str(orig).strip().splitlines() or [type(orig).__name__])[0][:300]
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None) or ""
    if op.entity == "users" and ("uq_users_username" in constraint or "users.username" in problem):
        return (
            "sync.username_taken",
            "The user name is already held by another user of the bank (a 柜员号 is one person bank-wide); "
            "rename this user with `teller-admin user rename`",
        )
    return "sync.refused_by_central", problem


def _rejected(op: PushOp, code: str, reason: str) -> OpOutcome:
    return OpOutcome(op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=reason)


def _chunks(values: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
