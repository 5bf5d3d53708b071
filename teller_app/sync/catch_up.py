"""A push round's batches between the outbox and done (`push.push_due` hands them over): in a catch-up each
staged centrally on a connection of its own, beside the one before it when they share no row, committed
in order; every batch settled locally on the outbox worker; refused ones again the careful way, in order
(see `InFlight`).

What a batch's moves are — sending one the careful way, staging one, settling one — the push gives
(`BatchMoves`), so this module holds the order and the threads only.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, TypeVar

import sqlalchemy as sa

from teller_app.domain.errors import TellerError
from teller_app.log import get_logger
from teller_app.storage.store import Store
from teller_app.sync.bulk_batch import BatchRefused, Prepared, TableStep
from teller_app.sync.central import CentralUnreachable
from teller_app.sync.central_bulk import StagedBatch
from teller_app.sync.local_queue import QueuedOp, postpone
from teller_app.sync.ops import OpOutcome, PushResult
from teller_app.sync.push_records import Outcomes
from teller_app.sync.registration import NotRegistered

T = TypeVar("T")
log = get_logger(__name__)


class BatchMoves(NamedTuple):
    """What `InFlight` does to a batch: `send` it the careful way (answers; postponed when the central
    database cannot answer), `stage` it (a `StagedBatch`; the callback once its rows are locked), `settle`
    its answers locally."""

    send: Callable[[Sequence[QueuedOp], datetime, Prepared | None], Sequence[OpOutcome]]
    stage: Callable[[Sequence[QueuedOp], datetime, Prepared, Callable[[], None]], StagedBatch]
    settle: Callable[[Sequence[QueuedOp], Sequence[OpOutcome], datetime], PushResult]


def answers_or_postpone(
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


class InFlight:
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
        local: ThreadPoolExecutor,
        progress: Callable[[PushResult], None],
        moves: BatchMoves,
    ) -> None:
        self.store, self.local, self.progress, self.moves = store, local, progress, moves
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
        self._settle(queued, self.moves.send(queued, now, prepared), now)

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
                return answers_or_postpone(
                    self.store, queued, now, lambda: self.moves.stage(queued, now, prepared, locked.set)
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
                answers = self.moves.send(queued, now, prepared)
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
            committed = answers_or_postpone(self.store, queued, now, lambda: _unless_refused(future))
            if committed is not None:
                answers: Sequence[OpOutcome] = committed
            else:  # refused as a whole: again, the careful way, before anything behind it
                if behind is not None:
                    behind.abandon()
                    behind = None
                self.again.extend(self._abandon_staging())  # they may wait on its rows; again after it
                answers = self.moves.send(queued, now, prepared)
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
        self.settling.append(self.local.submit(self.moves.settle, queued, outcomes, now))

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


def _settled(settling: Future[PushResult], progress: Callable[[PushResult], None]) -> PushResult:
    result = settling.result()
    progress(result)
    return result
