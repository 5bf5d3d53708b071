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

Round trips (`wire`): one burst opens the transaction, checks the registration and locks the rows the
batch edits (with the versions other writers gave them, and the terminal's number blocks when it sends
accounts); then each table's COPY (two round trips each: the COPY protocol waits for the server between
the statement and its data); then one burst writes the staged upserts, the answers, the applied appends
and the change log (`push_records`) and commits. A batch of one table's appends and one table's new
rows costs six round trips, however many rows it holds.

The tables are under row-level security (central migration c0011), which PostgreSQL's COPY FROM refuses:
a terminal's login COPYs as `teller_terminal_copier` (INSERT only, no SELECT), switched to at the end of
the first burst and back (RESET ROLE) at the start of the next burst that reads or upserts (`CopyRole`).

An op the Python check refuses is rejected by name through the reference decoder. Anything the server
refuses — a value that does not fit its column, a constraint, an id that another writer inserted
meanwhile, a replayed op whose `applied_ops` record exists — fails the batch as a whole with
`BatchRefused`, and the caller reruns it (replays looked up, then op by op on the reference path, where
the op at fault is rejected by name and the others land).
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from operator import itemgetter
from typing import Any

import sqlalchemy as sa

from teller_app.storage.rows import BadLine, line_values
from teller_app.sync import shared_tables
from teller_app.sync.bulk_batch import BatchRefused, CopyRow, Prepared, TableStep, named_refusal, prepare
from teller_app.sync.central_apply import answers_on_record, decide_upserts, open_conflict
from teller_app.sync.copy_rows import copy_in, line_layout
from teller_app.sync.local_queue import DueOps
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.push_records import Change, Outcomes, appended_batch, positions_taken, record_statements
from teller_app.sync.registration import NotRegistered
from teller_app.sync.wire import Statement, Wire, exchange, text_array

REGISTERED_SQL = "SELECT 1 FROM terminals WHERE terminal_id = %s"
# The rows a batch edits, locked, with the highest version another writer gave each (only a row that
# exists centrally can conflict, so the change log is asked about those only).
LOCK_SQL = """
WITH present AS (SELECT id, version FROM "{table}" WHERE id = ANY(%s::text[]) FOR UPDATE)
SELECT p.id, p.version, (
    SELECT max(c.version) FROM change_log c WHERE c.entity = %s AND c.entity_id = p.id AND c.terminal_id <> %s
) FROM present p
"""
BLOCKS_SQL = "SELECT first_serial, last_serial FROM number_blocks WHERE branch = %s AND terminal = %s"
COPIER_SQL = "SELECT teller_copy_as_copier()"

REFUSALS = {
    "sync.number_outside_block": "The account number is not from this terminal's number block",
}


def apply_push_bulk(
    central: sa.Engine,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool = True,
    prepared: Prepared | None = None,
) -> list[OpOutcome]:
    """Apply `ops` in one central transaction; `prepared` is `prepare(terminal, ops, …)` made ahead.
    `NotRegistered` when the central database does not know the terminal, `BatchRefused` when the server
    refuses the batch, `CentralUnreachable` when the connection is lost."""
    with _server_refusals():
        with exchange(central) as wire:
            return _stage(wire, terminal, ops, now, look_up_replays, prepared)()


class StagedBatch:
    """A batch applied up to its last burst on a connection of its own: its rows are COPYed and locked in an
    open transaction, its answers and change log not yet written. `commit()` sends that last burst with the
    COMMIT and returns the answers (`BatchRefused`, `CentralUnreachable` as `apply_push_bulk`); `abandon()`
    rolls it back. A catch-up stages batch N+1 beside batch N (when they share no row) while batch N-1's
    last burst runs, so the central database takes two batches' rows on its two cores (catch_up.py commits
    N+1 only after N has committed: the order holds)."""

    def __init__(self, steps: Generator[Outcomes | None, None, None]) -> None:
        self._steps = steps

    def commit(self) -> Outcomes:
        with _server_refusals():
            try:
                outcomes = next(self._steps)
            finally:
                self._steps.close()
        assert outcomes is not None
        return outcomes

    def abandon(self) -> None:
        self._steps.close()  # GeneratorExit inside exchange(): ROLLBACK, the connection back to the pool


def stage_push_bulk(
    central: sa.Engine,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    prepared: Prepared,
    on_locked: Callable[[], None] = lambda: None,
) -> StagedBatch:
    """`apply_push_bulk` (replays not looked up) up to its last burst, on a connection held until `commit()`
    or `abandon()`; raises as `apply_push_bulk` does when the server refuses what came so far. `on_locked` is
    called once the first burst has locked the rows the batch edits, before its COPYs."""
    steps = _staged_steps(central, terminal, ops, now, prepared, on_locked)
    with _server_refusals():
        next(steps)  # up to the first yield: the rows are in, the transaction open
    return StagedBatch(steps)


def _staged_steps(
    central: sa.Engine,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    prepared: Prepared,
    on_locked: Callable[[], None],
) -> Generator[Outcomes | None, None, None]:
    with exchange(central) as wire:
        finish = _stage(wire, terminal, ops, now, False, prepared, on_locked)
        yield None
        yield finish()


@contextmanager
def _server_refusals() -> Iterator[None]:
    """What the server refuses (a constraint, a value, a replayed op's record) as `BatchRefused`."""
    import psycopg

    try:
        yield
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


def _stage(
    wire: Wire,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool,
    prepared: Prepared | None,
    on_locked: Callable[[], None] = lambda: None,
) -> Callable[[], Outcomes]:
    """Everything of a batch but its last burst; returns the function that sends that burst and commits.
    `on_locked` hears that the first burst has locked the rows the batch edits."""
    answered: dict[str, OpOutcome] = {}
    if look_up_replays:
        wire.send([], begin=True)
        answered = answers_on_record(wire.conn, terminal.terminal_id, ops)
        prepared = prepare(terminal, [op for op in ops if op.op_id not in answered], now)
    elif prepared is None:
        prepared = prepare(terminal, ops, now)
    if prepared.refusal is not None:
        raise BatchRefused(prepared.refusal)
    edited = [step for step in prepared.steps if step.rows]
    reads = [Statement(REGISTERED_SQL, (terminal.terminal_id,))]
    reads.extend(
        Statement(LOCK_SQL.format(table=step.table.name), (_ids(step), step.table.name, terminal.terminal_id))
        for step in edited
    )
    accounts = any(step.table.name == "accounts" for step in edited)
    if accounts:
        reads.append(Statement(BLOCKS_SQL, (terminal.branch, terminal.terminal_code)))
    reads.append(Statement(COPIER_SQL))  # last: the reads above are the login's own
    found = wire.send(reads, begin=not look_up_replays)
    if not found[0]:
        raise NotRegistered(terminal=terminal.terminal_code, branch=terminal.branch)
    on_locked()
    role = CopyRole(wire, bool(found[-1][0][0]))
    locked = {step.table.name: found[1 + i] for i, step in enumerate(edited)}
    owned = [(int(first), int(last)) for first, last in found[1 + len(edited)]] if accounts else []
    outcomes = dict(prepared.outcomes)
    changes: list[Change] = []
    appended: list[tuple[Any, ...]] = []
    staged: list[tuple[sa.Table, list[CopyRow]]] = []
    for step in prepared.steps:
        table = step.table
        if step.rows is None:
            role.copying()
            _copy_texts(wire.conn, table, step.lines)
            if step.op_ids:
                appended.append(appended_batch(terminal, table.name, step.op_ids, now))
            if table.name not in shared_tables.NOT_PULLED:
                changes.extend((table.name, i, 1) for i in step.ids)
            continue
        rows = step.rows
        if table.name == "accounts":
            rows = _accounts_from_own_blocks(owned, terminal, table, rows, outcomes)
        changes.extend(
            _upserts(role, terminal, table, rows, locked.get(table.name, []), now, outcomes, staged)
        )
    writes = [statement for table, rows in staged for statement in _upsert_existing(role, table, rows)]
    writes.extend(record_statements(terminal, outcomes.values(), appended, changes, now))
    grouped = tuple(prepared.grouped)
    writes = role.own(writes)  # the last burst is the login's own

    def finish() -> Outcomes:
        written = wire.send(writes, commit=True)
        if answered:
            outcomes.update(answered)
        op_ids = ops.op_ids if isinstance(ops, DueOps) else map(itemgetter(0), ops)
        result = Outcomes(filter(None, map(outcomes.get, op_ids)))  # in the ops' order
        result.taken = positions_taken(terminal, changes, written[-1] if changes else [])
        result.grouped = grouped
        return result

    return finish


class CopyRole:
    """Whether the push's transaction runs as `teller_terminal_copier` just now: `available` when the
    login may switch to it (a terminal's login; the owner needs no switch), `active` while it does."""

    def __init__(self, wire: Wire, active: bool) -> None:
        self.wire = wire
        self.available = active
        self.active = active

    def copying(self) -> None:
        """Before a COPY into a table: back to the copier if a conflict's reads left it (rare, a round trip)."""
        if self.available and not self.active:
            self.wire.send([Statement(COPIER_SQL)])
            self.active = True

    def own(self, statements: list[Statement]) -> list[Statement]:
        """`statements` to send next, as the login itself: RESET ROLE first when the copier is active."""
        if not self.active:
            return statements
        self.active = False
        return [Statement("RESET ROLE", rows=False), *statements]

    def own_now(self) -> None:
        if self.active:
            self.wire.send([Statement("RESET ROLE", rows=False)])
            self.active = False


def _ids(step: TableStep) -> str:
    return text_array(list(dict.fromkeys(row.op.entity_id for row in step.rows or ())))


def _copy_into(
    conn: sa.Connection, table: sa.Table, rows: Sequence[CopyRow], target: str | None = None
) -> None:
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


def _upserts(
    role: CopyRole,
    terminal: TerminalIdentity,
    table: sa.Table,
    rows: list[CopyRow],
    locked: list[tuple[Any, ...]],
    now: datetime,
    outcomes: dict[str, OpOutcome],
    staged: list[tuple[sa.Table, list[CopyRow]]],
) -> list[Change]:
    """Decide the versions of `rows` (their central rows `locked` in the first burst: id, version, the
    highest version another writer gave it), COPY the new ones and stage the ones that exist."""
    if not rows:
        return []
    current = {r[0]: int(r[1] or 0) for r in locked}
    foreign = {r[0]: int(r[2]) for r in locked if r[2] is not None}
    ops = [r.op for r in rows]
    decision = decide_upserts(ops, current, foreign)
    wire = role.wire
    if decision.conflicting:
        role.own_now()
    for op in decision.conflicting:
        found = wire.conn.execute(sa.select(table).where(table.c.id == op.entity_id)).first()
        central_row = dict(found._mapping) if found is not None else {"version": 0}
        outcomes[op.op_id] = open_conflict(wire.conn, terminal, table, op, op.entity_id, central_row, now)
    for op in ops:
        if op.op_id in decision.versions:
            outcomes[op.op_id] = OpOutcome(
                op.op_id, APPLIED, op.entity, op.entity_id, version=decision.versions[op.op_id]
            )
    by_op = {r.op.op_id: r for r in rows}
    new_rows: list[CopyRow] = []
    changed_rows: list[CopyRow] = []
    for row_id, (op_id, version) in decision.final.items():
        row = by_op[op_id].at_version(version)
        staged_too = row_id in current or table.name in shared_tables.ROW_SECURED  # no COPY under RLS
        (changed_rows if staged_too else new_rows).append(row)
    if new_rows:
        role.copying()
        _copy_into(wire.conn, table, new_rows)
    if changed_rows:
        staged.append((table, changed_rows))
    return [(table.name, row_id, version) for row_id, (_, version) in decision.final.items()]


def _upsert_existing(role: CopyRole, table: sa.Table, rows: list[CopyRow]) -> list[Statement]:
    """Rows already stored centrally (locked in the first burst): COPY them to a typed temp table per
    layout; return the upserts that set the columns the lines carry, for the last burst. The temp tables
    are dropped at COMMIT: nothing outlives the transaction (PgBouncer in transaction pooling mode hands
    the next one another server connection)."""
    by_layout: dict[tuple[str, ...], list[CopyRow]] = {}
    for row in rows:
        by_layout.setdefault(row.op.columns, []).append(row)
    upserts = []
    for n, (columns, group) in enumerate(by_layout.items()):
        stage = f"stage_{table.name}_{n}"
        role.wire.send(
            role.own(
                [Statement(f'CREATE TEMP TABLE "{stage}" (LIKE "{table.name}") ON COMMIT DROP', rows=False)]
            )
        )
        _copy_into(role.wire.conn, table, group, target=stage)
        names = line_layout(table.name, columns).copy_columns
        updates = ", ".join(f'"{n}" = EXCLUDED."{n}"' for n in columns if n != "id")
        upserts.append(
            Statement(
                f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM "{stage}" '
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                rows=False,
            )
        )
    return upserts


def _accounts_from_own_blocks(
    owned: Sequence[tuple[int, int]],
    terminal: TerminalIdentity,
    table: sa.Table,
    rows: list[CopyRow],
    outcomes: dict[str, OpOutcome],
) -> list[CopyRow]:
    from teller_app.sync.numbers import numbers_outside

    values = []
    kept = []
    for row in rows:  # few rows: decoded by the reference decoder, which names a bad one
        try:
            values.append(line_values(table, row.op.columns, row.op.line))
            kept.append(row)
        except BadLine:
            outcomes[row.op.op_id] = named_refusal(row.op, terminal)
    bad = numbers_outside(owned, terminal, values)
    for row in kept:
        if row.op.entity_id in bad:
            outcomes[row.op.op_id] = _rejected(row.op, "sync.number_outside_block")
    return [row for row in kept if row.op.entity_id not in bad]


def _rejected(op: PushOp, code: str) -> OpOutcome:
    return OpOutcome(
        op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=REFUSALS.get(code, code)
    )
