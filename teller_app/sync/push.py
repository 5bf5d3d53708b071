"""Push: send the oldest waiting outbox entries as one batch and settle the central answers locally.

The central transaction commits before the local one. If the terminal dies (or the line drops) between
the two, the same batch goes again next time and the central side answers from `applied_ops`: nothing
is applied twice. A batch that a constraint refuses as a whole is retried op by op in savepoints, so
the op at fault is rejected and the others go through.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.storage.store import Store
from teller_app.sync.central import CentralUnreachable, central_transaction
from teller_app.sync.central_apply import apply_push
from teller_app.sync.central_bulk import BatchRefused, apply_push_bulk
from teller_app.sync.local_queue import due_batch, postpone, settle
from teller_app.sync.ops import APPLIED, CONFLICT, REJECTED, SUPERSEDED, OpOutcome, PushOp, TerminalIdentity

_REFUSALS = (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError)


@dataclass(frozen=True)
class PushResult:
    sent: int
    applied: int
    conflicts: int
    rejected: int
    superseded: int

    @staticmethod
    def of(outcomes: Sequence[OpOutcome]) -> PushResult:
        def count(kind: str) -> int:
            return sum(1 for o in outcomes if o.outcome == kind)

        return PushResult(len(outcomes), count(APPLIED), count(CONFLICT), count(REJECTED), count(SUPERSEDED))


def send_batch(
    central: sa.Engine, terminal: TerminalIdentity, ops: Sequence[PushOp], now: datetime
) -> list[OpOutcome]:
    """Apply a batch centrally in one transaction; when a constraint refuses it, again op by op."""
    try:
        with central_transaction(central) as conn:
            if conn.dialect.name == "postgresql" and conn.dialect.driver == "psycopg":
                return apply_push_bulk(conn, terminal, ops, now)
            return apply_push(conn, terminal, ops, now)
    except (*_REFUSALS, BatchRefused):
        with central_transaction(central) as conn:
            return apply_push(conn, terminal, ops, now, isolate=True)


def push_batch(
    store: Store,
    central: sa.Engine,
    terminal: TerminalIdentity,
    limit: int,
    now: datetime,
    ignore_backoff: bool = False,
) -> PushResult:
    """Push at most `limit` entries; `sent == 0` means nothing is due."""
    queued = due_batch(store, limit, now, ignore_backoff)
    if not queued:
        return PushResult(0, 0, 0, 0, 0)
    try:
        outcomes = send_batch(central, terminal, [q.op for q in queued], now)
    except CentralUnreachable as exc:
        postpone(store, queued, now, exc.render())
        raise
    except (sa.exc.DBAPIError, TellerError) as exc:
        # Not the network and not one op's fault (a lock timeout, a central bug): wait and retry, in order.
        postpone(store, queued, now, f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
        raise CentralUnreachable(problem=str(exc).splitlines()[0][:200]) from exc
    settle(store, queued, outcomes, now)
    return PushResult.of(outcomes)
