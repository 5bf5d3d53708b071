"""`audit verify --central`: this terminal's audit chain against the central copy, event by event.

Both chains are streamed in sequence order and merged by seq. The first difference is named:
* an event whose hash differs on the two sides (rewritten on one of them, or a position issued twice
  after the terminal was put back to an older copy);
* an event the central copy holds and the terminal does not (the terminal's chain was cut short or
  rolled back);
* an event that left the terminal (no longer in its outbox) but never reached the central copy.
Events still waiting in the outbox are not expected centrally yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import cast

import sqlalchemy as sa

from teller_app.storage.audit import VerifyResult
from teller_app.storage.schema_system import AuditEvent, OutboxEntry
from teller_app.storage.store import Store

audit_events = cast(sa.Table, AuditEvent.__table__)
outbox = cast(sa.Table, OutboxEntry.__table__)


def _chain(conn: sa.Connection, branch: str, terminal: str) -> Iterator[tuple[int, str, str]]:
    rows = conn.execution_options(yield_per=2000).execute(
        sa.select(audit_events.c.seq, audit_events.c.hash, audit_events.c.id)
        .where(audit_events.c.branch == branch, audit_events.c.terminal == terminal)
        .order_by(audit_events.c.seq)
    )
    for row in rows:
        yield int(row.seq), str(row.hash), str(row.id)


def compare_with_central(store: Store, central: sa.Engine) -> VerifyResult:
    """This terminal's chain against the central copy; the first difference by its sequence number."""
    branch, terminal = store.identity.branch, store.identity.terminal
    name = f"{branch}:{terminal} (terminal against central)"
    with store.engine.connect() as local:
        waiting = set(
            local.execute(sa.select(outbox.c.entity_id).where(outbox.c.entity == "audit_events")).scalars()
        )
        with central.connect() as remote:
            return _merge(_chain(local, branch, terminal), _chain(remote, branch, terminal), waiting, name)


def _merge(
    local: Iterator[tuple[int, str, str]],
    central: Iterator[tuple[int, str, str]],
    waiting: set[str],
    name: str,
) -> VerifyResult:
    ours, theirs = next(local, None), next(central, None)
    compared = 0
    head: str | None = None
    while ours is not None or theirs is not None:
        if ours is not None and (theirs is None or ours[0] < theirs[0]):
            if ours[2] not in waiting:
                return _differs(
                    compared,
                    ours[0],
                    f"event {ours[0]} left this terminal but is not in the central copy",
                    name,
                )
            ours = next(local, None)  # not pushed yet
            continue
        if theirs is not None and (ours is None or theirs[0] < ours[0]):
            return _differs(
                compared,
                theirs[0],
                f"event {theirs[0]} is in the central copy but not on this terminal (its chain was cut short "
                "or put back to an older copy)",
                name,
            )
        assert ours is not None and theirs is not None
        if ours[1] != theirs[1]:
            return _differs(
                compared,
                ours[0],
                f"event {ours[0]} differs between this terminal and the central copy (hash {ours[1][:12]}… "
                f"here, {theirs[1][:12]}… there)",
                name,
            )
        compared += 1
        head = ours[1]
        ours, theirs = next(local, None), next(central, None)
    return VerifyResult(True, compared, None, None, name, head)


def _differs(count: int, seq: int, problem: str, name: str) -> VerifyResult:
    return VerifyResult(False, count, seq, problem, name)
