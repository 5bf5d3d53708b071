"""The background sync loop: rounds at the interval, doubling backoff while offline, stop() at any moment."""

from __future__ import annotations

import threading

from teller_app.sync.engine import SyncReport
from teller_app.sync.loop import SyncLoop, next_delay


def _report(online: bool) -> SyncReport:
    return SyncReport(online, 0, 0, 0, 0, 0, None)


def test_backoff_doubles_while_offline_and_stops_at_the_ceiling():
    assert [next_delay(10, n, most=300) for n in range(7)] == [10, 20, 40, 80, 160, 300, 300]


def test_loop_backs_off_while_offline_and_returns_to_the_interval_when_back_online():
    answers = [False, False, False, True, True]
    finished = threading.Event()
    loop: SyncLoop

    def run_round(should_stop):
        return _report(answers.pop(0))

    def wait(seconds: float) -> None:  # no real waiting: the next round starts at once
        if not answers:
            loop.stop(timeout=0)
            finished.set()

    loop = SyncLoop(run_round, interval_seconds=10, wait=wait)
    loop.start()
    assert finished.wait(10)
    assert loop.stop()
    assert loop.delays == [20, 40, 80, 10, 10]
    assert loop.rounds == 5 and loop.failures == 0


def test_stop_during_a_round_ends_the_thread_promptly():
    entered = threading.Event()
    batches = []

    def long_round(should_stop):
        entered.set()
        while not should_stop():  # a round checks between batches
            batches.append(1)
            if len(batches) > 10_000_000:
                break
        return _report(True)

    loop = SyncLoop(long_round, interval_seconds=10)
    loop.start()
    assert entered.wait(10)
    assert loop.stop(timeout=5)
    assert not loop.running


def test_stop_is_safe_before_start_and_twice():
    loop = SyncLoop(lambda should_stop: _report(True), interval_seconds=10)
    assert loop.stop()
    loop.start()
    assert loop.stop()
    assert loop.stop()


def test_a_failing_round_does_not_kill_the_loop():
    calls = []
    done = threading.Event()
    loop: SyncLoop

    def flaky(should_stop):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("central bug")
        return _report(True)

    def wait(seconds: float) -> None:
        if len(calls) >= 2:
            loop.stop(timeout=0)
            done.set()

    loop = SyncLoop(flaky, interval_seconds=10, wait=wait)
    loop.start()
    assert done.wait(10)
    assert loop.stop()
    assert loop.delays[:2] == [20, 10]
