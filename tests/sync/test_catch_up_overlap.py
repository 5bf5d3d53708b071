"""A catch-up stages batch N+1 on a second connection while batch N commits: the batches still commit in
order, a batch whose commit the server refuses goes again the careful way before the one behind it, and a
line that drops at a commit loses nothing and lands nothing twice."""

from __future__ import annotations

import threading

import pytest
from sync_helpers import (
    count,
    landed_once,
    next_round_lands_everything,
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

    def staging(central, terminal, ops, now, prepared):
        events.append(f"stage {len(ops)}")
        if len(events) == 2:  # the second batch is staged while the first one's commit is held back
            first_commit_may_end.set()
        return real_stage(central, terminal, ops, now, prepared)

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

    def staging(central, terminal, ops, now, prepared):
        if staged.is_set():
            raise CentralUnreachable(problem="line cut while staging")
        staged.set()
        return real_stage(central, terminal, ops, now, prepared)

    def committing(self):
        self.abandon()
        raise CentralUnreachable(problem="line cut at COMMIT")

    monkeypatch.setattr(push, "stage_push_bulk", staging)
    monkeypatch.setattr(central_bulk.StagedBatch, "commit", committing)

    with caplog.at_level("INFO", logger="teller.teller_app.sync.push"):
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
