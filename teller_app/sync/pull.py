"""Pull: fetch the changes after this terminal's positions and apply them with the new positions in one
local transaction, so a crash between the two can neither lose a change nor skip one.

The terminal follows two streams: its branch (its cases, its users, its settings …) and "*" (the bank's
data every branch receives: process definitions). A user who left the branch arrives as a change of a user
the terminal may no longer read: its sign-in data is emptied in the same transaction (branch_users.py). A
pulled row does not overwrite a local row that has an edit still waiting to be pushed —
that edit goes up with its base version and the central side decides (conflict or not); nor a local
row that is already at that version or newer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from teller_app.storage.store import Store
from teller_app.sync import shared_tables
from teller_app.sync.branch_users import departed_users, neutralise
from teller_app.sync.local_queue import (
    held_entity_ids,
    read_state,
    release_held,
    store_central_rows,
    waiting_entity_ids,
    write_state,
)
from teller_app.sync.ops import TerminalIdentity
from teller_app.sync.poll import Pulled, pull_changes
from teller_app.sync.positions import SHARED_STREAM

POSITION_KEY = "pull_position:"
RESOLVER_PREFIX = "supervisor:"


@dataclass(frozen=True)
class PullResult:
    changes: int
    applied: int
    positions: dict[str, int]
    more: bool = False


def streams_of(branch: str) -> list[str]:
    return [branch, SHARED_STREAM]


def local_positions(store: Store, branch: str) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {s: int(read_state(conn, POSITION_KEY + s) or 0) for s in streams_of(branch)}


def pull_batch(
    store: Store,
    central: sa.Engine,
    branch: str,
    limit: int,
    terminal: TerminalIdentity | None = None,
    latest: dict[str, int] | None = None,
) -> PullResult:
    """Fetch and apply at most `limit` changes of each stream (one statement on PostgreSQL); `more` says
    whether a stream had that many, so more may be waiting."""
    identity = terminal or TerminalIdentity(
        f"{branch}:{store.identity.terminal}", branch, store.identity.terminal
    )
    positions = local_positions(store, branch)
    pulled = pull_changes(central, identity, positions, limit, latest)
    return apply_pulled(store, positions, pulled, identity)


def apply_pulled(
    store: Store, positions: dict[str, int], pulled: Pulled, terminal: TerminalIdentity | None = None
) -> PullResult:
    """Apply pulled rows and the new positions in one local transaction."""
    identity = terminal or TerminalIdentity(
        f"{store.identity.branch}:{store.identity.terminal}", store.identity.branch, store.identity.terminal
    )
    changes = pulled.changes
    if not changes and not pulled.reached:
        return PullResult(0, 0, positions)
    applied = 0
    new_positions = dict(positions)
    for change in changes:
        new_positions[change.stream] = max(new_positions.get(change.stream, 0), change.position)
    for stream, position in pulled.reached.items():  # the rest up to there was this terminal's own
        new_positions[stream] = max(new_positions.get(stream, 0), position)
    resolutions = {(c.entity, c.entity_id) for c in changes if c.terminal_id.startswith(RESOLVER_PREFIX)}
    rows = dict(pulled.rows)
    departed = departed_users(changes, rows.get("users", []), identity.branch, identity.terminal_id)
    if "users" in rows:
        rows["users"] = [row for row in rows["users"] if row["id"] not in departed]
    with store.writer.connection() as conn:
        neutralise(conn, departed)
        for entity in sorted(rows, key=lambda name: shared_tables.TABLE_ORDER.get(name, 999)):
            fetched = rows[entity]
            resolved = {i for (e, i) in resolutions if e == entity}
            keep = _newer_than_local(conn, entity, fetched, resolved)
            store_central_rows(conn, entity, keep, decoded=True)
            release_held(conn, entity, [p["id"] for p in keep if p["id"] in resolved])
            applied += len(keep)
        for stream, position in new_positions.items():
            if position != positions.get(stream):
                write_state(conn, POSITION_KEY + stream, str(position))
    return PullResult(len(changes), applied, new_positions, pulled.more)


def _newer_than_local(
    conn: sa.Connection, entity: str, payloads: Sequence[dict[str, Any]], resolved: set[str]
) -> list[dict[str, Any]]:
    table = shared_tables.synced_table(entity)
    assert table is not None
    ids = [p["id"] for p in payloads]
    local: dict[str, int] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        local.update(
            {
                row.id: int(row.version or 0)
                for row in conn.execute(sa.select(table.c.id, table.c.version).where(table.c.id.in_(chunk)))
            }
        )
    # A row with an edit waiting to go up, or in an open conflict, keeps its local version; a supervisor's
    # resolution of that conflict is the one change that replaces it.
    waiting = waiting_entity_ids(conn, entity, ids)
    waiting |= held_entity_ids(conn, entity, ids) - resolved
    return [
        p
        for p in payloads
        if p["id"] not in waiting and (p["id"] not in local or local[p["id"]] < int(p.get("version") or 0))
    ]
