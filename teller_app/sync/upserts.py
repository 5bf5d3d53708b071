"""Idempotent row writes that PostgreSQL and SQLite both spell INSERT … ON CONFLICT (id)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa


def insert_for(conn: sa.Connection, table: sa.Table) -> Any:
    """The dialect's INSERT that knows ON CONFLICT (PostgreSQL and SQLite spell it the same way)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def upsert_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT (id) DO UPDATE every column: the same row twice leaves one row."""
    if not rows:
        return
    statement = insert_for(conn, table)
    names = [c.name for c in table.columns if c.name != "id"]
    statement = statement.on_conflict_do_update(
        index_elements=[table.c.id], set_={name: statement.excluded[name] for name in names}
    )
    conn.execute(statement, [_complete(table, row) for row in rows])


def insert_new_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT (id) DO NOTHING: an append that is already there stays as it was."""
    if rows:
        statement = insert_for(conn, table).on_conflict_do_nothing(index_elements=[table.c.id])
        conn.execute(statement, [_complete(table, row) for row in rows])


def _complete(table: sa.Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row.get(c.name) for c in table.columns}
