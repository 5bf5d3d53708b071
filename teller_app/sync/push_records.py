"""What a push records beside its rows, in the burst that ends with its COMMIT: the answers, the applied
appends, the change log with its positions.

Both PostgreSQL push paths (`central_compact`, `central_bulk`) send these statements last, together with
the COMMIT, so they cost the batch one round trip whatever its size:

* `applied_ops`: one answer per op (refused, conflicting, superseded, or an applied edit with its new
  version), one INSERT … SELECT FROM unnest(arrays) for the whole batch (parsed and planned once);
* `applied_appends`: one row per table of applied appends (their op ids, see central_schema);
* the change log: the stream's positions taken and the batch's changes written in one statement, the
  last before COMMIT, so the branch's position lock (positions.py) is held only until the COMMIT that
  follows in the same burst. Its result, the stream's new last position, tells the terminal which
  positions were its own (`taken`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from teller_app.sync import shared_tables
from teller_app.sync.ops import APPLIED, OpOutcome, TerminalIdentity
from teller_app.sync.wire import Statement, int_array, text_array

ANSWERS_SQL = """
INSERT INTO applied_ops (terminal_id, op_id, entity, entity_id, outcome, version, conflict_id, reason_code,
    applied_at)
SELECT %(terminal)s, a.op_id, a.entity, a.entity_id, a.outcome, a.version, a.conflict_id, a.reason_code, %(at)s
FROM unnest(%(op_ids)s::text[], %(entities)s::text[], %(entity_ids)s::text[], %(outcomes)s::text[],
    %(versions)s::int[], %(conflict_ids)s::text[], %(reason_codes)s::text[])
    AS a(op_id, entity, entity_id, outcome, version, conflict_id, reason_code)
"""
APPENDS_SQL = (
    "INSERT INTO applied_appends (terminal_id, entity, first_op_id, last_op_id, op_ids, applied_at) "
    "VALUES (%s, %s, %s, %s, %s, %s)"
)
STREAM_SQL = "INSERT INTO change_streams (stream, last_position) VALUES (%s, 0) ON CONFLICT DO NOTHING"
CHANGES_SQL = """
WITH taken AS (
    UPDATE change_streams SET last_position = last_position + %(n)s WHERE stream = %(stream)s
    RETURNING last_position
), logged AS (
    INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id)
    SELECT %(stream)s, taken.last_position - %(n)s + c.n, c.entity, c.entity_id, c.version, %(terminal)s
    FROM taken, unnest(%(entities)s::text[], %(ids)s::text[], %(versions)s::int[])
        WITH ORDINALITY AS c(entity, entity_id, version, n)
    RETURNING 1
)
SELECT last_position FROM taken
"""

Change = tuple[str, str, int]  # entity, row id, new version


class Outcomes(list[OpOutcome]):
    """A batch's answers, and the change-log positions it took: (stream, first, last), all its own, so a
    terminal that had seen everything before `first` may move its pull position to `last` at once."""

    taken: tuple[tuple[str, int, int], ...] = ()
    grouped: tuple[Sequence[str], ...] = ()  # op ids of applied appends answered as a group, no answer each


def appended_batch(
    terminal: TerminalIdentity, entity: str, op_ids: Sequence[str], now: datetime
) -> tuple[Any, ...]:
    """The `applied_appends` row of one table's applied appends in a batch."""
    return (terminal.terminal_id, entity, min(op_ids), max(op_ids), ",".join(op_ids), now)


def record_statements(
    terminal: TerminalIdentity,
    outcomes: Iterable[OpOutcome],
    appended: Sequence[tuple[Any, ...]],
    changes: Sequence[Change],
    now: datetime,
) -> list[Statement]:
    """The statements that record a batch; when there are changes, the last one returns the stream's new
    last position (give its rows to `positions_taken`). An applied append's answer is its batch's row in
    `applied_appends`; every other answer gets its own `applied_ops` row."""
    answers = [o for o in outcomes if not (o.outcome == APPLIED and shared_tables.append_only(o.entity))]
    statements: list[Statement] = []
    if answers:
        statements.append(
            Statement(
                ANSWERS_SQL,
                {
                    "terminal": terminal.terminal_id,
                    "at": now,
                    "op_ids": text_array([a.op_id for a in answers]),
                    "entities": text_array([a.entity[:64] for a in answers]),
                    "entity_ids": text_array([a.entity_id[:36] for a in answers]),
                    "outcomes": text_array([a.outcome for a in answers]),
                    "versions": int_array([a.version for a in answers]),
                    "conflict_ids": text_array([a.conflict_id for a in answers]),
                    "reason_codes": text_array([a.reason_code for a in answers]),
                },
                rows=False,
            )
        )
    if appended:
        statements.append(Statement(APPENDS_SQL, list(appended), many=True))
    if changes:
        stream = shared_tables.stream_of(terminal.branch)
        statements.append(Statement(STREAM_SQL, (stream,), rows=False))
        statements.append(
            Statement(
                CHANGES_SQL,
                {
                    "n": len(changes),
                    "stream": stream,
                    "terminal": terminal.terminal_id,
                    "entities": text_array([c[0] for c in changes]),
                    "ids": text_array([c[1] for c in changes]),
                    "versions": int_array([c[2] for c in changes]),
                },
            )
        )
    return statements


def positions_taken(
    terminal: TerminalIdentity, changes: Sequence[Change], last_rows: Sequence[tuple[Any, ...]]
) -> tuple[tuple[str, int, int], ...]:
    """(stream, first, last) of the positions the batch's changes took, from the change statement's rows."""
    if not changes:
        return ()
    last = int(last_rows[0][0])
    return ((shared_tables.stream_of(terminal.branch), last - len(changes) + 1, last),)
