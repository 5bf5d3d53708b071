"""What the status bar shows: online or not, items waiting and the oldest one's age, conflicts, rejections.

`sync_status(store)` is cheap (two indexed counts and a few key lookups on the local store, no network),
so the UI may call it every second. `rejected_entries(store)` lists what the central database refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from teller_app.storage.schema_base import utc_now
from teller_app.storage.store import Store
from teller_app.sync.local_queue import outbox, read_state

ONLINE_KEY = "online"
LAST_SYNC_KEY = "last_sync_at"
LAST_ERROR_KEY = "last_error"
OPEN_CONFLICTS_KEY = "open_conflicts"


@dataclass(frozen=True)
class SyncStatus:
    online: bool
    waiting: int
    oldest_waiting_seconds: float | None
    last_sync_at: datetime | None
    conflicts: int
    rejected: int
    last_error: str | None = None


@dataclass(frozen=True)
class RejectedEntry:
    """An op the central database refused (a business rule); it no longer blocks the queue."""

    seq: int
    entity: str
    entity_id: str
    reason: str
    created_at: datetime


def sync_status(store: Store, now: datetime | None = None) -> SyncStatus:
    now = now or utc_now()
    with store.engine.connect() as conn:
        counts = {
            row.state: (int(row.n), row.oldest)
            for row in conn.execute(
                sa.select(
                    outbox.c.state,
                    sa.func.count().label("n"),
                    sa.func.min(outbox.c.created_at).label("oldest"),
                ).group_by(outbox.c.state)
            )
        }
        online = read_state(conn, ONLINE_KEY) == "1"
        last_sync = read_state(conn, LAST_SYNC_KEY)
        conflicts = int(read_state(conn, OPEN_CONFLICTS_KEY) or 0)
        last_error = read_state(conn, LAST_ERROR_KEY)
    waiting, oldest = counts.get("waiting", (0, None))
    oldest_age = None
    if oldest is not None:
        if isinstance(oldest, str):
            oldest = datetime.fromisoformat(oldest)
        if oldest.tzinfo is None:
            oldest = oldest.replace(tzinfo=UTC)
        oldest_age = max(0.0, (now - oldest).total_seconds())
    return SyncStatus(
        online=online,
        waiting=waiting,
        oldest_waiting_seconds=oldest_age,
        last_sync_at=datetime.fromisoformat(last_sync) if last_sync else None,
        conflicts=conflicts,
        rejected=counts.get("rejected", (0, None))[0],
        last_error=last_error or None,
    )


def rejected_entries(store: Store, limit: int = 200) -> list[RejectedEntry]:
    with store.engine.connect() as conn:
        rows = conn.execute(
            sa.select(outbox).where(outbox.c.state == "rejected").order_by(outbox.c.seq).limit(limit)
        ).all()
    return [RejectedEntry(r.seq, r.entity, r.entity_id, r.last_error or "", r.created_at) for r in rows]
