"""Pull positions that follow commit order: a per-stream counter row, locked until the writer commits.

The problem: with a plain sequence (bigserial), transaction A may draw position 5, transaction B draw
6 and commit first; a terminal that pulls in between sees 6, moves its position to 6, and never sees 5
when A commits. Positions drawn at insert time are not in commit order.

The cure used here: every change belongs to a stream (the row's branch, or "*" for data shared by all
branches such as process definitions). Users are per branch: a user's changes go on their branch's stream
(a move, on both the old and the new branch's, sync/central_users.py), and a terminal reads only its own
branch's users (central migration c0010). A writer takes its positions as the LAST thing before
commit with ``UPDATE change_streams SET last_position = last_position + n … RETURNING last_position``.
That row lock is held until the writer commits or rolls back, so a second writer of the same stream
waits at that statement and draws its positions only after the first has committed. Hence, within a
stream, a change with a higher position always commits later than every lower one, and a reader that
sees position p sees every position below p (PostgreSQL READ COMMITTED gives each statement a snapshot
taken after everything that committed before it). Writers of different branches never wait for each
other; the streams a writer touches are locked in sorted order, so two writers cannot deadlock.
SQLite serialises writers anyway (BEGIN IMMEDIATE), so the same statements are correct there.

The cost is that pushes of one branch serialise for the few milliseconds between taking positions and
committing; the upserts before that run concurrently.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from teller_app.sync.central_schema import change_log, change_streams

SHARED_STREAM = "*"


@dataclass(frozen=True)
class Change:
    """One committed change of one row, as the pull feed lists it."""

    stream: str
    position: int
    entity: str
    entity_id: str
    version: int
    terminal_id: str


@dataclass(frozen=True)
class NewChange:
    stream: str
    entity: str
    entity_id: str
    version: int
    terminal_id: str


def record_changes(conn: sa.Connection, changes: Sequence[NewChange]) -> list[Change]:
    """Give `changes` their positions and write them to the change log. Call last, just before commit."""
    if not changes:
        return []
    by_stream: dict[str, list[NewChange]] = {}
    for change in changes:
        by_stream.setdefault(change.stream, []).append(change)
    recorded: list[Change] = []
    for stream in sorted(by_stream):
        items = by_stream[stream]
        last = _advance(conn, stream, len(items))
        first = last - len(items) + 1
        recorded.extend(
            Change(stream, first + i, c.entity, c.entity_id, c.version, c.terminal_id)
            for i, c in enumerate(items)
        )
    if conn.dialect.name == "postgresql":
        _insert_changes(conn, recorded)  # thousands of rows after a day offline: one statement
        return recorded
    conn.execute(
        change_log.insert(),
        [
            {
                "stream": c.stream,
                "position": c.position,
                "entity": c.entity,
                "entity_id": c.entity_id,
                "version": c.version,
                "terminal_id": c.terminal_id,
            }
            for c in recorded
        ],
    )
    return recorded


def _insert_changes(conn: sa.Connection, changes: Sequence[Change]) -> None:
    """One INSERT of arrays unnested by the server (parsed and planned once). Not COPY: the change log is
    under row-level security (central migration c0011), which COPY FROM refuses."""
    conn.execute(
        sa.text(
            "INSERT INTO change_log (stream, position, entity, entity_id, version, terminal_id) "
            "SELECT * FROM unnest(CAST(:s AS text[]), CAST(:p AS bigint[]), CAST(:e AS text[]), "
            "CAST(:i AS text[]), CAST(:v AS int[]), CAST(:t AS text[]))"
        ),
        {
            "s": [c.stream for c in changes],
            "p": [c.position for c in changes],
            "e": [c.entity for c in changes],
            "i": [c.entity_id for c in changes],
            "v": [c.version for c in changes],
            "t": [c.terminal_id for c in changes],
        },
    )


def _advance(conn: sa.Connection, stream: str, count: int) -> int:
    statement = (
        change_streams.update()
        .where(change_streams.c.stream == stream)
        .values(last_position=change_streams.c.last_position + count)
        .returning(change_streams.c.last_position)
    )
    last = conn.execute(statement).scalar()
    if last is None:
        _create_stream(conn, stream)
        last = conn.execute(statement).scalar_one()
    return int(last)


def _create_stream(conn: sa.Connection, stream: str) -> None:
    values = {"stream": stream, "last_position": 0}
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(change_streams).values(values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(change_streams).values(values).on_conflict_do_nothing())


def changes_after(conn: sa.Connection, positions: Mapping[str, int], limit: int) -> list[Change]:
    """The next changes after each stream's position, oldest first, at most `limit` in all.

    Reads the (stream, position) primary key index only from the given position on, so the cost
    depends on how many changes there are to fetch, not on how long the log is.
    """
    found: list[Change] = []
    for stream in sorted(positions):
        room = limit - len(found)
        if room <= 0:
            break
        rows = conn.execute(
            sa.select(change_log)
            .where(change_log.c.stream == stream, change_log.c.position > positions[stream])
            .order_by(change_log.c.position)
            .limit(room)
        )
        found.extend(Change(**row._mapping) for row in rows)
    return found


def latest_positions(conn: sa.Connection, streams: Iterable[str]) -> dict[str, int]:
    """The last committed position of each stream (0 for a stream nobody wrote yet)."""
    wanted = list(streams)
    rows = conn.execute(
        sa.select(change_streams.c.stream, change_streams.c.last_position).where(
            change_streams.c.stream.in_(wanted)
        )
    )
    found = {row.stream: int(row.last_position) for row in rows}
    return {stream: found.get(stream, 0) for stream in wanted}
