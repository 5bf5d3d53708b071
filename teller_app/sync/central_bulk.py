"""The PostgreSQL fast path of a push: the outbox lines are COPYed straight into their tables.

Same rules as `central_apply.apply_push` (which stays the reference, the SQLite path and the fallback):
replays answered from `applied_ops`, the same refusals, the same version and conflict decisions (made by
the same Python function on ids and versions only), appends inserted once, everything — rows, change log
and applied ops — recorded in the same transaction. What differs is how rows move: the outbox already
holds each row as a COPY text line (storage/rows.py), so after the checks that are the terminal's to make
(`copy_rows`: field count, id, branch, known columns) the line goes to the server as it is, with its
version field set, and the server parses each value once for its column. Appends and rows new to the
central database are COPYed into their table; rows that exist already go through a typed temporary
table and one INSERT … ON CONFLICT DO UPDATE.

An op the Python check refuses is rejected by name through the reference decoder. Anything the server
refuses — a value that does not fit its column, a constraint, an id that another writer inserted
meanwhile, a replayed op whose `applied_ops` record exists — fails the batch as a whole with
`BatchRefused`, and the caller reruns it (replays looked up, then op by op on the reference path, where
the op at fault is rejected by name and the others land).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.storage.rows import BadLine, copy_text, line_values
from teller_app.sync import shared_tables
from teller_app.sync.central import CentralUnreachable
from teller_app.sync.central_apply import answers_on_record, decide_upserts, open_conflict, prepare_op
from teller_app.sync.central_schema import applied_appends
from teller_app.sync.copy_rows import NotCopyable, copy_in, copy_value, line_head, line_layout
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.positions import NewChange, record_changes

REFUSALS = {
    "sync.number_outside_block": "The account number is not from this terminal's number block",
}


class BatchRefused(Exception):
    """The server refused the batch as a whole (bad value, constraint): rerun it op by op."""


class _Row:
    """One live op on its way: the op, its line up to the version field, and the line to COPY."""

    __slots__ = ("head", "op", "text")

    def __init__(self, op: PushOp, head: str) -> None:
        self.op = op
        self.head = head
        self.text = ""

    def at_version(self, version: int) -> _Row:
        self.text = f"{self.head}{version}\n"
        return self


def apply_push_bulk(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool = True,
    prepared: Prepared | None = None,
) -> list[OpOutcome]:
    """Apply `ops` in the caller's transaction; `prepared` is `prepare(terminal, ops, …)` made ahead."""
    import psycopg

    try:
        return _apply(conn, terminal, ops, now, look_up_replays, prepared)
    except psycopg.OperationalError as exc:
        conn.invalidate()
        raise CentralUnreachable(problem=str(exc).splitlines()[0][:200]) from exc
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


class _Step:
    """One table of a prepared batch: checked upsert rows, or the appends' lines by layout and their ids."""

    __slots__ = ("ids", "lines", "op_ids", "rows", "table")

    def __init__(self, table: sa.Table, rows: list[_Row] | None = None) -> None:
        self.table = table
        self.rows = rows
        self.lines: dict[tuple[str, ...], list[str]] = {}
        self.ids: list[str] = []
        self.op_ids: list[str] = []


class Prepared:
    """What the fast path works out from the ops alone, before it talks to the server: the line checks and
    their refusals, the appends' COPY text and answers, the checked upsert rows — in table order. The push
    makes it for the next batch on its local worker thread while the current batch is applied, so the
    central connection spends its time on the server's work."""

    __slots__ = ("answers", "outcomes", "refusal", "steps")

    def __init__(self) -> None:
        self.outcomes: dict[str, OpOutcome] = {}
        self.steps: list[_Step] = []
        self.answers: list[str] = []
        self.refusal: str | None = None  # set when the batch must go the reference way


def prepare(terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime) -> Prepared:
    """The ops grouped by table (a repeated op id counts once) and checked; see `Prepared`."""
    prepared = Prepared()
    unique: dict[str, PushOp] = {}
    for op in ops:
        unique.setdefault(op.op_id, op)  # a repeated op id counts once, as the reference path does
    by_entity: dict[str, list[PushOp]] = {}
    for op in unique.values():
        by_entity.setdefault(op.entity, []).append(op)
    try:
        for entity in sorted(by_entity, key=lambda name: shared_tables.TABLE_ORDER.get(name, -1)):
            table = shared_tables.synced_table(entity)
            group = by_entity[entity]
            if table is None:  # an unknown table: the reference decoder names the refusal
                for op in group:
                    prepared.outcomes[op.op_id] = _refusal(op, terminal)
            elif shared_tables.append_only(entity):
                prepared.steps.append(_append_step(terminal, table, group, prepared.outcomes))
            else:
                rows = [_Row(op, head) for op, head in _checked(terminal, group, prepared.outcomes)]
                prepared.steps.append(_Step(table, rows))
    except BatchRefused as refused:
        prepared.refusal = str(refused)
    # Applied appends are recorded per batch (`applied_appends`); refusals per op, like every other answer.
    prepared.answers = _answer_lines(
        terminal, [o for o in prepared.outcomes.values() if o.outcome != APPLIED], now
    )
    return prepared


def _apply(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool,
    prepared: Prepared | None,
) -> list[OpOutcome]:
    answered: dict[str, OpOutcome] = {}
    if look_up_replays:
        answered = answers_on_record(conn, terminal.terminal_id, ops)
        prepared = prepare(terminal, [op for op in ops if op.op_id not in answered], now)
    elif prepared is None:
        prepared = prepare(terminal, ops, now)
    if prepared.refusal is not None:
        raise BatchRefused(prepared.refusal)
    outcomes = dict(prepared.outcomes)
    changes: list[NewChange] = []
    appended: list[dict[str, Any]] = []
    stream = shared_tables.stream_of(terminal.branch)
    for step in prepared.steps:
        table = step.table
        if step.rows is None:
            _copy_texts(conn, table, step.lines)
            if step.op_ids:
                appended.append(_applied_appends_row(terminal, table.name, step.op_ids, now))
            if table.name not in shared_tables.NOT_PULLED:
                changes.extend(NewChange(stream, table.name, i, 1, terminal.terminal_id) for i in step.ids)
            continue
        rows = step.rows
        if table.name == "accounts":
            rows = _accounts_from_own_blocks(conn, terminal, table, rows, outcomes)
        changes.extend(_upserts(conn, terminal, table, rows, now, outcomes))
    later = [o for i, o in outcomes.items() if i not in prepared.outcomes]
    _record_answers(conn, prepared.answers + _answer_lines(terminal, later, now))
    if appended:
        conn.execute(applied_appends.insert(), appended)
    record_changes(conn, changes)  # last: it holds the branch's position lock until the commit
    return [
        answered.get(op.op_id) or outcomes[op.op_id]
        for op in ops
        if op.op_id in answered or op.op_id in outcomes
    ]


def _checked(
    terminal: TerminalIdentity, ops: Sequence[PushOp], outcomes: dict[str, OpOutcome]
) -> Iterator[tuple[PushOp, str]]:
    """Each op whose line passes the checks, with the line up to its version field; the others get their
    named refusal. One batch holds one layout per table but for entries from before a schema change."""
    branch = copy_text(terminal.branch)
    columns: tuple[str, ...] | None = None
    layout = None
    for op in ops:
        try:
            if op.columns is not columns:
                columns, layout = op.columns, line_layout(op.entity, op.columns)
            yield op, line_head(op, branch, layout)
        except NotCopyable:
            outcomes[op.op_id] = _refusal(op, terminal)


def _refusal(op: PushOp, terminal: TerminalIdentity) -> OpOutcome:
    """The reference decoder's named refusal; if it accepts what the fast check did not, use the reference."""
    try:
        prepare_op(op, terminal)
    except TellerError as error:
        return OpOutcome(
            op.op_id, REJECTED, op.entity, op.entity_id, reason_code=error.code, reason=error.render()
        )
    raise BatchRefused(f"op {op.op_id} needs the reference path")


def _copy_into(conn: sa.Connection, table: sa.Table, rows: Sequence[_Row], target: str | None = None) -> None:
    """COPY the rows' lines into `table` (or `target`), one COPY per layout."""
    lines: dict[tuple[str, ...], list[str]] = {}
    for row in rows:
        lines.setdefault(row.op.columns, []).append(row.text)
    _copy_texts(conn, table, lines, target)


def _copy_texts(
    conn: sa.Connection, table: sa.Table, lines: dict[tuple[str, ...], list[str]], target: str | None = None
) -> None:
    """COPY lines into `table` (or `target`): one COPY per layout (a batch holds one per table, but for
    entries written before a schema change)."""
    for columns, texts in lines.items():
        layout = line_layout(table.name, columns)
        copy_in(conn, f'COPY "{target or table.name}" ({layout.copy_columns}) FROM STDIN', texts)


def _append_step(
    terminal: TerminalIdentity, table: sa.Table, ops: Sequence[PushOp], outcomes: dict[str, OpOutcome]
) -> _Step:
    """The COPY lines of appends (version 1), by layout; each answered as applied. An append is inserted
    once by id: one already stored centrally fails the batch at the server (the reference path then skips
    it); one id twice in a batch fails it here."""
    ids = [op.entity_id for op in ops]
    if len(set(ids)) != len(ids):
        raise BatchRefused(f"one {table.name} row twice in a batch")
    step = _Step(table)
    for op, head in _checked(terminal, ops, outcomes):
        outcomes[op.op_id] = OpOutcome(op.op_id, APPLIED, op.entity, op.entity_id, 1)
        step.lines.setdefault(op.columns, []).append(f"{head}1\n")
        step.ids.append(op.entity_id)
        step.op_ids.append(op.op_id)
    return step


def _upserts(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    rows: list[_Row],
    now: datetime,
    outcomes: dict[str, OpOutcome],
) -> list[NewChange]:
    if not rows:
        return []
    ids = list(dict.fromkeys(r.op.entity_id for r in rows))
    current: dict[str, int] = {
        r[0]: int(r[1] or 0)
        for r in conn.exec_driver_sql(
            f'SELECT id, version FROM "{table.name}" WHERE id = ANY(%s) FOR UPDATE', (ids,)
        )
    }
    foreign: dict[str, int] = {}
    if current:  # only a row that exists centrally can conflict
        foreign = {
            r[0]: int(r[1])
            for r in conn.exec_driver_sql(
                "SELECT entity_id, max(version) FROM change_log WHERE entity = %s AND entity_id = ANY(%s) "
                "AND terminal_id <> %s GROUP BY entity_id",
                (table.name, list(current), terminal.terminal_id),
            )
        }
    ops = [r.op for r in rows]
    decision = decide_upserts(ops, current, foreign)
    for op in decision.conflicting:
        found = conn.execute(sa.select(table).where(table.c.id == op.entity_id)).first()
        central_row = dict(found._mapping) if found is not None else {"version": 0}
        outcomes[op.op_id] = open_conflict(conn, terminal, table, op, op.entity_id, central_row, now)
    for op in ops:
        if op.op_id in decision.versions:
            outcomes[op.op_id] = OpOutcome(
                op.op_id, APPLIED, op.entity, op.entity_id, version=decision.versions[op.op_id]
            )
    by_op = {r.op.op_id: r for r in rows}
    new_rows: list[_Row] = []
    changed_rows: list[_Row] = []
    for row_id, (op_id, version) in decision.final.items():
        row = by_op[op_id].at_version(version)
        (changed_rows if row_id in current else new_rows).append(row)
    if new_rows:
        _copy_into(conn, table, new_rows)
    if changed_rows:
        _upsert_existing(conn, table, changed_rows)
    stream = shared_tables.stream_of(terminal.branch)
    return [
        NewChange(stream, table.name, row_id, version, terminal.terminal_id)
        for row_id, (_, version) in decision.final.items()
    ]


def _upsert_existing(conn: sa.Connection, table: sa.Table, rows: list[_Row]) -> None:
    """Rows already stored centrally (and locked above): COPY to a typed temp table, then one upsert per
    layout that sets the columns the lines carry. The temp table is dropped at COMMIT: nothing outlives the
    transaction (PgBouncer in transaction pooling mode hands the next one another server connection)."""
    stage = f"stage_{table.name}"
    conn.exec_driver_sql(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" (LIKE "{table.name}") ON COMMIT DROP')
    by_layout: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        by_layout.setdefault(row.op.columns, []).append(row)
    for columns, group in by_layout.items():
        _copy_into(conn, table, group, target=stage)
        names = line_layout(table.name, columns).copy_columns
        updates = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in columns if n != "id")
        conn.exec_driver_sql(
            f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{stage}" '
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        conn.exec_driver_sql(f'DELETE FROM "{stage}"')


def _accounts_from_own_blocks(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    rows: list[_Row],
    outcomes: dict[str, OpOutcome],
) -> list[_Row]:
    from teller_app.sync.numbers import numbers_outside_blocks

    values = []
    kept = []
    for row in rows:  # few rows: decoded by the reference decoder, which names a bad one
        try:
            values.append(line_values(table, row.op.columns, row.op.line))
            kept.append(row)
        except BadLine:
            outcomes[row.op.op_id] = _refusal(row.op, terminal)
    bad = numbers_outside_blocks(conn, terminal, values)
    for row in kept:
        if row.op.entity_id in bad:
            outcomes[row.op.op_id] = _rejected(row.op, "sync.number_outside_block")
    return [row for row in kept if row.op.entity_id not in bad]


def _applied_appends_row(
    terminal: TerminalIdentity, entity: str, op_ids: list[str], now: datetime
) -> dict[str, Any]:
    return {
        "terminal_id": terminal.terminal_id,
        "entity": entity,
        "first_op_id": min(op_ids),
        "last_op_id": max(op_ids),
        "op_ids": ",".join(op_ids),
        "applied_at": now,
    }


def _answer_lines(terminal: TerminalIdentity, answers: Iterable[OpOutcome], now: datetime) -> list[str]:
    """`applied_ops` rows of `answers` as COPY lines (applied at `now`)."""
    at = (now if now.tzinfo else now.replace(tzinfo=UTC)).isoformat()
    terminal_id = copy_text(terminal.terminal_id)
    # An applied op passed the line checks: its entity is a known table, its id has nothing to escape.
    return [
        f"{terminal_id}\t{copy_text(a.op_id)}\t{a.entity}\t{a.entity_id}\tapplied\t{a.version}\t\\N\t\\N\t{at}\n"
        if a.outcome == APPLIED
        else f"{terminal_id}\t{copy_text(a.op_id)}\t{copy_text(a.entity[:64])}\t{copy_text(a.entity_id[:36])}\t"
        f"{a.outcome}\t{copy_value(a.version)}\t{copy_value(a.conflict_id)}\t{copy_value(a.reason_code)}\t{at}\n"
        for a in answers
    ]


def _record_answers(conn: sa.Connection, lines: Sequence[str]) -> None:
    if not lines:
        return
    columns = "terminal_id, op_id, entity, entity_id, outcome, version, conflict_id, reason_code, applied_at"
    copy_in(conn, f"COPY applied_ops ({columns}) FROM STDIN", lines)


def _rejected(op: PushOp, code: str) -> OpOutcome:
    return OpOutcome(
        op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=REFUSALS.get(code, code)
    )
