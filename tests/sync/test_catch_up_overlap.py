"""A catch-up stages each batch on a connection of its own, beside the one before it when they share no
row, while the one before that commits: the batches still commit in order, a batch the server refuses
goes again the careful way before the ones behind it (rolled back first), and a line that drops at a
commit loses nothing and lands nothing twice."""

from __future__ import annotations

import threading

import pytest
from sync_helpers import (
    central_rows,
    count,
    edit_case,
    landed_once,
    next_round_lands_everything,
    open_case,
    recorded_op_ids,
    set_catch_up_batches,
    teller_with_cases,
    waiting_seqs,
)

from teller_app.sync import central_bulk, push
from teller_app.sync.bulk_batch import BatchRefused
from teller_app.sync.central import CentralUnreachable


@pytest.fixture
def small_catch_up(monkeypatch):
    """Batches of 12, 24, 24 for the 60 ops of 20 cases (customer, case, audit event each)."""
    set_catch_up_batches(monkeypatch, first=12, most=24)


def test_the_next_batch_is_staged_while_the_one_before_commits_and_they_commit_in_order(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    events: list[str] = []
    first_commit_may_end = threading.Event()
    real_stage, real_commit = push.stage_push_bulk, central_bulk.StagedBatch.commit

    def staging(central, terminal, ops, now, prepared, **kwargs):
        events.append(f"stage {len(ops)}")
        if len(events) == 2:  # the second batch is staged while the first one's commit is held back
            first_commit_may_end.set()
        return real_stage(central, terminal, ops, now, prepared, **kwargs)

    def committing(self):
        if not any(
            e.startswith("commit") for e in events
        ):  # the first commit ends only once batch 2 is staged
            assert first_commit_may_end.wait(10), "the next batch was not staged during the commit"
        outcomes = real_commit(self)
        events.append(f"commit {len(outcomes) + sum(map(len, outcomes.grouped))}")
        return outcomes

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(central_bulk.StagedBatch, "commit", committing)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued == 60
    assert events[:2] == ["stage 12", "stage 24"]  # batch 2 staged before batch 1's commit ended
    assert [e for e in events if e.startswith("commit")] == ["commit 12", "commit 24", "commit 24"]
    landed_once(teller, 20, queued)


def test_a_batch_whose_commit_is_refused_goes_again_before_the_one_staged_behind_it(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """The staged batch behind is rolled back first (it could wait on the refused batch's rows), the
    refused one goes the careful way, and the rolled-back one goes after it."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    real_commit, real_abandon = central_bulk.StagedBatch.commit, central_bulk.StagedBatch.abandon
    refused: list[int] = []
    abandoned: list[int] = []
    careful: list[int] = []
    real_send = push.send_batch

    def refusing_first(self):
        if not refused:
            refused.append(1)
            self.abandon()
            raise BatchRefused("duplicate key value violates unique constraint (test)")
        return real_commit(self)

    def abandoning(self):
        abandoned.append(1)
        real_abandon(self)

    def sending(central, terminal, ops, now, prepared=None):
        careful.append(len(ops))
        return real_send(central, terminal, ops, now, prepared)

    monkeypatch.setattr(central_bulk.StagedBatch, "commit", refusing_first)
    monkeypatch.setattr(central_bulk.StagedBatch, "abandon", abandoning)
    monkeypatch.setattr(push, "send_batch", sending)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0 and report.pushed == queued
    assert careful[:2] == [12, 24]  # the refused first batch again, then the second, rolled back behind it
    assert len(abandoned) >= 2  # the refused one (by the test) and the one staged behind it
    landed_once(teller, 20, queued)


def test_a_line_that_drops_at_a_commit_loses_nothing_and_lands_nothing_twice(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """The first batch commits but its answer is lost: it waits (postponed) with everything after it, the
    batch staged behind it is rolled back, and the next round lands the rest, the replay answered once."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    real_commit = central_bulk.StagedBatch.commit
    commits: list[int] = []

    def answer_lost(self):
        outcomes = real_commit(self)
        commits.append(1)
        if len(commits) == 1:
            raise CentralUnreachable(problem="line cut after COMMIT")
        return outcomes

    monkeypatch.setattr(central_bulk.StagedBatch, "commit", answer_lost)

    report = teller.sync.run_once()

    assert not report.online
    assert len(waiting_seqs(teller)) == queued  # nothing settled: the first batch's answer never came
    assert count(teller.sync.central, "cases") == 4  # the first batch (12 ops) committed, nothing behind it

    next_round_lands_everything(teller, monkeypatch, 20, queued)


def test_a_line_that_drops_while_the_next_batch_is_staged_leaves_both_batches_waiting_and_says_so(
    pg_url, open_terminals, small_catch_up, monkeypatch, caplog
):
    """The line drops while batch 2 is staged and batch 1 commits: the round fails with the drop, both
    batches wait (postponed), the log says the batch committing was left to the next round, and the next
    round lands everything once."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    real_stage = push.stage_push_bulk
    staged = threading.Event()

    def staging(central, terminal, ops, now, prepared, **kwargs):
        if staged.is_set():
            raise CentralUnreachable(problem="line cut while staging")
        staged.set()
        return real_stage(central, terminal, ops, now, prepared, **kwargs)

    def committing(self):
        self.abandon()
        raise CentralUnreachable(problem="line cut at COMMIT")

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(central_bulk.StagedBatch, "commit", committing)

    with caplog.at_level("INFO", logger="teller.teller_app.sync.catch_up"):
        report = teller.sync.run_once()

    assert not report.online
    assert len(waiting_seqs(teller)) == queued
    assert count(teller.sync.central, "cases") == 0
    left = [r for r in caplog.records if "left to the next round" in r.getMessage()]
    assert [(r.code, r.batch) for r in left] == [("CentralUnreachable", 12)]

    next_round_lands_everything(teller, monkeypatch, 20, queued)


def test_a_batch_commits_while_the_ones_before_it_are_still_settling(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """Settling is local work on a worker of its own: the next batch's commit does not wait for it."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    real_settle, real_commit = push._settle, central_bulk.StagedBatch.commit
    third_commit_started = threading.Event()
    commits: list[int] = []
    settled: list[int] = []

    def settling(store, batch, outcomes, now):
        settled.append(len(batch))
        if len(settled) == 1:  # the first batch's settling: held until the third batch commits
            assert third_commit_started.wait(10), "the third commit waited for the first batch's settling"
        return real_settle(store, batch, outcomes, now)

    def committing(self):
        commits.append(1)
        if len(commits) == 3:
            third_commit_started.set()
        return real_commit(self)

    monkeypatch.setattr(push, "_settle", settling)
    monkeypatch.setattr(central_bulk.StagedBatch, "commit", committing)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.pushed == queued
    assert len(commits) == 3 and settled == [12, 24, 24]
    landed_once(teller, 20, queued)


def test_two_batches_stage_at_once_when_they_share_no_row(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """Batch 3 starts staging while batch 2 is still staging (its rows locked): the central database takes
    both batches' rows at once; they still commit in order and land once."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    third_started = threading.Event()
    beside: list[bool] = []
    commits: list[int] = []
    real_stage, real_commit = push.stage_push_bulk, central_bulk.StagedBatch.commit
    started: list[int] = []

    def staging(central, terminal, ops, now, prepared, on_locked):
        batch = _started(started, len(ops), third_started)
        if batch != 2:
            return real_stage(central, terminal, ops, now, prepared, on_locked=on_locked)

        def locked_then_held():  # batch 2 holds its locks and waits for batch 3 to start beside it
            on_locked()
            beside.append(third_started.wait(10))

        return real_stage(central, terminal, ops, now, prepared, on_locked=locked_then_held)

    def committing(self):
        outcomes = real_commit(self)
        commits.append(len(outcomes) + sum(map(len, outcomes.grouped)))
        return outcomes

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(central_bulk.StagedBatch, "commit", committing)

    report = teller.sync.run_once()

    assert beside == [True], "batch 3 did not start staging while batch 2 was staging"
    assert report.online and report.waiting == 0 and report.pushed == queued
    assert commits == [12, 24, 24]
    landed_once(teller, 20, queued)


def test_a_batch_that_shares_a_row_with_the_one_staging_before_it_waits_for_that_staging_to_end(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """Case 5 is opened in batch 2 and edited in batch 3: batch 3 stages only once batch 2's staging has
    ended (staged beside it, either could wait on the other's row), and the edit lands on top."""
    teller = teller_with_cases(open_terminals, pg_url, cases=4)  # batch 1: 12 ops
    fifth = open_case(teller, name="上海第4号贸易有限公司")  # batch 2: ops 13-36, cases 5 to 12
    for n in range(5, 12):
        open_case(teller, name=f"上海第{n}号贸易有限公司")
    edit_case(teller, fifth, current_step="identity")  # batch 3: ops 37-59
    for n in range(7):
        open_case(teller, name=f"上海第{12 + n}号贸易有限公司")
    queued = len(waiting_seqs(teller))
    events: list[str] = []
    started: list[int] = []
    real_stage = push.stage_push_bulk

    def staging(central, terminal, ops, now, prepared, on_locked):
        started.append(len(ops))
        batch = len(started)
        events.append(f"start {batch}")
        try:
            return real_stage(central, terminal, ops, now, prepared, on_locked=on_locked)
        finally:
            events.append(f"end {batch}")

    monkeypatch.setattr(push, "stage_push_bulk", staging)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0 and report.pushed == queued
    assert events.index("end 2") < events.index("start 3"), events
    assert central_rows(pg_url, f"SELECT current_step FROM cases WHERE id = '{fifth}'") == [("identity",)]
    assert count(teller.sync.central, "cases") == 19
    recorded = recorded_op_ids(teller.sync.central)
    assert len(recorded) == len(set(recorded)) == queued


def test_a_batch_the_server_refuses_while_the_next_stages_beside_it_goes_again_after_that_one_is_rolled_back(
    pg_url, open_terminals, small_catch_up, monkeypatch
):
    """Batch 2's rows are refused while batch 3 stages beside it: batch 3 is rolled back first (it may hold
    rows batch 2 needs), batch 2 goes the careful way, then batch 3; everything lands once."""
    teller = teller_with_cases(open_terminals, pg_url)
    queued = len(waiting_seqs(teller))
    third_started = threading.Event()
    order: list[str] = []
    real_stage, real_abandon, real_send = (
        push.stage_push_bulk,
        central_bulk.StagedBatch.abandon,
        push.send_batch,
    )
    started: list[int] = []

    def staging(central, terminal, ops, now, prepared, on_locked):
        batch = _started(started, len(ops), third_started)
        staged = real_stage(central, terminal, ops, now, prepared, on_locked=on_locked)
        if batch == 2:  # refused by the server, with batch 3 staging beside it
            assert third_started.wait(10)
            real_abandon(staged)
            raise BatchRefused("duplicate key value violates unique constraint (test)")
        return staged

    def abandoning(self):
        order.append("rolled back")
        real_abandon(self)

    def sending(central, terminal, ops, now, prepared=None):
        order.append(f"again {len(ops)}")
        return real_send(central, terminal, ops, now, prepared)

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(central_bulk.StagedBatch, "abandon", abandoning)
    monkeypatch.setattr(push, "send_batch", sending)

    report = teller.sync.run_once()

    assert report.online and report.waiting == 0 and report.rejected == 0 and report.pushed == queued
    assert order == ["rolled back", "again 24", "again 24"]  # batch 3 rolled back, then batch 2, then 3
    landed_once(teller, 20, queued)


def _started(started: list[int], size: int, third_started: threading.Event) -> int:
    """Count a batch whose staging starts (its number, from 1); the third one sets `third_started`."""
    started.append(size)
    if len(started) == 3:
        third_started.set()
    return len(started)
