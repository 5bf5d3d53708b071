"""Push: send the oldest waiting outbox entries as one batch and settle the central answers locally.

The central transaction commits before the local one. If the terminal dies (or the line drops) between
the two, the same batch goes again next time and the central side answers from `applied_ops`: nothing
is applied twice. A batch that a constraint refuses as a whole is retried op by op in savepoints, so
the op at fault is rejected and the others go through.
"""

from __future__ import annotations

import gc
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter
from typing import TypeVar

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.log import get_logger
from teller_app.storage.store import Store
from teller_app.sync.bulk_batch import BatchRefused, Prepared, TableStep, prepare_due
from teller_app.sync.central import CentralUnreachable, central_transaction
from teller_app.sync.central_apply import apply_push
from teller_app.sync.central_bulk import StagedBatch, apply_push_bulk, stage_push_bulk
from teller_app.sync.central_compact import COMPACT_MOST, apply_push_compact
from teller_app.sync.local_queue import DueRows, QueuedOp, due_rows, postpone, settle, waiting_beyond
from teller_app.sync.ops import APPLIED, CONFLICT, REJECTED, SUPERSEDED, OpOutcome, PushOp, TerminalIdentity
from teller_app.sync.push_records import Outcomes
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

T = TypeVar("T")
log = get_logger(__name__)
_REFUSALS = (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InternalError)


@dataclass(frozen=True)
class PushResult:
    sent: int
    applied: int
    conflicts: int
    rejected: int
    superseded: int
    taken: tuple[tuple[str, int, int], ...] = ()  # change-log positions the batches took (compact path)

    @staticmethod
    def of(outcomes: Sequence[OpOutcome]) -> PushResult:
        counts = Counter(map(attrgetter("outcome"), outcomes))
        taken = getattr(outcomes, "taken", ())
        grouped = sum(map(len, getattr(outcomes, "grouped", ())))  # applied appends with no answer each
        return PushResult(
            len(outcomes) + grouped,
            counts[APPLIED] + grouped,
            counts[CONFLICT],
            counts[REJECTED],
            counts[SUPERSEDED],
            taken,
        )

    def __add__(self, other: PushResult) -> PushResult:
        return PushResult(
            self.sent + other.sent,
            self.applied + other.applied,
            self.conflicts + other.conflicts,
            self.rejected + other.rejected,
            self.superseded + other.superseded,
            self.taken + other.taken,
        )


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
    return _answers_or_postpone(
        store, queued, now, lambda: send_batch(central, terminal, _ops(queued), now, prepared)
    )


def _ops(queued: Sequence[QueuedOp]) -> Sequence[PushOp]:
    return queued.ops() if isinstance(queued, DueRows) else [q.op for q in queued]


def _answers_or_postpone(
    store: Store, queued: Sequence[QueuedOp], now: datetime, answers: Callable[[], T]
) -> T:
    """`answers()`, the central side's answers to `queued`; when they cannot be had, the batch waits."""
    try:
        return answers()
    except CentralUnreachable as exc:
        postpone(store, queued, now, exc.render())
        raise
    except NotRegistered:
        raise
    except (sa.exc.DBAPIError, TellerError) as exc:
        # Not the network and not one op's fault (a lock timeout, a central bug): wait and retry, in order.
        postpone(store, queued, now, f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}")
        raise CentralUnreachable(problem=str(exc).splitlines()[0][:200]) from exc


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
    what went. In a catch-up two batches stage on connections of their own at once (`_InFlight`): measured
    on 110,000 ops, 2.05 s against 2.53 s with one staging at a time (medians of 8 interleaved rounds).
    """
    limit = max(1, batch_size)
    with cycle_collection_paused(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="outbox") as local:
        batches = _InFlight(store, central, terminal, local, progress)
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


class _InFlight:
    """A push round's batches between the outbox and done: those settling locally (on the `local` worker),
    and in a catch-up those staging and the one committing centrally, each on a thread of its own.

    In a catch-up each batch is staged (`central_bulk.stage_push_bulk`: its rows COPYed in an open
    transaction on a connection of its own) beside the one before it, so the central database takes two
    batches' rows on its two cores, and commits while the next ones stage; a batch commits only once the
    one before it has (the order holds). A batch starts staging only once the one before it has locked
    its rows, and beside it only when the two share no row (`_apart`), so the one before never waits on
    it; otherwise it waits for that one's staging to end (it may then wait on its rows until that one
    commits, as in a plain round). When the server refuses a batch, every batch behind it is rolled back
    first (they may wait on its rows), it goes again the careful way (`send_batch`: replays looked up,
    then op by op), and those rolled back after it, in order. If the line drops, the batch that could not
    commit waits (postponed), as in a plain round."""

    def __init__(
        self,
        store: Store,
        central: sa.Engine,
        terminal: TerminalIdentity,
        local: ThreadPoolExecutor,
        progress: Callable[[PushResult], None],
    ) -> None:
        self.store, self.central, self.terminal = store, central, terminal
        self.local, self.progress = local, progress
        self.total = PushResult(0, 0, 0, 0, 0)
        self.settling: deque[Future[PushResult]] = deque()  # in order: the local worker runs one at a time
        self.staging: deque[_Staging] = deque()  # in order, behind the one committing
        self.again: list[_Staging] = []  # rolled back behind a refused batch: they go after it, in order
        self.committing: tuple[Sequence[QueuedOp], datetime, Prepared, Future[Outcomes]] | None = None
        self.stager: ThreadPoolExecutor | None = None
        self.committer: ThreadPoolExecutor | None = None

    def send(self, queued: Sequence[QueuedOp], now: datetime, prepared: Prepared | None) -> None:
        """Send one batch and settle it (after the ones in flight, if any)."""
        self.finish()
        self._settle(
            queued, _send_or_postpone(self.store, self.central, self.terminal, queued, now, prepared), now
        )

    def stage(self, queued: Sequence[QueuedOp], now: datetime, prepared: Prepared) -> None:
        """Start staging one batch, beside the one staging before it when they share no row; that one then
        goes on to its commit, in the background, once the batch before it has committed."""
        if self.stager is None:
            self.stager = ThreadPoolExecutor(max_workers=2, thread_name_prefix="stage")
        if self.staging:
            ahead = self.staging[-1]
            ahead.locked.wait()
            if not _apart(ahead.prepared, prepared):
                wait([ahead.future])
        self.staging.append(self._start(queued, now, prepared))
        while len(self.staging) > 1:
            self._commit_next()

    def finish(self) -> None:
        """Every batch in flight committed and settled, in order (or waiting, if the line dropped)."""
        while self.staging:
            self._commit_next()
        self.resolve()

    def _start(self, queued: Sequence[QueuedOp], now: datetime, prepared: Prepared) -> _Staging:
        locked = threading.Event()

        def staged() -> StagedBatch | None:
            try:
                return _answers_or_postpone(
                    self.store,
                    queued,
                    now,
                    lambda: stage_push_bulk(
                        self.central, self.terminal, _ops(queued), now, prepared, on_locked=locked.set
                    ),
                )
            except BatchRefused:
                return None
            finally:
                locked.set()  # also when it failed: nothing waits on it

        assert self.stager is not None
        return _Staging(queued, now, prepared, self.stager.submit(staged), locked)

    def _commit_next(self) -> None:
        """The oldest batch staging: once staged, and the one before it committed and settled, its commit
        goes to the background; refused (or behind a batch that went again), it goes the careful way."""
        batch = self.staging.popleft()
        try:
            staged = batch.future.result()
        except BaseException:
            self._abandon_staging()
            raise
        staged = self.resolve(behind=staged)
        if staged is None:
            again = [batch, *self.again, *self._abandon_staging()]  # rolled back before any goes again
            self.again.clear()
            for queued, now, prepared in ((b.queued, b.now, b.prepared) for b in again):
                answers = _send_or_postpone(self.store, self.central, self.terminal, queued, now, prepared)
                self._settle(queued, answers, now)
            return
        if self.committer is None:
            self.committer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="commit")
        self.committing = (batch.queued, batch.now, batch.prepared, self.committer.submit(staged.commit))

    def _abandon_staging(self) -> list[_Staging]:
        """Roll back every batch staging (they go again, or wait for the next round), in order."""
        abandoned = list(self.staging)
        self.staging.clear()
        for batch in abandoned:
            batch.abandon()
        return abandoned

    def resolve(self, behind: StagedBatch | None = None) -> StagedBatch | None:
        """Wait for the batch committing and settle it; `behind`, staged after it, is rolled back (and None
        returned for it) when that batch has to go again or the line dropped, and so is every batch
        staging."""
        if self.committing is None:
            return behind
        queued, now, prepared, future = self.committing
        self.committing = None
        try:
            committed = _answers_or_postpone(self.store, queued, now, lambda: _unless_refused(future))
            if committed is not None:
                answers: Sequence[OpOutcome] = committed
            else:  # refused as a whole: again, the careful way, before anything behind it
                if behind is not None:
                    behind.abandon()
                    behind = None
                self.again.extend(self._abandon_staging())  # they may wait on its rows; again after it
                answers = _send_or_postpone(self.store, self.central, self.terminal, queued, now, prepared)
        except BaseException:
            if behind is not None:
                behind.abandon()
            raise
        self._settle(queued, answers, now)
        return behind

    def close(self) -> None:
        """After the round (or when it failed): the batches staging are rolled back, the batch committing
        is settled if it committed (or waits), the last settle is waited for."""
        try:
            self._abandon_staging()
            if self.committing is not None:
                batch = len(self.committing[0])
                try:
                    self.resolve()
                except Exception as exc:  # the round is failing already and raises that, not this
                    log.info(  # the batch waits (postponed) or, had it committed, is a replay next round
                        "sync: the batch committing when the round stopped is left to the next round",
                        extra={"code": type(exc).__name__, "batch": batch},
                    )
        finally:
            try:
                self._collect(wait=True)
            finally:  # a settle that raised still leaves no stage or commit thread behind
                for pool in (self.stager, self.committer):
                    if pool is not None:
                        pool.shutdown(wait=True)

    def _settle(self, queued: Sequence[QueuedOp], outcomes: Sequence[OpOutcome], now: datetime) -> None:
        """Settle a batch after the ones before it; the round goes on without waiting for them (the next
        batch's commit is not held up by the settling of the one before)."""
        self._collect(wait=False)
        self.settling.append(self.local.submit(_settle, self.store, queued, outcomes, now))

    def _collect(self, wait: bool) -> None:
        """Count the settled batches, in order: those done already, or with `wait` all of them."""
        while self.settling and (wait or self.settling[0].done()):
            self.total = self.total + _settled(self.settling.popleft(), self.progress)


@dataclass
class _Staging:
    """A batch staging on a thread of its own: `locked` once its first burst has locked its rows (or it
    failed), `future` its `StagedBatch` (None when the server refused it)."""

    queued: Sequence[QueuedOp]
    now: datetime
    prepared: Prepared
    future: Future[StagedBatch | None]
    locked: threading.Event

    def abandon(self) -> None:
        """Rolled back once its staging has ended (one that never staged has nothing to roll back)."""
        try:
            staged = self.future.result()
        except Exception:  # the line dropped while it staged: it waits (postponed)
            return
        if staged is not None:
            staged.abandon()


def _apart(ahead: Prepared, behind: Prepared) -> bool:
    """Whether two prepared batches share no row of any table (then neither can wait on the other's)."""
    rows: dict[str, set[str]] = {}
    for step in ahead.steps:
        rows.setdefault(step.table.name, set()).update(_step_ids(step))
    return all(rows.get(step.table.name, set()).isdisjoint(_step_ids(step)) for step in behind.steps)


def _step_ids(step: TableStep) -> Iterator[str]:
    yield from step.ids
    yield from (row.op.entity_id for row in step.rows or ())


def _unless_refused(future: Future[Outcomes]) -> Outcomes | None:
    try:
        return future.result()
    except BatchRefused:
        return None


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


def _settled(settling: Future[PushResult], progress: Callable[[PushResult], None]) -> PushResult:
    result = settling.result()
    progress(result)
    return result
