"""Writing central-authoritative data at the centre (users, process definitions): terminals receive it by pull.

`publish_row(central, entity, payload, by)` stores a whole row as a new central version and lists it in
the change log, like a supervisor's conflict resolution. A row whose branch is "*" (or empty) goes to
every branch; otherwise to its branch, and also to the branch it had before when that changed (a user
moved: the old branch's terminals drop it, sync/branch_users.py). A terminal that edited the same row
meanwhile gets the central row back when it pushes (the op is 'superseded'): for these tables the centre
wins.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import RuleError
from teller_app.storage.schema_base import utc_now
from teller_app.sync import shared_tables
from teller_app.sync.central import central_transaction
from teller_app.sync.central_apply import insert_new_rows, upsert_rows
from teller_app.sync.payloads import payload_to_row
from teller_app.sync.positions import NewChange, record_changes

WRITER_PREFIX = "central:"


def publish_row(
    central: sa.Engine, entity: str, payload: dict[str, Any], by: str, *, now: datetime | None = None
) -> int:
    """Store `payload` (every column, wire form) as the row's next central version; return that version."""
    if entity not in shared_tables.CENTRAL_AUTHORITATIVE:
        raise RuleError(
            "sync.not_central_data",
            "{entity} is written at the terminals, not at the centre",
            entity=entity,
        )
    table = shared_tables.synced_table(entity)
    assert table is not None
    row = payload_to_row(table, payload)
    at = now or utc_now()
    with central_transaction(central) as conn:
        query = sa.select(table.c.version, table.c.branch).where(table.c.id == row["id"])
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        current = conn.execute(query).first()
        version = int(current.version or 0) + 1 if current is not None else 1
        streams = {shared_tables.stream_of(row.get("branch"))}
        if current is not None:
            streams.add(shared_tables.stream_of(current.branch))
        row.update(version=version, updated_at=at)
        if shared_tables.append_only(entity):
            insert_new_rows(conn, table, [row])
        else:
            upsert_rows(conn, table, [row])
        record_changes(
            conn,
            [NewChange(stream, entity, row["id"], version, WRITER_PREFIX + by) for stream in sorted(streams)],
        )
    return version
