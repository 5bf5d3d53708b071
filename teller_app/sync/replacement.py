"""A replacement PC catches up with what its terminal pushed after the backup it was restored from.

The old PC went on working after its last backup and pushed those records centrally. A pull never fetches
a terminal's own changes (it has them), so they are taken here: every row this terminal changed after the
backup's pull positions (`catch_up_own_rows`), and the central copy of its audit chain after the local head,
each event checked to link onto the one before (`catch_up_own_chain`), both stored without outbox entries
(they are central already). New events then continue the same chain at the next sequence number, so central
receives neither a duplicate nor a gap.
"""

from __future__ import annotations

from typing import Any, cast

import sqlalchemy as sa

from teller_app.domain.errors import RuleError
from teller_app.storage.audit import chain_hash, event_record
from teller_app.storage.schema_system import AuditEvent
from teller_app.storage.store import Store
from teller_app.sync.central import central_transaction
from teller_app.sync.ops import TerminalIdentity

audit_events = cast(sa.Table, AuditEvent.__table__)


def local_head(store: Store) -> tuple[int, str]:
    from teller_app.storage.audit import GENESIS_HASH

    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(audit_events.c.seq, audit_events.c.hash)
            .where(audit_events.c.terminal == store.identity.terminal)
            .order_by(audit_events.c.seq.desc())
            .limit(1)
        ).first()
    return (0, GENESIS_HASH) if row is None else (int(row.seq), str(row.hash))


def catch_up_own_chain(store: Store, central: sa.Engine) -> int:
    """Append this terminal's events that central holds beyond the local head; the number taken.

    RuleError `recovery.chain_diverged` when central's event at the local head is another one (the backup
    is not of this terminal's chain, or the chain was forked): nothing is written then.
    """
    terminal = store.identity.terminal
    seq, head_hash = local_head(store)
    with central_transaction(central) as conn:
        if seq > 0:
            central_hash = conn.execute(
                sa.select(audit_events.c.hash).where(
                    audit_events.c.terminal == terminal, audit_events.c.seq == seq
                )
            ).scalar()
            if central_hash is not None and central_hash != head_hash:
                raise RuleError(
                    "recovery.chain_diverged",
                    "The central copy of terminal {terminal}'s audit record differs at event {seq}: "
                    "this backup is not of this terminal's chain",
                    terminal=terminal,
                    seq=seq,
                )
        rows = [
            row._asdict()
            for row in conn.execute(
                sa.select(audit_events)
                .where(audit_events.c.terminal == terminal, audit_events.c.seq > seq)
                .order_by(audit_events.c.seq)
            )
        ]
    previous, expected = head_hash, seq + 1
    for row in rows:
        if row["seq"] != expected or row["prev_hash"] != previous:
            raise RuleError(
                "recovery.central_chain_broken",
                "The central copy of terminal {terminal}'s audit record is broken at event {seq}",
                terminal=terminal,
                seq=expected,
            )
        if chain_hash(previous, event_record(row)) != row["hash"]:
            raise RuleError(
                "recovery.central_chain_broken",
                "The central copy of terminal {terminal}'s audit record is broken at event {seq}",
                terminal=terminal,
                seq=expected,
            )
        previous, expected = row["hash"], expected + 1
    if rows:
        with store.writer.connection() as conn:
            conn.execute(audit_events.insert(), [_local(row) for row in rows])
    return len(rows)


def catch_up_own_rows(store: Store, central: sa.Engine, identity: TerminalIdentity) -> int:
    """Store the rows this terminal changed centrally after the restored pull positions; the number kept.

    The positions are left where they are, so the next pull still brings every other terminal's changes."""
    from teller_app.sync import shared_tables
    from teller_app.sync.central_schema import change_log
    from teller_app.sync.local_queue import store_central_rows
    from teller_app.sync.poll import _rows_one_by_one
    from teller_app.sync.positions import Change
    from teller_app.sync.pull import _newer_than_local, local_positions

    positions = local_positions(store, identity.branch)
    with central_transaction(central) as conn:
        changes = [
            Change(**row._mapping)
            for stream, position in positions.items()
            for row in conn.execute(
                sa.select(change_log).where(
                    change_log.c.stream == stream,
                    change_log.c.position > position,
                    change_log.c.terminal_id == identity.terminal_id,
                )
            )
        ]
        rows = _rows_one_by_one(conn, changes, own="")  # "" : this time, this terminal's own rows too
    kept = 0
    with store.writer.connection() as conn:
        for entity in sorted(rows, key=lambda name: shared_tables.TABLE_ORDER.get(name, 999)):
            keep = _newer_than_local(conn, entity, rows[entity], set())
            store_central_rows(conn, entity, keep, decoded=True)
            kept += len(keep)
    return kept


def _local(row: dict[str, Any]) -> dict[str, Any]:
    local = {name: row[name] for name in audit_events.c.keys() if name in row}
    if isinstance(local.get("details"), memoryview):
        local["details"] = bytes(local["details"])
    return local
