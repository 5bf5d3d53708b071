"""The supervisor's conflict queue: list the open conflicts, resolve one by keeping a version or a merge.

A conflict holds both versions of the row whole (`local_payload` from the terminal whose edit came
second, `central_payload` as the central row stood). Resolving writes the chosen row centrally as a new
version by the supervisor, so every terminal — including the one that made the losing edit — pulls it.
Who may resolve (a supervisor of that branch) is checked by the calling service.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from teller_app.domain.errors import InputError, RuleError
from teller_app.storage.schema_base import utc_now
from teller_app.sync import shared_tables
from teller_app.sync.central import central_transaction
from teller_app.sync.central_apply import upsert_rows
from teller_app.sync.central_schema import conflicts
from teller_app.sync.payloads import payload_to_row, row_to_payload
from teller_app.sync.positions import NewChange, record_changes

KEEP_LOCAL = "local"
KEEP_CENTRAL = "central"


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    branch: str
    entity: str
    entity_id: str
    terminal_id: str
    base_version: int
    central_version: int
    local_payload: dict[str, Any]
    central_payload: dict[str, Any]
    state: str
    created_at: datetime
    resolved_by: str | None = None
    resolution: str | None = None
    resolved_version: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def differing_columns(self) -> list[str]:
        """The columns where the two versions differ (what the supervisor has to decide)."""
        skip = {"version", "updated_at"}
        names = sorted(set(self.local_payload) | set(self.central_payload))
        return [
            n for n in names if n not in skip and self.local_payload.get(n) != self.central_payload.get(n)
        ]


def list_conflicts(
    central: sa.Engine, branch: str | None = None, state: str | None = "open"
) -> list[ConflictRecord]:
    query = sa.select(conflicts).order_by(conflicts.c.created_at, conflicts.c.id)
    if branch is not None:
        query = query.where(conflicts.c.branch == branch)
    if state is not None:
        query = query.where(conflicts.c.state == state)
    with central_transaction(central) as conn:
        return [_record(row) for row in conn.execute(query)]


def resolve_conflict(
    central: sa.Engine,
    conflict_id: str,
    keep: str | dict[str, Any],
    by_user: str,
    *,
    now: datetime | None = None,
) -> ConflictRecord:
    """Keep 'local', 'central', or a merged payload (every column of the row) and close the conflict."""
    at = now or utc_now()
    with central_transaction(central) as conn:
        query = sa.select(conflicts).where(conflicts.c.id == conflict_id)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        found = conn.execute(query).first()
        if found is None:
            raise InputError(
                "sync.conflict_unknown", "There is no conflict {conflict_id}", conflict_id=conflict_id
            )
        record = _record(found)
        if record.state != "open":
            raise RuleError(
                "sync.conflict_already_resolved",
                "Conflict {conflict_id} was already resolved by {user}",
                conflict_id=conflict_id,
                user=record.resolved_by,
            )
        table = shared_tables.synced_table(record.entity)
        if table is None:
            raise RuleError(
                "sync.unknown_entity", "The central database keeps no table {entity}", entity=record.entity
            )
        current_query = sa.select(table).where(table.c.id == record.entity_id)
        if conn.dialect.name == "postgresql":
            current_query = current_query.with_for_update()
        current = conn.execute(current_query).first()
        current_payload = row_to_payload(table, current) if current is not None else record.central_payload
        resolution, chosen = _chosen(record, keep, current_payload)
        row = payload_to_row(table, chosen)
        if row.get("id") != record.entity_id or row.get("branch") != record.branch:
            raise InputError("sync.merge_mismatch", "A merged row must keep the row's id and branch")
        version = int(current_payload.get("version") or 0) + 1
        row["version"] = version
        row["updated_at"] = at
        upsert_rows(conn, table, [row])
        record_changes(
            conn,
            [
                NewChange(
                    shared_tables.stream_of(record.branch),
                    table.name,
                    record.entity_id,
                    version,
                    f"supervisor:{by_user}",
                )
            ],
        )
        conn.execute(
            conflicts.update()
            .where(conflicts.c.id == conflict_id)
            .values(
                state="resolved",
                resolved_at=at,
                resolved_by=by_user,
                resolution=resolution,
                resolved_version=version,
            )
        )
        resolved = conn.execute(sa.select(conflicts).where(conflicts.c.id == conflict_id)).one()
    return _record(resolved)


def _chosen(
    record: ConflictRecord, keep: str | dict[str, Any], current: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    if keep == KEEP_LOCAL:
        return KEEP_LOCAL, dict(record.local_payload)
    if keep == KEEP_CENTRAL:
        return KEEP_CENTRAL, dict(current)
    if isinstance(keep, dict):
        return "merged", dict(keep)
    raise InputError(
        "sync.bad_resolution", "Keep 'local', 'central' or a merged row, not {keep!r}", keep=keep
    )


def _record(row: Any) -> ConflictRecord:
    m = row._mapping
    return ConflictRecord(
        id=m["id"],
        branch=m["branch"],
        entity=m["entity"],
        entity_id=m["entity_id"],
        terminal_id=m["terminal_id"],
        base_version=int(m["base_version"]),
        central_version=int(m["central_version"]),
        local_payload=dict(m["local_payload"]),
        central_payload=dict(m["central_payload"]),
        state=m["state"],
        created_at=m["created_at"],
        resolved_by=m["resolved_by"],
        resolution=m["resolution"],
        resolved_version=m["resolved_version"],
    )
