"""The round's one question to the central database: anything new for this terminal?

`poll_central` asks, in one call of the central function `teller_poll` (migration c0006: its plans are
kept per server connection, so a poll is a few index probes, not a parse and plan of five subqueries),
everything a sync round needs to know once its push is done: is the terminal registered; the newest
position of its two pull streams (its branch's, which carries that branch's rows and its users, and "*",
the bank-wide one, for data every branch receives such as process definitions: never users, which are
per branch); how many account numbers its blocks have left; how many conflicts of its branch are open.
The same statement records the head of the terminal's pushed audit chain (when it moved since the last
anchor) and the terminal's last contact (at most once a minute: an idle poll writes nothing else).
Every part is an index probe, so a poll costs the same however large the central tables grow
(tests/sync/test_query_plans.py checks the plans).

`pull_changes` then fetches, again in one statement, the changes after the terminal's positions with
the rows they name (as JSON, one scalar subquery per synced table, evaluated for the matching table
only). The terminal's own changes come without their row: it holds them already.

On the embedded SQLite central database the same questions are asked one by one in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import Any, cast

import sqlalchemy as sa

from teller_app.storage.rows import python_type_of
from teller_app.storage.schema_system import NumberBlock
from teller_app.sync import shared_tables
from teller_app.sync.central import central_transaction
from teller_app.sync.central_apply import insert_for
from teller_app.sync.central_schema import chain_anchors, conflicts, terminals
from teller_app.sync.ops import TerminalIdentity
from teller_app.sync.positions import SHARED_STREAM, Change, changes_after, latest_positions
from teller_app.sync.wire import Statement, exchange, takes_bursts

SEEN_EVERY = timedelta(seconds=60)  # how stale the central "last contact" of a terminal may be
blocks = cast(sa.Table, NumberBlock.__table__)


@dataclass(frozen=True)
class Poll:
    registered: bool
    latest: dict[str, int]  # stream -> newest committed position
    numbers_left: int
    open_conflicts: int

    def news(self, positions: Mapping[str, int]) -> bool:
        return any(self.latest.get(s, 0) > p for s, p in positions.items())


@dataclass
class Pulled:
    changes: list[Change]
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # entity -> column values
    more: bool = False  # a stream gave `limit` changes: more may wait
    reached: dict[str, int] = field(default_factory=dict)  # streams seen in full up to this position


def _streams(identity: TerminalIdentity) -> list[str]:
    return sorted({shared_tables.stream_of(identity.branch), SHARED_STREAM})


POLL_SQL = "SELECT * FROM teller_poll(%s, %s, %s, %s, %s, %s, %s)"  # central migration c0006
POLL_AS_SQL = "SELECT * FROM teller_poll_as(%s, %s, %s, %s, %s, %s, %s, %s)"  # c0014: a pooled login's


def poll_statement(key: str | None, params: tuple[Any, ...]) -> Statement:
    """The idle round's statement: `teller_poll`, or for a terminal of a pooled login (its terminal key,
    sync/acting.py) `teller_poll_as`, which names the terminal in the same statement."""
    if key is None:
        return Statement(POLL_SQL, params)
    return Statement(POLL_AS_SQL, (key, *params), names_terminal=True)


def poll_central(
    central: sa.Engine,
    identity: TerminalIdentity,
    head: tuple[int, str] | None,
    now: datetime,
    record_contact: bool = True,
) -> Poll:
    """Ask the round's questions; anchor `head` (the pushed chain's (seq, hash)) when given, and record the
    terminal's contact when `record_contact` (the engine does so once a minute, see `SEEN_EVERY`)."""
    params = {
        "terminal": identity.terminal_id,
        "branch": shared_tables.stream_of(identity.branch),
        "code": identity.terminal_code,
        "seq": head[0] if head else None,
        "head": head[1] if head else None,
        "now": now,
        "seen_before": now - SEEN_EVERY if record_contact else None,
    }
    if takes_bursts(central):
        with exchange(central) as wire:
            [[row]] = wire.send([poll_statement(wire.terminal_key, tuple(params.values()))])
        known, branch_at, shared_at, left, open_conflicts = row
        latest = {str(params["branch"]): int(branch_at or 0), SHARED_STREAM: int(shared_at or 0)}
        return Poll(bool(known), latest, int(left or 0), int(open_conflicts or 0))
    with central_transaction(central) as conn:
        return _poll_one_by_one(conn, identity, params)


def _poll_one_by_one(conn: sa.Connection, identity: TerminalIdentity, params: dict[str, Any]) -> Poll:
    from teller_app.sync.numbers import numbers_left

    known = conn.execute(
        sa.select(terminals.c.terminal_id, terminals.c.last_sync_at).where(
            terminals.c.terminal_id == identity.terminal_id
        )
    ).first()
    if known is not None:
        if params["seq"] is not None:
            conn.execute(
                insert_for(conn, chain_anchors)
                .values(
                    terminal_id=identity.terminal_id,
                    seq=params["seq"],
                    head_hash=params["head"],
                    anchored_at=params["now"],
                )
                .on_conflict_do_nothing()
            )
        conn.execute(
            terminals.update()
            .where(terminals.c.terminal_id == identity.terminal_id)
            .values(last_sync_at=params["now"])
        )
    latest = latest_positions(conn, [str(params["branch"]), SHARED_STREAM])
    open_conflicts = conn.execute(
        sa.select(sa.func.count())
        .select_from(conflicts)
        .where(conflicts.c.state == "open", conflicts.c.branch == identity.branch)
    ).scalar()
    return Poll(known is not None, latest, numbers_left(conn, identity), int(open_conflicts or 0))


@cache
def pull_sql(others_only: bool = False) -> str:
    """Changes after two streams' positions with their rows as JSON (own changes without the row); with
    `others_only`, only other writers' changes up to each stream's given end (`%(first_until)s` …)."""
    branches = "\n".join(
        f"        WHEN '{table.name}' THEN (SELECT to_jsonb(r) FROM \"{table.name}\" r WHERE r.id = c.entity_id)"
        for table in shared_tables.SYNCED_TABLES
        if table.name not in shared_tables.NOT_PULLED
    )
    one = (
        "(SELECT stream, position, entity, entity_id, version, terminal_id FROM change_log "
        "WHERE stream = %({s})s AND position > %({s}_at)s{bound} ORDER BY position LIMIT %(limit)s)"
    )
    bound = " AND position <= %({s}_until)s AND terminal_id <> %(terminal)s" if others_only else ""
    return (
        "SELECT c.stream, c.position, c.entity, c.entity_id, c.version, c.terminal_id,\n"
        "    CASE WHEN c.terminal_id = %(terminal)s THEN NULL ELSE CASE c.entity\n"
        f"{branches}\n    END END\n"
        f"FROM ({one.format(s='first', bound=bound.format(s='first'))} UNION ALL "
        f"{one.format(s='second', bound=bound.format(s='second'))}) c\n"
        "ORDER BY c.stream, c.position"
    )


def pull_changes(
    central: sa.Engine,
    identity: TerminalIdentity,
    positions: Mapping[str, int],
    limit: int,
    latest: Mapping[str, int] | None = None,
) -> Pulled:
    """At most `limit` changes of each stream after `positions`, with the rows they name.

    With `latest` (the streams' newest positions, as a poll just read them) the terminal's own changes
    are passed over on the server: they are already in its store. When a stream gives fewer than `limit`
    changes, everything up to its `latest` has been seen and the position moves there (`reached`): after
    a day offline the terminal does not page back through its own thousands of changes."""
    streams = _streams(identity)
    if takes_bursts(central):
        first, second = streams
        params = {
            "first": first,
            "first_at": positions.get(first, 0),
            "second": second,
            "second_at": positions.get(second, 0),
            "limit": limit,
            "terminal": identity.terminal_id,
        }
        if latest is not None:
            params.update(first_until=latest.get(first, 0), second_until=latest.get(second, 0))
        with exchange(central) as wire:
            [found] = wire.send([Statement(pull_sql(latest is not None), params)])
        pulled = Pulled([Change(*row[:6]) for row in found])
        for row in found:
            table = shared_tables.synced_table(row[2])
            if row[6] is not None and table is not None:
                pulled.rows.setdefault(table.name, []).append(json_row(table, row[6]))
    else:
        with central_transaction(central) as conn:
            pulled = Pulled(
                changes_after(conn, {s: positions.get(s, 0) for s in streams}, limit * len(streams))
            )
            pulled.rows = _rows_one_by_one(conn, pulled.changes, identity.terminal_id)
    counts: dict[str, int] = {}
    for change in pulled.changes:
        counts[change.stream] = counts.get(change.stream, 0) + 1
    pulled.more = any(n >= limit for n in counts.values())
    if latest is not None and takes_bursts(central):
        pulled.reached = {
            stream: latest.get(stream, 0)
            for stream in streams
            if counts.get(stream, 0) < limit and latest.get(stream, 0) > positions.get(stream, 0)
        }
    for entity, rows in pulled.rows.items():
        pulled.rows[entity] = list({row["id"]: row for row in rows}.values())
    return pulled


def _rows_one_by_one(
    conn: sa.Connection, changes: Sequence[Change], own: str
) -> dict[str, list[dict[str, Any]]]:
    ids: dict[str, list[str]] = {}
    for change in changes:
        if change.entity not in shared_tables.NOT_PULLED and change.terminal_id != own:
            ids.setdefault(change.entity, []).append(change.entity_id)
    found: dict[str, list[dict[str, Any]]] = {}
    for entity, wanted in ids.items():
        table = shared_tables.synced_table(entity)
        if table is None:
            continue  # a newer central schema's table: this terminal does not keep it
        unique = list(dict.fromkeys(wanted))
        rows: list[dict[str, Any]] = []
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            rows.extend(
                dict(row._mapping) for row in conn.execute(sa.select(table).where(table.c.id.in_(chunk)))
            )
        found[entity] = rows
    return found


def json_row(table: sa.Table, value: Any) -> dict[str, Any]:
    """Column values from PostgreSQL's `to_jsonb(row)`: bytea as \\x hex, times as ISO text."""
    obj = json.loads(value) if isinstance(value, str) else value
    kinds = _kinds(table)
    row: dict[str, Any] = {}
    for name, item in obj.items():
        kind = kinds.get(name)
        if kind is None:
            continue  # a column a newer central schema added: this terminal does not keep it
        if item is None:
            row[name] = None
        elif kind is bytes:
            row[name] = bytes.fromhex(item[2:])
        elif kind is datetime:
            parsed = datetime.fromisoformat(item)
            row[name] = parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
        elif kind is date:
            row[name] = date.fromisoformat(item)
        else:
            row[name] = item
    return row


@cache
def _kinds(table: sa.Table) -> dict[str, type | None]:
    return {column.name: python_type_of(column.type) for column in table.columns}
