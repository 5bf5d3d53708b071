"""One sync round for a terminal: push everything due, anchor the audit head, refill numbers, pull.

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
from teller_app.domain.errors import RuleError
from teller_app.log import get_logger
from teller_app.storage.schema_base import utc_now
from teller_app.storage.store import Store
from teller_app.sync.anchors import anchor_head, pushed_head
from teller_app.sync.central import CentralUnreachable, central_transaction, central_url, connect_central
from teller_app.sync.central_schema import conflicts
from teller_app.sync.conflicts import ConflictRecord, list_conflicts, resolve_conflict
from teller_app.sync.local_queue import write_state
from teller_app.sync.numbers import BLOCK_SIZE, REFILL_BELOW, ensure_number_block
from teller_app.sync.pull import pull_batch
from teller_app.sync.push import PushResult, push_due
from teller_app.sync.registration import is_registered, terminal_identity
from teller_app.sync.status import LAST_ERROR_KEY, LAST_SYNC_KEY, ONLINE_KEY, OPEN_CONFLICTS_KEY, sync_status

log = get_logger(__name__)


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
    ) -> None:
        self.store = store
        self.identity = terminal_identity(store.identity.branch, store.identity.terminal)
        self.central = central_engine or connect_central(central_url_text)
        self.batch_size = batch_size
        self.clock = clock
        self._round = threading.Lock()
        self.number_block_size = number_block_size
        self.refill_below = refill_below

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
        try:
            self._check_registered()

            # The central database just answered (registration check), so entries backing off after an
            # earlier network error go now; while it is unreachable the loop itself backs off.
            def counted(batch: PushResult) -> None:
                nonlocal pushed, new_conflicts, new_rejected
                pushed += batch.applied + batch.superseded
                new_conflicts += batch.conflicts
                new_rejected += batch.rejected

            push_due(
                self.store, self.central, self.identity, self.batch_size, self.clock, should_stop, counted
            )
            if not should_stop():
                anchor_head(self.central, self.identity, pushed_head(self.store), self.clock())
                with central_transaction(self.central) as conn:
                    ensure_number_block(
                        conn,
                        self.identity,
                        self.clock(),
                        size=self.number_block_size,
                        below=self.refill_below,
                    )
            while not should_stop():
                got = pull_batch(self.store, self.central, self.identity.branch, self.batch_size)
                pulled += got.applied
                if got.changes == 0:
                    break
            open_conflicts = self._open_conflicts()
            online = True
        except CentralUnreachable as exc:
            error = exc.render()
            log.info("sync: central database unreachable", extra={"code": exc.code})
        self._record(online, error, open_conflicts)
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

    def _check_registered(self) -> None:
        """Reach the central database (every round: it is the online check) and make sure we are known."""
        with central_transaction(self.central) as conn:
            if not is_registered(conn, self.identity):
                raise RuleError(
                    "sync.terminal_not_registered",
                    "Terminal {terminal} of branch {branch} is not registered with the central database",
                    terminal=self.identity.terminal_code,
                    branch=self.identity.branch,
                )

    def _open_conflicts(self) -> int:
        with central_transaction(self.central) as conn:
            count = conn.execute(
                sa.select(sa.func.count())
                .select_from(conflicts)
                .where(conflicts.c.state == "open", conflicts.c.branch == self.identity.branch)
            ).scalar()
        return int(count or 0)

    def _record(self, online: bool, error: str | None, open_conflicts: int | None) -> None:
        with self.store.writer.connection() as conn:
            write_state(conn, ONLINE_KEY, "1" if online else "0")
            write_state(conn, LAST_ERROR_KEY, error or "")
            if online:
                write_state(conn, LAST_SYNC_KEY, self.clock().isoformat())
            if open_conflicts is not None:
                write_state(conn, OPEN_CONFLICTS_KEY, str(open_conflicts))
