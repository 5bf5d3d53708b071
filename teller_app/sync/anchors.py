"""Audit chain anchors: each sync records the head of the terminal's pushed chain centrally (in the round's
poll, `poll.poll_central`), and `verify_central` checks every terminal's chain held there (links, hashes,
no gaps, anchors matched)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, cast

import sqlalchemy as sa

from teller_app.storage.audit import verify_chain
from teller_app.storage.schema_system import AuditEvent, OutboxEntry
from teller_app.storage.store import Store
from teller_app.sync.central_schema import chain_anchors, terminals

audit_events = cast(sa.Table, AuditEvent.__table__)
outbox = cast(sa.Table, OutboxEntry.__table__)


def pushed_head(store: Store) -> tuple[int, str] | None:
    """(seq, hash) of the last event of this terminal's chain that has left the outbox, or None."""
    terminal = store.identity.terminal
    with store.engine.connect() as conn:
        first_unsent = conn.execute(
            sa.select(sa.func.min(audit_events.c.seq))
            .select_from(audit_events.join(outbox, outbox.c.entity_id == audit_events.c.id))
            .where(outbox.c.entity == "audit_events", audit_events.c.terminal == terminal)
        ).scalar()
        query = sa.select(audit_events.c.seq, audit_events.c.hash).where(audit_events.c.terminal == terminal)
        if first_unsent is not None:
            query = query.where(audit_events.c.seq < first_unsent)
        row = conn.execute(query.order_by(audit_events.c.seq.desc()).limit(1)).first()
    return None if row is None else (int(row.seq), str(row.hash))


@dataclass(frozen=True)
class CentralChainResult:
    branch: str
    terminal: str
    ok: bool
    count: int
    first_broken_seq: int | None
    problem: str | None
    anchored_seq: int | None
    head_hash: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def verify_central(central: sa.Engine) -> list[CentralChainResult]:
    """Check every terminal's chain in the central database, and that it still holds every anchored head."""
    results: list[CentralChainResult] = []
    with central.connect() as conn:
        pairs = {
            _Pair(r.branch, r.terminal)
            for r in conn.execute(sa.select(audit_events.c.branch, audit_events.c.terminal).distinct())
        }
        pairs.update(
            _Pair(r.branch, r.terminal_code)
            for r in conn.execute(sa.select(terminals.c.branch, terminals.c.terminal_code))
        )
        for pair in sorted(pairs, key=lambda p: (p.branch, p.terminal)):
            results.append(_verify_one(conn, pair.branch, pair.terminal))
    return results


@dataclass(frozen=True)
class _Pair:
    branch: str
    terminal: str


def _verify_one(conn: sa.Connection, branch: str, terminal: str) -> CentralChainResult:
    result = verify_chain(_events(conn, branch, terminal), terminal)
    anchors = conn.execute(
        sa.select(chain_anchors.c.seq, chain_anchors.c.head_hash)
        .where(chain_anchors.c.terminal_id == f"{branch}:{terminal}")
        .order_by(chain_anchors.c.seq)
    ).all()
    last_anchor = anchors[-1].seq if anchors else None
    if not result.ok:
        return CentralChainResult(
            branch, terminal, False, result.count, result.first_broken_seq, result.problem, last_anchor
        )
    for anchor in anchors:
        stored = conn.execute(
            sa.select(audit_events.c.hash).where(
                audit_events.c.branch == branch,
                audit_events.c.terminal == terminal,
                audit_events.c.seq == anchor.seq,
            )
        ).scalar()
        if stored is None:
            return CentralChainResult(
                branch,
                terminal,
                False,
                result.count,
                int(anchor.seq),
                f"anchored event {anchor.seq} is missing",
                last_anchor,
            )
        if stored != anchor.head_hash:
            return CentralChainResult(
                branch,
                terminal,
                False,
                result.count,
                int(anchor.seq),
                f"event {anchor.seq} differs from the head anchored at sync",
                last_anchor,
            )
    return CentralChainResult(branch, terminal, True, result.count, None, None, last_anchor, result.head_hash)


def _events(conn: sa.Connection, branch: str, terminal: str) -> Iterator[dict[str, Any]]:
    rows = conn.execution_options(yield_per=2000).execute(
        sa.select(audit_events)
        .where(audit_events.c.branch == branch, audit_events.c.terminal == terminal)
        .order_by(audit_events.c.seq)
    )
    for row in rows:
        yield dict(row._mapping)
