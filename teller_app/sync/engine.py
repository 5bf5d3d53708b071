"""One sync round for a terminal: push everything due, then one poll (anchor, checks, news), refill, pull.

Frugal with round trips (branch WAN links are 20–100 ms): a round with nothing to do is one statement
(`poll.poll_central`); a teller's case is pushed in two bursts and pulled in one (see `push` and `wire`).

engine = SyncEngine(store, central_url)       # or SyncEngine.for_config(store, config)
report = engine.run_once()                     # never raises for an unreachable central database
report.as_dict()  # pushed, pulled, conflicts, rejected, waiting, oldest_waiting_seconds, online …
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from teller_app.config import Config
from teller_app.domain.errors import EnvironmentProblem
from teller_app.log import get_logger
from teller_app.storage.schema_base import utc_now
from teller_app.storage.store import Store
from teller_app.sync.anchors import pushed_head
from teller_app.sync.branch_users import forget_other_branches_users
from teller_app.sync.central import CentralUnreachable, central_transaction, central_url, connect_central
from teller_app.sync.conflicts import ConflictRecord, list_conflicts, resolve_conflict
from teller_app.sync.local_queue import read_state, write_state
from teller_app.sync.numbers import BLOCK_SIZE, REFILL_BELOW, ensure_number_block
from teller_app.sync.ops import PushResult
from teller_app.sync.poll import SEEN_EVERY, poll_central
from teller_app.sync.pull import POSITION_KEY, local_positions, pull_batch
from teller_app.sync.push import push_due
from teller_app.sync.registration import NotRegistered, terminal_identity
from teller_app.sync.status import LAST_ERROR_KEY, LAST_SYNC_KEY, ONLINE_KEY, OPEN_CONFLICTS_KEY, sync_status

log = get_logger(__name__)

ANCHORED_KEY = "anchored_seq"  # the last audit seq whose head the central database has as an anchor


@dataclass(frozen=True)
class SyncReport:
    online: bool
    pushed: int
    pulled: int
    conflicts: int
    rejected: int
    waiting: int
    oldest_waiting_seconds: float | None
    new_conflicts: int = 0
    new_rejected: int = 0
    error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class RoundRefused(EnvironmentProblem):
    """The central database refused a statement of the round (not a network fault): the round ends, the
    queue stays, `doctor` says why sync cannot make progress."""

    code = "sync.round_refused"
    message = "The central database refused this sync round ({problem}); run `teller-admin doctor`"


class SyncEngine:
    """Syncs one local store with the central database. Thread-safe: rounds never overlap."""

    def __init__(
        self,
        store: Store,
        central_url_text: str,
        *,
        batch_size: int = 500,
        clock: Callable[[], datetime] = utc_now,
        central_engine: sa.Engine | None = None,
        number_block_size: int = BLOCK_SIZE,
        refill_below: int = REFILL_BELOW,
        wait_deadline: float | None = None,
    ) -> None:
        self.store = store
        self.identity = terminal_identity(store.identity.branch, store.identity.terminal)
        # Every network wait has a deadline (connect, statement, COPY, keepalives, a silent peer: deadline.py).
        self.central = central_engine or connect_central(central_url_text, wait_deadline=wait_deadline)
        self.batch_size = batch_size
        self.clock = clock
        self._round = threading.Lock()
        self.number_block_size = number_block_size
        self.refill_below = refill_below
        self._contact_at: datetime | None = None  # when this engine last recorded the terminal's contact

    @classmethod
    def for_config(cls, store: Store, config: Config, **options: Any) -> SyncEngine:
        url = central_url(config.central_url, config.paths)
        return cls(store, url, batch_size=config.sync_batch_size, **options)

    def close(self) -> None:
        self.central.dispose()

    # -- the supervisor's conflict queue for this terminal's branch (network calls: run off the GUI thread)

    def list_conflicts(self, state: str | None = "open") -> list[ConflictRecord]:
        return list_conflicts(self.central, branch=self.identity.branch, state=state)

    def resolve_conflict(self, conflict_id: str, keep: str | dict[str, Any], by_user: str) -> ConflictRecord:
        """Keep 'local', 'central' or a merged row; the caller has checked that `by_user` is a supervisor."""
        resolved = resolve_conflict(self.central, conflict_id, keep, by_user, now=self.clock())
        return resolved

    def run_once(self, should_stop: Callable[[], bool] = lambda: False) -> SyncReport:
        """Push, anchor, refill, pull. An unreachable central database gives `online=False`, not an error."""
        with self._round:
            return self._run(should_stop)

    def _run(self, should_stop: Callable[[], bool]) -> SyncReport:
        pushed = pulled = new_conflicts = new_rejected = 0
        error: str | None = None
        online = False
        open_conflicts: int | None = None
        anchored: int | None = None
        try:
            taken: list[tuple[str, int, int]] = []

            def counted(batch: PushResult) -> None:
                nonlocal pushed, new_conflicts, new_rejected
                taken.extend(batch.taken)
                pushed += batch.applied + batch.superseded
                new_conflicts += batch.conflicts
                new_rejected += batch.rejected

            # Accounts set up offline: one basic account per depositor, one Ⅰ类 per person, now asked of the
            # central database (before the push, so what it records goes out in this round); a clash goes to
            # the supervisor's queue (alerts). Leaves them waiting while the central database is unreachable.
            from teller_app.sync.uniqueness import confirm_pending_uniqueness

            confirm_pending_uniqueness(self.store, self.central)
            # The push checks the registration in its first exchange; entries backing off after an earlier
            # network error go now (the loop itself backs off while the central database is unreachable).
            push_due(
                self.store, self.central, self.identity, self.batch_size, self.clock, should_stop, counted
            )
            # Accounts confirmed online, asked again now that they are central (two branches at once).
            from teller_app.sync.uniqueness_recheck import recheck_after_push

            recheck_after_push(self.store, self.central)
            self._skip_own_changes(taken)
            if not should_stop():
                head = pushed_head(self.store)
                now = self.clock()
                contact = self._contact_at is None or now - self._contact_at >= SEEN_EVERY
                poll = poll_central(self.central, self.identity, self._new_head(head), now, contact)
                if not poll.registered:
                    raise NotRegistered(terminal=self.identity.terminal_code, branch=self.identity.branch)
                anchored = head[0] if head else None
                if contact:
                    self._contact_at = now
                open_conflicts = poll.open_conflicts
                news = poll.news(local_positions(self.store, self.identity.branch))
                latest: dict[str, int] | None = poll.latest
                if poll.numbers_left < self.refill_below:
                    with central_transaction(self.central) as conn:
                        ensure_number_block(
                            conn,
                            self.identity,
                            self.clock(),
                            size=self.number_block_size,
                            below=self.refill_below,
                        )
                    news, latest = True, None  # the new block's change came after the poll
                while news and not should_stop():
                    got = pull_batch(
                        self.store, self.central, self.identity.branch, self.batch_size, self.identity, latest
                    )
                    pulled += got.applied
                    news = got.more
            # Only the branch's users stay here: one who left it, or one a store took before (branch_users.py).
            forget_other_branches_users(self.store, self.identity.branch)
            online = True
        except CentralUnreachable as exc:
            error = exc.render()
            log.info("sync: central database unreachable", extra={"code": exc.code})
        except sa.exc.SQLAlchemyError as exc:  # refused by the server: one line, never the rows it held
            failure = RoundRefused(problem=type(getattr(exc, "orig", None) or exc).__name__)
            error = failure.render()
            log.warning("sync: round refused by the central database", extra={"code": failure.code})
        self._record(online, error, open_conflicts, anchored)
        status = sync_status(self.store, self.clock())
        return SyncReport(
            online=online,
            pushed=pushed,
            pulled=pulled,
            conflicts=status.conflicts,
            rejected=status.rejected,
            waiting=status.waiting,
            oldest_waiting_seconds=status.oldest_waiting_seconds,
            new_conflicts=new_conflicts,
            new_rejected=new_rejected,
            error=error,
        )

    def _skip_own_changes(self, taken: list[tuple[str, int, int]]) -> None:
        """Move the pull position over the change-log ranges this round's push took, where they follow it
        without a gap (nobody else wrote in between): the terminal holds those rows already, so the round
        needs no pull for them."""
        if not taken:
            return
        with self.store.writer.connection() as conn:
            for stream in {t[0] for t in taken}:
                position = int(read_state(conn, POSITION_KEY + stream) or 0)
                start = position
                for _, first, last in sorted(t for t in taken if t[0] == stream):
                    if first == position + 1:
                        position = last
                if position != start:
                    write_state(conn, POSITION_KEY + stream, str(position))

    def _new_head(self, head: tuple[int, str] | None) -> tuple[int, str] | None:
        """The pushed chain's head when it moved since the last anchor recorded centrally (else None)."""
        if head is None:
            return None
        with self.store.engine.connect() as conn:
            anchored = read_state(conn, ANCHORED_KEY)
        return None if anchored == str(head[0]) else head

    def _record(
        self, online: bool, error: str | None, open_conflicts: int | None, anchored: int | None = None
    ) -> None:
        with self.store.writer.connection() as conn:
            if anchored is not None:
                write_state(conn, ANCHORED_KEY, str(anchored))
            write_state(conn, ONLINE_KEY, "1" if online else "0")
            write_state(conn, LAST_ERROR_KEY, error or "")
            if online:
                write_state(conn, LAST_SYNC_KEY, self.clock().isoformat())
            if open_conflicts is not None:
                write_state(conn, OPEN_CONFLICTS_KEY, str(open_conflicts))
