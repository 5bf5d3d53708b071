"""A push round: batches grow while the queue is long, each answered batch is settled, and a round cut
short by the network keeps what was answered and leaves the rest waiting in order, to land once on the
next round."""

from __future__ import annotations

import gc

import pytest
import sqlalchemy as sa
from sync_helpers import (
    landed_once,
    next_round_lands_everything,
    set_catch_up_batches,
    teller_with_cases,
    waiting_seqs,
)

from teller_app.storage.schema_system import OutboxEntry
from teller_app.sync import push
from teller_app.sync.central import CentralUnreachable


def _sends(monkeypatch, fail_at: int | None = None) -> list[int]:
    sizes: list[int] = []
    real = push.send_batch

    def counting(central, terminal, ops, now, prepared=None):
        sizes.append(len(ops))
        if fail_at is not None and len(sizes) == fail_at:
            raise CentralUnreachable(problem="line cut")
        return real(central, terminal, ops, now, prepared)

    monkeypatch.setattr(push, "send_batch", counting)
    real_stage = push.stage_push_bulk

    def counting_staged(central, terminal, ops, now, prepared, **kwargs):  # a catch-up's batches are staged
        sizes.append(len(ops))
        if fail_at is not None and len(sizes) == fail_at:
            raise CentralUnreachable(problem="line cut")
        return real_stage(central, terminal, ops, now, prepared, **kwargs)

    monkeypatch.setattr(push, "stage_push_bulk", counting_staged)
    return sizes


def test_batches_grow_while_the_queue_is_long_and_every_entry_lands_once(pg_url, open_terminals, monkeypatch):
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))  # 3 entries per case: customer, case, audit event
    sizes = _sends(monkeypatch)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued
    assert sizes[:4] == [4, 8, 16, 32] and sum(sizes) == queued
    landed_once(teller, 20, queued)


def test_a_catch_up_longer_than_the_largest_batch_starts_with_a_small_copy_batch_then_the_largest(
    pg_url, open_terminals, monkeypatch
):
    """A queue longer than one compact batch goes the COPY way from its first batch (it does not grow from
    the small configured size through compact batches); when it is longer than the largest batch, that
    first batch is small, so the central database waits little for its read, and the next is the largest."""
    set_catch_up_batches(monkeypatch, first=12, most=40)
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    sizes = _sends(monkeypatch)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued
    assert queued == 60 and sizes == [12, 40, 8]  # 12, then 40 at most, then the 8 left
    landed_once(teller, 20, queued)


def test_a_catch_up_no_longer_than_the_largest_batch_goes_in_one(pg_url, open_terminals, monkeypatch):
    """A day offline fits one largest batch: one batch, not a small one first (on a WAN each batch costs
    two round trips per table it holds)."""
    set_catch_up_batches(monkeypatch, first=12, most=60)
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    sizes = _sends(monkeypatch)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued
    assert queued == 60 and sizes == [60]
    landed_once(teller, 20, queued)


def test_the_short_tail_of_a_catch_up_goes_the_copy_way_too(pg_url, open_terminals, monkeypatch):
    """The last batch of a catch-up holds what is left, often fewer ops than a compact batch: it still goes
    the COPY way (the compact way costs the terminal several times more per op), answered just the same."""
    set_catch_up_batches(monkeypatch, first=11, most=22)
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    sizes = _sends(monkeypatch)
    compact: list[int] = []
    real_compact = push.apply_push_compact

    def counted_compact(central, terminal, ops, now, look_up_replays):
        compact.append(len(ops))
        return real_compact(central, terminal, ops, now, look_up_replays)

    monkeypatch.setattr(push, "apply_push_compact", counted_compact)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued
    assert queued == 60 and sizes == [11, 22, 22, 5] and compact == []
    landed_once(teller, 20, queued)


def test_a_round_cut_short_keeps_the_answered_batches_and_the_rest_waits_in_order(
    pg_url, open_terminals, monkeypatch
):
    teller = teller_with_cases(open_terminals, pg_url, 10, batch_size=3)
    before = waiting_seqs(teller)
    sizes = _sends(monkeypatch, fail_at=3)

    report = teller.sync.run_once()

    assert not report.online and report.pushed == sizes[0] + sizes[1] == 9
    assert waiting_seqs(teller) == before[9:]  # the first two batches settled, the rest untouched in order
    with teller.store.reading() as session:
        attempts = list(session.scalars(sa.select(OutboxEntry.attempts).order_by(OutboxEntry.seq)))
    assert attempts == [1] * sizes[2] + [0] * (len(attempts) - sizes[2])  # only the failed batch backs off

    next_round_lands_everything(teller, monkeypatch, 10, len(before))


@pytest.mark.parametrize("way", ["compact", "copy"])
def test_a_batch_applied_centrally_but_not_settled_locally_lands_once_on_the_next_round(
    pg_url, open_terminals, monkeypatch, way
):
    """The local settle runs beside the next central batch; if it fails (or the terminal dies) after the
    central commit, those entries are still waiting and the next round is answered from applied_ops. The
    COPY way answers a table's appends as one group; those are settled (or not) just the same."""
    if way == "copy":
        monkeypatch.setattr(push, "COMPACT_MOST", 10)
        monkeypatch.setattr(push, "BULK_BATCH_MOST", 12)
    teller = teller_with_cases(open_terminals, pg_url, 8, batch_size=3)
    queued = len(waiting_seqs(teller))
    real = push.settle
    settled: list[int] = []

    def failing_second(store, batch, outcomes, now):
        if len(settled) == 1:
            raise RuntimeError("disk gone")
        settled.append(len(batch))
        real(store, batch, outcomes, now)

    monkeypatch.setattr(push, "settle", failing_second)
    with pytest.raises(RuntimeError, match="disk gone"):
        teller.sync.run_once()
    assert len(waiting_seqs(teller)) == queued - settled[0]
    assert way == "compact" or settled == [12]  # the COPY way's batch size
    assert gc.isenabled()

    monkeypatch.setattr(push, "settle", real)
    again = teller.sync.run_once()

    assert again.online and again.waiting == 0 and again.rejected == 0
    landed_once(teller, 8, queued)


def test_cycle_collection_is_paused_during_a_push_and_restored_after_nested_pauses_and_errors():
    assert gc.isenabled()
    with push.cycle_collection_paused():
        assert not gc.isenabled()
        with pytest.raises(ValueError), push.cycle_collection_paused():
            raise ValueError
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()
    gc.disable()
    try:
        with push.cycle_collection_paused():
            pass
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
