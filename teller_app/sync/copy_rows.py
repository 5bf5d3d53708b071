"""Outbox lines checked for the COPY fast path: field count, the row's id and branch, its version field.

A line is already the row in COPY text (storage/rows.py), so the fast path sends it as it is. Before it
does, it makes the checks that are the terminal's to make and the server's COPY cannot: the line has
exactly one field per column of its layout and no line break, starts with the op's row id and the
terminal's branch, and its layout names only columns the table has, id and branch first and version
last. Those are string operations on the whole line (no split), since a push checks every op. The server
then parses each value for its column type; anything this check does not accept is `NotCopyable`, and
the caller asks the reference decoder (`storage.rows.line_values`) for the op's named refusal.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import sqlalchemy as sa

from teller_app.storage.rows import FIRST, LAST, NULL, copy_text
from teller_app.sync import shared_tables
from teller_app.sync.ops import APPEND, UPSERT, PushOp

LINES_PER_WRITE = 256


class NotCopyable(Exception):
    """The line does not pass the fast check; the reference decoder names the fault (or accepts it)."""


@dataclass(frozen=True)
class LineLayout:
    """The shape of lines of one layout, and the COPY column list for them."""

    operation: str
    tabs: int
    copy_columns: str


@cache
def line_layout(entity: str, columns: tuple[str, ...]) -> LineLayout:
    """The layout of `entity` lines with `columns`; `NotCopyable` if the table or a column is unknown or
    the layout does not start with id and branch and end with version."""
    table = shared_tables.synced_table(entity)
    if table is None or not set(columns) <= set(table.columns.keys()) or len(set(columns)) != len(columns):
        raise NotCopyable
    if columns[: len(FIRST)] != FIRST or columns[-1] != LAST:
        raise NotCopyable
    return LineLayout(
        operation=APPEND if shared_tables.append_only(entity) else UPSERT,
        tabs=len(columns) - 1,
        copy_columns=", ".join(f'"{name}"' for name in columns),
    )


def line_head(op: PushOp, branch: str, layout: LineLayout | None = None) -> str:
    """The op's line up to its version field (ending in a tab) if it passes every check above (`branch`
    in COPY text; `layout`, when given, is `line_layout` of the op); `NotCopyable` otherwise."""
    if layout is None:
        layout = line_layout(op.entity, op.columns)
    line = op.line
    if (
        op.operation != layout.operation
        or not op.entity_id
        or "\t" in op.entity_id
        or "\\" in op.entity_id
        or "," in op.op_id
        or "\t" in op.op_id
        or "\\" in op.op_id
        or not line.startswith(f"{op.entity_id}\t{branch}\t")
        or line.count("\t") != layout.tabs
        or "\n" in line
        or "\r" in line
    ):
        raise NotCopyable
    return line[: line.rindex("\t") + 1]


def copy_in(conn: sa.Connection, statement: str, lines: Sequence[str]) -> None:
    """Send COPY text to `statement`, a COPY … FROM STDIN, on the connection's psycopg connection: `lines`
    are pieces each ending in a line break (one line each, or a whole batch's lines at once), a few
    hundred pieces per write."""
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor, cursor.copy(statement) as copy:
        for start in range(0, len(lines), LINES_PER_WRITE):
            copy.write("".join(lines[start : start + LINES_PER_WRITE]))


def copy_value(value: object) -> str:
    return NULL if value is None else copy_text(str(value))
