"""The background sync loop: a daemon thread running a round every interval, backing off while offline.

    loop = SyncLoop(engine.run_once, interval_seconds=config.sync_interval_seconds)
    loop.start(); …; loop.sync_now(); …; loop.stop()     # stop() is safe at any moment and joins quickly

The wait between rounds is an Event wait, so `stop()` and `sync_now()` cut it short; a round in
progress is told to stop between batches. The wait function is injectable so tests never sleep.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from teller_app.log import get_logger
from teller_app.sync.engine import SyncReport

log = get_logger(__name__)

MOST_BACKOFF_SECONDS = 300.0


def next_delay(interval: float, failures: int, most: float = MOST_BACKOFF_SECONDS) -> float:
    """The interval while online; doubled for each failed round in a row while offline, up to `most`."""
    if failures <= 0:
        return interval
    return min(most, interval * 2**failures)


class SyncLoop:
    def __init__(
        self,
        run_round: Callable[[Callable[[], bool]], SyncReport],
        interval_seconds: float = 10.0,
        *,
        on_report: Callable[[SyncReport], None] | None = None,
        most_backoff_seconds: float = MOST_BACKOFF_SECONDS,
        wait: Callable[[float], None] | None = None,
    ) -> None:
        self._run_round = run_round
        self.interval = float(interval_seconds)
        self.most_backoff = most_backoff_seconds
        self._on_report = on_report
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0
        self.rounds = 0
        self.last_report: SyncReport | None = None
        self.delays: list[float] = []
        self._wait = wait or self._wait_for_wake

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._main, name="teller-sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        """Run a round at once (e.g. the teller pressed "sync" or the network came back)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> bool:
        """Ask the loop to stop and wait for it; True when the thread has ended."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is None:
            return True
        if thread is threading.current_thread():  # asked from inside a round: it ends after this round
            return False
        thread.join(timeout)
        return not thread.is_alive()

    def _main(self) -> None:
        while not self._stop.is_set():
            self._one_round()
            delay = next_delay(self.interval, self.failures, self.most_backoff)
            self.delays.append(delay)
            if not self._stop.is_set():
                self._wait(delay)

    def _wait_for_wake(self, seconds: float) -> None:
        self._wake.wait(seconds)
        self._wake.clear()

    def _one_round(self) -> None:
        try:
            report = self._run_round(self._stop.is_set)
        except Exception as exc:  # a bug must not kill the loop; it is logged and retried with backoff
            log.exception("sync round failed: %s", type(exc).__name__)
            self.failures += 1
            return
        self.rounds += 1
        self.last_report = report
        self.failures = 0 if report.online else self.failures + 1
        if self._on_report is not None:
            try:
                self._on_report(report)
            except Exception:
                log.exception("sync report callback failed")
