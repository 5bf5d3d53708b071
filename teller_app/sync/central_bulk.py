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

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.storage.rows import BadLine, copy_text, line_values
from teller_app.sync import shared_tables
from teller_app.sync.central import CentralUnreachable
from teller_app.sync.central_apply import decide_upserts, open_conflict, prepare_op
from teller_app.sync.copy_rows import NotCopyable, copy_value, line_head, line_layout
from teller_app.sync.ops import APPLIED, REJECTED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.positions import NewChange, record_changes

REFUSALS = {
    "sync.number_outside_block": "The account number is not from this terminal's number block",
}


STREAM_ROWS = 256  # rows per COPY write: the server stores them while the next ones are checked


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
) -> list[OpOutcome]:
    import psycopg

    try:
        return _apply(conn, terminal, ops, now, look_up_replays)
    except psycopg.OperationalError as exc:
        conn.invalidate()
        raise CentralUnreachable(problem=str(exc).splitlines()[0][:200]) from exc
    except psycopg.Error as exc:
        raise BatchRefused(str(exc).splitlines()[0][:300]) from exc
    except (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError) as exc:
        raise BatchRefused(str(exc.orig).splitlines()[0][:300]) from exc


def _apply(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    look_up_replays: bool,
) -> list[OpOutcome]:
    unique: dict[str, PushOp] = {}
    for op in ops:
        unique.setdefault(op.op_id, op)  # a repeated op id counts once, as the reference path does
    answered = _replays(conn, terminal, list(unique)) if look_up_replays else {}
    outcomes: dict[str, OpOutcome] = {}
    by_entity: dict[str, list[PushOp]] = {}
    for op in unique.values():
        if op.op_id not in answered:
            by_entity.setdefault(op.entity, []).append(op)
    changes: list[NewChange] = []
    stream = shared_tables.stream_of(terminal.branch)
    for entity in sorted(by_entity, key=lambda name: shared_tables.TABLE_ORDER.get(name, -1)):
        table = shared_tables.synced_table(entity)
        if table is None:  # an unknown table: the reference decoder names the refusal
            for op in by_entity[entity]:
                outcomes[op.op_id] = _refusal(op, terminal)
            continue
        if shared_tables.append_only(entity):
            ids = _appends(conn, terminal, table, by_entity[entity], outcomes)
            if entity not in shared_tables.NOT_PULLED:
                changes.extend(NewChange(stream, entity, i, 1, terminal.terminal_id) for i in ids)
            continue
        rows = [_Row(op, head) for op, head in _checked(terminal, by_entity[entity], outcomes)]
        if entity == "accounts":
            rows = _accounts_from_own_blocks(conn, terminal, table, rows, outcomes)
        changes.extend(_upserts(conn, terminal, table, rows, now, outcomes))
    _record_answers(conn, terminal, [outcomes[i] for i in unique if i in outcomes], now)
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


def _replays(conn: sa.Connection, terminal: TerminalIdentity, op_ids: list[str]) -> dict[str, OpOutcome]:
    rows = conn.exec_driver_sql(
        "SELECT op_id, outcome, entity, entity_id, version, conflict_id, reason_code FROM applied_ops "
        "WHERE terminal_id = %s AND op_id = ANY(%s)",
        (terminal.terminal_id, op_ids),
    ).all()
    return {
        r[0]: OpOutcome(
            r[0], r[1], r[2], r[3], version=r[4], conflict_id=r[5], reason_code=r[6], replayed=True
        )
        for r in rows
    }


def _copy_into(
    conn: sa.Connection,
    table: sa.Table,
    lines: Iterable[tuple[tuple[str, ...], str]],
    target: str | None = None,
) -> None:
    """COPY (layout columns, line) pairs into `table` (or `target`) as they come, so the server stores
    the first rows while later ones are still being checked. One COPY per layout: lines of the first
    line's layout stream, any other layout (an entry from before a schema change) follows in its own."""
    raw = conn.connection.driver_connection
    assert raw is not None
    others: dict[tuple[str, ...], list[str]] = {}
    coming = iter(lines)
    first = next(coming, None)
    if first is None:
        return
    columns = first[0]
    with raw.cursor() as cursor, cursor.copy(_copy_statement(table, columns, target)) as copy:
        chunk = [first[1]]
        for line_columns, text in coming:
            if line_columns is columns or line_columns == columns:
                chunk.append(text)
                if len(chunk) == STREAM_ROWS:
                    copy.write("".join(chunk))
                    chunk.clear()
            else:
                others.setdefault(line_columns, []).append(text)
        copy.write("".join(chunk))
    for other, texts in others.items():
        with raw.cursor() as cursor, cursor.copy(_copy_statement(table, other, target)) as copy:
            copy.write("".join(texts))


def _copy_statement(table: sa.Table, columns: tuple[str, ...], target: str | None) -> str:
    return f'COPY "{target or table.name}" ({line_layout(table.name, columns).copy_columns}) FROM STDIN'


def _appends(
    conn: sa.Connection,
    terminal: TerminalIdentity,
    table: sa.Table,
    ops: Sequence[PushOp],
    outcomes: dict[str, OpOutcome],
) -> list[str]:
    """Insert once by id, checking each line on its way into the COPY. An id already stored centrally
    fails the batch (the reference path then skips it); so does one id twice in a batch. Returns the ids
    written."""
    ids = [op.entity_id for op in ops]
    if len(set(ids)) != len(ids):
        raise BatchRefused(f"one {table.name} row twice in a batch")
    written: list[str] = []

    def lines() -> Iterator[tuple[tuple[str, ...], str]]:  # checked while the server stores earlier ones
        for op, head in _checked(terminal, ops, outcomes):
            outcomes[op.op_id] = OpOutcome(op.op_id, APPLIED, op.entity, op.entity_id, 1)
            written.append(op.entity_id)
            yield op.columns, f"{head}1\n"

    _copy_into(conn, table, lines())
    return written


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
        _copy_into(conn, table, [(r.op.columns, r.text) for r in new_rows])
    if changed_rows:
        _upsert_existing(conn, table, changed_rows)
    stream = shared_tables.stream_of(terminal.branch)
    return [
        NewChange(stream, table.name, row_id, version, terminal.terminal_id)
        for row_id, (_, version) in decision.final.items()
    ]


def _upsert_existing(conn: sa.Connection, table: sa.Table, rows: list[_Row]) -> None:
    """Rows already stored centrally (and locked above): COPY to a typed temp table, then one upsert per
    layout that sets the columns the lines carry."""
    stage = f"stage_{table.name}"
    conn.exec_driver_sql(
        f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" (LIKE "{table.name}") ON COMMIT DELETE ROWS'
    )
    by_layout: dict[tuple[str, ...], list[_Row]] = {}
    for row in rows:
        by_layout.setdefault(row.op.columns, []).append(row)
    for columns, group in by_layout.items():
        _copy_into(conn, table, [(r.op.columns, r.text) for r in group], target=stage)
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


def _record_answers(
    conn: sa.Connection, terminal: TerminalIdentity, answers: Sequence[OpOutcome], now: datetime
) -> None:
    if not answers:
        return
    raw = conn.connection.driver_connection
    assert raw is not None
    columns = "terminal_id, op_id, entity, entity_id, outcome, version, conflict_id, reason_code, applied_at"
    at = (now if now.tzinfo else now.replace(tzinfo=UTC)).isoformat()
    terminal_id = copy_text(terminal.terminal_id)
    # An applied op passed the line checks: its entity is a known table, its id has nothing to escape.
    lines = [
        f"{terminal_id}\t{copy_text(a.op_id)}\t{a.entity}\t{a.entity_id}\tapplied\t{a.version}\t\\N\t\\N\t{at}\n"
        if a.outcome == APPLIED
        else f"{terminal_id}\t{copy_text(a.op_id)}\t{copy_text(a.entity[:64])}\t{copy_text(a.entity_id[:36])}\t"
        f"{a.outcome}\t{copy_value(a.version)}\t{copy_value(a.conflict_id)}\t{copy_value(a.reason_code)}\t{at}\n"
        for a in answers
    ]
    with raw.cursor() as cursor, cursor.copy(f"COPY applied_ops ({columns}) FROM STDIN") as copy:
        copy.write("".join(lines))


def _rejected(op: PushOp, code: str) -> OpOutcome:
    return OpOutcome(
        op.op_id, REJECTED, op.entity, op.entity_id, reason_code=code, reason=REFUSALS.get(code, code)
    )
