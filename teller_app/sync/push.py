"""Push: send the oldest waiting outbox entries as one batch and settle the central answers locally.

The central transaction commits before the local one. If the terminal dies (or the line drops) between
the two, the same batch goes again next time and the central side answers from `applied_ops`: nothing
is applied twice. A batch that a constraint refuses as a whole is retried op by op in savepoints, so
the op at fault is rejected and the others go through.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import datetime

import sqlalchemy as sa

from teller_app.storage.store import Store
from teller_app.sync.bulk_batch import BatchRefused, Prepared, prepare_due
from teller_app.sync.catch_up import BatchMoves, InFlight, answers_or_postpone
from teller_app.sync.central import central_transaction
from teller_app.sync.central_apply import apply_push
from teller_app.sync.central_bulk import apply_push_bulk, stage_push_bulk
from teller_app.sync.central_compact import COMPACT_MOST, apply_push_compact
from teller_app.sync.local_queue import DueRows, QueuedOp, due_rows, settle, waiting_beyond
from teller_app.sync.ops import OpOutcome, PushOp, PushResult, TerminalIdentity
from teller_app.sync.registration import NotRegistered, is_registered

# A long queue (catching up after a day offline) is pushed in batches up to this size. Each batch costs
# six round trips and a commit on each side; 20,000 ops (some 12 MB of lines) halve their number against
# 10,000 for a long catch-up, while the first batch's read and the last one's settling, which nothing
# overlaps, stay well under a tenth of a second.
BULK_BATCH_MOST = 20_000
# The first batch of a catch-up longer than one largest batch: above COMPACT_MOST, so it goes the COPY
# way, and small, because its read and preparation is the one the central database waits for (some 35 ms
# here, against 0.1-0.15 s for 20,000 ops); the next one, BULK_BATCH_MOST, is read while it is applied.
# A shorter catch-up (a day offline: 100 cases, 6,700 ops) goes in one batch: on a WAN each batch costs
# two round trips per table it holds, far more than the first read.
FIRST_BULK_BATCH = 6_000

_REFUSALS = (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError)


def send_batch(
    central: sa.Engine,
    terminal: TerminalIdentity,
    ops: Sequence[PushOp],
    now: datetime,
    prepared: Prepared | None = None,
) -> list[OpOutcome]:
    """Apply a batch centrally in one transaction; when a constraint refuses it, again op by op.

    On PostgreSQL a batch of up to `COMPACT_MOST` ops goes in two round trips (`central_compact`), a
    larger one by COPY (`central_bulk`). Either fast path first runs without looking the op ids up in `applied_ops`: a batch is
    almost never a replay, and when it is, the `applied_ops` primary key (written in the same
    transaction) refuses it, so nothing is applied twice. Then the batch goes again with the replays
    looked up and answered from their records, and only if that is refused too, op by op.
    `prepared` is the COPY path's `prepare(terminal, ops, now)`, made ahead by the caller; a batch that
    comes prepared goes the COPY way whatever its size (the tail of a catch-up: the compact way costs
    the terminal several times more per op, and a catch-up's round trips are many anyway).
    """
    if takes_bulk(central):
        for look_up_replays in (False, True):
            try:
                if prepared is None and len(ops) <= COMPACT_MOST:
                    return apply_push_compact(central, terminal, ops, now, look_up_replays)
                return apply_push_bulk(central, terminal, ops, now, look_up_replays, prepared)
            except (*_REFUSALS, BatchRefused):
                continue
    else:
        try:
            with central_transaction(central) as conn:
                require_registered(conn, terminal)
                return apply_push(conn, terminal, ops, now)
        except _REFUSALS:
            pass
    with central_transaction(central) as conn:
        require_registered(conn, terminal)
        return apply_push(conn, terminal, ops, now, isolate=True)


def require_registered(conn: sa.Connection, terminal: TerminalIdentity) -> None:
    """`NotRegistered` unless the central database knows the terminal (pushes never come from strangers)."""
    if not is_registered(conn, terminal):
        raise NotRegistered(terminal=terminal.terminal_code, branch=terminal.branch)


def takes_bulk(central: sa.Engine) -> bool:
    """Whether pushes to `central` take the COPY fast path (PostgreSQL through psycopg)."""
    return central.dialect.name == "postgresql" and central.dialect.driver == "psycopg"


def _send_or_postpone(
    store: Store,
    central: sa.Engine,
    terminal: TerminalIdentity,
    queued: Sequence[QueuedOp],
    now: datetime,
    prepared: Prepared | None = None,
) -> list[OpOutcome]:
    return answers_or_postpone(
        store, queued, now, lambda: send_batch(central, terminal, _ops(queued), now, prepared)
    )


def _ops(queued: Sequence[QueuedOp]) -> Sequence[PushOp]:
    return queued.ops() if isinstance(queued, DueRows) else [q.op for q in queued]


def push_due(
    store: Store,
    central: sa.Engine,
    terminal: TerminalIdentity,
    batch_size: int,
    clock: Callable[[], datetime],
    should_stop: Callable[[], bool] = lambda: False,
    progress: Callable[[PushResult], None] = lambda _batch: None,
) -> PushResult:
    """Push batches until nothing is due (backoff waived: the central database has just answered).

    A batch starts at `batch_size`; while batches come back full the queue is long, so the next one is twice
    as big, up to `BULK_BATCH_MOST`: a catch-up pays the per-batch costs (round trips, one commit on each
    side, one local fsync) a few times instead of hundreds, and a quiet queue still goes in small batches.
    When more entries wait than one compact batch takes (`COMPACT_MOST`: a catch-up, which goes the COPY
    way, every batch of it), growing from the small configured size would send the first few thousand ops
    in small batches, each paying those costs: the first batch is the largest, or, when more entries wait
    than that, `FIRST_BULK_BATCH`, so that the central database does not wait long for the first read.

    The local store's work runs beside the central one, on one worker thread: while batch N is applied
    centrally, batch N+1 is read (the entries after N's last seq) and prepared for the fast path (checks,
    COPY text; see `bulk_batch.Prepared`), and batch N-1 is settled. Order holds —
    a batch is still the oldest entries not yet sent, and each is settled only after its central commit;
    if the terminal stops in between, the unsettled batches are replays next time, answered from
    `applied_ops`. `progress` hears each settled batch, so a round cut short by the network still counts
    what went. In a catch-up two batches stage on connections of their own at once (`catch_up.InFlight`): measured
    on 110,000 ops, 2.05 s against 2.53 s with one staging at a time (medians of 8 interleaved rounds).
    """
    limit = max(1, batch_size)
    with cycle_collection_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox") as local:
        moves = BatchMoves(  # looked up at each call: the sync tests replace these to break a round
            send=lambda queued, now, prepared: _send_or_postpone(
                store, central, terminal, queued, now, prepared
            ),
            stage=lambda queued, now, prepared, locked: stage_push_bulk(
                central, terminal, _ops(queued), now, prepared, on_locked=locked
            ),
            settle=lambda queued, outcomes, now: _settle(store, queued, outcomes, now),
        )
        batches = InFlight(store, local, progress, moves)
        try:
            bulk = takes_bulk(central)
            catch_up = bulk and waiting_beyond(store, COMPACT_MOST)
            if catch_up and limit < BULK_BATCH_MOST:
                several = waiting_beyond(store, BULK_BATCH_MOST)
                limit = min(FIRST_BULK_BATCH, BULK_BATCH_MOST) if several else BULK_BATCH_MOST
            copy_way = COPY_ALWAYS if catch_up else COMPACT_MOST if bulk else None
            queued, prepared = _next_batch(store, terminal, limit, clock(), 0, copy_way)
            while queued and not should_stop():
                if len(queued) >= limit:
                    limit = BULK_BATCH_MOST if catch_up else min(max(batch_size, BULK_BATCH_MOST), limit * 2)
                now = clock()
                reading = local.submit(_next_batch, store, terminal, limit, now, queued[-1].seq, copy_way)
                if catch_up and prepared is not None:
                    batches.stage(queued, now, prepared)
                else:
                    batches.send(queued, now, prepared)
                queued, prepared = reading.result()
            batches.finish()
        finally:
            batches.close()
    return batches.total


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Python's cycle collector off while a push runs (nesting and threads allowed), back on afterwards.

    A batch makes a few objects per op and none of them form cycles, so they are freed by reference
    counting; but their sheer number makes the collector run again and again, each time walking every
    live object of the process. Measured on 110,000 ops: 0.4 s of a 2.3 s push was collection.
    """
    global _paused, _was_enabled
    with _gc_lock:
        if _paused == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _gc_lock:
            _paused -= 1
            if _paused == 0 and _was_enabled:
                gc.enable()


_gc_lock = threading.Lock()
_paused = 0
_was_enabled = True


COPY_ALWAYS = 0  # `_next_batch`'s copy_way in a catch-up: every batch, the tail too, goes the COPY way


def _next_batch(
    store: Store, terminal: TerminalIdentity, limit: int, now: datetime, after: int, copy_way: int | None
) -> tuple[Sequence[QueuedOp], Prepared | None]:
    """The next batch, prepared for the COPY way when it holds more than `copy_way` entries (None: never,
    the central database is not PostgreSQL; smaller batches go the compact way, unprepared)."""
    due = due_rows(store, limit, after)
    if due is None:
        return [], None
    if copy_way is not None and len(due) > copy_way:
        return due, prepare_due(terminal, due, now)
    return due.entries(), None


def _settle(
    store: Store, queued: Sequence[QueuedOp], outcomes: Sequence[OpOutcome], now: datetime
) -> PushResult:
    settle(store, queued, outcomes, now)
    return PushResult.of(outcomes)
