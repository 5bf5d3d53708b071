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

An op the Python check refuses is rejected by name through the reference decoder. Anything the server
refuses — a value that does not fit its column, a constraint, an id that another writer inserted
meanwhile, a replayed op whose `applied_ops` record exists — fails the batch as a whole with
`BatchRefused`, and the caller reruns it (replays looked up, then op by op on the reference path, where
the op at fault is rejected by name and the others land).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import repeat
from operator import add, itemgetter
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.storage.rows import BadLine, copy_text, line_values
from teller_app.sync import shared_tables
from teller_app.sync.central_apply import answers_on_record, decide_upserts, open_conflict, prepare_op
from teller_app.sync.copy_rows import NotCopyable, copy_in, line_head, line_layout
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
    import psycopg

    try:
        with exchange(central) as wire:
            return _apply(wire, terminal, ops, now, look_up_replays, prepared)
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


class _Step:
    """One table of a prepared batch: checked upsert rows, or the appends' COPY text by layout and their ids."""

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

    __slots__ = ("outcomes", "refusal", "steps")

    def __init__(self) -> None:
        self.outcomes: dict[str, OpOutcome] = {}
        self.steps: list[_Step] = []
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
    return prepared


def _apply(
    wire: Wire,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool,
    prepared: Prepared | None,
) -> Outcomes:
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
    found = wire.send(reads, begin=not look_up_replays)
    if not found[0]:
        raise NotRegistered(terminal=terminal.terminal_code, branch=terminal.branch)
    locked = {step.table.name: found[1 + i] for i, step in enumerate(edited)}
    owned = [(int(first), int(last)) for first, last in found[-1]] if accounts else []
    outcomes = dict(prepared.outcomes)
    changes: list[Change] = []
    appended: list[tuple[Any, ...]] = []
    staged: list[tuple[sa.Table, list[_Row]]] = []
    for step in prepared.steps:
        table = step.table
        if step.rows is None:
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
            _upserts(wire, terminal, table, rows, locked.get(table.name, []), now, outcomes, staged)
        )
    writes = [statement for table, rows in staged for statement in _upsert_existing(wire, table, rows)]
    writes.extend(record_statements(terminal, outcomes.values(), appended, changes, now))
    written = wire.send(writes, commit=True)
    if answered:
        outcomes.update(answered)
    result = Outcomes(filter(None, map(outcomes.get, map(itemgetter(0), ops))))  # in the ops' order
    result.taken = positions_taken(terminal, changes, written[-1] if changes else [])
    return result


def _ids(step: _Step) -> str:
    return text_array(list(dict.fromkeys(row.op.entity_id for row in step.rows or ())))


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
    """The COPY text of appends (version 1), by layout; each answered as applied. An append is inserted
    once by id: one already stored centrally fails the batch at the server (the reference path then skips
    it); one id twice in a batch fails it here."""
    ids = [op.entity_id for op in ops]
    if len(set(ids)) != len(ids):
        raise BatchRefused(f"one {table.name} row twice in a batch")
    step = _Step(table)
    branch = copy_text(terminal.branch)
    for group in _by_layout(ops):
        text = _checked_appends(table.name, group, branch)
        if text is None:  # some line fails a check: op by op, so each bad one gets its named refusal
            checked = list(_checked(terminal, group, outcomes))
            group = [op for op, _ in checked]
            text = "".join(f"{head}1\n" for _, head in checked)
        if not group:
            continue
        op_ids = list(map(itemgetter(0), group))
        entity_ids = list(map(itemgetter(2), group))
        answers = map(OpOutcome, op_ids, repeat(APPLIED), repeat(table.name), entity_ids, repeat(1))
        outcomes.update(zip(op_ids, answers, strict=True))
        step.lines.setdefault(group[0].columns, []).append(text)
        step.ids.extend(entity_ids)
        step.op_ids.extend(op_ids)
    return step


def _by_layout(ops: Sequence[PushOp]) -> list[Sequence[PushOp]]:
    """`ops` in groups of one layout each, in order of first appearance (nearly always one group)."""
    if len(set(map(id, map(itemgetter(5), ops)))) <= 1:  # one layout tuple: the outbox read shares it
        return [ops]
    groups: dict[tuple[str, ...], list[PushOp]] = {}
    for op in ops:
        groups.setdefault(op.columns, []).append(op)
    return list(groups.values())


def _checked_appends(entity: str, ops: Sequence[PushOp], branch: str) -> str | None:
    """The COPY text (version 1) of appends of one layout when every line passes `line_head`'s checks,
    made on the whole group at once (the same checks, in C loops rather than one Python call per op);
    None when any fails, so the caller checks op by op."""
    if not ops:
        return ""
    try:
        layout = line_layout(entity, ops[0].columns)
    except NotCopyable:
        return None
    op_ids = ",".join(map(itemgetter(0), ops))
    entity_ids = list(map(itemgetter(2), ops))
    lines = list(map(itemgetter(4), ops))
    joined_ids = "".join(entity_ids)
    whole = "\n".join(lines)
    if not (
        set(map(itemgetter(3), ops)) == {layout.operation}
        and all(entity_ids)
        and "\t" not in joined_ids
        and "\\" not in joined_ids
        and op_ids.count(",") == len(ops) - 1
        and "\t" not in op_ids
        and "\\" not in op_ids
        and whole.count("\n") == len(ops) - 1
        and "\r" not in whole
        and set(map(str.count, lines, repeat("\t"))) == {layout.tabs}
        and all(map(str.startswith, lines, map(add, entity_ids, repeat(f"\t{branch}\t"))))
    ):
        return None
    return "1\n".join([line[: line.rindex("\t") + 1] for line in lines]) + "1\n"


def _upserts(
    wire: Wire,
    terminal: TerminalIdentity,
    table: sa.Table,
    rows: list[_Row],
    locked: list[tuple[Any, ...]],
    now: datetime,
    outcomes: dict[str, OpOutcome],
    staged: list[tuple[sa.Table, list[_Row]]],
) -> list[Change]:
    """Decide the versions of `rows` (their central rows `locked` in the first burst: id, version, the
    highest version another writer gave it), COPY the new ones and stage the ones that exist."""
    if not rows:
        return []
    current = {r[0]: int(r[1] or 0) for r in locked}
    foreign = {r[0]: int(r[2]) for r in locked if r[2] is not None}
    ops = [r.op for r in rows]
    decision = decide_upserts(ops, current, foreign)
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
    new_rows: list[_Row] = []
    changed_rows: list[_Row] = []
    for row_id, (op_id, version) in decision.final.items():
        row = by_op[op_id].at_version(version)
        staged_too = row_id in current or table.name in shared_tables.ROW_SECURED  # no COPY under RLS
        (changed_rows if staged_too else new_rows).append(row)
    if new_rows:
        _copy_into(wire.conn, table, new_rows)
    if changed_rows:
        staged.append((table, changed_rows))
    return [(table.name, row_id, version) for row_id, (_, version) in decision.final.items()]


def _upsert_existing(wire: Wire, table: sa.Table, rows: list[_Row]) -> list[Statement]:
    """Rows already stored centrally (locked in the first burst): COPY them to a typed temp table per
    layout; return the upserts that set the columns the lines carry, for the last burst. The temp tables
    are dropped at COMMIT: nothing outlives the transaction (PgBouncer in transaction pooling mode hands
    the next one another server connection)."""
    by_layout: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        by_layout.setdefault(row.op.columns, []).append(row)
    upserts = []
    for n, (columns, group) in enumerate(by_layout.items()):
        stage = f"stage_{table.name}_{n}"
        wire.send(
            [Statement(f'CREATE TEMP TABLE "{stage}" (LIKE "{table.name}") ON COMMIT DROP', rows=False)]
        )
        _copy_into(wire.conn, table, group, target=stage)
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
    rows: list[_Row],
    outcomes: dict[str, OpOutcome],
) -> list[_Row]:
    from teller_app.sync.numbers import numbers_outside

    values = []
    kept = []
    for row in rows:  # few rows: decoded by the reference decoder, which names a bad one
        try:
            values.append(line_values(table, row.op.columns, row.op.line))
            kept.append(row)
        except BadLine:
            outcomes[row.op.op_id] = _refusal(row.op, terminal)
    bad = numbers_outside(owned, terminal, values)
    for row in kept:
        if row.op.entity_id in bad:
            outcomes[row.op.op_id] = _rejected(row.op, "sync.number_outside_block")
    return [row for row in kept if row.op.entity_id not in bad]


def _rejected(op: PushOp, code: str) -> OpOutcome:
    return OpOutcome(
        op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=REFUSALS.get(code, code)
    )
