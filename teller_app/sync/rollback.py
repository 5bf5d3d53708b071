"""Restoring an older backup: where it stands against the central database, and taking this terminal's own
history back from the central database so that no chain position or account number is issued twice.

`central_position` is the head of the terminal's chain as the central database holds it. After an older
backup was restored (`teller-admin restore --accept-rollback`), `take_back_own_history` copies back, in
one local transaction: the terminal's audit events after the backup's head (they must continue the
backup's chain exactly, else the backup is not this terminal's past and nothing is taken), the
terminal's number blocks with the central next serial where it is further on, and every row the
terminal itself changed centrally after the backup's pull positions, where the central version is newer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa

from teller_app.domain.errors import RuleError
from teller_app.storage.audit import chain_head
from teller_app.storage.schema_system import AuditEvent, NumberBlock
from teller_app.storage.store import Store
from teller_app.sync import shared_tables
from teller_app.sync.central import central_transaction
from teller_app.sync.central_schema import change_log
from teller_app.sync.local_queue import read_state, store_central_rows
from teller_app.sync.pull import POSITION_KEY, streams_of
from teller_app.sync.registration import terminal_identity

audit_events = cast(sa.Table, AuditEvent.__table__)
blocks = cast(sa.Table, NumberBlock.__table__)


@dataclass(frozen=True)
class TakenBack:
    events: int
    blocks: int
    rows: int
    head_seq: int
    head_hash: str

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def as_details(self) -> dict[str, Any]:
        """For the restore's audit event: keys of their own (`rows` there means re-encrypted rows)."""
        return {
            "events_taken_back": self.events,
            "number_blocks_taken_back": self.blocks,
            "rows_taken_back": self.rows,
        }


def central_position(central: sa.Engine, branch: str, terminal: str) -> tuple[int, str] | None:
    """(seq, hash) of the last event of the terminal's chain held centrally, or None when there is none."""
    with central_transaction(central) as conn:
        row = conn.execute(
            sa.select(audit_events.c.seq, audit_events.c.hash)
            .where(audit_events.c.branch == branch, audit_events.c.terminal == terminal)
            .order_by(audit_events.c.seq.desc())
            .limit(1)
        ).first()
    return None if row is None else (int(row.seq), str(row.hash))


def take_back_own_history(store: Store, central: sa.Engine) -> TakenBack:
    identity = terminal_identity(store.identity.branch, store.identity.terminal)
    branch, terminal = identity.branch, identity.terminal_code
    with store.reading() as session:
        seq, head_hash = chain_head(session, terminal)
    with store.engine.connect() as local:
        positions = {s: int(read_state(local, POSITION_KEY + s) or 0) for s in streams_of(branch)}
    with central_transaction(central) as conn:
        at_head = conn.execute(
            sa.select(audit_events.c.hash).where(
                audit_events.c.branch == branch,
                audit_events.c.terminal == terminal,
                audit_events.c.seq == seq,
            )
        ).scalar()
        if seq > 0 and at_head is not None and at_head != head_hash:
            raise RuleError(
                "sync.rollback_diverged",
                "Event {seq} of terminal {terminal} differs between the backup and the central database: the "
                "backup is not this terminal's past, nothing was taken back",
                seq=seq,
                terminal=terminal,
            )
        events = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(audit_events)
                .where(
                    audit_events.c.branch == branch,
                    audit_events.c.terminal == terminal,
                    audit_events.c.seq > seq,
                )
                .order_by(audit_events.c.seq)
            )
        ]
        own_blocks = [
            dict(r._mapping)
            for r in conn.execute(
                sa.select(blocks).where(blocks.c.branch == branch, blocks.c.terminal == terminal)
            )
        ]
        changed: dict[str, set[str]] = {}
        for stream, position in positions.items():
            for entity, entity_id in conn.execute(
                sa.select(change_log.c.entity, change_log.c.entity_id).where(
                    change_log.c.stream == stream,
                    change_log.c.position > position,
                    change_log.c.terminal_id == identity.terminal_id,
                )
            ):
                if entity not in shared_tables.NOT_PULLED and shared_tables.synced_table(entity) is not None:
                    changed.setdefault(entity, set()).add(entity_id)
        own_rows = {
            entity: [
                dict(r._mapping) for r in conn.execute(sa.select(table).where(table.c.id.in_(sorted(ids))))
            ]
            for entity, ids in changed.items()
            if (table := shared_tables.synced_table(entity)) is not None
        }
    previous = head_hash
    for expected, event in enumerate(events, start=seq + 1):
        if int(event["seq"]) != expected or event["prev_hash"] != previous:
            raise RuleError(
                "sync.rollback_diverged",
                "Event {seq} of terminal {terminal} in the central database does not continue the backup's "
                "chain: nothing was taken back",
                seq=int(event["seq"]),
                terminal=terminal,
            )
        previous = str(event["hash"])
    with store.writer.connection() as conn:
        store_central_rows(conn, "audit_events", events, decoded=True)
        rows = 0
        for entity in sorted(own_rows, key=lambda name: shared_tables.TABLE_ORDER.get(name, 999)):
            rows += store_central_rows(conn, entity, _newer(conn, entity, own_rows[entity]), decoded=True)
        taken_blocks = store_central_rows(conn, "number_blocks", _further(conn, own_blocks), decoded=True)
    last = (int(events[-1]["seq"]), str(events[-1]["hash"])) if events else (seq, head_hash)
    return TakenBack(len(events), taken_blocks, rows, last[0], last[1])


def _newer(conn: sa.Connection, entity: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    table = shared_tables.synced_table(entity)
    assert table is not None
    ids = [r["id"] for r in rows]
    local = dict(conn.execute(sa.select(table.c.id, table.c.version).where(table.c.id.in_(ids))).all())
    return [
        r for r in rows if int(local.get(r["id"], -1) or 0) < int(r["version"] or 0) or r["id"] not in local
    ]


def _further(conn: sa.Connection, central_blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Central number blocks the terminal lacks, or where the central next serial is further on."""
    ids = [b["id"] for b in central_blocks]
    local = dict(conn.execute(sa.select(blocks.c.id, blocks.c.next_serial).where(blocks.c.id.in_(ids))).all())
    return [b for b in central_blocks if b["id"] not in local or int(local[b["id"]]) < int(b["next_serial"])]
